#!/usr/bin/env bash
# `slim-lint plan` as users call it: the bash plan of service_roles/ parses (bash -n), starts
# with the shebang and `set -euo pipefail`, looks the account up once, names a finding above
# every command, attaches every replacement before the first detach, and is the same on every
# run and with -o; the boto3 plan compiles. The real clients run the plans in
# awscli_commands_test.sh, boto3_plan_test.sh and hostile_names_test.sh.
. "$(dirname "$(realpath "${BASH_SOURCE[0]}")")/test_env.sh" "$1"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$slim" plan --no-config service_roles/ > "$work/plan.sh"
"$slim" plan --no-config -j 1 service_roles/ > "$work/again.sh"
"$slim" plan --no-config -o "$work/file.sh" service_roles/
cmp -s "$work/plan.sh" "$work/again.sh" || fail "two runs printed different plans"
cmp -s "$work/plan.sh" "$work/file.sh" || fail "-o wrote something else than stdout"
bash -n "$work/plan.sh"
[ "$(head -n 1 "$work/plan.sh")" = '#!/usr/bin/env bash' ] || fail "no bash shebang"
grep -qx 'set -euo pipefail' "$work/plan.sh" || fail "no set -euo pipefail"
[ "$(grep -c 'aws sts get-caller-identity' "$work/plan.sh")" = 1 ] || fail "the account must be looked up exactly once"

"$python" - "$work/plan.sh" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().split("\n")
commands = [i for i, line in enumerate(lines) if line.startswith("aws ")]
assert commands, "no commands"
for i in commands:
    assert lines[i - 1].startswith("# ") and re.search(r":\d+ SL\d{4} ", lines[i - 1]) or lines[i - 1].startswith("make_room"), \
        f"no finding named above: {lines[i]}"
ops = [lines[i].split()[2] for i in commands]
assert len(ops) == len(set(lines[i] for i in commands)), "a command is repeated"
first_detach = min(i for i, op in enumerate(ops) if op.startswith("detach-"))
last_attach = max(i for i, op in enumerate(ops) if op.startswith("attach-"))
last_create = max((i for i, op in enumerate(ops) if op == "create-policy"), default=-1)
first_attach = min(i for i, op in enumerate(ops) if op.startswith("attach-"))
assert last_attach < first_detach, "a detach runs before an attach"
assert last_create < first_attach, "a policy is attached before it is created"
# Every file:// the commands read is written by the plan itself.
for i in commands:
    for path in re.findall(r'"file://\$\{WORK\}/([^"]+)"', lines[i]):
        assert any(l.endswith(f'"${{WORK}}/{path}" <<\'SLIM_DOCUMENT\'') or f'"${{WORK}}/{path}" <<' in l for l in lines), path
print(f"ok: {len(commands)} commands in a safe order")
PY

"$slim" plan --no-config --remediation sdk service_roles/ > "$work/plan.py"
"$python" -m py_compile "$work/plan.py"
head -n 1 "$work/plan.py" | grep -qx '#!/usr/bin/env python3' || fail "no python shebang"

# Usage errors are exit 2.
set +e
"$slim" plan --remediation ruby service_roles/ > /dev/null 2>&1
status=$?
set -e
[ "$status" = 2 ] || fail "--remediation ruby exited $status, expected 2"
echo "ok: plan"

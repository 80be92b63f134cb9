#!/usr/bin/env bash
# Hostile names never execute. test_data/scenarios/plan-hostile/input/ names a role
# `x$(touch pwned)`, one with backticks, `;` and quotes, a group with a newline, and a trust
# policy full of shell syntax. Everything slim-lint prints for it is run: the lint output's
# remediation lines, the bash plan (through the dead-endpoint awscli stub) and the boto3 plan
# (through botocore's Stubber). No file named pwned* may appear, and awscli and boto3 must
# receive the names exactly as the input spells them.
here=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
. "$here/test_env.sh" "$1"
. "$here/aws_stub.sh"
at_exit+=(stop_aws_stubs)
input=test_data/scenarios/plan-hostile/input/
repo=$(pwd)
run_dir="$work/run"
mkdir -p "$run_dir"

no_pwned() {
  local found
  found=$(find "$run_dir" "$repo" "$work" -name 'pwned*' -print 2>/dev/null | head -n 5)
  if [ -n "$found" ]; then
    echo "a hostile name ran as a command ($1): $found" >&2
    exit 1
  fi
}

# Lint output in every format, read back (nothing is run by printing, but the text goes to a
# terminal or a CI log).
"$slim" --no-config "$input" > "$work/lint.txt" || [ $? = 1 ]
"$slim" --no-config --format json "$input" > "$work/lint.json" || [ $? = 1 ]
grep -q 'x$(touch pwned)' "$work/lint.txt"
no_pwned "lint"

# Each remediation line, run by bash.
make_aws_stub "$work/lines"
"$python" - "$work/lint.json" "$run_dir" > "$work/lines.bin" <<'PY'
import json, os, sys
findings = json.load(open(sys.argv[1]))["findings"]
for f in findings:
    for document in (f.get("remediation") or {}).get("documents", []):
        path = os.path.join(sys.argv[2], document["path"])
        assert os.path.realpath(path).startswith(os.path.realpath(sys.argv[2]) + "/"), document["path"]
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as out:
            out.write(document["content"])
lines = [l for f in findings for l in (f.get("remediation") or {}).get("cli", [])]
assert any("touch pwned" in l for l in lines), "the hostile names must reach the commands"
sys.stdout.write("\0".join(lines))
PY
count=0
while IFS= read -r -d '' line || [ -n "$line" ]; do
  (cd "$run_dir" && PATH="$work/lines/bin:$PATH" ACCOUNT_ID=123456789012 bash -euo pipefail -c "$line")
  count=$((count + 1))
done < "$work/lines.bin"
no_pwned "remediation lines"
check_stub_log "$work/lines" 3
stub_got "$work/lines" 'x$(touch pwned)'
stub_got "$work/lines" 'tick`touch pwned`;touch pwned;"q'"'"'uote'
stub_got "$work/lines" $'line\ntouch pwned'

# The bash plan.
"$slim" plan --no-config "$input" > "$work/plan.sh"
bash -n "$work/plan.sh"
make_aws_stub "$work/plan"
(cd "$run_dir" && PATH="$work/plan/bin:$PATH" AWS_ENDPOINT_URL=http://127.0.0.1:9 SLIM_STUB_REQUIRE_ENDPOINT=1 bash "$work/plan.sh")
no_pwned "bash plan"
check_stub_log "$work/plan" 4
stub_got "$work/plan" 'x$(touch pwned)'
stub_got "$work/plan" 'tick`touch pwned`;touch pwned;"q'"'"'uote'
stub_got "$work/plan" $'line\ntouch pwned'

# The boto3 plan: the names reach boto3 unchanged.
"$slim" plan --no-config --remediation sdk "$input" > "$work/plan.py"
(cd "$run_dir" && "$python" - "$work/plan.py") <<'PY'
import runpy, sys
import boto3, botocore.session
from botocore import xform_name
from botocore.stub import Stubber
seen = []
def client(service, endpoint_url=None, **kwargs):
    c = botocore.session.get_session().create_client(service, region_name="us-east-1", aws_access_key_id="x",
                                                     aws_secret_access_key="x")
    stubber = Stubber(c)
    def queue(params, model, **_):
        stubber.add_response(xform_name(model.name), {"Account": "123456789012"} if model.name == "GetCallerIdentity" else {}, None)
        seen.append(dict(params))
    c.meta.events.register("provide-client-params.*.*", queue)
    stubber.activate()
    return c
boto3.client = client
runpy.run_path(sys.argv[1], run_name="__main__")
names = {p.get("RoleName") or p.get("GroupName") for p in seen}
for expected in ("x$(touch pwned)", "tick`touch pwned`;touch pwned;\"q'uote", "line\ntouch pwned"):
    assert expected in names, (expected, names)
print(f"boto3 plan: {len(seen)} calls, names unchanged")
PY
no_pwned "boto3 plan"
echo "no hostile name executed"

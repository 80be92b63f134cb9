#!/usr/bin/env bash
# Every AWS CLI command slim-lint emits is accepted by the real AWS CLI (Debian's awscli):
# each remediation line of `--format json` over test_data/ and service_roles/, the plan of
# service_roles/ and the plan goldens (test_data/scenarios/plan-*/expected.sh) run against a
# dead local endpoint. awscli must fail to connect (255), never reject the arguments (2, 252).
here=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
. "$here/test_env.sh" "$1"
. "$here/aws_stub.sh"
at_exit+=(stop_aws_stubs)

# 1. The remediation lines of every finding, each run on its own (deduplicated), with
#    ACCOUNT_ID set as the lookup line would set it.
make_aws_stub "$work/lines"
mkdir -p "$work/run"
for input in test_data/ service_roles/; do
  "$slim" --no-config --format json "$input" > "$work/findings.json" || [ $? = 1 ]
  # Each line as a JSON string, with the documents the finding's lines read (written into the
  # directory the lines run in, as the JSON format tells a consumer to).
  "$python" - "$work/findings.json" "$work/run" >> "$work/lines.txt" <<'PY'
import json, os, sys
for f in json.load(open(sys.argv[1]))["findings"]:
    r = f.get("remediation") or {}
    for document in r.get("documents", []):
        path = os.path.join(sys.argv[2], document["path"])
        assert os.path.realpath(path).startswith(os.path.realpath(sys.argv[2]) + "/"), document["path"]
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as out:
            out.write(document["content"])
    for line in r.get("cli", []):
        print(json.dumps(line))
PY
done
sort -u "$work/lines.txt" > "$work/unique.txt"
lines=0
while IFS= read -r encoded; do
  line=$("$python" -c 'import json,sys; print(json.loads(sys.argv[1]))' "$encoded")
  case "$line" in
    'ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)') continue ;;
    aws\ *) ;;
    *) echo "a remediation line that is no aws command: $line" >&2; exit 1 ;;
  esac
  lines=$((lines + 1))
  # From the repository root for the lines that read the inputs' own files, else from the
  # directory that holds the generated documents.
  where=.
  case "$line" in *file://*) [ -e "$(sed -E 's|.*file://([^ ]*).*|\1|' <<<"$line")" ] || where="$work/run" ;; esac
  (cd "$where" && PATH="$work/lines/bin:$PATH" ACCOUNT_ID=123456789012 bash -euo pipefail -c "$line")
done < "$work/unique.txt"
echo "remediation lines: $lines distinct aws commands"
check_stub_log "$work/lines" 10

# 2. The plan of service_roles/, run to its end with AWS_ENDPOINT_URL pointing at the dead
#    endpoint: the plan itself must pass it on.
"$slim" plan --no-config service_roles/ > "$work/plan.sh"
bash -n "$work/plan.sh"
make_aws_stub "$work/plan"
expected=$(grep -c '^aws ' "$work/plan.sh")
(cd "$work" && PATH="$work/plan/bin:$PATH" AWS_ENDPOINT_URL=http://127.0.0.1:9 SLIM_STUB_REQUIRE_ENDPOINT=1 bash plan.sh)
check_stub_log "$work/plan" "$expected"

# 3. The plan goldens, including the policy-version housekeeping no input triggers yet.
for golden in test_data/scenarios/plan-*/expected.sh; do
  bash -n "$golden"
  dir="$work/golden-$(basename "$(dirname "$golden")")"
  make_aws_stub "$dir"
  (cd "$work" && PATH="$dir/bin:$PATH" AWS_ENDPOINT_URL=http://127.0.0.1:9 SLIM_STUB_REQUIRE_ENDPOINT=1 bash "$OLDPWD/$golden")
  check_stub_log "$dir" "$(grep -c '^aws ' "$golden")"
done
echo "awscli accepted every command"

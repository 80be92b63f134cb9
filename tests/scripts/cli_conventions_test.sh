#!/usr/bin/env bash
# The command-line conventions of issue 5, run against the real binary the way users and CI
# call it: --version, --help, --list-rules (table and JSON), `rule CODE`, --severity (what is
# shown) apart from --fail-on (what fails), --quiet, --color auto|always|never and NO_COLOR
# (a terminal is simulated with util-linux `script`), stdin as `-`, -j N, exit statuses
# 0/1/2, and usage errors that say what to type instead.
set -euo pipefail
slim=$(realpath "$1")
python=/usr/bin/python3
[ -x "$python" ] || python=python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
esc=$(printf '\033')
checks=0
fail() { echo "FAIL: $*"; exit 1; }
# run EXPECTED_STATUS ARGS...: stdout in $tmp/out, stderr in $tmp/err.
run() {
  local expected=$1 status
  shift
  set +e
  "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  set -e
  [ "$status" = "$expected" ] || fail "$* exited $status, expected $expected; stdout: $(head -c 2000 "$tmp/out"); stderr: $(cat "$tmp/err")"
  checks=$((checks + 1))
}
out_has() { grep -qE -- "$1" "$tmp/out" || fail "stdout lacks /$1/: $(head -c 2000 "$tmp/out")"; }
err_has() { grep -qF -- "$1" "$tmp/err" || fail "stderr lacks '$1': $(cat "$tmp/err")"; }
no_escape() { ! grep -q "$esc" "$tmp/out" || fail "color codes in: $*"; }
has_escape() { grep -q "$esc" "$tmp/out" || fail "no color codes in: $*"; }

cat > admin.json <<'JSON'
{"Version": "2012-10-17", "Statement": [{"Sid": "All", "Effect": "Allow", "Action": "*", "Resource": "*"}]}
JSON
# Only warnings and below: a bucket read on every resource.
cat > reader.json <<'JSON'
{"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": "sqs:ReceiveMessage", "Resource": "*"}]}
JSON
cat > clean.json <<'JSON'
{"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": "sqs:ReceiveMessage",
  "Resource": "arn:aws:sqs:eu-west-1:${AWS::AccountId}:jobs"}]}
JSON
finding='^[^ ]+:[0-9]+:[0-9]+: (error|security|warning|suggestion): .* \[SL[0-9]{4} [a-z0-9-]+\]$'

# --version, --help
run 0 "$slim" --version
grep -qxE 'slim-lint [0-9]+\.[0-9]+\.[0-9]+' "$tmp/out" || fail "--version: $(cat "$tmp/out")"
run 0 "$slim" -V
run 0 "$slim" --help
for option in --format --output --severity --fail-on --quiet --color --config --no-config --baseline --write-baseline --jobs --list-rules --version; do
  out_has "$option"
done
out_has 'Exit status: 0'

# Exit statuses: 0 clean, 1 findings at the gate, 2 usage errors and unreadable input.
run 0 "$slim" --no-config clean.json
run 1 "$slim" --no-config admin.json
run 2 "$slim" --no-config missing.json
err_has 'missing.json'

# --list-rules: a table with a header, and the same rules as JSON.
run 0 "$slim" --list-rules
head -n 1 "$tmp/out" | grep -qE '^CODE +NAME +SEVERITY +SUMMARY$' || fail "no table header: $(head -n 1 "$tmp/out")"
tail -n +2 "$tmp/out" | cut -c1-6 > "$tmp/table-codes"
grep -qvE '^SL[0-9]{4}$' "$tmp/table-codes" && fail "a table row does not start with a code"
out_has '^SL3003  allow-all-actions +security +Allow with'
out_has '^SL3007  pass-role-unrestricted +security +.*\(Access Analyzer: PASS_ROLE_WITH_STAR_IN_RESOURCE, '
run 0 "$slim" --list-rules --format json
"$python" -c 'import json,sys; print("\n".join(r["code"] for r in json.load(open(sys.argv[1]))))' "$tmp/out" > "$tmp/json-codes"
cmp -s "$tmp/table-codes" "$tmp/json-codes" || fail "--list-rules table and JSON list different rules"
run 2 "$slim" --list-rules --format sarif
err_has '--list-rules prints a table, or JSON with --format json'

# rule CODE
run 0 "$slim" rule SL3003
head -n 1 "$tmp/out" | grep -qx '# SL3003 allow-all-actions' || fail "rule SL3003: $(head -n 1 "$tmp/out")"
run 0 "$slim" rule allow-all-actions
run 2 "$slim" rule SL9999
err_has '--list-rules'
run 2 "$slim" rule SL30003
err_has 'no rule '"'"'SL30003'"'"' (did you mean "SL3003"?)'
for sub in rule actions policy; do
  run 0 "$slim" "$sub" --help
  out_has "^Usage: slim-lint $sub "
done

# --severity decides what is shown, --fail-on what fails.
run 0 "$slim" --no-config reader.json
out_has 'warning: .*SL3006'
run 1 "$slim" --no-config --fail-on warning reader.json
run 0 "$slim" --no-config --severity error reader.json
grep -qE "$finding" "$tmp/out" && fail "--severity error shows warnings"
run 1 "$slim" --no-config --severity error --fail-on warning reader.json
grep -qE "$finding" "$tmp/out" && fail "--severity error shows warnings"
err_has 'below --severity error reached --fail-on warning'
run 0 "$slim" --no-config --fail-on none admin.json
out_has 'SL3003'
run 0 "$slim" --no-config --fail-on error --severity suggestion admin.json
out_has 'security: '

# --quiet: the finding lines only.
run 1 "$slim" --no-config --quiet admin.json
[ -s "$tmp/out" ] || fail "--quiet printed nothing"
grep -vqE "$finding" "$tmp/out" && fail "--quiet printed more than finding lines: $(cat "$tmp/out")"
run 1 "$slim" --no-config -q --severity security admin.json
grep -q ': warning: ' "$tmp/out" && fail "-q --severity security shows warnings"

# --color and NO_COLOR (https://no-color.org): auto colors a terminal only; NO_COLOR turns
# auto off when set and not empty; --color always wins.
run 1 env -u NO_COLOR "$slim" --no-config --color always admin.json
has_escape "--color always"
run 1 env -u NO_COLOR "$slim" --no-config --color never admin.json
no_escape "--color never"
run 1 env -u NO_COLOR "$slim" --no-config admin.json
no_escape "--color auto into a pipe"
run 1 env NO_COLOR=1 "$slim" --no-config --color always admin.json
has_escape "NO_COLOR=1 --color always"
run 2 "$slim" --color sometimes admin.json
err_has "--color takes auto, always or never, not 'sometimes'"
if command -v script >/dev/null 2>&1; then
  tty() { script -qec "$1" /dev/null > "$tmp/out" 2>&1 || true; checks=$((checks + 1)); }
  tty "env -u NO_COLOR '$slim' --no-config admin.json"
  has_escape "--color auto on a terminal"
  tty "env NO_COLOR=1 '$slim' --no-config admin.json"
  no_escape "NO_COLOR=1 on a terminal"
  tty "env NO_COLOR= '$slim' --no-config admin.json"
  has_escape "an empty NO_COLOR on a terminal"
  tty "env -u NO_COLOR '$slim' --no-config --color never admin.json"
  no_escape "--color never on a terminal"
else
  echo "note: util-linux script is missing; the terminal cases of --color auto are not checked"
fi

# Standard input.
run 1 sh -c "'$slim' --no-config - < admin.json"
out_has '^<stdin>:1:[0-9]+: security: .*\[SL3003 allow-all-actions\]$'
run 0 sh -c "'$slim' --no-config - < clean.json"
run 1 sh -c "'$slim' --no-config --format json - < admin.json"
"$python" -c 'import json,sys; r=json.load(open(sys.argv[1])); assert {f["path"] for f in r["findings"]} == {"<stdin>"}, r' "$tmp/out"

# -j N: the same report, whatever the number of threads.
mkdir many
for i in $(seq 1 12); do cp admin.json "many/admin$i.json"; cp reader.json "many/reader$i.json"; done
run 1 "$slim" --no-config -j 1 many
cp "$tmp/out" "$tmp/j1"
for jobs in 2 8 0; do
  run 1 "$slim" --no-config -j "$jobs" many
  cmp -s "$tmp/j1" "$tmp/out" || fail "-j $jobs changes the report"
done
run 1 "$slim" --no-config --jobs=3 many
run 2 "$slim" --no-config -j many many
err_has "--jobs takes a number of worker threads from 0 (one per core) to 256, not 'many'"
run 2 "$slim" --no-config -j 40000 many
run 2 "$slim" --no-config -j -1 many

# Usage errors say what to type instead.
run 2 "$slim" --fial-on error admin.json
err_has 'unknown option --fial-on (did you mean --fail-on?)'
run 2 "$slim" --format jsn admin.json
err_has "--format takes text, json, sarif, github, checkstyle, junit or gitlab, not 'jsn' (did you mean 'json'?)"
run 2 "$slim" --fail-on securty admin.json
err_has "(did you mean 'security'?)"
run 2 "$slim" --severity warnings admin.json
err_has "(did you mean 'warning'?)"
run 2 "$slim" rul SL3003
err_has "did you mean the subcommand: slim-lint rule SL3003?"
run 2 "$slim" --unsafe-fixes admin.json
err_has '--unsafe-fixes needs --fix or --diff'
run 2 "$slim" --config a.json --no-config admin.json
err_has '--config and --no-config cannot be combined'
run 2 "$slim" --account 12345 admin.json
err_has '12-digit'

# --output writes the report to a file, not stdout.
run 1 "$slim" --no-config --format sarif --output report.sarif admin.json
[ ! -s "$tmp/out" ] || fail "--output still wrote to stdout"
"$python" -c 'import json,sys; assert json.load(open(sys.argv[1]))["version"] == "2.1.0"' report.sarif

echo "ok: $checks command lines behave as documented"

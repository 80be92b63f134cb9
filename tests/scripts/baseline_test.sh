#!/usr/bin/env bash
# The baseline workflow on the example set-up, as a team adopting slim-lint would run it: a
# baseline written for service_roles/ makes the next run pass; an admin policy added later
# fails the run and is the only finding reported; moving lines in the script (a new header
# comment, blank lines) and re-indenting a policy keep the baseline matching.
set -euo pipefail
slim=$(realpath "$1")
src=${SLIM_SOURCE_DIR:-$(pwd)}
python=/usr/bin/python3
[ -x "$python" ] || python=python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/work"
cp -R "$src/service_roles/." "$tmp/work/"
cd "$tmp/work"

fail() { echo "FAIL: $*"; exit 1; }
status() { set +e; "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; set -e; }

[ "$(status "$slim" .)" = 1 ] || fail "service_roles/ without a baseline should exit 1"

[ "$(status "$slim" --write-baseline b.json .)" = 0 ] || fail "--write-baseline exited non-zero: $(cat "$tmp/err")"
grep -q '^slim-lint: recorded [0-9]* findings in b.json$' "$tmp/err" || fail "no summary on stderr: $(cat "$tmp/err")"
recorded=$("$python" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' b.json)
[ "$recorded" -gt 10 ] || fail "only $recorded findings recorded"

[ "$(status "$slim" --baseline b.json .)" = 0 ] || fail "the baseline run exited non-zero:$(cat "$tmp/out")"
grep -q "^$recorded findings in the baseline not shown.$" "$tmp/out" || fail "the summary does not count the baselined findings: $(cat "$tmp/out")"

# A new policy that grants everything.
cat > admin.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": "*", "Resource": "*"}
  ]
}
JSON
[ "$(status "$slim" --baseline b.json .)" = 1 ] || fail "adding an admin policy should exit 1"
grep -q '^admin.json:4:' "$tmp/out" || fail "the admin grant is not reported: $(cat "$tmp/out")"
others=$(grep -E '^[^ ]+:[0-9]+:[0-9]+: ' "$tmp/out" | grep -v '^admin.json:' || true)
[ -z "$others" ] || fail "findings other than the new policy's are reported: $others"
"$slim" --baseline b.json --format json . >"$tmp/report.json" || true
"$python" - "$tmp/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
paths = {f["path"] for f in report["findings"]}
assert paths == {"admin.json"}, paths
assert any(f["rule"] in ("SL3003", "SL5002") for f in report["findings"]), report["findings"]
print(f"ok: only admin.json reported ({len(report['findings'])} findings), {report['summary']['baselined']} baselined")
PY
rm admin.json

# Move every line of the script down and re-indent a policy: nothing new.
{ head -n 1 setup_roles.sh; printf '# Reviewed by the platform team.\n\n\n# (kept as shipped)\n'; tail -n +2 setup_roles.sh; } > moved.sh
mv moved.sh setup_roles.sh
"$python" - create_LambdaBatchExecutionPolicy.json <<'PY'
import json, sys
path = sys.argv[1]
with open(path) as f:
    doc = json.load(f)
with open(path, "w") as f:
    f.write("\n\n" + json.dumps(doc, indent=8) + "\n")
PY
[ "$(status "$slim" --baseline b.json .)" = 0 ] || fail "moved lines broke the baseline:$(cat "$tmp/out")"
unused=$(grep -c 'SL9001' "$tmp/out" || true)
[ "$unused" = 0 ] || fail "baseline entries went unused after moving lines: $(cat "$tmp/out")"
echo "ok: baseline of $recorded findings survives moved lines and reformatting; a new admin policy fails the run"

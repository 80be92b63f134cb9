#!/usr/bin/env bash
# The JSON output of a real run (the seed workflow plus every rule's golden inputs) validates
# against docs/output.schema.json with a real validator (Debian's python3-jsonschema).
set -euo pipefail
slim=$1
python=/usr/bin/python3
[ -x "$python" ] || python=python3
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
"$slim" --format json service_roles/ test_data/rules/ > "$out" || status=$?
[ "$status" -eq 1 ] || { echo "expected exit 1 (findings), got $status"; exit 1; }
"$python" - "$out" docs/output.schema.json <<'PY'
import json, sys
import jsonschema
report = json.load(open(sys.argv[1]))
schema = json.load(open(sys.argv[2]))
jsonschema.Draft7Validator.check_schema(schema)
jsonschema.Draft7Validator(schema).validate(report)
assert report["findings"], "no findings"
for f in report["findings"]:
    assert f["range"]["start"]["line"] >= 1, f
print(f"ok: {len(report['findings'])} findings validate against the schema")
PY

#!/usr/bin/env bash
# The SARIF output of a real run (the seed workflow plus every rule's golden inputs) validates
# against the OASIS SARIF 2.1.0 schema (tests/schemas/) with a real validator (Debian's
# python3-jsonschema), offline; and it is consistent: every result names a rule of
# tool.driver.rules, which lists every rule of `--list-rules`, and carries a stable fingerprint.
set -euo pipefail
slim=$1
python=/usr/bin/python3
[ -x "$python" ] || python=python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
"$slim" --format sarif service_roles/ test_data/rules/ > "$tmp/report.sarif" || status=$?
[ "$status" -eq 1 ] || { echo "expected exit 1 (findings), got $status"; exit 1; }
"$slim" --list-rules --format json > "$tmp/rules.json"
"$slim" --format json service_roles/ test_data/rules/ > "$tmp/report.json" || true
"$python" - "$tmp/report.sarif" tests/schemas/sarif-schema-2.1.0.json "$tmp/rules.json" "$tmp/report.json" <<'PY'
import json, re, sys
import jsonschema

log = json.load(open(sys.argv[1]))
schema = json.load(open(sys.argv[2]))
listed = json.load(open(sys.argv[3]))
report = json.load(open(sys.argv[4]))

# The schema is draft-04. Its "$schema" and "id" are URLs, and its references are local
# ("#/definitions/..."): the resolver gets the schema under its own id and refuses any fetch,
# so validation never touches the network.
def no_fetch(uri):
    raise AssertionError(f"the schema tried to fetch {uri}")
jsonschema.Draft4Validator.check_schema(schema)
resolver = jsonschema.RefResolver(schema["id"], schema, store={schema["id"]: schema},
                                  handlers={"http": no_fetch, "https": no_fetch})
errors = sorted(jsonschema.Draft4Validator(schema, resolver=resolver).iter_errors(log), key=str)
for error in errors[:10]:
    print(f"{list(error.absolute_path)}: {error.message}")
assert not errors, f"{len(errors)} schema violations"

assert log["version"] == "2.1.0"
run = log["runs"][0]
assert run["columnKind"] == "unicodeCodePoints"
driver = run["tool"]["driver"]
assert driver["name"] == "slim-lint" and driver["version"] and driver["informationUri"]
rules = driver["rules"]
ids = [rule["id"] for rule in rules]
assert len(rules) == len(listed), f"{len(rules)} rules in SARIF, {len(listed)} listed"
assert ids == [rule["code"] for rule in listed], "rules[] differs from --list-rules"
levels = {"error": "error", "security": "error", "warning": "warning", "suggestion": "note"}
for rule, entry in zip(rules, listed):
    assert rule["name"] == entry["name"] and rule["shortDescription"]["text"] == entry["summary"], rule["id"]
    assert rule["defaultConfiguration"]["level"] == levels[entry["severity"]], rule["id"]
    props = rule["properties"]
    assert float(props["security-severity"]) > 0 and props["tags"][0] == "security", rule["id"]
    assert props["aws_issue_codes"] == entry["aws_issue_codes"], rule["id"]
    assert rule["fullDescription"]["text"], rule["id"]
    if "helpUri" in rule:
        assert rule["helpUri"].endswith(entry["doc"]), rule["id"]
        assert rule["help"]["markdown"].startswith(f"# {rule['id']} "), rule["id"]

results = run["results"]
assert results, "no results"
assert len(results) == report["summary"]["findings"], (len(results), report["summary"]["findings"])
fingerprints = set()
for result, finding in zip(results, report["findings"]):
    assert result["ruleId"] in ids, result["ruleId"]
    assert ids[result["ruleIndex"]] == result["ruleId"], result
    assert result["ruleId"] == finding["rule"] and result["level"] == levels[finding["severity"]], result
    fingerprint = result["partialFingerprints"]["slimLint/v1"]
    # 16 hex digits; a repeat of the same fingerprint in one file carries ":2", ":3"...
    assert re.fullmatch(r"[0-9a-f]{16}(:[1-9][0-9]*)?", fingerprint), fingerprint
    assert fingerprint not in fingerprints, f"duplicate fingerprint {fingerprint}"
    fingerprints.add(fingerprint)
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == finding["range"]["start"]["line"], result
    assert region["startColumn"] == finding["range"]["start"]["column"], result
    for fix in result.get("fixes", []):
        assert fix["artifactChanges"] and fix["properties"]["applicability"] in ("safe", "unsafe"), fix
assert run["invocations"][0]["executionSuccessful"] is True
print(f"ok: {len(results)} results and {len(rules)} rules validate against the SARIF 2.1.0 schema")
PY

#!/usr/bin/env bash
# The CI formats (github, checkstyle, junit, gitlab, and sarif's locations) say what the JSON
# format says, finding by finding, and parse with real parsers (python3's json and
# xml.etree): on the seed workflow, and on files whose names and contents hold quotes, <, &,
# %, commas, colons, a newline, non-ASCII text and a byte that is not UTF-8, plus a missing
# input, so the escaping of each format is exercised.
set -euo pipefail
slim=$(realpath "$1")
python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" - "$slim" <<'PY'
import json, os, re, subprocess, sys, tempfile, urllib.parse
import xml.etree.ElementTree as ET

slim = sys.argv[1]

GITHUB = {"error": "error", "security": "error", "warning": "warning", "suggestion": "notice"}
CHECKSTYLE = {"error": "error", "security": "error", "warning": "warning", "suggestion": "info"}
GITLAB = {"error": "blocker", "security": "critical", "warning": "major", "suggestion": "info"}

# ::command prop=value,...::message — the workflow-command grammar, with col/endColumn only
# for a span on one line, and every '%' in a value starting one of GitHub's escapes.
FINDING_LINE = re.compile(r"::(error|warning|notice) file=([^,:\r\n]+),line=([1-9][0-9]*)"
                          r"(?:,col=([1-9][0-9]*))?,endLine=([1-9][0-9]*)(?:,endColumn=([1-9][0-9]*))?"
                          r",title=([^,:\r\n]+)::([^\r\n]*)")
ERROR_LINE = re.compile(r"::error::([^\r\n]+)")
PROPERTY_ESCAPES = re.compile(r"(?:[^%]|%(?:25|0D|0A|3A|2C))*")
DATA_ESCAPES = re.compile(r"(?:[^%]|%(?:25|0D|0A))*")


def unescape(text, codes):
    return re.sub("%(" + "|".join(codes) + ")", lambda m: chr(int(m.group(1), 16)), text)


def run(fmt, args, cwd, expected_status):
    p = subprocess.run([slim, "--format", fmt, *args], cwd=cwd, capture_output=True)
    assert p.returncode == expected_status, f"--format {fmt}: exit {p.returncode}, expected {expected_status}\n{p.stderr}"
    return p.stdout


def check_github(out, findings, errors, summary):
    lines = out.decode("utf-8").split("\n")
    assert lines.pop() == "", "output must end with a newline"
    finding_lines = [line for line in lines if not line.startswith("::error::")]
    error_lines = [line for line in lines if line.startswith("::error::")]
    assert len(finding_lines) == summary["findings"] and len(error_lines) == len(errors), (len(lines), summary)
    for line, f in zip(finding_lines, findings):
        m = FINDING_LINE.fullmatch(line)
        assert m, f"not a workflow command: {line!r}"
        command, path, start, col, end, end_col, title, message = m.groups()
        assert (col is None) == (end_col is None), line
        assert (col is not None) == (f["range"]["start"]["line"] == f["range"]["end"]["line"]), line
        for value in (path, title):
            assert PROPERTY_ESCAPES.fullmatch(value), f"unescaped % in {value!r}"
        assert DATA_ESCAPES.fullmatch(message), f"unescaped % in {message!r}"
        assert command == GITHUB[f["severity"]], line
        assert unescape(path, ["25", "0D", "0A", "3A", "2C"]) == f["path"], (path, f["path"])
        assert int(start) == f["range"]["start"]["line"] and int(end) == f["range"]["end"]["line"], line
        if col:
            assert int(col) == f["range"]["start"]["column"] and int(end_col) == f["range"]["end"]["column"], line
        assert unescape(title, ["25", "0D", "0A", "3A", "2C"]) == f"{f['rule']} {f['name']}", title
        assert unescape(message, ["25", "0D", "0A"]).startswith(f["message"]), (message, f["message"])
    for line, e in zip(error_lines, errors):
        m = ERROR_LINE.fullmatch(line)
        assert m and DATA_ESCAPES.fullmatch(m.group(1)), line
        assert e["message"] in unescape(m.group(1), ["25", "0D", "0A"]), (line, e)
    counts = {c: sum(1 for line in finding_lines if line.startswith(f"::{c} ")) for c in ("error", "warning", "notice")}
    assert counts == {"error": summary["error"] + summary["security"], "warning": summary["warning"],
                      "notice": summary["suggestion"]}, (counts, summary)


def check_checkstyle(out, findings, errors, summary):
    root = ET.fromstring(out)
    assert root.tag == "checkstyle" and root.get("version") == "4.3", root.attrib
    reported, input_errors = [], []
    for file in root:
        assert file.tag == "file" and len(file) > 0, file.attrib
        for error in file:
            assert error.tag == "error", error.tag
            if error.get("source") == "slim-lint.input":
                input_errors.append((file.get("name"), error.get("message")))
            else:
                reported.append((file.get("name"), error))
    assert len(reported) == summary["findings"] and len(input_errors) == len(errors), (len(reported), summary)
    for (name, error), f in zip(reported, findings):
        assert name == f["path"], (name, f["path"])
        assert int(error.get("line")) == f["range"]["start"]["line"], error.attrib
        assert int(error.get("column")) == f["range"]["start"]["column"], error.attrib
        assert error.get("severity") == CHECKSTYLE[f["severity"]], error.attrib
        assert error.get("message") == f["message"], (error.get("message"), f["message"])
        assert error.get("source") == "slim-lint." + f["rule"], error.attrib
    assert sorted(input_errors) == sorted((e["path"], e["message"]) for e in errors), input_errors
    severities = [error.get("severity") for _, error in reported]
    assert severities.count("error") == summary["error"] + summary["security"], summary
    assert severities.count("warning") == summary["warning"] and severities.count("info") == summary["suggestion"]


def check_junit(out, findings, errors, summary):
    root = ET.fromstring(out)
    assert root.tag == "testsuites", root.tag
    suites = root.findall("testsuite")
    assert len(suites) == 1 and suites[0].get("name") == "slim-lint", suites
    suite = suites[0]
    cases = suite.findall("testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    errored = [c for c in cases if c.find("error") is not None]
    for element in (root, suite):
        assert int(element.get("tests")) == len(cases), element.attrib
        assert int(element.get("failures")) == len(failed), element.attrib
        assert int(element.get("errors")) == len(errored), element.attrib
    failures = [(case.get("name"), failure) for case in cases for failure in case.findall("failure")]
    assert len(failures) == summary["findings"], (len(failures), summary)
    assert [c.get("name") for c in failed] == list(dict.fromkeys(f["path"] for f in findings))
    for (name, failure), f in zip(failures, findings):
        assert name == f["path"], (name, f["path"])
        assert failure.get("message") == f["message"], failure.attrib
        assert failure.get("type") == f"{f['rule']} {f['name']}", failure.attrib
        where = f"{f['path']}:{f['range']['start']['line']}:{f['range']['start']['column']}: {f['severity']}: {f['message']}"
        assert failure.text.startswith(where), (failure.text, where)
        if f["remediation"]:
            assert "fix: " + f["remediation"]["summary"] in failure.text, failure.text
    assert len(errored) == len(errors), (len(errored), errors)
    assert sorted(c.get("name") for c in errored) == sorted(e["path"] for e in errors)


def check_gitlab(out, findings, errors, summary):
    issues = json.loads(out)
    assert isinstance(issues, list) and len(issues) == summary["findings"], (len(issues), summary)
    fingerprints = set()
    for issue, f in zip(issues, findings):
        assert isinstance(issue["description"], str) and issue["description"] == f["message"], issue
        assert issue["check_name"] == f"{f['rule']} {f['name']}", issue
        assert re.fullmatch(r"[0-9a-f]{16}(:[1-9][0-9]*)?", issue["fingerprint"]), issue
        assert issue["fingerprint"] not in fingerprints, f"duplicate fingerprint {issue['fingerprint']}"
        fingerprints.add(issue["fingerprint"])
        assert issue["severity"] == GITLAB[f["severity"]], issue
        location = issue["location"]
        assert location["path"] == f["path"], location
        assert location["lines"]["begin"] == f["range"]["start"]["line"], location
        assert location["lines"]["end"] == f["range"]["end"]["line"], location


def check_sarif_locations(out, findings, errors, summary):
    results = json.loads(out)["runs"][0]["results"]
    assert len(results) == summary["findings"], (len(results), summary)
    for result, f in zip(results, findings):
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        uri = artifact["uri"]
        assert re.fullmatch(r"[A-Za-z0-9\-._~/%]+", uri), uri
        if artifact.get("uriBaseId") != "%SRCROOT%":
            assert uri.startswith("file:///"), uri
            uri = uri[len("file://"):]
        assert urllib.parse.unquote_to_bytes(uri).decode("utf-8", "replace") == f["path"], (uri, f["path"])
        assert result["message"]["text"].startswith(f["message"]), result["message"]


def check(args, cwd, expected_status):
    report = json.loads(run("json", args, cwd, expected_status))
    findings, errors, summary = report["findings"], report["errors"], report["summary"]
    assert len(findings) == summary["findings"] and len(errors) == summary["input_errors"], summary
    check_github(run("github", args, cwd, expected_status), findings, errors, summary)
    check_checkstyle(run("checkstyle", args, cwd, expected_status), findings, errors, summary)
    check_junit(run("junit", args, cwd, expected_status), findings, errors, summary)
    check_gitlab(run("gitlab", args, cwd, expected_status), findings, errors, summary)
    check_sarif_locations(run("sarif", args, cwd, expected_status), findings, errors, summary)
    return findings, errors


findings, _ = check(["service_roles/"], os.getcwd(), 1)
print(f"ok: service_roles/: {len(findings)} findings agree across formats")

HOSTILE_POLICY = """{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Bad\\"<&>'%",
      "Effect": "Allow",
      "Action": "s3:Get<&>\\"%0A\\n\u00dcber,x:y]]>",
      "Resource": "arn:aws:s3:::b\u00fccket-<&>/*"
    }
  ]
}
""".encode()
HOSTILE_SCRIPT = """#!/bin/bash
aws iam attach-role-policy --role-name 'W\u00f6rker<&>"' \\
    --policy-arn arn:aws:iam::851065145468:policy/P\u00f6licy%0A
""".encode()
with tempfile.TemporaryDirectory() as tmp:
    hostile = os.path.join(tmp, "hostile").encode()
    os.mkdir(hostile)
    files = {
        'we"ird <&> 50%, a:b \u00e9.json'.encode(): HOSTILE_POLICY,
        b"new\nline \xff.json": HOSTILE_POLICY,
        'set up, 100%: "roles" <x>.sh'.encode(): HOSTILE_SCRIPT,
    }
    for name, content in files.items():
        with open(os.path.join(hostile, name), "wb") as out:
            out.write(content)
    findings, errors = check(["hostile/", 'missing "<&>%,:.json'], tmp, 2)
    assert len({f["path"] for f in findings}) == len(files) and len(errors) == 1, (findings, errors)
    assert any("\n" in f["message"] for f in findings), "no finding quotes the newline"
print(f"ok: hostile names and contents: {len(findings)} findings and {len(errors)} input error agree across formats")
PY

#!/usr/bin/env bash
# The user documentation describes the binary that is built: every --option that
# docs/user-guide.md, docs/configuration.md and docs/ci.md mention is one `slim-lint --help`
# (or `slim-lint plan --help`) lists, every `--format` they name exists, every YAML example
# in docs/ci.md and .pre-commit-hooks.yaml parses, and the CI examples' slim-lint commands
# run (on the example workflow) without a usage error.
set -euo pipefail
slim=$(realpath "$1")
src=${SLIM_SOURCE_DIR:-$(pwd)}
python=/usr/bin/python3
[ -x "$python" ] || python=python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$slim" --help > "$tmp/help"
"$slim" plan --help >> "$tmp/help" 2>&1 || true
"$python" - "$src" "$tmp/help" "$slim" <<'PY'
import os, re, shlex, subprocess, sys, tempfile, shutil
src, help_path, slim = sys.argv[1:4]
help_text = open(help_path).read()
known = set(re.findall(r"--[a-z][a-z-]+", help_text))
docs = ["docs/user-guide.md", "docs/configuration.md", "docs/ci.md"]
missing = []
for doc in docs:
    text = open(os.path.join(src, doc)).read()
    for option in sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]*[a-z]", text))):
        # Options of other tools that the pages quote (apt-get, git, cmake, pre-commit, aws), and
        # the misspelling the usage-error example shows.
        if option in ("--no-install-recommends", "--depth", "--branch", "--preset", "--all-files", "--install",
                      "--build", "--query", "--role-name", "--policy-arn", "--user-name",
                      "--assume-role-policy-document", "--fial-on"):
            continue
        if option not in known:
            missing.append(f"{doc}: {option}")
    for fmt in re.findall(r"--format[ =]([a-z]+)", text):
        assert fmt in ("text", "json", "sarif", "github", "checkstyle", "junit", "gitlab", "jsn", "takes", "json"), f"{doc}: --format {fmt}"
assert not missing, "options the docs mention but --help does not list:\n" + "\n".join(missing)
print(f"ok: every option in {', '.join(docs)} is in --help")

try:
    import yaml
except ImportError:
    yaml = None
    print("note: python3-yaml is missing; YAML examples are not parsed")
ci = open(os.path.join(src, "docs/ci.md")).read()
blocks = re.findall(r"```yaml\n(.*?)```", ci, re.S)
assert len(blocks) >= 4, len(blocks)
commands = []
for block in blocks:
    if yaml:
        try:
            yaml.safe_load(block)
        except yaml.YAMLError as e:
            # Fragments (a job's steps) are indented as in the file they go into.
            import textwrap
            yaml.safe_load(textwrap.dedent(block))
    commands += re.findall(r"(?:run:|-) (slim-lint [^\n]*)", block)
if yaml:
    hooks = yaml.safe_load(open(os.path.join(src, ".pre-commit-hooks.yaml")))
    assert hooks[0]["id"] == "slim-lint" and hooks[0]["language"] == "system", hooks
    assert re.search(hooks[0]["files"], "policies/a.json") and re.search(hooks[0]["files"], "run.sh"), hooks
    print(f"ok: {len(blocks)} YAML examples and .pre-commit-hooks.yaml parse")

# The CI examples' commands, on a copy of the example workflow.
work = tempfile.mkdtemp()
try:
    shutil.copytree(os.path.join(src, "service_roles"), os.path.join(work, "service_roles"))
    subprocess.run([slim, "--write-baseline", ".slim-lint-baseline.json", "."], cwd=work, check=True, capture_output=True)
    assert commands, "no slim-lint command in docs/ci.md"
    for command in commands:
        args = shlex.split(command)[1:]
        args = [a for a in args if a not in ("iam/", "scripts/")] or ["."]
        p = subprocess.run([slim, *args], cwd=work, capture_output=True, text=True)
        assert p.returncode in (0, 1), f"{command}: exit {p.returncode}: {p.stderr}"
    print(f"ok: {len(commands)} slim-lint commands of docs/ci.md run")

    # Every configuration example of docs/configuration.md is a valid .slim-lint.json.
    import json
    keys = {"$schema", "select", "ignore", "severity", "fail_on", "account", "known_accounts", "rules", "ignores"}
    text = open(os.path.join(src, "docs/configuration.md")).read()
    configs = 0
    for block in re.findall(r"```json\n(.*?)```", text, re.S):
        try:
            value = json.loads(block)
        except ValueError:
            continue  # the baseline excerpt
        if not isinstance(value, dict) or not set(value) <= keys:
            continue
        path = os.path.join(work, "example-config.json")
        with open(path, "w") as out:
            out.write(block)
        p = subprocess.run([slim, "--config", path, "service_roles"], cwd=work, capture_output=True, text=True)
        assert p.returncode in (0, 1), f"docs/configuration.md example is rejected: {p.stderr}\n{block}"
        configs += 1
    assert configs >= 6, configs
    print(f"ok: {configs} configuration examples of docs/configuration.md are accepted")
finally:
    shutil.rmtree(work)
PY

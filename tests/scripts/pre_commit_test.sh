#!/usr/bin/env bash
# The real pre-commit (Debian's package, installed by .ci/run) with this repository's
# .pre-commit-hooks.yaml: a throwaway git repository uses the hooks file from a local hook
# repository (a git repo holding a copy of the file, pinned by commit, as users pin this
# one), installs the hook, and shows that committing an admin policy is blocked, naming the
# rule, while the corrected policy commits. No network: the hook is "language: system" and
# the hook repository is a local path; PRE_COMMIT_HOME is a temporary folder.
set -euo pipefail
slim=$(realpath "$1")
src=${SLIM_SOURCE_DIR:-$(pwd)}
if ! command -v pre-commit >/dev/null 2>&1; then
  echo "SKIP: pre-commit is not installed (apt-get install pre-commit); this test needs the real tool"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# Nothing from the user's environment: git and pre-commit configuration and caches stay in $tmp.
export HOME="$tmp/home" PRE_COMMIT_HOME="$tmp/pre-commit-cache" XDG_CACHE_HOME="$tmp/cache"
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com \
  GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.com
mkdir -p "$HOME" "$tmp/bin"
git config --global init.defaultBranch main
git config --global user.name test
git config --global user.email test@example.com
# "language: system" runs the slim-lint on PATH, as it would after `cmake --install`.
ln -s "$slim" "$tmp/bin/slim-lint"
export PATH="$tmp/bin:$PATH"

# The hook repository: this repository's hooks file, committed.
mkdir "$tmp/hooks"
cp "$src/.pre-commit-hooks.yaml" "$tmp/hooks/"
git -C "$tmp/hooks" init -q
git -C "$tmp/hooks" add .pre-commit-hooks.yaml
git -C "$tmp/hooks" commit -qm "slim-lint hooks"
rev=$(git -C "$tmp/hooks" rev-parse HEAD)

# The project that uses the hook.
mkdir "$tmp/project"
cd "$tmp/project"
git init -q
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $tmp/hooks
    rev: $rev
    hooks:
      - id: slim-lint
YAML
git add .pre-commit-config.yaml
git commit -qm "pre-commit configuration"
pre-commit install >"$tmp/install.log" 2>&1 || fail "pre-commit install: $(cat "$tmp/install.log")"
[ -x .git/hooks/pre-commit ] || fail "no hook installed"

mkdir policies
cat > policies/deploy.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Deploy", "Effect": "Allow", "Action": "*", "Resource": "*"}
  ]
}
JSON
git add policies/deploy.json
set +e
git commit -m "deploy policy" >"$tmp/blocked.log" 2>&1
blocked=$?
set -e
cat "$tmp/blocked.log"
[ "$blocked" -ne 0 ] || fail "the commit of an admin policy was not blocked"
grep -q 'slim-lint (AWS IAM policies and aws iam scripts)' "$tmp/blocked.log" || fail "the hook did not run"
grep -q 'policies/deploy.json:4:' "$tmp/blocked.log" || fail "the hook output does not locate the finding"
grep -qE '\[SL(3003|5002) ' "$tmp/blocked.log" || fail "the hook output names no SL code for the admin grant"
[ "$(git rev-list --count HEAD)" = 1 ] || fail "a commit was made"

cat > policies/deploy.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Deploy",
      "Effect": "Allow",
      "Action": ["lambda:UpdateFunctionCode", "lambda:GetFunction"],
      "Resource": "arn:aws:lambda:eu-west-1:${AWS::AccountId}:function:deploy-target"
    }
  ]
}
JSON
git add policies/deploy.json
git commit -m "deploy policy" >"$tmp/passed.log" 2>&1 || { cat "$tmp/passed.log"; fail "the corrected policy did not commit"; }
cat "$tmp/passed.log"
grep -qE 'slim-lint \(AWS IAM policies and aws iam scripts\)\.+Passed' "$tmp/passed.log" || fail "the hook did not pass"
[ "$(git rev-list --count HEAD)" = 2 ] || fail "no commit was made"

# JSON files that are not policies (package.json, the project's .slim-lint.json) do not block
# a commit, while the config still applies to the policies committed with them.
echo '{"name": "deploy-tools", "version": "1.0.0", "private": true}' > package.json
echo '{"fail_on": "error"}' > .slim-lint.json
cat > policies/reader.json <<'JSON'
{"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": "sqs:ReceiveMessage", "Resource": "*"}]}
JSON
git add package.json .slim-lint.json policies/reader.json
git commit -m "tools" >"$tmp/other-json.log" 2>&1 || { cat "$tmp/other-json.log"; fail "package.json or .slim-lint.json blocked the commit"; }
grep -qE 'slim-lint .*Passed' "$tmp/other-json.log" || fail "the hook did not run: $(cat "$tmp/other-json.log")"

# A file the hook's pattern leaves out is not linted.
echo "notes" > notes.txt
git add notes.txt
git commit -m "notes" >"$tmp/skipped.log" 2>&1 || { cat "$tmp/skipped.log"; fail "a commit without policies was blocked"; }
grep -qE 'slim-lint .*\(no files to check\)Skipped' "$tmp/skipped.log" || fail "the hook ran on a .txt file: $(cat "$tmp/skipped.log")"
echo "ok: pre-commit $(pre-commit --version | cut -d' ' -f2) blocks an admin policy and commits the corrected one"

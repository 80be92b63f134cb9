#!/usr/bin/env bash
# The README's test command must be exactly what CI runs, so a missing install step fails in
# CI before it fails for a user.
set -euo pipefail
test_command=$(grep -E '^apt-get update .*ctest --preset test$' README.md || true)
[ -n "$test_command" ] || { echo "README.md has no test command line"; exit 1; }
grep -qxF "$test_command" .ci/run || { echo ".ci/run does not run the README's test command verbatim"; exit 1; }
run_command=$(grep -E '^apt-get update .*slim-lint service_roles/$' README.md || true)
[ -n "$run_command" ] || { echo "README.md has no install-and-run command line"; exit 1; }
[ "$(grep -cE '^apt-get update ' README.md)" -eq 2 ] || { echo "README.md must have exactly two set-up commands"; exit 1; }
# The output the README shows is real: every line of its excerpt is in the golden output of
# `slim-lint service_roles/`, which the suite checks on every change.
excerpt=$(awk '/^## What it finds/{section=1} section && /^```$/{if (inside) exit; inside=1; next} inside' README.md)
[ -n "$excerpt" ] || { echo "README.md has no output excerpt under 'What it finds'"; exit 1; }
while IFS= read -r line; do
  grep -qF -- "$line" test_data/scenarios/service_roles/expected.txt || { echo "README excerpt line is not in the golden output: $line"; exit 1; }
done <<< "$excerpt"
echo "ok"

# Sourced by the script tests as `. "$(dirname "$0")/test_env.sh" "$1"`: $slim is the binary
# (absolute), the source tree is the working directory, $python is Debian's python3 (its
# awscli, boto3 and jsonschema packages), and $work is a scratch folder. Commands added to
# $at_exit run first at exit, then $work is removed.
set -euo pipefail
slim=$(realpath "$1")
cd "${SLIM_SOURCE_DIR:-.}"
python=/usr/bin/python3
[ -x "$python" ] || python=python3
work=$(mktemp -d)
at_exit=()
trap 'for command in "${at_exit[@]}"; do $command; done; rm -rf "$work"' EXIT

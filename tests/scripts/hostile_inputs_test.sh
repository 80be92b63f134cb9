#!/usr/bin/env bash
# The hostile-input corpus (tests/hostile/run_hostile.py): truncated and invalid JSON, invalid
# UTF-8, NUL bytes, a 64 MB string, 100,000-deep nesting, huge arrays, FIFOs, devices, symbolic
# link loops, unreadable files and files that change while read. Each must end in a clear
# message and exit 0, 1 or 2, without a crash, a hang or unbounded memory.
set -euo pipefail
binary=${1:?usage: hostile_inputs_test.sh SLIM_LINT}
exec python3 "$(dirname "$0")/../hostile/run_hostile.py" "$binary"

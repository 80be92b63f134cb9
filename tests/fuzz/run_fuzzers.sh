#!/usr/bin/env bash
# Runs every libFuzzer target from its seed corpus for a fixed number of executions, one after
# the other on one core. CI runs it after `cmake --preset asan` (see .ci/run); a longer local
# run is the same command with more executions and time:
#
#   tests/fuzz/run_fuzzers.sh build/asan 20000 30        # CI: 20,000 executions, <= 30 s each
#   tests/fuzz/run_fuzzers.sh build/asan 0 300           # 5 minutes per target, no run limit
#
# New inputs go to a temporary folder, so the committed corpus stays as it is; a crash leaves
# its input in the current folder (crash-*, timeout-*, oom-*) and fails the script.
set -euo pipefail
build=${1:?usage: run_fuzzers.sh BUILD_DIR [RUNS] [MAX_SECONDS_PER_TARGET]}
runs=${2:-20000}
seconds=${3:-60}
corpus_root="$(cd "$(dirname "$0")" && pwd)/corpus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for target in json_parser script_reader pipeline; do
  binary="$build/tests/fuzz/${target}_fuzzer"
  mkdir -p "$work/$target"
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1)
  if [ "$runs" -gt 0 ]; then args+=(-runs="$runs"); fi
  echo "== $target: ${runs} runs, at most ${seconds} s"
  if ! "$binary" "${args[@]}" "$work/$target" "$corpus_root/$target" >"$work/$target.log" 2>&1; then
    status=1
    echo "FAIL $target"
    tail -n 60 "$work/$target.log"
    continue
  fi
  grep -E '^(Done|stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb)' "$work/$target.log" || true
done
exit $status

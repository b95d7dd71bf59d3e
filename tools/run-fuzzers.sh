#!/usr/bin/env bash
# run-fuzzers.sh BUILD_DIR SECONDS [NAME]: runs each libFuzzer target (or just NAME) for SECONDS,
# starting from the seed corpus in tests/fuzz/corpus/<target>. Fails on any finding.
set -euo pipefail
build=$(cd "$1" && pwd); seconds=$2; only=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
shopt -s nullglob
found=0
for bin in "$build"/tests/fuzz/*_fuzzer; do
  name=$(basename "$bin" _fuzzer)
  [ -n "$only" ] && [ "$only" != "$name" ] && continue
  found=1
  corpus_seed="$root/tests/fuzz/corpus/${name}s"
  work=$(mktemp -d)
  [ -d "$corpus_seed" ] && cp -r "$corpus_seed/." "$work/"
  echo "fuzzing $name for ${seconds}s"
  if ! (cd "$work" && "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -max_len=4096 "$work" 2>"$work/log.txt"); then
    echo "FINDING in $name (reproducer and log kept in $work):"; tail -40 "$work/log.txt"; status=1
  else
    grep -E 'stat::number_of_executed_units|stat::peak_rss' "$work/log.txt" || true
    rm -rf "$work"
  fi
done
[ $found = 1 ] || { echo "no fuzz targets in $build/tests/fuzz"; exit 1; }
exit $status

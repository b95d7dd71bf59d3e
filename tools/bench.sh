#!/usr/bin/env bash
# bench.sh NATIVE_DIR WASM_DIR: runs the throughput benchmark natively and under node (wasm) and
# prints the wasm/native ratio for each line; then the frame-time benchmark of the desktop app
# (partition map and heat timeline with a million items) in a virtual display.
set -euo pipefail
native=$(mktemp); wasm=$(mktemp)
echo "== native"; "$1/tests/ddb_bench" | tee "$native"
echo "== wasm (node)"; node --no-experimental-fetch "$2/tests/ddb_bench.js" | tee "$wasm"
echo "== wasm / native"
paste <(grep '^bench .*ops/s' "$native") <(grep '^bench .*ops/s' "$wasm") | awk -F'\t' '{
  split($1, a, "  +"); split($2, b, "  +");
  n = $1; sub(/ ops\/s.*/, "", n); sub(/.* /, "", n);
  w = $2; sub(/ ops\/s.*/, "", w); sub(/.* /, "", w);
  name = $1; sub(/^bench /, "", name); sub(/ +[0-9]+ ops\/s.*/, "", name);
  printf "%-24s %6.2f\n", name, w / n }'
rm -f "$native" "$wasm"
echo "== frame time (native, Xvfb)"
"$(dirname "$0")/check-tool.sh" xvfb-run xvfb
xvfb-run -a -s "-screen 0 1600x900x24" "$1/viz/ddbviz" bench-frames

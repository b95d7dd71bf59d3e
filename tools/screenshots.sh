#!/usr/bin/env bash
# Screenshots of the desktop app (under Xvfb) and the web app (headless Chromium), both showing
# the Music sample table with items, plus the capacity scenarios of lessons/scenarios (a hot
# partition with the heat timeline, a split in progress, auto scaling in the capacity chart), the
# stream belt, the index flow and the table designer:
# tools/screenshots.sh NATIVE_DIR WASM_DIR OUT_DIR writes OUT_DIR/*.png.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
native="${1:?usage: screenshots.sh NATIVE_DIR WASM_DIR OUT_DIR}"
wasm="${2:?usage: screenshots.sh NATIVE_DIR WASM_DIR OUT_DIR}"
out="${3:?usage: screenshots.sh NATIVE_DIR WASM_DIR OUT_DIR}"
mkdir -p "$out"
if [ ! -x "$native/viz/ddbviz" ]; then
  echo "screenshots: $native/viz/ddbviz not found: configure $native with -DDDBVIZ_BUILD_VIZ=ON and build" >&2
  exit 1
fi
if [ ! -f "$wasm/web/ddbviz.wasm" ]; then
  echo "screenshots: $wasm/web/ddbviz.wasm not found: build the wasm tree (make wasm)" >&2
  exit 1
fi

xvfb-run -a -s "-screen 0 1280x800x24" "$native/viz/ddbviz" \
  --frames 20 --sample 28 --animate 4 --screenshot "$out/desktop.png"
echo "wrote $out/desktop.png"

for shot in hot_partition:heat split_for_heat:heat split_inside_collection:heat auto_scaling:capacity; do
  name=${shot%%:*}; tab=${shot##*:}
  xvfb-run -a -s "-screen 0 1600x900x24" "$native/viz/ddbviz" --frames 30 --width 1600 --height 900 \
    --script "$root/lessons/scenarios/$name.jsonl" --side-tab "$tab" --screenshot "$out/$name.png"
  echo "wrote $out/$name.png"
done

# The stream belt: a classroom table's stream, a COUNTER trigger reading it, a partition split
# (the parent shard closed, two child shards open).
xvfb-run -a -s "-screen 0 1600x900x24" "$native/viz/ddbviz" --frames 30 --width 1600 --height 900 --profile classroom \
  --script "$root/lessons/scenarios/stream_belt.jsonl" --center-tab stream --screenshot "$out/stream_belt.png"
echo "wrote $out/stream_belt.png"
# The Index flow tab: GSI updates in flight, piling up at an under-provisioned index, a stale read.
xvfb-run -a -s "-screen 0 1600x900x24" "$native/viz/ddbviz" --frames 30 --width 1600 --height 900 \
  --script "$root/lessons/scenarios/index_flow.jsonl" --center-tab index-flow --side-tab capacity \
  --screenshot "$out/index_flow.png"
echo "wrote $out/index_flow.png"
# A collection split twice by sort key: two partitions of a single hash, each with a box.
xvfb-run -a -s "-screen 0 1600x900x24" "$native/viz/ddbviz" --frames 30 --width 1600 --height 900 \
  --script "$root/lessons/scenarios/split_collection_again.jsonl" --side-tab heat \
  --screenshot "$out/split_collection_again.png"
echo "wrote $out/split_collection_again.png"
# A GSI whose one partition ran hot for 5 minutes and split in two.
xvfb-run -a -s "-screen 0 1600x900x24" "$native/viz/ddbviz" --frames 30 --width 1600 --height 900 \
  --script "$root/lessons/scenarios/gsi_split.jsonl" --center-tab index-flow --bottom-tab events \
  --screenshot "$out/gsi_split.png"
echo "wrote $out/gsi_split.png"

# The table designer, filled with the "Orders with GSI" preset.
xvfb-run -a -s "-screen 0 1280x800x24" "$native/viz/ddbviz" --frames 30 \
  --open designer --designer-preset orders-gsi --screenshot "$out/designer.png"
echo "wrote $out/designer.png"

node "$root/tests/e2e/web_screenshot.mjs" "$wasm/web" "$out/web.png"

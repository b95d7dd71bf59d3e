#!/usr/bin/env bash
# Screenshots of the desktop app (under Xvfb) and the web app (headless Chromium), both showing
# the Music sample table with items: tools/screenshots.sh NATIVE_DIR WASM_DIR OUT_DIR
# writes OUT_DIR/desktop.png and OUT_DIR/web.png.
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

node "$root/tests/e2e/web_screenshot.mjs" "$wasm/web" "$out/web.png"

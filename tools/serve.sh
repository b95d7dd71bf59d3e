#!/usr/bin/env bash
# Serves the web build on 127.0.0.1 and prints its address: tools/serve.sh [WEB_DIR] [PORT]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${1:-build/wasm/web}"
port="${2:-8080}"
if [ ! -f "$dir/index.html" ]; then
  echo "serve: $dir/index.html not found: build the web app first (make web)" >&2
  exit 1
fi
exec node "$here/serve.mjs" "$dir" "$port"

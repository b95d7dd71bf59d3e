#!/usr/bin/env bash
# Installs what ddbviz needs on Debian 12, and only what is missing: apt packages, the Dear ImGui
# 1.86 source package (the binary package lacks the core .cpp files the wasm build needs), and the
# npm packages of the browser tests. Safe to run again: it returns quickly when nothing is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake clang libclang-rt-14-dev
  emscripten libglfw3-dev libgl-dev
  nlohmann-json3-dev catch2 libxxhash-dev libcpp-httplib-dev libcli11-dev
  fonts-dejavu-core fonttools chromium xvfb xauth
)
IMGUI_DIR=.cache/imgui

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

if ! command -v apt-get >/dev/null; then
  die "apt-get not found: ddbviz's setup expects Debian 12. Install by hand: ${APT_PACKAGES[*]}"
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || die "run as root or install sudo (needed for apt-get)"
  SUDO=sudo
fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

need_imgui=0
[ -f "$IMGUI_DIR/imgui.cpp" ] || need_imgui=1

if [ ${#missing[@]} -gt 0 ] || [ $need_imgui = 1 ]; then
  # A deb-src entry derived from the machine's own binary sources, for `apt-get source imgui`.
  if [ $need_imgui = 1 ] && [ -f /etc/apt/sources.list.d/debian.sources ] &&
     [ ! -f /etc/apt/sources.list.d/debian-src.sources ]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
      $SUDO tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
  fi
  say "apt-get update"
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ $need_imgui = 1 ]; then
  say "fetching the Dear ImGui 1.86 source package"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source --download-only imgui >/dev/null 2>&1) ||
    die "apt-get source imgui failed: is a deb-src entry configured?"
  tarball=$(ls "$tmp"/imgui_1.86*.orig.tar.* 2>/dev/null | head -1)
  [ -n "$tarball" ] || die "imgui 1.86 source tarball not found after apt-get source"
  mkdir -p "$IMGUI_DIR"
  tar xf "$tarball" -C "$IMGUI_DIR" --strip-components=1
  rm -rf "$tmp"
  [ -f "$IMGUI_DIR/imgui.cpp" ] || die "imgui.cpp missing from the source package"
fi

if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  command -v npm >/dev/null || die "npm not found: install Node.js 18+ and npm"
  say "installing the browser-test npm packages"
  (cd tests/e2e && npm install --no-audit --no-fund --silent >/dev/null)
fi
say "all dependencies present"

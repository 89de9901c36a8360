# Shared by scripts/*.sh: pinned tool versions, PATH, and step/fail helpers.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

WASM_BINDGEN_VERSION="0.2.130"   # must equal the wasm-bindgen pin in Cargo.toml
TRUNK_VERSION="0.21.14"          # 0.22 needs rustc >= 1.96
BINARYEN_VERSION="132"           # Debian's binaryen (v108) cannot read current Rust wasm
TERSER_VERSION="5.51.4"          # minifies the JS glue (tools/minify-glue.mjs); Trunk's minifier cannot parse it
TOOLS_DIR="${TWO_ECONOMIES_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/two-economies}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM CHROMEDRIVER
export PATH="$HOME/.cargo/bin:$TOOLS_DIR/binaryen/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() {
  printf '\nERROR: %s\n' "$1" >&2
  [ $# -gt 1 ] && printf 'What to do: %s\n' "$2" >&2
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }

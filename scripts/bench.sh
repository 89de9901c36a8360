#!/usr/bin/env bash
# Installs what is missing, then prints the benchmark figures (no pass/fail):
#   1 the models natively (examples/bench_models.rs)
#   2 our line-chart redraw against Chart.js and uPlot, 200 / 2,000 / 20,000 points
#   3 the release app: slider input → frame (p95 per figure), navigation → first
#     chart (median of 10), memory after every slider ×100 and ×200, shipped bytes
# Options: --quick (fewer repetitions), --skip-build (reuse dist/ and the bench wasm).
source "$(dirname "$0")/lib.sh"
QUICK=""; SKIP_BUILD=""
for a in "$@"; do
  case "$a" in
    --quick) QUICK="--quick" ;;
    --skip-build) SKIP_BUILD=1 ;;
    *) die "unknown option $a" "Use: bash scripts/bench.sh [--quick] [--skip-build]" ;;
  esac
done
bash scripts/setup.sh --test

step "Bench-only npm packages (Chart.js, uPlot, playwright-core; tools/bench, never shipped)"
if [ -d tools/bench/node_modules/uplot ] && [ -d tools/bench/node_modules/chart.js ] && [ -d tools/bench/node_modules/playwright-core ]; then
  info "already installed"
else
  (cd tools/bench && npm ci --no-audit --no-fund) || die "npm ci in tools/bench failed." "Check the network, then run: (cd tools/bench && npm ci)"
fi

BENCH_OUT="$ROOT/target/bench"
if [ -z "$SKIP_BUILD" ]; then
  step "Building the release app (trunk build --release --offline)"
  trunk build --release --offline || die "the release build failed." "Run: trunk build --release --offline"
  step "Building the bench wasm (examples/bench_canvas.rs, release, wasm-bindgen, wasm-opt -Oz as the app)"
  cargo build --release --example bench_canvas --target wasm32-unknown-unknown ||
    die "building the bench wasm failed." "Run: cargo build --release --example bench_canvas --target wasm32-unknown-unknown"
  mkdir -p "$BENCH_OUT/pkg"
  wasm-bindgen --target web --no-typescript --out-dir "$BENCH_OUT/pkg" \
    target/wasm32-unknown-unknown/release/examples/bench_canvas.wasm ||
    die "wasm-bindgen failed on the bench wasm." "Check that wasm-bindgen $WASM_BINDGEN_VERSION is installed (bash scripts/setup.sh)"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$BENCH_OUT/pkg/bench_canvas_bg.wasm" -o "$BENCH_OUT/pkg/bench_canvas_bg.wasm" ||
    die "wasm-opt failed on the bench wasm." "Check that binaryen $BINARYEN_VERSION is installed (bash scripts/setup.sh)"
fi
[ -f dist/index.html ] || die "dist/ is missing." "Run without --skip-build"
[ -f "$BENCH_OUT/pkg/bench_canvas_bg.wasm" ] || die "the bench wasm is missing." "Run without --skip-build"

step "Models, natively (cargo run --release --example bench_models)"
cargo run --release --quiet --example bench_models

step "In headless Chromium (tools/bench/run.mjs)"
node tools/bench/run.mjs --dist dist --pkg "$BENCH_OUT/pkg" $QUICK

step "Shipped bytes (tools/size-report.mjs)"
node tools/size-report.mjs dist --budget-kb 180 | grep -E '^(total|budget|chinese)'

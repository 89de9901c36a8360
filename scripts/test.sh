#!/usr/bin/env bash
# Installs what is missing, then runs every test tier:
#   0 lint (rustfmt, clippy native + wasm32, rustdoc)
#   1 native cargo test (model, data, story, charts to SVG); 1b the URL-state
#     properties at 100,000 cases each
#   2 wasm-bindgen-test in headless Chromium (components mount, sliders redraw)
#   3 end-to-end: release dist/ served on 127.0.0.1, driven by playwright-core
#   4 size report of dist/ (figures, not a test)
source "$(dirname "$0")/lib.sh"
LOGS="$ROOT/target/test-logs"
mkdir -p "$LOGS"
bash scripts/setup.sh --test

# Sum "test result: ok. N passed; M failed" lines of a cargo/wasm-bindgen log.
counts() { awk '/test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed/) p += $(i-1); if ($(i) ~ /^failed/) f += $(i-1) } } END { printf "%d %d\n", p, f }' "$1"; }
SUMMARY=()

step "Tier 0: rustfmt, clippy (native and wasm32), rustdoc"
cargo fmt --all -- --check || die "code is not formatted." "Run: cargo fmt --all"
cargo clippy --all-targets -- -D warnings || die "clippy found problems (native)." "Fix the warnings above."
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings || die "clippy found problems (wasm32)." "Fix the warnings above."
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --quiet || die "cargo doc has warnings." "Document every public item."
SUMMARY+=("tier 0 lint: rustfmt, clippy x2, rustdoc clean")

step "Tier 1: native tests (cargo test)"
cargo test 2>&1 | tee "$LOGS/native.log" ||
  die "native tests failed (see above)." "Run: cargo test"
read -r p f < <(counts "$LOGS/native.log")
SUMMARY+=("tier 1 native: $p passed, $f failed")
T_PASS=$p; T_FAIL=$f

step "Tier 1b: the URL-state properties at 100,000 cases each (release build)"
PROPTEST_CASES=100000 cargo test --release --test url_state 2>&1 | tee "$LOGS/deep.log" ||
  die "a URL-state property failed at 100,000 cases (see above; proptest prints the smallest failing input)." "Run: PROPTEST_CASES=100000 cargo test --release --test url_state"
read -r p f < <(counts "$LOGS/deep.log")
SUMMARY+=("tier 1b deep URL fuzz: $p properties × 100,000 cases passed, $f failed")
T_PASS=$((T_PASS + p)); T_FAIL=$((T_FAIL + f))

step "Tier 2: wasm-bindgen tests in headless Chromium"
CHROMEDRIVER="$CHROMEDRIVER" WASM_BINDGEN_TEST_TIMEOUT=60 cargo test --target wasm32-unknown-unknown 2>&1 | tee "$LOGS/wasm.log" ||
  die "browser (wasm-bindgen) tests failed (see above)." "Run: CHROMEDRIVER=$CHROMEDRIVER cargo test --target wasm32-unknown-unknown"
read -r p f < <(counts "$LOGS/wasm.log")
[ "$p" -gt 0 ] || die "no browser test ran." "Check tests/web.rs and the wasm-bindgen-test-runner set-up."
SUMMARY+=("tier 2 browser: $p passed, $f failed")
T_PASS=$((T_PASS + p)); T_FAIL=$((T_FAIL + f))

step "Tier 3: release build and end-to-end tests"
trunk build --release --offline || die "the release build failed." "Run: trunk build --release --offline"
# The standard build writes the whole site, the offline single file included.
[ -f dist/two-economies-offline.html ] || die "trunk build --release wrote no dist/two-economies-offline.html." "Check the post-build hook in Trunk.toml (tools/post-build.mjs)"
info "test-only copy with the fault switch (cargo feature fault, debug build): target/dist-fault"
cargo build --target wasm32-unknown-unknown --features fault --bin two-economies ||
  die "the fault-switch build failed." "Run: cargo build --target wasm32-unknown-unknown --features fault --bin two-economies"
wasm-bindgen --target web --no-typescript --out-dir target/fault-pkg target/wasm32-unknown-unknown/debug/two-economies.wasm ||
  die "wasm-bindgen failed on the fault-switch build." "Check wasm-bindgen $WASM_BINDGEN_VERSION (bash scripts/setup.sh)"
node tools/fault-dist.mjs dist target/fault-pkg target/dist-fault || die "making target/dist-fault failed." "Run: node tools/fault-dist.mjs dist target/fault-pkg target/dist-fault"
node tests/e2e/run.mjs --dist dist --out target/e2e --fault-dist target/dist-fault 2>&1 | tee "$LOGS/e2e.log" ||
  die "end-to-end tests failed (see above; screenshots in target/e2e)." "Run: node tests/e2e/run.mjs --dist dist --out target/e2e --fault-dist target/dist-fault"
line=$(grep -E '^e2e: [0-9]+ passed, [0-9]+ failed' "$LOGS/e2e.log" | tail -1)
p=$(sed -E 's/^e2e: ([0-9]+) passed.*/\1/' <<<"$line"); f=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")
SUMMARY+=("tier 3 end-to-end: $p passed, $f failed (screenshots: target/e2e/screenshots)")
T_PASS=$((T_PASS + p)); T_FAIL=$((T_FAIL + f))

step "Tier 4: size report (brotli budget 180 KB for the explainer, plus at most 30 KB for its Chinese content)"
node tools/size-report.mjs dist --budget-kb 180 | tee "$LOGS/size.log"
SUMMARY+=("tier 4 size: $(grep -E '^budget:' "$LOGS/size.log" | head -1)")
SUMMARY+=("             $(grep -E '^chinese (text|content):' "$LOGS/size.log" | head -1)")

step "Summary"
for s in "${SUMMARY[@]}"; do info "$s"; done
echo
echo "all tiers: $T_PASS passed, $T_FAIL failed"

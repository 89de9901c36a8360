#!/usr/bin/env bash
# Installs what building (and, with --test, testing) needs; skips what is
# already present at the pinned version. Safe to run again.
#   bash scripts/setup.sh          # build tools: wasm target, wasm-bindgen, trunk, wasm-opt, node
#   bash scripts/setup.sh --test   # plus Chromium, ChromeDriver, CJK fonts, e2e npm packages
source "$(dirname "$0")/lib.sh"
WANT_TEST=0
[ "${1:-}" = "--test" ] && WANT_TEST=1

step "Rust toolchain"
have cargo || die "cargo not found." "Install Rust 1.95 with rustup (https://rustup.rs), then run this again."
info "$(rustc --version)"
if rustup target list --installed 2>/dev/null | grep -x wasm32-unknown-unknown >/dev/null; then
  info "wasm32-unknown-unknown target: present"
else
  info "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || die "could not add the wasm32 target." "Run: rustup target add wasm32-unknown-unknown"
fi
for c in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep "^$c" >/dev/null || rustup component add "$c" || die "could not add $c." "Run: rustup component add $c"
done

step "wasm-bindgen CLI $WASM_BINDGEN_VERSION"
if have wasm-bindgen && [ "$(wasm-bindgen --version)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  info "present"
else
  info "installing with cargo (about 8 minutes on 2 cores; --locked fails for this version, so without it)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force ||
    die "cargo install wasm-bindgen-cli failed." "Check that crates.io is reachable, then run this again."
fi

step "trunk $TRUNK_VERSION"
if have trunk && [ "$(trunk --version)" = "trunk $TRUNK_VERSION" ]; then
  info "present"
else
  info "installing with cargo (15-20 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION" --force ||
    die "cargo install trunk failed." "Check that crates.io is reachable, then run this again."
fi

step "Node.js (static server, wasm-opt, tests)"
have node || die "node not found." "Install Node.js 20 or later (Debian: apt-get install nodejs npm)."
info "node $(node --version)"

# npm_tool NAME VERSION: npm package NAME@VERSION in $TOOLS_DIR/NAME, unless
# that exact version is already there.
npm_tool() {
  local name=$1 version=$2 dir="$TOOLS_DIR/$1"
  local have_version
  have_version=$(node -p "try { require('$dir/node_modules/$name/package.json').version } catch { '' }" 2>/dev/null || true)
  if [ "$have_version" = "$version" ]; then
    info "present: $dir ($name $version)"
    return
  fi
  info "installing $name@$version into $dir"
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --save-exact "$name@$version" >/dev/null ||
    die "npm install $name@$version failed." "Check that the npm registry is reachable, then run this again."
}

step "wasm-opt (npm binaryen@$BINARYEN_VERSION)"
if have wasm-opt && wasm-opt --version | grep "version $BINARYEN_VERSION" >/dev/null; then
  info "present: $(command -v wasm-opt)"
else
  npm_tool binaryen "$BINARYEN_VERSION"
  wasm-opt --version | grep "version $BINARYEN_VERSION" >/dev/null || die "wasm-opt is not version $BINARYEN_VERSION." "Remove $TOOLS_DIR/binaryen and run this again."
fi

step "terser (npm terser@$TERSER_VERSION, minifies the JS glue in release builds)"
npm_tool terser "$TERSER_VERSION"

if [ "$WANT_TEST" = 1 ]; then
  step "Chromium, ChromeDriver and CJK fonts (Debian packages)"
  missing=()
  [ -x "$CHROMIUM" ] || missing+=(chromium)
  [ -x "$CHROMEDRIVER" ] || missing+=(chromium-driver)
  fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -eq 0 ]; then
    info "present: $("$CHROMIUM" --version 2>/dev/null)"
  else
    info "installing ${missing[*]} with apt-get"
    SUDO=""
    [ "$(id -u)" = 0 ] || { have sudo && SUDO="sudo"; } || die "need root to install ${missing[*]}." "Run: sudo apt-get install -y ${missing[*]}"
    $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null ||
      die "apt-get install ${missing[*]} failed." "Install them by hand (apt-get install -y ${missing[*]}) or set CHROMIUM/CHROMEDRIVER to existing binaries."
  fi

  step "End-to-end test packages (tests/e2e, npm ci)"
  if [ -d tests/e2e/node_modules/playwright-core ] && [ -d tests/e2e/node_modules/jsqr ] && [ -d tests/e2e/node_modules/axe-core ] && [ tests/e2e/node_modules/.package-lock.json -nt tests/e2e/package-lock.json ]; then
    info "present"
  else
    npm ci --prefix tests/e2e --no-audit --no-fund >/dev/null ||
      die "npm ci in tests/e2e failed." "Check that the npm registry is reachable, then run this again."
    info "installed"
  fi
fi
step "Set-up complete"

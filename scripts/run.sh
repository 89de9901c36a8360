#!/usr/bin/env bash
# Installs what is missing, builds the release and serves it at http://127.0.0.1:8080
# (PORT=… to change). Stop with Ctrl-C.
source "$(dirname "$0")/lib.sh"
PORT="${PORT:-8080}"
bash scripts/setup.sh
step "Building the release, the offline single file included (trunk build --release --offline)"
trunk build --release --offline || die "the release build failed (see above)." "Fix the error shown, or run: cargo build --target wasm32-unknown-unknown"
[ -f dist/two-economies-offline.html ] || die "the build wrote no dist/two-economies-offline.html." "Check the post-build hook in Trunk.toml (tools/post-build.mjs)"
step "Serving dist/ at http://127.0.0.1:$PORT/"
exec node tools/serve.mjs dist "$PORT" --host 127.0.0.1

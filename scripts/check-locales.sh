#!/usr/bin/env bash
# Checks every locale folder under assets/i18n/ against English and reports
# each missing key, extra key, wrong variable and Fluent syntax error with
# its file and line (the same checks as the build, build/i18n.rs).
#   bash scripts/check-locales.sh
source "$(dirname "$0")/lib.sh"
step "Checking assets/i18n/*/ against English (cargo check runs build.rs)"
have cargo || die "cargo not found." "Install Rust with rustup (https://rustup.rs), then run this again."
if out=$(cargo check --lib --quiet 2>&1); then
  for d in assets/i18n/*/; do
    info "$(basename "$d"): every key of English, same variables, no syntax error"
  done
  info "All locales complete."
else
  # The build script's message names the file, line and key of each problem.
  echo "$out" | sed -n '/problem(s) in\|: key `\|Fluent syntax error\|not Fluent\|no value\|no term/p' | sed 's/^ *//'
  echo "$out" | grep -q 'problem(s) in\|: key `\|Fluent syntax error\|not Fluent' ||
    echo "$out" | tail -30
  die "a locale has problems (above)." "Fix each line named above, then run: bash scripts/check-locales.sh"
fi

#!/usr/bin/env bash
# THE test command: native core tests, release build, then end-to-end tests in Chromium against dist/.
# Exits non-zero if any stage fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

stage() { printf '\n==================== %s ====================\n' "$*"; }
started=$SECONDS

stage "1/4 setup"
source scripts/setup.sh

stage "2/4 cargo test --workspace (native)"
cargo test --workspace --locked

# In-browser component tests, once the app declares wasm-bindgen-test (wasm-bindgen-test-runner + chromedriver).
if grep -Eq '^wasm-bindgen-test([[:space:]]*=|\.)' Cargo.toml; then
  stage "2b/4 wasm-bindgen-test (headless Chromium)"
  if [[ $MEDB_WASM_TOOLCHAIN == debian ]]; then
    echo "skipped: the Debian build-std fallback toolchain is not set up for wasm-bindgen-test here" >&2
  else
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
      cargo test --locked --target wasm32-unknown-unknown -p medborgarloften
  fi
fi

stage "3/4 trunk build --release"
medb_trunk build --release

stage "4/4 end-to-end tests (node --test, Playwright, Chromium) on dist/"
mkdir -p tests/e2e/artifacts
node --test --test-reporter=spec --test-timeout=120000 tests/e2e/*.test.mjs

printf '\nAll tests passed in %ss.\n' "$((SECONDS - started))"

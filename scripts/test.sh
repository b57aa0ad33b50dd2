#!/usr/bin/env bash
# THE test command (CI runs it through .ci/run): formatting, clippy (native and wasm32), native tests (core,
# property tests, CLI, the build tool), the event reader's tests in the browser, release build, then
# end-to-end tests in Chromium against dist/. Exits non-zero if any stage fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

stage() { printf '\n==================== %s ====================\n' "$*"; }
started=$SECONDS

stage "1/7 install what is missing, then source scripts/env.sh"
bash scripts/install.sh --quiet
source scripts/env.sh

stage "2/7 cargo fmt --all --check"
cargo fmt --all --check || { echo "Formatting differs: run 'cargo fmt --all' and commit the result." >&2; exit 1; }

stage "3/7 cargo clippy --workspace --all-targets (native, -D warnings)"
cargo clippy --workspace --all-targets --locked -- -D warnings
# The app's components as the build tool renders them (Leptos SSR alone, src/prerender.rs): the workspace run above
# compiles the app with both features.
cargo clippy --all-targets --locked -p medborgarloften --no-default-features --features ssr -- -D warnings

stage "4/7 cargo clippy for the app, its first module, the finder's and the editors' workspace on wasm32-unknown-unknown (-D warnings)"
cargo clippy --locked --target wasm32-unknown-unknown -p medborgarloften -p medborgarloften-first -p medborgarloften-finder -p medborgarloften-editor -p medborgarloften-workbook-web -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p medborgarloften-web --all-targets -- -D warnings

stage "5/7 cargo test --workspace (native: unit, integration and property tests)"
# scripts/install.sh installed python3-openpyxl and python3-feedparser: the CLI's workbook tests and the core's
# feed parser test must run, not skip.
MEDB_REQUIRE_OPENPYXL=1 MEDB_REQUIRE_FEEDPARSER=1 cargo test --workspace --locked --exclude medborgarloften-build
# The build tool on its own: in a workspace build the app gets both `csr` and `ssr`, and Leptos's effects then want a
# browser executor, so its render test runs the app as the hook does, with `ssr` alone. Its tests/contract.rs is the
# page contract: the build's page for two datasets, and every name the first module and the shared event reader look
# for found on it.
cargo test --locked -p medborgarloften-build

stage "5b/7 wasm-bindgen-test: the shared event reader in headless Chromium (wasm-bindgen-test-runner, chromedriver)"
# crates/medborgarloften-web/tests/events.rs: real DOM events on elements named by the page contract, read into the
# core's actions by the one reader both modules use.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown -p medborgarloften-web --test events

stage "5c/7 JSON Schema: every shipped dataset and fixture against public/data/schema*.json (Ajv)"
node --test --test-reporter=spec tests/schema/*.test.mjs

stage "5d/7 fuzz harness, 3 s per parser (dataset, GeoJSON, URL query; the benchmark runs it 10 min each)"
cargo run --locked --release -q -p medborgarloften-core --example fuzz -- --seconds 3 --target all

stage "6/7 trunk build --release (medb_trunk: the build tool, then Trunk with the release toolchain)"
# A site ships only its own dataset; the end-to-end tests also open the made-up example with
# ?data=data/exempelkommun.json, so this build asks for it (crates/medborgarloften-build/src/ship.rs).
MEDB_EXTRA_DATASETS=public/data/exempelkommun.json medb_trunk build --release

stage "7/7 end-to-end tests (node --test, Playwright, Chromium) on dist/"
mkdir -p tests/e2e/artifacts
# The timeout is per test file: prerender.test.mjs builds a second site (about 1–2 min) before its tests.
MEDB_REQUIRE_FEEDPARSER=1 node --test --test-reporter=spec --test-timeout=600000 tests/e2e/*.test.mjs

printf '\nAll tests passed in %ss.\n' "$((SECONDS - started))"

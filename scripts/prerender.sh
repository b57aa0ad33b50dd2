#!/usr/bin/env bash
# Trunk post_build hook (the first; see Trunk.toml): renders the default view of the site's dataset into the
# staged index.html and writes the page's title, description and manifest from it, with the app's own components
# compiled natively with Leptos SSR (src/bin/prerender.rs, src/prerender.rs).
#
#   MEDB_DATASET=public/data/<file>.json   the site's dataset (default public/data/eskilstuna.json)
#   SOURCE_DATE_EPOCH=<seconds>            the build's date for the follow-up plan (default: today, UTC)
#
# Runs cargo offline and locked, like Trunk (scripts/install.sh fetched every crate). The native build must not
# inherit the wasm build's settings (build-std and its flags, the wasm target dir: scripts/env.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
staging="${TRUNK_STAGING_DIR:?run as a Trunk post_build hook, or set TRUNK_STAGING_DIR}"
cd "$root"
env -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES -u RUSTC_BOOTSTRAP -u CARGO_TARGET_DIR \
  -u CARGO_BUILD_TARGET -u CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS \
  cargo run --quiet --offline --locked --profile prerender --no-default-features --features ssr \
  --bin medborgarloften-prerender -- "$staging"

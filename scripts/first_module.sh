#!/usr/bin/env bash
# Trunk post_build hook step (scripts/post_build.sh; after prerender.sh, before precache.mjs): builds the page's first
# module (crates/medborgarloften-first) for wasm32 in Trunk's environment (the same std and flags as the app), runs
# wasm-bindgen and wasm-opt as Trunk does for the app, writes it under a hashed name into the staged build and
# names it on boot.js's tag (data-first-js, data-first-wasm). Release builds only: a debug build loads the full app.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
: "${TRUNK_STAGING_DIR:?run as a Trunk post_build hook, or set TRUNK_STAGING_DIR}"
[[ ${TRUNK_PROFILE:-release} == release ]] || exit 0
target_dir="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release --offline --locked --target wasm32-unknown-unknown -p medborgarloften-first --manifest-path "$root/Cargo.toml"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$out" "$target_dir/wasm32-unknown-unknown/release/medborgarloften_first.wasm"
wasm-opt -Oz --monomorphize --converge --strip-producers --strip-target-features --enable-bulk-memory \
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  -o "$out/opt.wasm" "$out/medborgarloften_first_bg.wasm"
node "$here/first_module.mjs" "$TRUNK_STAGING_DIR" "$out/medborgarloften_first.js" "$out/opt.wasm"

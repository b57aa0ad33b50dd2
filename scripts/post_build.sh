#!/usr/bin/env bash
# Trunk's one post_build hook (see Trunk.toml). Trunk starts the hooks of a stage all at once, so the steps that
# build on each other run here, in order, on the staged files before they become dist/:
#   1. scripts/prerender.sh  the default view of $MEDB_DATASET rendered into index.html, with the page's title,
#                            description and manifest from that dataset;
#   1b. scripts/first_module.sh  the page's first module (crates/medborgarloften-first), named on boot.js's tag;
#   2. scripts/preload.mjs   preloads for that dataset and the wasm-bindgen snippets;
#   3. scripts/precache.mjs  the precache list and build hash in the service worker (hashes the finished page);
#   4. scripts/compress.mjs  precompressed .br and .gz copies of every text file and the wasm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${TRUNK_STAGING_DIR:?run as a Trunk post_build hook, or set TRUNK_STAGING_DIR}"
node "$here/bundle_css.mjs"
bash "$here/prerender.sh"
bash "$here/first_module.sh"
node "$here/preload.mjs"
node "$here/precache.mjs"
node "$here/compress.mjs"

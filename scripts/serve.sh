#!/usr/bin/env bash
# Serves the app on http://127.0.0.1:8080 (override with PORT=...), rebuilding on change, built for the dataset
# $MEDB_DATASET (default public/data/eskilstuna.json; see the README).
# It builds into target/trunk-serve, not dist/: Trunk's serve build injects a live-reload WebSocket script, which
# must never reach the dist/ that tests and benchmarks read.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install.sh --quiet
source scripts/env.sh

port="${PORT:-8080}"
printf '\n== Building, then serving on http://127.0.0.1:%s (Ctrl-C stops) ==\n' "$port"
medb_trunk serve --release --dist target/trunk-serve --address 127.0.0.1 --port "$port"

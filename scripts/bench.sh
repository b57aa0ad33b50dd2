#!/usr/bin/env bash
# Benchmark (not a test: it reports, it never fails on a number): release build, then the size of every file in
# dist/ raw / gzip -9 / brotli, the first-visit transfer against the budgets, page-load timings in Chromium, and
# the core's map timing example if it exists.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

section() { printf '\n==================== %s ====================\n' "$*"; }

section "setup"
source scripts/setup.sh

section "trunk build --release"
medb_trunk build --release

section "sizes and load times (dist/)"
node scripts/bench_report.mjs dist

# Hook for the core's map benchmark: runs only once crates/medborgarloften-core/examples/map_timing.rs exists.
section "map timing (cargo run -p medborgarloften-core --release --example map_timing)"
if [[ -f crates/medborgarloften-core/examples/map_timing.rs ]]; then
  cargo run --locked -q -p medborgarloften-core --release --example map_timing
else
  echo "skipped: crates/medborgarloften-core/examples/map_timing.rs does not exist yet"
fi

# Offline app, first visit and Lighthouse (issues 9 and 15): see scripts/bench_pwa.mjs, scripts/bench_lighthouse.mjs.
section "first visit with the service worker, dataset requests per filter click (scripts/bench_pwa.mjs)"
node scripts/bench_pwa.mjs dist
section "Lighthouse: release build vs a static page of the same promises (scripts/bench_lighthouse.mjs)"
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node scripts/bench_lighthouse.mjs dist 3

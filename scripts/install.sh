#!/usr/bin/env bash
# Installs what building and testing medborgarlöften needs, skipping whatever is already there. Safe to re-run:
# a second run only checks.
#
#   bash scripts/install.sh            install what is missing, then say how to get the environment
#   bash scripts/install.sh --quiet    the same without that hint (serve.sh, test.sh and bench.sh run this)
#
# The environment (PATH, TRUNK_SKIP_VERSION_CHECK, ...) is in scripts/env.sh: `source scripts/env.sh`.
# Nothing here downloads from GitHub: the machines that build this reach only crates.io, npm, PyPI and Debian apt.
# docs/toolchain.md has the versions and the reasons; in short:
#   - rustup: the toolchain of rust-toolchain.toml (1.95.0 with clippy, rustfmt, rust-src and the wasm32 target)
#     and the release wasm's dated nightly of release-toolchain.toml (minimal, with rust-src)
#   - Debian chromium + chromium-driver (Playwright and wasm-bindgen-test drive the system browser)
#   - Debian python3-openpyxl and python3-feedparser (the tests read a workbook and the Atom feed with them)
#   - trunk 0.21.14 and wasm-bindgen-cli (= the wasm-bindgen version in Cargo.lock) via cargo install
#   - wasm-opt 132 from npm binaryen, first on PATH so Debian's binaryen 108 is never used
#   - `cargo fetch --locked`, also for the release std's own crates, because Trunk runs cargo --offline
#   - the build tool (crates/medborgarloften-build), compiled while the rest installs
# The slow parts run side by side: apt, npm and the downloads wait on the network while the two `cargo install`s
# and the build tool compile. Each one's output is in target/install/<step>.log, and its time is printed.
set -euo pipefail

quiet=0
case "${1:-}" in
  --quiet) quiet=1 ;;
  "") ;;
  *) echo "usage: bash scripts/install.sh [--quiet]" >&2; exit 2 ;;
esac

medb_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$medb_root"
readonly MEDB_TRUNK_VERSION="0.21.14"
readonly MEDB_WBG_FALLBACK_VERSION="0.2.130" # Cargo.toml pins wasm-bindgen = "=0.2.130"

export PATH="$medb_root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true DEBIAN_FRONTEND=noninteractive
# rust-toolchain.toml decides, not a toolchain chosen by whoever runs this.
unset RUSTUP_TOOLCHAIN

started=$SECONDS
logs="$medb_root/target/install"
mkdir -p "$logs"
step() { printf '\n[install] %s\n' "$*"; }
ok() { printf '[install]   ok: %s\n' "$*"; }
die() { printf '[install] ERROR: %s\n' "$*" >&2; exit 1; }

# Jobs running side by side: `begin NAME CMD...` starts one (output in target/install/NAME.log, its own wall and
# CPU time in NAME.seconds); `finish NAME` waits for it and fails with the end of its log when it failed.
declare -A jobs=()
begin() {
  local name=$1
  shift
  # `times` prints the CPU time of the job's children on its second line (user, system).
  ( start=$SECONDS; "$@"; status=$?; times >"$logs/$name.times"
    echo "$((SECONDS - start)) s, CPU $(tail -n 1 "$logs/$name.times" | sed 's/ / + /')" >"$logs/$name.seconds"
    exit $status ) >"$logs/$name.log" 2>&1 &
  jobs[$name]=$!
  printf '[install]   started: %s\n' "$name"
}
finish() {
  local name=$1
  if ! wait "${jobs[$name]}"; then
    tail -n 30 "$logs/$name.log" >&2
    die "$name failed (whole log: $logs/$name.log)"
  fi
  unset "jobs[$name]"
  ok "$name ($(cat "$logs/$name.seconds" 2>/dev/null || echo '?'))"
}
# A job that fails stops the others too.
trap 'for pid in "${jobs[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || die "not root and no sudo: cannot apt-get install. Run as root or install sudo."
  sudo="sudo"
fi
apt_install() {
  $sudo apt-get -o DPkg::Lock::Timeout=300 update -q || return 1
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "$@"
}

step "Rust (cargo, rustup)"
command -v cargo >/dev/null \
  || die "cargo not found. Install Rust with rustup (https://rustup.rs), then re-run. (Looked on PATH and in ~/.cargo/bin.)"
command -v rustup >/dev/null || die "rustup not found. This project pins its toolchains with rustup (rust-toolchain.toml)."

step "the project's toolchain (rust-toolchain.toml)"
pinned="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
installed_components="$(rustup component list --installed --toolchain "$pinned" 2>/dev/null || true)"
missing_parts=0
for part in clippy rustfmt rust-src rust-std-wasm32-unknown-unknown; do
  grep -q "^$part" <<<"$installed_components" || missing_parts=1
done
t=$SECONDS
if [[ $missing_parts == 1 ]]; then
  # Without arguments rustup installs the toolchain file's channel with its components and targets.
  rustup toolchain install --no-self-update || die "rustup could not install $pinned from rust-toolchain.toml (with clippy, rustfmt, rust-src, wasm32)"
fi
ok "$(rustc --version), $(cargo clippy --version), $(cargo fmt --version) ($((SECONDS - t)) s)"

step "side by side: the release wasm's toolchain, Debian packages, npm packages"
release="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' release-toolchain.toml)"
[[ $release == nightly-* ]] || die "release-toolchain.toml has no dated nightly channel"
release_sysroot="$(rustup run "$release" rustc --print sysroot 2>/dev/null || true)"
if [[ -z $release_sysroot || ! -f $release_sysroot/lib/rustlib/src/rust/library/Cargo.lock ]]; then
  begin "rustup-$release" rustup toolchain install --no-self-update "$release" --profile minimal --component rust-src
else
  ok "$release with rust-src"
fi

apt_packages=()
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || apt_packages+=(python3-openpyxl)
/usr/bin/python3 -c 'import feedparser' 2>/dev/null || apt_packages+=(python3-feedparser)
[[ -x /usr/bin/chromium ]] || apt_packages+=(chromium)
[[ -x /usr/bin/chromedriver ]] || apt_packages+=(chromium-driver)
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  # npm ci below needs them first.
  apt_install nodejs npm >"$logs/apt-nodejs.log" 2>&1 || die "apt-get install nodejs npm failed ($logs/apt-nodejs.log)"
fi
if [[ ${#apt_packages[@]} -gt 0 ]]; then
  begin apt apt_install "${apt_packages[@]}"
else
  ok "python3-openpyxl, python3-feedparser, chromium, chromium-driver"
fi

[[ -f package-lock.json ]] || die "package-lock.json is missing; run 'npm install' once and commit it."
# node_modules matches the lock file it was installed from (by content: a checkout or merge sets file times anyhow).
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -f node_modules/.medb-lock.sha256 || "$(cat node_modules/.medb-lock.sha256)" != "$lock_sum" ]]; then
  begin npm bash -c "npm ci --no-audit --no-fund && echo '$lock_sum' > node_modules/.medb-lock.sha256"
else
  ok "node_modules is up to date with package-lock.json"
fi

step "crates (Trunk runs cargo --offline)"
if [[ ! -f Cargo.lock ]]; then
  cargo generate-lockfile || die "cargo generate-lockfile failed: does the workspace's Cargo.toml parse?"
fi
t=$SECONDS
cargo fetch --locked \
  || die "cargo fetch --locked failed. If Cargo.toml changed, run 'cargo update -w' (or plain 'cargo fetch') to update Cargo.lock, then re-run."
ok "crates fetched ($((SECONDS - t)) s)"

step "side by side: the build tool, wasm-bindgen-cli and trunk (cargo)"
# The build tool needs only the crates; compiling it now saves that time from the first build.
begin build-tool cargo build --locked --offline --profile build-tool -p medborgarloften-build

want_wbg="$(awk '
  /^\[\[package\]\]/ { name = "" }
  /^name = / { name = $3 }
  /^version = / && name == "\"wasm-bindgen\"" { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
if [[ -z $want_wbg ]]; then
  want_wbg="$MEDB_WBG_FALLBACK_VERSION"
  echo "[install]   wasm-bindgen is not in Cargo.lock; using the Cargo.toml pin $want_wbg"
fi
trunk_wbg="$(sed -n 's/^wasm_bindgen *= *"\(.*\)".*/\1/p' Trunk.toml 2>/dev/null || true)"
if [[ -n $trunk_wbg && $trunk_wbg != "$want_wbg" ]]; then
  die "Trunk.toml [tools] wasm_bindgen = \"$trunk_wbg\" but Cargo.lock has wasm-bindgen $want_wbg: make them equal."
fi
have_wbg="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [[ $have_wbg == "$want_wbg" ]]; then
  ok "wasm-bindgen $have_wbg"
else
  # Not --locked: the CLI's own lockfile wants a webpki-roots version this registry lacks (docs/toolchain.md).
  begin wasm-bindgen-cli \
    cargo install wasm-bindgen-cli --version "$want_wbg" --force
fi

have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [[ $have_trunk == "$MEDB_TRUNK_VERSION" ]]; then
  ok "trunk $have_trunk"
else
  # Its own release profile (fat LTO, one codegen unit): building it without LTO and with 16 units took more CPU
  # time, not less (docs/toolchain.md, Set-up time).
  begin trunk cargo install --locked trunk --version "$MEDB_TRUNK_VERSION" --no-default-features --force
fi

if [[ -v "jobs[rustup-$release]" ]]; then
  finish "rustup-$release"
fi
# The release std's own crates (the nightly's rust-src names them), for Trunk's offline cargo.
t=$SECONDS
RUSTUP_TOOLCHAIN="$release" CARGO_UNSTABLE_BUILD_STD=std,panic_abort cargo fetch --target wasm32-unknown-unknown \
  || die "cargo fetch for the release std's own crates ($release) failed"
ok "$release's std crates fetched ($((SECONDS - t)) s)"

for name in "${!jobs[@]}"; do
  finish "$name"
done

step "checks"
wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
[[ $(command -v wasm-opt) == "$medb_root/node_modules/.bin/wasm-opt" && $wasm_opt_version == *"version 132"* ]] \
  || die "expected wasm-opt 132 from node_modules/.bin first on PATH, got '$(command -v wasm-opt)': '$wasm_opt_version'"
ok "$wasm_opt_version ($(command -v wasm-opt))"
[[ $(wasm-bindgen --version | awk '{print $2}') == "$want_wbg" ]] || die "wasm-bindgen is not $want_wbg after installing it"
ok "wasm-bindgen $want_wbg, $(trunk --version)"
for bin in /usr/bin/chromium /usr/bin/chromedriver; do [[ -x $bin ]] || die "$bin is missing after apt-get install"; done
/usr/bin/python3 -c 'import openpyxl, feedparser' || die "/usr/bin/python3 cannot import openpyxl and feedparser"
ok "chromium, chromedriver, python3-openpyxl, python3-feedparser"

printf '\n[install] done in %ss\n' "$((SECONDS - started))"

if [[ $quiet == 0 ]]; then
  cat <<'EOF2'

To use the tools in this shell:
  source scripts/env.sh
then, for example:
  medb_trunk build --release                  # builds dist/
  node --test tests/e2e/promises.test.mjs     # one end-to-end test file against dist/
  cargo test -p medborgarloften-core          # the core's tests
EOF2
fi

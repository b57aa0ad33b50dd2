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
#   - rustup's wasm32-unknown-unknown target, rust-src (the release wasm builds a size-optimised std), clippy and
#     rustfmt; Debian's rustc-web + build-std if rustup cannot add the target
#   - Debian chromium + chromium-driver (Playwright and wasm-bindgen-test drive the system browser)
#   - Debian python3-openpyxl and python3-feedparser (the tests read a workbook and the Atom feed with them)
#   - trunk 0.21.14 and wasm-bindgen-cli (= the wasm-bindgen version in Cargo.lock) via cargo install
#   - wasm-opt 132 from npm binaryen, first on PATH so Debian's binaryen 108 is never used
#   - `cargo fetch --locked`, because Trunk runs cargo --offline
#
# Environment:
#   MEDB_FORCE_DEBIAN_RUST=1   use the Debian rustc-web fallback even if rustup has the wasm32 target
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
readonly MEDB_DEBIAN_RUST_PACKAGES="rustc-web cargo-web rust-web-src lld-22"

export PATH="$medb_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true DEBIAN_FRONTEND=noninteractive

started=$SECONDS
step() { printf '\n[install] %s\n' "$*"; }
ok() { printf '[install]   ok: %s\n' "$*"; }
die() { printf '[install] ERROR: %s\n' "$*" >&2; exit 1; }

# medb_wasm_std: whether rustup's toolchain has std's source (the same test medb_trunk uses).
source "$medb_root/scripts/env.sh"

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || die "not root and no sudo: cannot apt-get install. Run as root or install sudo."
  sudo="sudo"
fi
apt_updated=0
apt_install() {
  if [[ $apt_updated -eq 0 ]]; then
    $sudo apt-get -o DPkg::Lock::Timeout=300 update -q || die "apt-get update failed"
    apt_updated=1
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "$@" \
    || die "apt-get install $* failed"
}

step "Rust (cargo, rustup)"
command -v cargo >/dev/null \
  || die "cargo not found. Install Rust with rustup (https://rustup.rs), then re-run. (Looked on PATH and in ~/.cargo/bin.)"
command -v rustup >/dev/null \
  || die "rustup not found. This project expects a rustup toolchain (stable, tested with rustc 1.95.0)."
ok "$(cargo --version), $(rustc --version)"

step "clippy and rustfmt (test.sh runs cargo clippy and cargo fmt --check)"
missing_components=()
cargo clippy --version >/dev/null 2>&1 || missing_components+=(clippy)
cargo fmt --version >/dev/null 2>&1 || missing_components+=(rustfmt)
if [[ ${#missing_components[@]} -gt 0 ]]; then
  rustup component add "${missing_components[@]}" \
    || die "rustup component add ${missing_components[*]} failed; test.sh needs both."
fi
ok "$(cargo clippy --version), $(cargo fmt --version)"

step "wasm32-unknown-unknown target"
if [[ ${MEDB_FORCE_DEBIAN_RUST:-0} != 1 ]] && rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  ok "installed in rustup ($(rustup show active-toolchain | cut -d' ' -f1))"
elif [[ ${MEDB_FORCE_DEBIAN_RUST:-0} != 1 ]] && rustup target add wasm32-unknown-unknown; then
  ok "added with rustup"
else
  echo "[install]   rustup could not provide wasm32-unknown-unknown (or MEDB_FORCE_DEBIAN_RUST=1);"
  echo "[install]   falling back to Debian's rustc-web, which builds std for wasm32 from source (docs/toolchain.md)."
  missing=()
  for p in $MEDB_DEBIAN_RUST_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [[ ${#missing[@]} -gt 0 ]]; then
    apt_install "${missing[@]}"
  fi
  [[ -x /usr/bin/cargo && -x /usr/bin/rustc ]] \
    || die "the Debian fallback did not give /usr/bin/cargo and /usr/bin/rustc (packages: $MEDB_DEBIAN_RUST_PACKAGES)."
  ok "Debian toolchain: $(/usr/bin/rustc --version)"
  # Optional: clippy for the wasm32 stage of test.sh; without it that stage is skipped with a message.
  if ! dpkg -s rust-web-clippy >/dev/null 2>&1; then
    # Not apt_install: its failure would stop the installer, and this package is optional.
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends \
      rust-web-clippy \
      || echo "[install]   rust-web-clippy could not be installed: test.sh will skip the wasm32 clippy stage."
  fi
fi

step "the standard library's source (the release wasm is built with a size-optimised std)"
# The release wasm is compiled with its own copy of std, optimised for size and with panics as bare traps
# (scripts/env.sh, docs/toolchain.md): about 28 KB brotli less than the prebuilt std. Debian's fallback ships the
# source (rust-web-src). Without it the build still works, with the prebuilt std and a larger wasm.
if [[ ${MEDB_FORCE_DEBIAN_RUST:-0} == 1 ]] || ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  ok "the Debian fallback builds std from its own source (rust-web-src)"
elif [[ $(medb_wasm_std) == source ]]; then
  ok "$(rustc --print sysroot)/lib/rustlib/src present"
elif rustup component add rust-src; then
  ok "added rust-src with rustup"
else
  echo "[install]   rust-src is not available: the wasm is built with the prebuilt std (larger; see docs/toolchain.md)."
fi

step "Node.js and npm"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
ok "node $(node --version), npm $(npm --version)"

step "openpyxl (Debian python3-openpyxl: the CLI's tests edit a workbook with a third-party library)"
if /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  ok "python3-openpyxl present"
else
  apt_install python3-openpyxl
  /usr/bin/python3 -c 'import openpyxl' || die "python3-openpyxl installed but /usr/bin/python3 cannot import openpyxl"
  ok "installed"
fi

step "feedparser (Debian python3-feedparser: a real feed parser reads the Atom feed the build writes)"
if /usr/bin/python3 -c 'import feedparser' 2>/dev/null; then
  ok "python3-feedparser present"
else
  apt_install python3-feedparser
  /usr/bin/python3 -c 'import feedparser' || die "python3-feedparser installed but /usr/bin/python3 cannot import feedparser"
  ok "installed"
fi

step "Chromium and chromedriver (Debian packages)"
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  ok "/usr/bin/chromium and /usr/bin/chromedriver present"
else
  apt_install chromium chromium-driver
  [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] || die "chromium/chromium-driver installed but /usr/bin/chromium or /usr/bin/chromedriver is missing"
  ok "installed"
fi

step "npm packages (wasm-opt from binaryen, playwright-core)"
[[ -f package-lock.json ]] || die "package-lock.json is missing; run 'npm install' once and commit it."
# node_modules matches the lock file it was installed from (by content: a checkout or merge sets file times anyhow).
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -f node_modules/.medb-lock.sha256 || "$(cat node_modules/.medb-lock.sha256)" != "$lock_sum" ]]; then
  npm ci --no-audit --no-fund || die "npm ci failed (is package-lock.json in sync with package.json?)"
  echo "$lock_sum" > node_modules/.medb-lock.sha256
else
  ok "node_modules is up to date with package-lock.json"
fi
wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
[[ $(command -v wasm-opt) == "$medb_root/node_modules/.bin/wasm-opt" && $wasm_opt_version == *"version 132"* ]] \
  || die "expected wasm-opt 132 from node_modules/.bin first on PATH, got '$(command -v wasm-opt)': '$wasm_opt_version'"
ok "$wasm_opt_version ($(command -v wasm-opt))"

step "Cargo.lock and crates (Trunk runs cargo --offline)"
if [[ ! -f Cargo.lock ]]; then
  echo "[install]   no Cargo.lock yet: generating it"
  cargo generate-lockfile || die "cargo generate-lockfile failed: does the workspace's Cargo.toml parse?"
fi
cargo fetch --locked \
  || die "cargo fetch --locked failed. If Cargo.toml changed, run 'cargo update -w' (or plain 'cargo fetch') to update Cargo.lock, then re-run."
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || [[ ${MEDB_FORCE_DEBIAN_RUST:-0} == 1 ]]; then
  # build-std needs the standard library's own dependencies in the registry cache too.
  PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_TARGET_DIR="$medb_root/target/debian-wasm" cargo fetch --target wasm32-unknown-unknown \
    || die "cargo fetch for std (Debian build-std fallback) failed"
elif [[ $(medb_wasm_std) == source ]]; then
  # The same for rustup's toolchain with rust-src (the size-optimised std of the release wasm).
  RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort cargo fetch --target wasm32-unknown-unknown \
    || die "cargo fetch for std's own crates (the size-optimised wasm build) failed"
fi
ok "crates fetched"

step "wasm-bindgen-cli"
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
  echo "[install]   have '${have_wbg:-none}', want $want_wbg: cargo install (about 2 minutes)"
  # Not --locked: the CLI's own lockfile wants a webpki-roots version this registry lacks (docs/toolchain.md).
  cargo install wasm-bindgen-cli --version "$want_wbg" --force \
    || die "cargo install wasm-bindgen-cli --version $want_wbg failed"
  ok "wasm-bindgen $(wasm-bindgen --version | awk '{print $2}')"
fi

step "trunk $MEDB_TRUNK_VERSION"
have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [[ $have_trunk == "$MEDB_TRUNK_VERSION" ]]; then
  ok "trunk $have_trunk"
else
  echo "[install]   have '${have_trunk:-none}', want $MEDB_TRUNK_VERSION: cargo install (about 5 minutes)"
  cargo install --locked trunk --version "$MEDB_TRUNK_VERSION" --no-default-features --force \
    || die "cargo install trunk $MEDB_TRUNK_VERSION failed"
  ok "$(trunk --version)"
fi

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

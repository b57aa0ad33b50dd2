#!/usr/bin/env bash
# Installs what building and testing medborgarlöften needs, skipping whatever is already there.
#
#   bash scripts/setup.sh     install, then print the environment to use
#   source scripts/setup.sh   install, and keep that environment in this shell (serve.sh, test.sh, bench.sh do this)
#
# Nothing here downloads from GitHub: the machines that build this reach only crates.io, npm, PyPI and Debian apt.
# See /work/shared/TOOLCHAIN.md (versions and why) — in short:
#   - rustup's wasm32-unknown-unknown target; Debian's rustc-web + build-std if rustup cannot add it
#   - Debian chromium + chromium-driver (Playwright and wasm-bindgen-test drive the system browser)
#   - trunk 0.21.14 and wasm-bindgen-cli (= the wasm-bindgen version in Cargo.lock) via cargo install
#   - wasm-opt 132 from npm binaryen, first on PATH so Debian's binaryen 108 is never used
#   - `cargo fetch --locked`, because Trunk runs cargo --offline
#
# Environment:
#   MEDB_FORCE_DEBIAN_RUST=1   use the Debian rustc-web fallback even if rustup has the wasm32 target

medb_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly MEDB_TRUNK_VERSION="0.21.14"
readonly MEDB_WBG_FALLBACK_VERSION="0.2.130" # Cargo.toml pins wasm-bindgen = "=0.2.130"
readonly MEDB_DEBIAN_RUST_PACKAGES="rustc-web cargo-web rust-web-src lld-22"

# Runs in a subshell so `set -e` and `exit` never leak into a shell that sources this file.
medb_install() (
  set -euo pipefail
  cd "$medb_root"
  export PATH="$medb_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
  export TRUNK_SKIP_VERSION_CHECK=true DEBIAN_FRONTEND=noninteractive

  local started=$SECONDS
  step() { printf '\n[setup] %s\n' "$*"; }
  ok() { printf '[setup]   ok: %s\n' "$*"; }
  die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "not root and no sudo: cannot apt-get install. Run as root or install sudo."
    sudo="sudo"
  fi
  local apt_updated=0
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

  step "wasm32-unknown-unknown target"
  if [[ ${MEDB_FORCE_DEBIAN_RUST:-0} != 1 ]] && rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    ok "installed in rustup ($(rustup show active-toolchain | cut -d' ' -f1))"
  elif [[ ${MEDB_FORCE_DEBIAN_RUST:-0} != 1 ]] && rustup target add wasm32-unknown-unknown; then
    ok "added with rustup"
  else
    echo "[setup]   rustup could not provide wasm32-unknown-unknown (or MEDB_FORCE_DEBIAN_RUST=1);"
    echo "[setup]   falling back to Debian's rustc-web, which builds std for wasm32 from source (TOOLCHAIN.md)."
    local missing=()
    for p in $MEDB_DEBIAN_RUST_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [[ ${#missing[@]} -gt 0 ]]; then
      apt_install "${missing[@]}"
    fi
    [[ -x /usr/bin/cargo && -x /usr/bin/rustc ]] \
      || die "the Debian fallback did not give /usr/bin/cargo and /usr/bin/rustc (packages: $MEDB_DEBIAN_RUST_PACKAGES)."
    ok "Debian toolchain: $(/usr/bin/rustc --version)"
  fi

  step "Node.js and npm"
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
  ok "node $(node --version), npm $(npm --version)"

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
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    npm ci --no-audit --no-fund || die "npm ci failed (is package-lock.json in sync with package.json?)"
  else
    ok "node_modules is up to date with package-lock.json"
  fi
  local wasm_opt_version
  wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
  [[ $(command -v wasm-opt) == "$medb_root/node_modules/.bin/wasm-opt" && $wasm_opt_version == *"version 132"* ]] \
    || die "expected wasm-opt 132 from node_modules/.bin first on PATH, got '$(command -v wasm-opt)': '$wasm_opt_version'"
  ok "$wasm_opt_version ($(command -v wasm-opt))"

  step "Cargo.lock and crates (Trunk runs cargo --offline)"
  if [[ ! -f Cargo.lock ]]; then
    echo "[setup]   no Cargo.lock yet: generating it"
    cargo generate-lockfile || die "cargo generate-lockfile failed: does the workspace's Cargo.toml parse?"
  fi
  cargo fetch --locked \
    || die "cargo fetch --locked failed. If Cargo.toml changed, run 'cargo update -w' (or plain 'cargo fetch') to update Cargo.lock, then re-run."
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || [[ ${MEDB_FORCE_DEBIAN_RUST:-0} == 1 ]]; then
    # build-std needs the standard library's own dependencies in the registry cache too.
    PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_DIR="$medb_root/target/debian-wasm" cargo fetch --target wasm32-unknown-unknown \
      || die "cargo fetch for std (Debian build-std fallback) failed"
  fi
  ok "crates fetched"

  step "wasm-bindgen-cli"
  local want_wbg have_wbg trunk_wbg
  want_wbg="$(awk '
    /^\[\[package\]\]/ { name = "" }
    /^name = / { name = $3 }
    /^version = / && name == "\"wasm-bindgen\"" { gsub(/"/, "", $3); print $3; exit }
  ' Cargo.lock)"
  if [[ -z $want_wbg ]]; then
    want_wbg="$MEDB_WBG_FALLBACK_VERSION"
    echo "[setup]   wasm-bindgen is not in Cargo.lock; using the Cargo.toml pin $want_wbg"
  fi
  trunk_wbg="$(sed -n 's/^wasm_bindgen *= *"\(.*\)".*/\1/p' Trunk.toml 2>/dev/null || true)"
  if [[ -n $trunk_wbg && $trunk_wbg != "$want_wbg" ]]; then
    die "Trunk.toml [tools] wasm_bindgen = \"$trunk_wbg\" but Cargo.lock has wasm-bindgen $want_wbg: make them equal."
  fi
  have_wbg="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [[ $have_wbg == "$want_wbg" ]]; then
    ok "wasm-bindgen $have_wbg"
  else
    echo "[setup]   have '${have_wbg:-none}', want $want_wbg: cargo install (about 2 minutes)"
    # Not --locked: the CLI's own lockfile wants a webpki-roots version this registry lacks (TOOLCHAIN.md).
    cargo install wasm-bindgen-cli --version "$want_wbg" --force \
      || die "cargo install wasm-bindgen-cli --version $want_wbg failed"
    ok "wasm-bindgen $(wasm-bindgen --version | awk '{print $2}')"
  fi

  step "trunk $MEDB_TRUNK_VERSION"
  local have_trunk
  have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
  if [[ $have_trunk == "$MEDB_TRUNK_VERSION" ]]; then
    ok "trunk $have_trunk"
  else
    echo "[setup]   have '${have_trunk:-none}', want $MEDB_TRUNK_VERSION: cargo install (about 5 minutes)"
    cargo install --locked trunk --version "$MEDB_TRUNK_VERSION" --no-default-features --force \
      || die "cargo install trunk $MEDB_TRUNK_VERSION failed"
    ok "$(trunk --version)"
  fi

  printf '\n[setup] done in %ss\n' "$((SECONDS - started))"
)

# The environment every other script runs in.
medb_env() {
  export PATH="$medb_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
  export TRUNK_SKIP_VERSION_CHECK=true
  export CHROMEDRIVER=/usr/bin/chromedriver
  if [[ ${MEDB_FORCE_DEBIAN_RUST:-0} == 1 ]] || ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    export MEDB_WASM_TOOLCHAIN=debian
  else
    export MEDB_WASM_TOOLCHAIN=rustup
  fi
}

# Exports what trunk needs for the toolchain setup chose. With the Debian fallback, Trunk must find Debian's cargo
# first (it ignores $CARGO) and std is built from source in its own target dir.
medb_trunk_env() {
  export TRUNK_SKIP_VERSION_CHECK=true
  if [[ ${MEDB_WASM_TOOLCHAIN:-rustup} == debian ]]; then
    export PATH="$medb_root/node_modules/.bin:/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_DIR="$medb_root/target/debian-wasm"
  fi
}

# Runs trunk in that environment without changing the caller's.
medb_trunk() (
  medb_trunk_env
  trunk "$@"
)

if [[ ${BASH_SOURCE[0]} != "$0" ]]; then
  # Install in a child bash: `set -e` is silently ignored inside a function called from `||` or `if`.
  MEDB_SETUP_QUIET=1 bash "${BASH_SOURCE[0]}" || return 1
  medb_env
else
  set -euo pipefail
  medb_install
  medb_env
  [[ ${MEDB_SETUP_QUIET:-0} == 1 ]] && exit 0
  cat <<EOF

To use the tools in this shell:
  export PATH="$medb_root/node_modules/.bin:\$HOME/.cargo/bin:\$PATH"
  export TRUNK_SKIP_VERSION_CHECK=true
or simply: source scripts/setup.sh
(wasm toolchain: $MEDB_WASM_TOOLCHAIN$([[ $MEDB_WASM_TOOLCHAIN == debian ]] && echo "; run trunk through 'source scripts/setup.sh; medb_trunk build --release'"))
EOF
fi

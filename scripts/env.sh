# The environment medborgarlöften is built and tested in. Source it; it installs nothing (scripts/install.sh does).
#
#   source scripts/env.sh
#
# Sets PATH (npm's wasm-opt 132 first, then ~/.cargo/bin), TRUNK_SKIP_VERSION_CHECK, CHROMEDRIVER and
# MEDB_WASM_TOOLCHAIN (`rustup`, or `debian` for the rustc-web build-std fallback), and defines:
#   medb_trunk ARGS...   runs trunk with the wasm toolchain's environment, without changing this shell's
#   medb_trunk_env       exports that environment in this shell (serve.sh uses it before `exec trunk serve`)
#   medb_wasm_std        prints `source` when rustup's toolchain has rust-src (std is then built for size)
# MEDB_FORCE_DEBIAN_RUST=1 selects the Debian fallback even when rustup has the wasm32 target. See
# docs/toolchain.md. Safe to source more than once.

medb_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

export PATH="$medb_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
if [[ ${MEDB_FORCE_DEBIAN_RUST:-0} == 1 ]] || ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  export MEDB_WASM_TOOLCHAIN=debian
else
  export MEDB_WASM_TOOLCHAIN=rustup
fi

# `source` when the active rustup toolchain has the standard library's source (rust-src), else `prebuilt`.
medb_wasm_std() {
  if [[ -f "$(rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library/Cargo.lock" ]]; then echo source; else echo prebuilt; fi
}

# Exports what trunk needs for the chosen toolchain. With the Debian fallback, Trunk must find Debian's cargo first
# (it ignores $CARGO) and std is built from source in its own target dir. With rustup's toolchain and its rust-src
# component (scripts/install.sh adds it), std is built from source as well, for size: optimize_for_size, panics as
# bare traps (`-Cpanic=immediate-abort`: no message or location strings, no formatting machinery behind them),
# no caller locations and shallow derived Debug output (the app formats none for readers). Measured on the
# release wasm: 285.2 KB -> 256.8 KB brotli. This uses unstable flags on the stable compiler (RUSTC_BOOTSTRAP=1),
# for the Trunk build only; its own target dir keeps the other builds' artefacts apart. MEDB_PLAIN_STD=1 builds
# with the prebuilt std instead (panic messages in the console, for debugging).
medb_trunk_env() {
  export TRUNK_SKIP_VERSION_CHECK=true
  if [[ ${MEDB_WASM_TOOLCHAIN:-rustup} == debian ]]; then
    export PATH="$medb_root/node_modules/.bin:/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_DIR="$medb_root/target/debian-wasm"
  elif [[ ${MEDB_PLAIN_STD:-0} != 1 && $(medb_wasm_std) == source ]]; then
    # The environment variable replaces .cargo/config.toml's rustflags for wasm32, so it repeats its cfg.
    export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=shallow" \
      CARGO_TARGET_DIR="$medb_root/target/wasm-small"
  fi
}

# Runs trunk in that environment without changing the caller's.
medb_trunk() (
  medb_trunk_env
  trunk "$@"
)

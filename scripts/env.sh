# The environment medborgarlöften is built and tested in. Source it; it installs nothing (scripts/install.sh does).
#
#   source scripts/env.sh
#
# Sets PATH (npm's wasm-opt 132 first, then cargo's bin folder), TRUNK_SKIP_VERSION_CHECK and CHROMEDRIVER, and defines:
#   medb_trunk ARGS...   runs trunk through the build tool (crates/medborgarloften-build), which it compiles first:
#                        a release compiles the wasm with the dated nightly of release-toolchain.toml and a std
#                        built for size, and stops with what to install when that toolchain is missing; the tool
#                        is also Trunk's post_build hook. MEDB_PLAIN_STD=1 builds a release with the prebuilt std.
#   medb_build_tool ARGS...  compiles and runs the build tool itself (e.g. `medb_build_tool compress dist`)
# Every cargo command in the checkout uses rust-toolchain.toml's toolchain. See docs/toolchain.md. Safe to source
# more than once.

medb_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

export PATH="$medb_root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver

# The build tool, compiled with the stable toolchain (offline: scripts/install.sh fetched every crate) into
# target/build-tool/, then run.
medb_build_tool() {
  cargo build --quiet --locked --offline --profile build-tool -p medborgarloften-build \
    --manifest-path "$medb_root/Cargo.toml" --target-dir "$medb_root/target" \
    && "$medb_root/target/build-tool/medborgarloften-build" "$@"
}

medb_trunk() {
  medb_build_tool trunk "$@"
}

//! The environment Trunk runs in, and the release wasm's toolchain. A release build compiles both wasm modules
//! with the dated nightly of `release-toolchain.toml` (pinned there and nowhere else) and a std built from source
//! for size: `optimize_for_size`, panics as bare traps (`-Cpanic=immediate-abort`: no message or location
//! strings, no formatting machinery behind them), no caller locations and shallow derived `Debug` output (the app
//! formats none for readers). Everything else — debug builds, tests, clippy, this tool — uses the stable toolchain
//! of `rust-toolchain.toml` and its prebuilt std. No `RUSTC_BOOTSTRAP`: unstable flags run only on the nightly
//! that accepts them. docs/toolchain.md has the measurements.
//!
//! A release build without that toolchain or its std's source stops before Trunk starts, saying what to install:
//! without them the wasm would silently be larger.
//!
//! Build layer (native). Imports nothing of the app.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::BuildError;

/// `release-toolchain.toml`, as this tool was built with it.
pub const RELEASE_TOOLCHAIN_FILE: &str = include_str!("../../../release-toolchain.toml");

/// The std's crates built for the release wasm, and std's size-optimised feature.
const BUILD_STD: &str = "std,panic_abort";
const BUILD_STD_FEATURES: &str = "optimize_for_size";
/// The release wasm's compiler flags. They replace `.cargo/config.toml`'s wasm32 rustflags, so the cfg is repeated.
const RELEASE_RUSTFLAGS: &str =
    "--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=shallow";
/// Variables of the release wasm's build that no other build may inherit.
const RELEASE_ONLY: &[&str] = &[
    "RUSTUP_TOOLCHAIN",
    "CARGO_UNSTABLE_BUILD_STD",
    "CARGO_UNSTABLE_BUILD_STD_FEATURES",
    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
    "CARGO_TARGET_DIR",
];

/// The `channel` of a rustup toolchain file.
pub fn channel(toolchain_file: &str) -> Option<&str> {
    toolchain_file.lines().find_map(|line| {
        let value = line.trim().strip_prefix("channel")?.trim_start().strip_prefix('=')?.trim();
        value.strip_prefix('"')?.strip_suffix('"')
    })
}

/// The release wasm's toolchain, e.g. `nightly-2026-05-19`.
pub fn release_channel() -> &'static str {
    channel(RELEASE_TOOLCHAIN_FILE).unwrap_or("nightly")
}

/// Which std the wasm is built with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WasmStd {
    /// Built from source for size, with the nightly `channel`: release builds.
    Small {
        /// The toolchain, from `release-toolchain.toml`.
        channel: String,
    },
    /// The stable toolchain's prebuilt std: debug builds, and release builds with `MEDB_PLAIN_STD=1` (panic
    /// messages in the console, for debugging).
    Prebuilt,
}

impl WasmStd {
    /// The std for a build: `release` (Trunk's `--release`), unless `plain_std`.
    pub fn choose(release: bool, plain_std: bool) -> Self {
        if release && !plain_std {
            WasmStd::Small { channel: release_channel().to_string() }
        } else {
            WasmStd::Prebuilt
        }
    }
}

/// What to change in Trunk's environment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrunkEnv {
    /// Variables to set.
    pub set: Vec<(&'static str, OsString)>,
    /// Variables to remove.
    pub remove: Vec<&'static str>,
}

/// Trunk's environment for `std`, in the checkout `root`: `PATH` with npm's wasm-opt 132 first and then
/// `tool_dir` (where Trunk's post_build hook finds this tool) before `path`; Trunk's update check off; and the
/// release wasm's toolchain, flags and target folder, or none of them.
pub fn trunk_env(std: &WasmStd, root: &Path, tool_dir: &Path, path: Option<&OsStr>) -> TrunkEnv {
    let mut dirs = vec![root.join("node_modules").join(".bin"), tool_dir.to_path_buf()];
    dirs.extend(path.map(std::env::split_paths).into_iter().flatten());
    let mut env = TrunkEnv {
        set: vec![
            ("PATH", std::env::join_paths(dirs).unwrap_or_default()),
            ("TRUNK_SKIP_VERSION_CHECK", "true".into()),
        ],
        remove: Vec::new(),
    };
    match std {
        WasmStd::Small { channel } => env.set.extend([
            ("RUSTUP_TOOLCHAIN", channel.into()),
            ("CARGO_UNSTABLE_BUILD_STD", BUILD_STD.into()),
            ("CARGO_UNSTABLE_BUILD_STD_FEATURES", BUILD_STD_FEATURES.into()),
            ("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", RELEASE_RUSTFLAGS.into()),
            // Its own folder: the stable toolchain's wasm32 builds (clippy, in-browser tests) keep theirs.
            ("CARGO_TARGET_DIR", root.join("target").join("wasm-release").into()),
        ]),
        WasmStd::Prebuilt => env.remove.extend(RELEASE_ONLY),
    }
    env
}

/// Checks that the release toolchain `channel` is installed with its std's source; its sysroot.
pub fn check_release_toolchain(channel: &str) -> Result<PathBuf, BuildError> {
    let install = format!(
        "kör `bash scripts/install.sh`, eller `rustup toolchain install {channel} --profile minimal --component rust-src`"
    );
    let output = Command::new("rustup")
        .args(["run", channel, "rustc", "--print", "sysroot"])
        .env_remove("RUSTUP_TOOLCHAIN")
        .output()
        .map_err(|e| BuildError::Toolchain(format!("rustup kan inte köras ({e}): releasebygget behöver {channel}")))?;
    if !output.status.success() {
        return Err(BuildError::Toolchain(format!(
            "releasebyggets wasm byggs med {channel} (release-toolchain.toml), som inte är installerad: {install}.\n{}",
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    check_std_source(&sysroot, channel)?;
    Ok(sysroot)
}

/// Checks that the toolchain at `sysroot` has its std's source (rustup's `rust-src`).
pub fn check_std_source(sysroot: &Path, channel: &str) -> Result<(), BuildError> {
    if sysroot.join("lib/rustlib/src/rust/library/Cargo.lock").is_file() {
        return Ok(());
    }
    Err(BuildError::Toolchain(format!(
        "{channel} saknar standardbibliotekets källkod (rust-src), som releasebyggets wasm byggs från: \
         kör `rustup component add rust-src --toolchain {channel}`"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;

    #[test]
    fn the_release_toolchain_is_a_dated_nightly() {
        let name = release_channel();
        let date = name.strip_prefix("nightly-").expect("a nightly");
        assert!(date.len() == 10 && date.bytes().filter(|b| *b == b'-').count() == 2, "{name}: dated");
        assert_eq!(channel(RELEASE_TOOLCHAIN_FILE), Some(name));
    }

    #[test]
    fn reads_the_channel_of_a_toolchain_file() {
        assert_eq!(channel("[toolchain]\nchannel = \"1.95.0\"\n"), Some("1.95.0"));
        assert_eq!(
            channel("# channel = \"no\"\n[toolchain]\n  channel=\"nightly-2026-01-02\"\n"),
            Some("nightly-2026-01-02")
        );
        assert_eq!(channel("[toolchain]\nprofile = \"minimal\"\n"), None);
    }

    #[test]
    fn only_a_release_without_medb_plain_std_builds_its_own_std() {
        assert_eq!(WasmStd::choose(true, false), WasmStd::Small { channel: release_channel().to_string() });
        assert_eq!(WasmStd::choose(true, true), WasmStd::Prebuilt);
        assert_eq!(WasmStd::choose(false, false), WasmStd::Prebuilt);
    }

    fn value<'a>(env: &'a TrunkEnv, name: &str) -> Option<&'a OsStr> {
        env.set.iter().find(|(key, _)| *key == name).map(|(_, value)| value.as_os_str())
    }

    #[test]
    fn a_release_runs_cargo_with_the_nightly_and_its_own_std_in_its_own_folder() {
        let std = WasmStd::Small { channel: "nightly-2026-05-19".to_string() };
        let env =
            trunk_env(&std, Path::new("/repo"), Path::new("/repo/target/build-tool"), Some(OsStr::new("/usr/bin")));
        assert_eq!(value(&env, "RUSTUP_TOOLCHAIN"), Some(OsStr::new("nightly-2026-05-19")));
        assert_eq!(value(&env, "CARGO_UNSTABLE_BUILD_STD"), Some(OsStr::new("std,panic_abort")));
        assert_eq!(value(&env, "CARGO_TARGET_DIR"), Some(OsStr::new("/repo/target/wasm-release")));
        let flags = value(&env, "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS").expect("works").to_string_lossy();
        assert!(flags.starts_with("--cfg erase_components ") && flags.contains("-Cpanic=immediate-abort"));
        assert_eq!(value(&env, "PATH"), Some(OsStr::new("/repo/node_modules/.bin:/repo/target/build-tool:/usr/bin")));
        assert!(env.remove.is_empty());
        assert!(env.set.iter().all(|(key, _)| *key != "RUSTC_BOOTSTRAP"));
    }

    #[test]
    fn other_builds_inherit_none_of_the_release_settings() {
        let env = trunk_env(&WasmStd::Prebuilt, Path::new("/repo"), Path::new("/t"), None);
        assert_eq!(env.remove, RELEASE_ONLY);
        assert_eq!(value(&env, "RUSTUP_TOOLCHAIN"), None);
        assert_eq!(value(&env, "TRUNK_SKIP_VERSION_CHECK"), Some(OsStr::new("true")));
    }

    #[test]
    fn a_toolchain_without_std_source_is_refused_with_the_command_that_adds_it() {
        let sysroot = TempDir::new("sysroot");
        let error = check_std_source(sysroot.path(), "nightly-2026-05-19").expect_err("an error").to_string();
        assert!(error.contains("rustup component add rust-src --toolchain nightly-2026-05-19"), "{error}");
        sysroot.write("lib/rustlib/src/rust/library/Cargo.lock", "");
        check_std_source(sysroot.path(), "nightly-2026-05-19").expect("works");
    }
}

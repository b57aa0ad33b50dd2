//! `medborgarloften-build`: runs Trunk for this app and is Trunk's post_build hook (see the library's docs).
//!
//! ```sh
//! medborgarloften-build trunk build --release   # scripts/env.sh's medb_trunk: Trunk with the release toolchain
//! medborgarloften-build post-build [STAGING]    # Trunk's post_build hook (Trunk.toml); TRUNK_STAGING_DIR
//! medborgarloften-build compress DIR            # refresh the .br/.gz copies of a finished build
//! ```
//!
//! Exits 1 with a Swedish message when a step fails; 2 on a usage error.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use medborgarloften_build::toolchain::{check_release_toolchain, trunk_env, WasmStd};
use medborgarloften_build::{compress, post_build, BuildError, Settings};

const USAGE: &str = "usage: medborgarloften-build trunk ARGS… | post-build [STAGING] | compress DIR";

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let command = args.next();
    let rest: Vec<OsString> = args.collect();
    let result = match command.as_ref().and_then(|c| c.to_str()) {
        Some("trunk") => run_trunk(rest),
        Some("post-build") if rest.len() <= 1 => run_post_build(rest.into_iter().next().map(PathBuf::from)),
        Some("compress") if rest.len() == 1 => run_compress(Path::new(&rest[0])),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("medborgarloften-build: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run_post_build(staging: Option<PathBuf>) -> Result<(), BuildError> {
    for line in post_build(&Settings::from_env(staging)?)? {
        println!("medborgarloften-build: {line}");
    }
    Ok(())
}

fn run_compress(dir: &Path) -> Result<(), BuildError> {
    let done = compress::compress_dir(dir)?;
    println!("medborgarloften-build: compress: {} files in {}", done.files, dir.display());
    Ok(())
}

/// Runs Trunk (in place of this process) with `args`, in the checkout this tool was built from.
fn run_trunk(args: Vec<OsString>) -> Result<(), BuildError> {
    let release = args.iter().any(|arg| arg == "--release" || arg == "-r");
    let plain_std = std::env::var("MEDB_PLAIN_STD").is_ok_and(|value| value == "1");
    let std = WasmStd::choose(release, plain_std);
    if let WasmStd::Small { channel } = &std {
        check_release_toolchain(channel)?;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = root.canonicalize().map_err(|e| BuildError::read(&root, e))?;
    let exe = std::env::current_exe().map_err(|e| BuildError::Toolchain(e.to_string()))?;
    let tool_dir = exe.parent().unwrap_or(Path::new("."));
    let env = trunk_env(&std, &root, tool_dir, std::env::var_os("PATH").as_deref());
    let mut trunk = Command::new("trunk");
    trunk.args(&args).current_dir(&root);
    for (name, value) in &env.set {
        trunk.env(name, value);
    }
    for name in &env.remove {
        trunk.env_remove(name);
    }
    exec(trunk)
}

#[cfg(unix)]
fn exec(mut command: Command) -> Result<(), BuildError> {
    use std::os::unix::process::CommandExt;
    let error = command.exec();
    Err(BuildError::Toolchain(format!("trunk kan inte startas ({error}): kör `bash scripts/install.sh`")))
}

#[cfg(not(unix))]
fn exec(mut command: Command) -> Result<(), BuildError> {
    let status = command.status().map_err(|e| BuildError::Toolchain(format!("trunk kan inte startas ({e})")))?;
    if status.success() {
        Ok(())
    } else {
        std::process::exit(status.code().unwrap_or(1))
    }
}

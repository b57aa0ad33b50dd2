//! The build tool's one error type: what went wrong and with which file, in Swedish, for the person running the
//! build (an editor building a site for their kommun, or a developer).
//!
//! Build layer (native). Imports nothing of the app.

use std::path::{Path, PathBuf};

/// Why a build step failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// A file or folder could not be read.
    #[error("{path} kan inte läsas: {source}")]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A file could not be written, copied or removed.
    #[error("{path} kan inte skrivas: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The staged page lacks an element the build fills in.
    #[error("index.html saknar {0}")]
    PageMissing(&'static str),
    /// The HTML rewriter stopped (malformed markup it will not guess at).
    #[error("index.html kan inte skrivas om: {0}")]
    Rewrite(String),
    /// The site's dataset, its map or a setting is unusable; the message says which and why.
    #[error("{0}")]
    Site(String),
    /// A file Trunk should have staged is missing.
    #[error("{0} saknas i bygget: {1}")]
    NotStaged(String, &'static str),
    /// The service worker lacks a placeholder the build fills in.
    #[error("sw.js ska innehålla \"{0}\" exakt en gång")]
    Placeholder(&'static str),
    /// The release wasm's toolchain, or a tool, is missing or unusable.
    #[error("{0}")]
    Toolchain(String),
}

impl BuildError {
    /// A read error for `path`.
    pub fn read(path: &Path, source: std::io::Error) -> Self {
        BuildError::Read { path: path.to_path_buf(), source }
    }

    /// A write error for `path`.
    pub fn write(path: &Path, source: std::io::Error) -> Self {
        BuildError::Write { path: path.to_path_buf(), source }
    }
}

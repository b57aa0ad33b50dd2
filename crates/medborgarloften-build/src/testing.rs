//! Test support: a folder under the system's temporary directory that is removed when the test ends, with a
//! writer for staged files. Tests only.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh, empty folder; removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    /// A new folder named for the test (`label`), unique within this process.
    pub fn new(label: &str) -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("medb-build-{label}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("temporary folder");
        TempDir(path)
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `contents` to `relative`, creating its folders.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().expect("a file in the folder")).expect("folders");
        std::fs::write(path, contents).expect("write");
    }

    /// The text of `relative`.
    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.0.join(relative)).expect("read")
    }

    /// Whether `relative` exists.
    pub fn has(&self, relative: &str) -> bool {
        self.0.join(relative).exists()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

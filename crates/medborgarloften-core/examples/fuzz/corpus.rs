//! The seed corpus on disk and the saved findings.

use std::path::{Path, PathBuf};

pub(crate) fn load_corpus(dir: &Path) -> Vec<Vec<u8>> {
    load_corpus_where(dir, |_| true)
}

pub(crate) fn load_corpus_where(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file() && keep(p)).collect())
        .unwrap_or_default();
    files.sort();
    files.iter().filter_map(|path| std::fs::read(path).ok()).collect()
}

pub(crate) fn save(out_dir: &Path, kind: &str, n: usize, input: &[u8]) -> PathBuf {
    let path = out_dir.join(format!("{kind}-{n}.bin"));
    let _ = std::fs::create_dir_all(out_dir);
    let _ = std::fs::write(&path, input);
    path
}

//! Step 6, the last: a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy next to every compressible file
//! of the build, so a server can send them as they are instead of compressing on every request (README, "HTTP
//! headers"). A copy is written only when it is smaller than the file; PNGs are already compressed and are left
//! alone. `medborgarloften-build compress dist` runs it again on a finished build, after replacing a dataset or
//! map file there: it rewrites every copy, and a stale `.br` next to a new dataset would otherwise be what browsers
//! get.
//!
//! Build layer (native). Imports nothing of the app.

use std::io::Write;
use std::path::Path;

use crate::error::BuildError;
use crate::staging;

/// Text formats, whose brotli copy uses the text mode.
const TEXT: &[&str] = &["html", "js", "mjs", "css", "json", "geojson", "webmanifest", "svg", "txt", "xml", "csv"];

/// What was compressed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Compressed {
    /// How many files.
    pub files: usize,
    /// Their size.
    pub raw: usize,
    /// Their size as brotli, or as they are where that is not smaller.
    pub brotli: usize,
}

/// The extension of `file`, when it is a text format or the wasm (binary, but it compresses to a third).
fn compressible(file: &str) -> Option<&str> {
    let ext = file.rsplit_once('.')?.1;
    (ext == "wasm" || TEXT.contains(&ext)).then_some(ext)
}

/// `body` as brotli, quality 11, in the text mode for text.
pub fn brotli(body: &[u8], text: bool) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        mode: if text {
            brotli::enc::backward_references::BrotliEncoderMode::BROTLI_MODE_TEXT
        } else {
            brotli::enc::backward_references::BrotliEncoderMode::BROTLI_MODE_GENERIC
        },
        size_hint: body.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut &body[..], &mut out, &params);
    out
}

/// `body` as gzip, level 9.
pub fn gzip(body: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(body);
    encoder.finish().unwrap_or_default()
}

/// Writes or refreshes the `.br` and `.gz` copies of every compressible file under `dir`.
pub fn compress_dir(dir: &Path) -> Result<Compressed, BuildError> {
    let files: Vec<String> = staging::files(dir)?.into_iter().filter(|file| compressible(file).is_some()).collect();
    // Brotli at quality 11 is the build's slowest step on a site for many kommuner: one worker per core, each
    // taking every n-th file.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len().max(1));
    let results: Vec<Result<Compressed, BuildError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                let files = &files;
                scope.spawn(move || {
                    let mut done = Compressed::default();
                    for file in files.iter().skip(worker).step_by(workers) {
                        compress_file(dir, file, &mut done)?;
                    }
                    Ok(done)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err(BuildError::Site("komprimeringen avbröts".into()))))
            .collect()
    });
    let mut total = Compressed::default();
    for result in results {
        let done = result?;
        total.files += done.files;
        total.raw += done.raw;
        total.brotli += done.brotli;
    }
    Ok(total)
}

/// Writes the `.br` and `.gz` copies of `file` in `dir` (removes a stale one that would not be smaller).
fn compress_file(dir: &Path, file: &str, done: &mut Compressed) -> Result<(), BuildError> {
    let Some(ext) = compressible(file) else { return Ok(()) };
    let path = dir.join(file);
    let body = staging::read(&path)?;
    let br = brotli(&body, ext != "wasm");
    let gz = gzip(&body);
    for (suffix, copy) in [("br", &br), ("gz", &gz)] {
        let copy_path = dir.join(format!("{file}.{suffix}"));
        if copy.len() < body.len() {
            staging::write(&copy_path, copy)?;
        } else {
            staging::remove(&copy_path)?;
        }
    }
    done.files += 1;
    done.raw += body.len();
    done.brotli += br.len().min(body.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TempDir;
    use std::io::Read;

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(bytes, 4096).read_to_end(&mut out).expect("works");
        out
    }

    fn ungzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).expect("works");
        out
    }

    #[test]
    fn copies_decompress_to_the_file() {
        let dir = TempDir::new("compress");
        let page = "<p>Medborgarlöften</p>".repeat(200);
        dir.write("index.html", &page);
        dir.write("app_bg.wasm", [0u8; 4000]);
        let done = compress_dir(dir.path()).expect("works");
        assert_eq!(done.files, 2);
        assert_eq!(done.raw, page.len() + 4000);
        let br = std::fs::read(dir.path().join("index.html.br")).expect("works");
        assert_eq!(unbrotli(&br), page.as_bytes());
        assert_eq!(ungzip(&std::fs::read(dir.path().join("index.html.gz")).expect("works")), page.as_bytes());
        assert_eq!(unbrotli(&std::fs::read(dir.path().join("app_bg.wasm.br")).expect("works")), vec![0u8; 4000]);
        assert!(done.brotli < done.raw / 10);
    }

    #[test]
    fn leaves_pngs_and_copies_alone_and_drops_a_copy_that_would_be_larger() {
        let dir = TempDir::new("compress-skip");
        dir.write("icons/192.png", [7u8; 3000]);
        dir.write("a.txt", "x");
        dir.write("a.txt.br", "stale");
        let done = compress_dir(dir.path()).expect("works");
        assert_eq!(done.files, 1, "only a.txt");
        assert!(!dir.has("icons/192.png.br") && !dir.has("a.txt.br.br"));
        assert!(!dir.has("a.txt.br") && !dir.has("a.txt.gz"), "one byte does not shrink; the stale copy is gone");
        assert_eq!(done.brotli, 1);
    }

    #[test]
    fn a_second_run_refreshes_the_copies() {
        let dir = TempDir::new("compress-again");
        dir.write("data/x.json", "[1,2,3]".repeat(100));
        compress_dir(dir.path()).expect("works");
        dir.write("data/x.json", "[4,5,6]".repeat(100));
        compress_dir(dir.path()).expect("works");
        let br = std::fs::read(dir.path().join("data/x.json.br")).expect("works");
        assert_eq!(unbrotli(&br), "[4,5,6]".repeat(100).as_bytes());
    }
}

//! Mutations for the fuzz harness: a small seedable random source and byte-level edits that splice in
//! pieces of the formats.

/// Inputs never grow past this many bytes (the dataset limit is 2 MB; growth beyond the seeds is what matters).
pub(crate) const MAX_INPUT: usize = 256 * 1024;

/// Pieces of the formats worth splicing in: JSON punctuation and numbers at type limits, escapes, invisible and
/// broken characters, URL syntax, and GeoJSON words.
pub(crate) const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b":",
    b",",
    b"null",
    b"true",
    b"-1",
    b"0",
    b"4294967296",
    b"65536",
    b"1e999",
    b"1.5",
    b"-0",
    b"\"\"",
    b"[]",
    b"{}",
    b"\\u0000",
    b"\\ud800",
    b"\\udc00",
    b"\\\"",
    b"\xEF\xBB\xBF",
    b"\xE2\x80\x8B",
    b"\xFF",
    b"\xC3",
    b"\x00",
    b"\n",
    b"\t",
    b"%",
    b"%2e%2e",
    b"&",
    b"=",
    b",",
    b"+",
    b"..",
    b"/",
    b"//",
    b"http://",
    b"javascript:",
    b"data=",
    b"ar=",
    b"omrade=",
    b"q=",
    b"lofte=",
    b"%C3%A5",
    b"%FF",
    b"89.9",
    b"-85.06",
    b"1e-9",
    b"180.0000001",
    b"\"Polygon\"",
    b"\"MultiPolygon\"",
    b"\"coordinates\"",
    b"\"regsokod\"",
    b"\"schema_version\"",
    b"\"promises\"",
    b"\"geometry\"",
    b"\"../../etc/passwd\"",
];

pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        // xorshift64*: small, seedable, good enough to pick mutations.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub(crate) fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

pub(crate) fn mutate(rng: &mut Rng, input: &mut Vec<u8>, corpus: &[Vec<u8>]) {
    for _ in 0..1 + rng.below(4) {
        let len = input.len();
        match rng.below(8) {
            0 if len > 0 => {
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                input[i] = rng.next() as u8;
            }
            2 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                let at = rng.below(len + 1);
                input.splice(at..at, token.iter().copied());
            }
            3 if len > 1 => {
                let at = rng.below(len);
                let end = (at + 1 + rng.below(64.min(len - at))).min(len);
                input.drain(at..end);
            }
            4 if len > 1 => {
                // Duplicate a stretch: grows lists and nesting, where super-linear behaviour hides.
                let at = rng.below(len);
                let end = (at + 1 + rng.below(256.min(len - at))).min(len);
                let copy: Vec<u8> = input[at..end].to_vec();
                let to = rng.below(len + 1);
                input.splice(to..to, copy);
            }
            5 if !corpus.is_empty() => {
                let other = &corpus[rng.below(corpus.len())];
                if !other.is_empty() {
                    let from = rng.below(other.len());
                    let end = (from + 1 + rng.below(512)).min(other.len());
                    let at = rng.below(len + 1);
                    input.splice(at..at, other[from..end].iter().copied());
                }
            }
            6 if len > 0 => {
                input.truncate(rng.below(len));
            }
            _ => {
                // Change a number in place: digits are where limits (u16, u32, latitudes) live.
                if let Some(i) =
                    (0..8).map(|_| rng.below(len.max(1))).find(|&i| input.get(i).is_some_and(u8::is_ascii_digit))
                {
                    input[i] = b'0' + rng.below(10) as u8;
                    if rng.below(3) == 0 {
                        input.splice(i..i, std::iter::repeat_n(b'9', 1 + rng.below(12)));
                    }
                }
            }
        }
    }
    input.truncate(MAX_INPUT);
}

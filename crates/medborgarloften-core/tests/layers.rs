//! The core's layers, checked from its source: every module lives in a layer folder of `src/`, a module uses only
//! its own layer and lower ones, and no two modules depend on each other, directly or round a longer loop.
//!
//! The graph's nodes are the layer folders' own files (`mod.rs`) and the modules inside them (`page::filter`, with
//! everything under `page/filter/`); its edges are the `crate::…`, `super::…` and `self::…` paths in the code (use
//! trees expanded; comments and string literals left out; test modules count too). A path to an item a folder's
//! `mod.rs` re-exports (`crate::geo::ClassScale`) counts as a use of the module that defines it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The layers, lowest first.
const LAYERS: [&str; 10] = ["contract", "text", "lang", "json", "dataset", "geo", "page", "export", "import", "edit"];

/// One use of another module: where it is written and the path as written.
#[derive(Clone, Debug)]
struct Use {
    file: String,
    line: usize,
    path: String,
}

/// The source with comments and string and character literals blanked out, byte for byte (line breaks kept), so
/// offsets and line numbers in it are those of the file.
fn code_only(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let after_word = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        let hashes = rest.iter().skip(1).take_while(|&&c| c == b'#').count();
        let end = if rest.starts_with(b"//") {
            i + rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len())
        } else if rest.starts_with(b"/*") {
            let (mut depth, mut j) = (0, i);
            while j < b.len() && !(depth == 0 && j > i) {
                depth += i32::from(b[j..].starts_with(b"/*")) - i32::from(b[j..].starts_with(b"*/"));
                j += if b[j..].starts_with(b"/*") || b[j..].starts_with(b"*/") { 2 } else { 1 };
            }
            j
        } else if rest[0] == b'r' && !after_word && rest.get(1 + hashes) == Some(&b'"') {
            let close: Vec<u8> = std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
            let body = i + 2 + hashes;
            body + b[body..].windows(close.len()).position(|w| w == close).map_or(b.len() - body, |p| p + close.len())
        } else if rest[0] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            j + 1
        } else if rest[0] == b'\'' && (rest.get(1) == Some(&b'\\') || rest.get(2) == Some(&b'\'')) {
            // A character literal ('x', '\n', '\''); a lifetime ('a) has no closing quote and is kept.
            let from = if rest[1] == b'\\' { 3 } else { 2 };
            i + from + rest[from..].iter().position(|&c| c == b'\'').map_or(rest.len() - from, |p| p + 1)
        } else {
            i += 1;
            continue;
        };
        for c in &mut out[i..end.min(b.len())] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
        i = end;
    }
    String::from_utf8(out).expect("blanked source is UTF-8")
}

/// Every `crate::`, `super::` and `self::` path in `code`, with use trees (`crate::a::{b, c::d}`) expanded into
/// one path each, and the byte offset it starts at.
fn paths(code: &str) -> Vec<(usize, Vec<String>)> {
    let b = code.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts_word = i == 0 || !(ident(b[i - 1]) || b[i - 1] == b':' || b[i - 1] == b'$');
        let head = ["crate", "super", "self"].into_iter().find(|h| b[i..].starts_with(h.as_bytes()));
        match head {
            Some(h) if starts_word && code[i + h.len()..].trim_start().starts_with("::") => {
                let mut end = i;
                tree(code, &mut end, vec![], &mut |p| found.push((i, p)));
                i = end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    found
}

/// Reads one use tree at `*at` (a path, then maybe `::{…}`, `::*` or `as name`), calling `emit` with each full
/// path under `prefix`.
fn tree(code: &str, at: &mut usize, prefix: Vec<String>, emit: &mut dyn FnMut(Vec<String>)) {
    let b = code.as_bytes();
    let skip_ws = |at: &mut usize| {
        while *at < b.len() && b[*at].is_ascii_whitespace() {
            *at += 1;
        }
    };
    let mut path = prefix;
    loop {
        skip_ws(at);
        if *at < b.len() && b[*at] == b'{' {
            *at += 1;
            loop {
                skip_ws(at);
                if *at >= b.len() || b[*at] == b'}' {
                    *at += 1;
                    return;
                }
                let before = *at;
                tree(code, at, path.clone(), emit);
                *at = (*at).max(before + 1);
                skip_ws(at);
                if *at < b.len() && b[*at] == b',' {
                    *at += 1;
                }
            }
        }
        let start = *at;
        while *at < b.len() && (b[*at].is_ascii_alphanumeric() || b[*at] == b'_' || b[*at] == b'*') {
            *at += 1;
        }
        if *at > start {
            path.push(code[start..*at].to_string());
        }
        skip_ws(at);
        if code[*at..].starts_with("::") {
            *at += 2;
        } else {
            if code[*at..].starts_with("as ") {
                *at += 3;
                skip_ws(at);
                while *at < b.len() && (b[*at].is_ascii_alphanumeric() || b[*at] == b'_') {
                    *at += 1;
                }
            }
            emit(path);
            return;
        }
    }
}

/// The inline modules of `code` (`mod tests { … }`): name and the byte range of their body.
fn inline_modules(code: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("mod ") {
        if at > 0 && code.as_bytes()[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let rest = &code[at + 4..];
        let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        if name.is_empty() || !rest[name.len()..].trim_start().starts_with('{') {
            continue;
        }
        let open = at + 4 + name.len() + rest[name.len()..].find('{').expect("brace");
        let mut depth = 0;
        let close = code[open..]
            .char_indices()
            .find(|&(_, c)| {
                depth += match c {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                depth == 0
            })
            .map_or(code.len(), |(i, _)| open + i);
        out.push((name, open..close));
    }
    out
}

/// The core's source files: path relative to `src/` (with `/`) → text.
fn sources(dir: &Path, rel: &str, out: &mut BTreeMap<String, String>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("read src").map(|e| e.expect("dir entry").path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).expect("file name").to_string();
        let rel = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
        if path.is_dir() {
            sources(&path, &rel, out);
        } else if name.ends_with(".rs") {
            out.insert(rel, fs::read_to_string(&path).expect("read source"));
        }
    }
}

/// The module path of each file, from its place in `src/` and any `#[path = "…"] mod name;` that includes it.
fn module_paths(files: &BTreeMap<String, String>) -> BTreeMap<String, Vec<String>> {
    let mut modules: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in files.keys() {
        let mut segs: Vec<String> = file.trim_end_matches(".rs").split('/').map(str::to_string).collect();
        if segs.last().is_some_and(|s| s == "mod" || s == "lib") {
            segs.pop();
        }
        modules.insert(file.clone(), segs);
    }
    for (file, src) in files {
        let mut lines = src.lines();
        while let Some(line) = lines.next() {
            let Some(target) = line.trim().strip_prefix("#[path = \"").and_then(|r| r.strip_suffix("\"]")) else {
                continue;
            };
            let name = lines.next().and_then(|l| l.trim().strip_prefix("mod ")?.strip_suffix(';')).expect("mod");
            let dir = file.rsplit_once('/').map_or("", |(dir, _)| dir);
            let mut segs = modules[file].clone();
            segs.push(name.to_string());
            modules.insert(format!("{dir}/{target}"), segs);
        }
    }
    modules
}

/// What `pub use` lines of a folder's `mod.rs` (or of `lib.rs`) re-export: item name → the module path it names.
fn reexports(src: &str) -> BTreeMap<String, Vec<String>> {
    let code = code_only(src);
    let mut out = BTreeMap::new();
    for (at, _) in code.match_indices("pub use ").chain(code.match_indices("pub(crate) use ")) {
        let mut end = at + code[at..].find("use ").expect("use") + 4;
        tree(&code, &mut end, vec![], &mut |p| {
            if let Some((item, module)) = p.split_last() {
                out.insert(item.clone(), module.to_vec());
            }
        });
    }
    out
}

/// The graph: node ("page::filter", or a layer's own "page") → node it uses → every such use.
type Graph = BTreeMap<String, BTreeMap<String, Vec<Use>>>;

fn graph(src_dir: &Path) -> (Graph, Vec<String>) {
    let mut files = BTreeMap::new();
    sources(src_dir, "", &mut files);
    let modules = module_paths(&files);
    let known: BTreeSet<Vec<String>> = modules.values().cloned().collect();
    let mut reexported: BTreeMap<Vec<String>, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (file, src) in &files {
        if file == "lib.rs" || file.ends_with("/mod.rs") {
            reexported.insert(modules[file].clone(), reexports(src));
        }
    }
    // The node a full module path (plus item) falls in: its first two segments, once re-exports are followed.
    let node_of = |mut segs: Vec<String>| -> Vec<String> {
        for _ in 0..2 {
            let depth = (1..=segs.len()).rev().find(|&n| known.contains(&segs[..n])).unwrap_or(0);
            if depth >= 2 || depth == segs.len() {
                break;
            }
            match reexported.get(&segs[..depth]).and_then(|r| r.get(&segs[depth])) {
                Some(target) => {
                    let mut real: Vec<String> = segs[..depth].to_vec();
                    real.extend(target.iter().filter(|s| *s != "self").cloned());
                    real.extend(segs[depth..].iter().cloned());
                    segs = real;
                }
                None => {
                    segs.truncate(depth);
                    break;
                }
            }
        }
        segs.truncate(2);
        segs
    };
    let mut g = Graph::new();
    let mut strays = Vec::new();
    for (file, src) in &files {
        let here = &modules[file];
        if here.is_empty() {
            continue; // lib.rs: only declares the layers and re-exports a few names.
        }
        if !LAYERS.contains(&here[0].as_str()) {
            strays.push(file.clone());
        }
        let from = node_of(here.clone()).join("::");
        let code = code_only(src);
        let inline = inline_modules(&code);
        for (at, path) in paths(&code) {
            // Inside `mod tests { … }`, `super::` is the file's own module.
            let mut abs: Vec<String> = match path[0].as_str() {
                "crate" => vec![],
                _ => here
                    .iter()
                    .cloned()
                    .chain(inline.iter().filter(|(_, r)| r.contains(&at)).map(|(n, _)| n.clone()))
                    .collect(),
            };
            for seg in &path {
                match seg.as_str() {
                    "crate" | "self" => {}
                    "super" => {
                        abs.pop();
                    }
                    _ => abs.push(seg.clone()),
                }
            }
            let to = node_of(abs).join("::");
            if to != from && !to.is_empty() {
                let line = code[..at].matches('\n').count() + 1;
                let text = path.join("::");
                g.entry(from.clone()).or_default().entry(to).or_default().push(Use {
                    file: file.clone(),
                    line,
                    path: text,
                });
            }
        }
    }
    (g, strays)
}

fn rank(node: &str) -> usize {
    let layer = node.split("::").next().unwrap_or(node);
    LAYERS.iter().position(|l| *l == layer).unwrap_or(usize::MAX)
}

/// Every cycle found by a depth-first walk, each as its nodes in order (first node repeated at the end).
fn cycles(g: &Graph) -> Vec<Vec<String>> {
    fn walk(n: &str, g: &Graph, stack: &mut Vec<String>, done: &mut BTreeSet<String>, out: &mut Vec<Vec<String>>) {
        if let Some(at) = stack.iter().position(|s| s == n) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(n.to_string());
            out.push(cycle);
            return;
        }
        if !done.insert(n.to_string()) {
            return;
        }
        stack.push(n.to_string());
        for next in g.get(n).into_iter().flat_map(|m| m.keys()) {
            walk(next, g, stack, done, out);
        }
        stack.pop();
    }
    let mut out = Vec::new();
    let mut done = BTreeSet::new();
    for n in g.keys() {
        walk(n, g, &mut Vec::new(), &mut done, &mut out);
    }
    out
}

fn at(u: &Use) -> String {
    format!("src/{}:{} (`{}`)", u.file, u.line, u.path)
}

#[test]
fn lower_layers_never_use_higher_ones_and_no_modules_use_each_other() {
    let (g, strays) = graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let mut problems: Vec<String> =
        strays.iter().map(|f| format!("src/{f} is in no layer folder (layers: {})", LAYERS.join(", "))).collect();
    for (from, uses) in &g {
        for (to, all) in uses {
            if rank(to) > rank(from) {
                for u in all {
                    problems.push(format!("{}: {from} must not use {to} (a higher layer)", at(u)));
                }
            }
        }
    }
    for cycle in cycles(&g) {
        let steps: Vec<String> =
            cycle.windows(2).map(|w| format!("{} → {} at {}", w[0], w[1], at(&g[&w[0]][&w[1]][0]))).collect();
        problems.push(format!("cycle {}: {}", cycle.join(" → "), steps.join("; ")));
    }
    assert!(
        problems.is_empty(),
        "the core's layers (lowest first: {}) are broken:\n{}",
        LAYERS.join(" < "),
        problems.join("\n")
    );
    // The walk saw the graph: the page layer's view uses the filters, which use the URL codec.
    let uses = |from: &str, to: &str| g.get(from).is_some_and(|m| m.contains_key(to));
    assert!(uses("page::view", "page::filter") && uses("page::filter", "page::query"), "{g:#?}");
}

#[test]
fn use_trees_are_expanded_and_comments_and_literals_skipped() {
    let code = code_only(
        "use crate::page::{filter::{self, Facets}, query::Query as Q};\n\
         // crate::export::csv\n\
         let s = \"crate::geo\n\"; /* crate::page::view */ let c = '\\''; let r = r#\"crate::text\"#;\n\
         fn f<'a>(x: &'a str) { super::super::text::fold::fold(x); }",
    );
    let line = |at: usize| code[..at].matches('\n').count() + 1;
    let found: Vec<String> = paths(&code).into_iter().map(|(at, p)| format!("{}:{}", line(at), p.join("::"))).collect();
    let expected = "1:crate::page::filter::self 1:crate::page::filter::Facets 1:crate::page::query::Query \
                    5:super::super::text::fold::fold";
    assert_eq!(found.join(" "), expected);
}

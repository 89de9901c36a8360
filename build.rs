//! Turns the content files into Rust at build time, so the wasm carries neither
//! a CSV nor a Markdown parser and a broken file fails the build:
//! - `assets/data/*.csv` (series,year,value,unit,source,note) → `FACTS`;
//! - `assets/story/<lang>/<chapter>.md` → story blocks. `{name}` marks a live
//!   value, a line `[[figure id]]` places a figure; tests check that every
//!   marker resolves and every figure ID is in DESIGN.md's list.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    println!("cargo:rerun-if-changed=assets/data");
    println!("cargo:rerun-if-changed=assets/story");
    fs::write(Path::new(&out).join("facts.rs"), facts("assets/data")).unwrap();
    fs::write(Path::new(&out).join("story.rs"), story("assets/story")).unwrap();
    // The browser app: the linker also writes a map of its data symbols, from
    // which tools/split-zh.mjs learns where each string literal lies (to ship
    // the Chinese text apart). Only the app binary, not tests or examples.
    if std::env::var("TARGET").as_deref() == Ok("wasm32-unknown-unknown") {
        // OUT_DIR = <target>/wasm32-unknown-unknown/<profile>/build/<package>-<hash>/out
        if let Some(dir) = Path::new(&out).ancestors().nth(3) {
            let map = dir.join("two-economies.map");
            println!("cargo:rustc-link-arg-bins=--Map={}", map.display());
        }
    }
}

fn sorted_entries(dir: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

/// RFC 4180-style split of one CSV line (quoted fields, "" escapes).
fn split_csv(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            _ => fields.last_mut().unwrap().push(c),
        }
    }
    assert!(!quoted, "unterminated quote in: {line}");
    fields
}

fn facts(dir: &str) -> String {
    let mut code =
        String::from("/// Every row of `assets/data/*.csv`.\npub static FACTS: &[Fact] = &[\n");
    for path in sorted_entries(dir) {
        if path.extension().and_then(|e| e.to_str()) != Some("csv") {
            continue;
        }
        let file = path.file_name().unwrap().to_str().unwrap().to_string();
        let text = fs::read_to_string(&path).unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some("series,year,value,unit,source,note"),
            "{file}: header"
        );
        for (i, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let f = split_csv(line);
            assert_eq!(f.len(), 6, "{file}:{}: expected 6 fields: {line}", i + 2);
            let year: i32 = f[1]
                .parse()
                .unwrap_or_else(|_| panic!("{file}:{}: year", i + 2));
            let value = if f[2].is_empty() {
                "None".to_string()
            } else {
                let v: f64 = f[2]
                    .parse()
                    .unwrap_or_else(|_| panic!("{file}:{}: value", i + 2));
                format!("Some({v:?})")
            };
            assert!(
                !f[4].is_empty(),
                "{file}:{}: every row needs a source",
                i + 2
            );
            writeln!(
                code,
                "    Fact {{ file: {file:?}, series: {:?}, year: {year}, value: {value}, unit: {:?}, source: {:?}, note: {:?} }},",
                f[0], f[3], f[4], f[5]
            )
            .unwrap();
        }
    }
    code.push_str("];\n");
    code
}

/// Inline Markdown subset: `{marker}` live values, `**strong**`, `[text](url)`.
fn inlines(text: &str, file: &str) -> String {
    let mut out = String::from("&[");
    let mut plain = String::new();
    let mut rest = text;
    let flush = |plain: &mut String, out: &mut String| {
        if !plain.is_empty() {
            write!(out, "Inline::Text({plain:?}), ").unwrap();
            plain.clear();
        }
    };
    while let Some(c) = rest.chars().next() {
        if c == '{' {
            let close = rest
                .find('}')
                .unwrap_or_else(|| panic!("{file}: unclosed {{ in: {text}"));
            let key = &rest[1..close];
            assert!(
                !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{file}: bad marker {{{key}}}"
            );
            flush(&mut plain, &mut out);
            write!(out, "Inline::Live({key:?}), ").unwrap();
            rest = &rest[close + 1..];
        } else if let Some(after) = rest.strip_prefix("**") {
            let close = after
                .find("**")
                .unwrap_or_else(|| panic!("{file}: unclosed ** in: {text}"));
            flush(&mut plain, &mut out);
            write!(out, "Inline::Strong({:?}), ", &after[..close]).unwrap();
            rest = &after[close + 2..];
        } else if c == '[' && rest.contains("](") {
            let mid = rest.find("](").unwrap();
            let close = rest[mid..]
                .find(')')
                .map(|i| i + mid)
                .unwrap_or_else(|| panic!("{file}: unclosed link in: {text}"));
            let (label, url) = (&rest[1..mid], &rest[mid + 2..close]);
            assert!(
                url.starts_with("https://") || url.starts_with("http://") || url.starts_with('#'),
                "{file}: bad link {url}"
            );
            flush(&mut plain, &mut out);
            write!(out, "Inline::Link({label:?}, {url:?}), ").unwrap();
            rest = &rest[close + 1..];
        } else {
            plain.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    flush(&mut plain, &mut out);
    out.push(']');
    out
}

fn story(dir: &str) -> String {
    let mut code = String::new();
    for lang_dir in sorted_entries(dir) {
        let lang = lang_dir
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .to_uppercase();
        writeln!(code, "/// Chapters written in `{lang}`, by chapter ID.").unwrap();
        writeln!(code, "pub static CHAPTERS_{lang}: &[(&str, &[Block])] = &[").unwrap();
        for path in sorted_entries(lang_dir.to_str().unwrap()) {
            let id = path.file_stem().unwrap().to_str().unwrap().to_string();
            let file = path.display().to_string();
            let text = fs::read_to_string(&path).unwrap();
            writeln!(code, "    ({id:?}, &[").unwrap();
            for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
                if para.starts_with("- ") {
                    // A list: one item per "- " line (continuation lines join the item).
                    let items: Vec<String> = para
                        .trim_start_matches("- ")
                        .split("\n- ")
                        .map(|i| {
                            format!(
                                "{}, ",
                                inlines(&i.split_whitespace().collect::<Vec<_>>().join(" "), &file)
                            )
                        })
                        .collect();
                    writeln!(code, "        Block::List(&[{}]),", items.concat()).unwrap();
                    continue;
                }
                let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
                if let Some(qa) = para.strip_prefix("?? ") {
                    // A self-check question: "?? question || answer".
                    let (q, a) = qa
                        .split_once(" || ")
                        .unwrap_or_else(|| panic!("{file}: question without ' || ' answer: {qa}"));
                    writeln!(
                        code,
                        "        Block::Question({}, {}),",
                        inlines(q, &file),
                        inlines(a, &file)
                    )
                    .unwrap();
                } else if let Some(h) = para.strip_prefix("### ") {
                    writeln!(code, "        Block::Subheading({}),", inlines(h, &file)).unwrap();
                } else if let Some(h) = para.strip_prefix("# ") {
                    writeln!(code, "        Block::Heading({}),", inlines(h, &file)).unwrap();
                } else if let Some(fig) = para
                    .strip_prefix("[[figure ")
                    .and_then(|f| f.strip_suffix("]]"))
                {
                    writeln!(code, "        Block::Figure({:?}),", fig.trim()).unwrap();
                } else if let Some(n) = para.strip_prefix("> ") {
                    writeln!(code, "        Block::Note({}),", inlines(n, &file)).unwrap();
                } else {
                    writeln!(code, "        Block::Para({}),", inlines(&para, &file)).unwrap();
                }
            }
            writeln!(code, "    ]),").unwrap();
        }
        code.push_str("];\n");
    }
    code
}

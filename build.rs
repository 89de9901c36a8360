//! Turns the content files into Rust at build time, so the wasm carries neither
//! a CSV nor a Markdown parser and a broken file fails the build:
//! - `assets/data/*.csv` → `FACTS`, each row checked by `build/facts.rs`
//!   (publisher, publication date, grade, url host, no duplicate series-year);
//! - `assets/story/<lang>/<chapter>.md` → story blocks. `{name}` marks a live
//!   value, a line `[[figure id]]` places a figure, `[@series:year]` cites a
//!   data row, `[text](#term-key)` defines a glossary term on first use;
//!   `build/prose.rs` fails the build on a number with a unit that is neither
//!   live nor cited; tests check that every marker resolves and every figure
//!   ID is in DESIGN.md's list;
//! - `assets/story/<lang>/glossary.md` (`- key | Term | definition` lines) → the
//!   glossary.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[path = "build/facts.rs"]
mod facts;
#[path = "build/prose.rs"]
mod prose;

fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    println!("cargo:rerun-if-changed=assets/data");
    println!("cargo:rerun-if-changed=assets/story");
    println!("cargo:rerun-if-changed=build");
    let rows = read_facts("assets/data");
    fs::write(Path::new(&out).join("facts.rs"), facts_code(&rows)).unwrap();
    fs::write(
        Path::new(&out).join("story.rs"),
        story("assets/story", &rows),
    )
    .unwrap();
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

/// Every checked row of the fact files in `dir`; a bad row stops the build
/// with its file, line and what is wrong.
fn read_facts(dir: &str) -> Vec<facts::Row> {
    let mut rows = Vec::new();
    for path in sorted_entries(dir) {
        if path.extension().and_then(|e| e.to_str()) != Some("csv") {
            continue;
        }
        let file = path.file_name().unwrap().to_str().unwrap().to_string();
        let text = fs::read_to_string(&path).unwrap();
        match facts::parse_file(&format!("assets/data/{file}"), &text) {
            Ok(r) => rows.extend(r.into_iter().map(|mut r| {
                r.file = file.clone();
                r
            })),
            Err(e) => panic!("\n\nfact base: {e}\n\n"),
        }
    }
    if let Err(e) = facts::check_unique(&rows) {
        panic!("\n\nfact base: assets/data/{e}\n\n");
    }
    // `FACTS` in the order the Sources and methods list shows it: by publisher,
    // file order within one (a stable sort), so a citation's number is its
    // place in `FACTS` and nothing is sorted at run time.
    rows.sort_by(|a, b| a.publisher.cmp(&b.publisher));
    rows
}

fn facts_code(rows: &[facts::Row]) -> String {
    let mut code =
        String::from("/// Every row of `assets/data/*.csv`, by publisher (see `build.rs`).\npub static FACTS: &[Fact] = &[\n");
    for r in rows {
        let value = match r.value {
            Some(v) => format!("Some({v:?})"),
            None => "None".to_string(),
        };
        writeln!(
            code,
            "    Fact {{ file: {:?}, series: {:?}, year: {}, value: {value}, unit: {:?}, publisher: {:?}, publication: {:?}, published: {:?}, url: {:?}, via: {:?}, grade: Grade::{}, checked: {:?}, note: {:?} }},",
            r.file, r.series, r.year, r.unit, r.publisher, r.publication, r.published, r.url, r.via, r.grade, r.checked, r.note
        )
        .unwrap();
    }
    code.push_str("];\n");
    code
}

/// What the inline parser checks references against.
struct Refs<'a> {
    /// The fact base (for `[@series:year]`).
    rows: &'a [facts::Row],
    /// Glossary keys of the file's language (for `[text](#term-key)`).
    terms: &'a [String],
}

/// Inline Markdown subset: `{marker}` live values, `**strong**`, `[text](url)`,
/// `[@series:year]` citations (`[@example]` marks a worked example and emits
/// nothing), `[text](#term-key)` glossary terms.
fn inlines(text: &str, file: &str, refs: &Refs) -> String {
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
        } else if let Some(after) = rest.strip_prefix("[@") {
            let close = after
                .find(']')
                .unwrap_or_else(|| panic!("{file}: unclosed [@ in: {text}"));
            let cite = &after[..close];
            // A cite right after text: the space before it is the cite's.
            let trimmed = plain.trim_end().len();
            plain.truncate(trimmed);
            flush(&mut plain, &mut out);
            if cite != "example" {
                let (series, year) = cite
                    .rsplit_once(':')
                    .and_then(|(s, y)| Some((s, y.parse::<i32>().ok()?)))
                    .unwrap_or_else(|| {
                        panic!("{file}: bad citation [@{cite}]: use [@series:year]")
                    });
                assert!(
                    refs.rows
                        .iter()
                        .any(|r| r.series == series && r.year == year),
                    "{file}: [@{cite}] cites no row of assets/data"
                );
                write!(out, "Inline::Cite({series:?}, {year}), ").unwrap();
            }
            rest = &after[close + 1..];
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
            flush(&mut plain, &mut out);
            if let Some(key) = url.strip_prefix("#term-") {
                assert!(
                    refs.terms.iter().any(|t| t == key),
                    "{file}: [{label}](#term-{key}): no such key in this language's glossary.md"
                );
                write!(out, "Inline::Term({label:?}, {key:?}), ").unwrap();
            } else {
                assert!(
                    url.starts_with("https://")
                        || url.starts_with("http://")
                        || url.starts_with('#'),
                    "{file}: bad link {url}"
                );
                write!(out, "Inline::Link({label:?}, {url:?}), ").unwrap();
            }
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

/// `assets/story/<lang>/glossary.md`: `- key | Term | definition` lines.
/// Returns (key, term, definition) in file order; a malformed line or a
/// repeated key stops the build.
fn glossary_entries(path: &Path) -> Vec<(String, String, String)> {
    let file = path.display().to_string();
    let Ok(text) = fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut out: Vec<(String, String, String)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let Some(entry) = line.trim().strip_prefix("- ") else {
            continue;
        };
        let parts: Vec<&str> = entry.splitn(3, " | ").map(str::trim).collect();
        assert!(
            parts.len() == 3 && parts.iter().all(|p| !p.is_empty()),
            "{file}:{}: a glossary line is `- key | Term | definition`",
            n + 1
        );
        assert!(
            !out.iter().any(|(k, _, _)| k == parts[0]),
            "{file}:{}: glossary key `{}` twice",
            n + 1,
            parts[0]
        );
        out.push((parts[0].into(), parts[1].into(), parts[2].into()));
    }
    out
}

fn story(dir: &str, rows: &[facts::Row]) -> String {
    let mut code = String::new();
    let mut uncited = Vec::new();
    for lang_dir in sorted_entries(dir) {
        let lang = lang_dir
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .to_uppercase();
        let glossary = glossary_entries(&lang_dir.join("glossary.md"));
        let terms: Vec<String> = glossary.iter().map(|(k, _, _)| k.clone()).collect();
        let refs = Refs {
            rows,
            terms: &terms,
        };
        writeln!(
            code,
            "/// Glossary in `{lang}`: (key, term, definition), in reading order."
        )
        .unwrap();
        writeln!(
            code,
            "pub static GLOSSARY_{lang}: &[(&str, &str, &[Inline])] = &["
        )
        .unwrap();
        let gfile = lang_dir.join("glossary.md").display().to_string();
        for (k, t, d) in &glossary {
            uncited.extend(prose::uncited(&gfile, d));
            writeln!(code, "    ({k:?}, {t:?}, {}),", inlines(d, &gfile, &refs)).unwrap();
        }
        code.push_str("];\n");
        writeln!(code, "/// Chapters written in `{lang}`, by chapter ID.").unwrap();
        writeln!(code, "pub static CHAPTERS_{lang}: &[(&str, &[Block])] = &[").unwrap();
        for path in sorted_entries(lang_dir.to_str().unwrap()) {
            let id = path.file_stem().unwrap().to_str().unwrap().to_string();
            if id == "glossary" {
                continue;
            }
            let file = path.display().to_string();
            let text = fs::read_to_string(&path).unwrap();
            uncited.extend(prose::uncited(&file, &text));
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
                                inlines(
                                    &i.split_whitespace().collect::<Vec<_>>().join(" "),
                                    &file,
                                    &refs
                                )
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
                        inlines(q, &file, &refs),
                        inlines(a, &file, &refs)
                    )
                    .unwrap();
                } else if let Some(h) = para.strip_prefix("### ") {
                    writeln!(
                        code,
                        "        Block::Subheading({}),",
                        inlines(h, &file, &refs)
                    )
                    .unwrap();
                } else if let Some(h) = para.strip_prefix("# ") {
                    writeln!(
                        code,
                        "        Block::Heading({}),",
                        inlines(h, &file, &refs)
                    )
                    .unwrap();
                } else if let Some(fig) = para
                    .strip_prefix("[[figure ")
                    .and_then(|f| f.strip_suffix("]]"))
                {
                    writeln!(code, "        Block::Figure({:?}),", fig.trim()).unwrap();
                } else if para == "[[sources]]" {
                    writeln!(code, "        Block::Sources,").unwrap();
                } else if para == "[[glossary]]" {
                    writeln!(code, "        Block::Glossary,").unwrap();
                } else if let Some(n) = para.strip_prefix("> ") {
                    writeln!(code, "        Block::Note({}),", inlines(n, &file, &refs)).unwrap();
                } else {
                    writeln!(
                        code,
                        "        Block::Para({}),",
                        inlines(&para, &file, &refs)
                    )
                    .unwrap();
                }
            }
            writeln!(code, "    ]),").unwrap();
        }
        code.push_str("];\n");
    }
    if !uncited.is_empty() {
        panic!(
            "\n\n{} number(s) in the story have no source:\n{}\n\n",
            uncited.len(),
            uncited.join("\n")
        );
    }
    code
}

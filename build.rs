//! Turns the content files into Rust and data files at build time, so the wasm
//! carries no CSV, Markdown or Fluent parser and a broken file fails the build:
//! - `assets/data/*.csv` → `FACTS`, each row checked by `build/facts.rs`
//!   (publisher, publication date, grade, url host, no duplicate series-year);
//! - `assets/i18n/<lang>/story/<chapter>.md` → story blocks. `{name}` marks a live
//!   value, a line `[[figure id]]` places a figure, `[@series:year]` cites a
//!   data row, `[text](#term-key)` defines a glossary term on first use;
//!   `build/prose.rs` fails the build on a number with a unit that is neither
//!   live nor cited; tests check that every marker resolves and every figure
//!   ID is in DESIGN.md's list;
//! - `assets/i18n/<lang>/story/glossary.md` (`- key | Term | definition` lines) → the
//!   glossary;
//! - `assets/i18n/<lang>/*.ftl` → the UI messages (`build/i18n.rs`). Each
//!   language's messages and story go to one data file in `OUT_DIR/i18n/`
//!   (English is compiled in; `tools/locales.mjs` copies the others to
//!   `dist/i18n/`), plus the pseudo-locale `en-XA` made from English.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[path = "build/facts.rs"]
mod facts;
#[path = "build/i18n.rs"]
mod i18n;
#[path = "build/prose.rs"]
mod prose;

fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    println!("cargo:rerun-if-changed=assets/data");
    println!("cargo:rerun-if-changed=assets/i18n");
    println!("cargo:rerun-if-changed=build");
    let rows = read_facts("assets/data");
    fs::write(Path::new(&out).join("facts.rs"), facts_code(&rows)).unwrap();
    let code = locales("assets/i18n", Path::new(&out), &rows);
    fs::write(Path::new(&out).join("i18n.rs"), code).unwrap();
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
/// nothing), `[text](#term-key)` glossary terms; written as an inline run
/// of the data file (see `src/i18n.rs`).
fn inlines(text: &str, file: &str, refs: &Refs) -> String {
    let mut out = String::new();
    let mut plain = String::new();
    let mut rest = text;
    let flush = |plain: &mut String, out: &mut String| {
        if !plain.is_empty() {
            push_inline(out, 't', &[plain]);
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
            push_inline(&mut out, 'v', &[key]);
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
                push_inline(&mut out, 'c', &[series, &year.to_string()]);
            }
            rest = &after[close + 1..];
        } else if let Some(after) = rest.strip_prefix("**") {
            let close = after
                .find("**")
                .unwrap_or_else(|| panic!("{file}: unclosed ** in: {text}"));
            flush(&mut plain, &mut out);
            push_inline(&mut out, 's', &[&after[..close]]);
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
                push_inline(&mut out, 'g', &[label, key]);
            } else {
                assert!(
                    url.starts_with("https://")
                        || url.starts_with("http://")
                        || url.starts_with('#'),
                    "{file}: bad link {url}"
                );
                push_inline(&mut out, 'l', &[label, url]);
            }
            rest = &rest[close + 1..];
        } else {
            plain.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    flush(&mut plain, &mut out);
    out
}

/// `assets/i18n/<lang>/story/glossary.md`: `- key | Term | definition` lines.
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

/// Appends one inline of kind `k` with its fields to an inline run.
fn push_inline(out: &mut String, k: char, fields: &[&str]) {
    if !out.is_empty() {
        out.push(INL);
    }
    out.push(k);
    out.push_str(&fields.join("\u{1f}"));
}

/// Between the inlines of a run.
const INL: char = '\u{1c}';

/// The story records of the language folder `lang_dir` (its `story/*.md`
/// and `story/glossary.md`); numbers without a source are added to
/// `uncited`.
fn story(lang_dir: &Path, rows: &[facts::Row], uncited: &mut Vec<String>) -> Vec<String> {
    let dir = lang_dir.join("story");
    let glossary = glossary_entries(&dir.join("glossary.md"));
    let terms: Vec<String> = glossary.iter().map(|(k, _, _)| k.clone()).collect();
    let refs = Refs {
        rows,
        terms: &terms,
    };
    let mut rec = Vec::new();
    let gfile = dir.join("glossary.md").display().to_string();
    for (k, t, d) in &glossary {
        uncited.extend(prose::uncited(&gfile, d));
        rec.push(format!("T{k}\u{1f}{t}\u{1f}{}", inlines(d, &gfile, &refs)));
    }
    for path in sorted_entries(dir.to_str().unwrap()) {
        let id = path.file_stem().unwrap().to_str().unwrap().to_string();
        if id == "glossary" || path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let file = path.display().to_string();
        let text = fs::read_to_string(&path).unwrap();
        uncited.extend(prose::uncited(&file, &text));
        rec.push(format!("C{id}"));
        for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            if para.starts_with("- ") {
                // A list: one item per "- " line (continuation lines join the item).
                rec.push("L".into());
                for i in para.trim_start_matches("- ").split("\n- ") {
                    let item = i.split_whitespace().collect::<Vec<_>>().join(" ");
                    rec.push(format!("I{}", inlines(&item, &file, &refs)));
                }
                continue;
            }
            let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
            if let Some(qa) = para.strip_prefix("?? ") {
                // A self-check question: "?? question || answer".
                let (q, a) = qa
                    .split_once(" || ")
                    .unwrap_or_else(|| panic!("{file}: question without ' || ' answer: {qa}"));
                rec.push(format!("Q{}", inlines(q, &file, &refs)));
                rec.push(format!("A{}", inlines(a, &file, &refs)));
            } else if let Some(h) = para.strip_prefix("### ") {
                rec.push(format!("S{}", inlines(h, &file, &refs)));
            } else if let Some(h) = para.strip_prefix("# ") {
                rec.push(format!("H{}", inlines(h, &file, &refs)));
            } else if let Some(fig) = para
                .strip_prefix("[[figure ")
                .and_then(|f| f.strip_suffix("]]"))
            {
                rec.push(format!("F{}", fig.trim()));
            } else if para == "[[sources]]" {
                rec.push("R".into());
            } else if para == "[[glossary]]" {
                rec.push("G".into());
            } else if let Some(n) = para.strip_prefix("> ") {
                rec.push(format!("N{}", inlines(n, &file, &refs)));
            } else {
                rec.push(format!("P{}", inlines(&para, &file, &refs)));
            }
        }
    }
    rec
}

/// The pseudo-locale's story: every text, strong, link and term label of
/// English's records accented, padded and bracketed.
fn pseudo_story(en: &[String]) -> Vec<String> {
    let run = |r: &str| -> String {
        r.split(INL)
            .map(|inl| {
                let (k, rest) = inl.split_at(1);
                match k {
                    "t" | "s" => format!("{k}{}", pseudo_text(rest)),
                    "l" | "g" => {
                        let (label, other) = rest.split_once('\u{1f}').unwrap_or((rest, ""));
                        format!("{k}{}\u{1f}{other}", pseudo_text(label))
                    }
                    _ => inl.to_string(),
                }
            })
            .collect::<Vec<_>>()
            .join(&INL.to_string())
    };
    en.iter()
        .map(|r| {
            let (k, rest) = r.split_at(1);
            match k {
                "H" | "P" | "N" | "S" | "Q" | "A" | "I" if !rest.is_empty() => {
                    format!("{k}{}", run(rest))
                }
                "T" => {
                    let mut f = rest.splitn(3, '\u{1f}');
                    let (key, term, def) = (
                        f.next().unwrap(),
                        f.next().unwrap_or(""),
                        f.next().unwrap_or(""),
                    );
                    format!("T{key}\u{1f}{}\u{1f}{}", pseudo_text(term), run(def))
                }
                _ => r.clone(),
            }
        })
        .collect()
}

/// A text run in the pseudo-locale; blank runs (the space between two
/// inlines) stay blank.
fn pseudo_text(t: &str) -> String {
    if t.trim().is_empty() {
        return t.to_string();
    }
    let lead = &t[..t.len() - t.trim_start().len()];
    let trail = &t[t.trim_end().len()..];
    let n = t.chars().filter(|c| !c.is_whitespace()).count();
    format!(
        "{lead}[{}{}]{trail}",
        i18n::accent(t.trim()),
        i18n::pseudo_pad(n)
    )
}

/// Every locale: checks it, writes its data file to `OUT_DIR/i18n/`, and
/// returns the generated Rust.
fn locales(dir: &str, out: &Path, rows: &[facts::Row]) -> String {
    let en_dir = Path::new(dir).join("en");
    let en = i18n::parse_locale(&en_dir);
    for m in &en {
        i18n::check_text(m);
    }
    let hash = i18n::keys_hash(&en);
    let lang_msg = |msgs: &[i18n::Msg], key: &str, at: &Path| -> String {
        let m = msgs
            .iter()
            .find(|m| m.key == key)
            .unwrap_or_else(|| panic!("\n\n{}/ui.ftl: no `{key}`\n\n", at.display()));
        i18n::encode(m, &[], false)
    };
    let mut uncited = Vec::new();
    let en_story = story(&en_dir, rows, &mut uncited);
    let mut ids = vec!["en".to_string()];
    for d in sorted_entries(dir) {
        let id = d.file_name().unwrap().to_str().unwrap().to_string();
        if d.is_dir() && id != "en" {
            ids.push(id);
        }
    }
    let idir = out.join("i18n");
    let _ = fs::remove_dir_all(&idir);
    fs::create_dir_all(&idir).unwrap();
    let mut langs = Vec::new();
    let write = |id: &str, msgs: &[String], story: &[String], compiled_in: bool| -> String {
        let mut data = format!("@two-economies-locale 1 {hash:016x} {id}");
        for m in msgs {
            data.push(i18n::REC);
            data.push('M');
            data.push_str(m);
        }
        for r in story {
            data.push(i18n::REC);
            data.push_str(r);
        }
        // The end mark: a file cut short in transit is refused.
        data.push(i18n::REC);
        data.push_str("~end");
        let name = if compiled_in {
            format!("{id}.txt")
        } else {
            format!("{id}-{:016x}.txt", i18n::fnv(data.as_bytes()))
        };
        fs::write(idir.join(&name), data).unwrap();
        if compiled_in {
            String::new()
        } else {
            name
        }
    };
    for id in &ids {
        let ldir = Path::new(dir).join(id);
        let (msgs, story_rec) = if id == "en" {
            (en.clone(), en_story.clone())
        } else {
            let other = i18n::parse_locale(&ldir);
            (
                i18n::check_against(&en, &other, &ldir),
                story(&ldir, rows, &mut uncited),
            )
        };
        let enc: Vec<String> = msgs
            .iter()
            .zip(&en)
            .map(|(m, e)| i18n::encode(m, &e.vars, false))
            .collect();
        let file = write(id, &enc, &story_rec, id == "en");
        langs.push(i18n::LangOut {
            id: id.clone(),
            tag: lang_msg(&msgs, "lang-tag", &ldir),
            name: lang_msg(&msgs, "lang-name", &ldir),
            listed: true,
            file,
        });
    }
    // The pseudo-locale, from English.
    let enc: Vec<String> = en.iter().map(|m| i18n::encode(m, &m.vars, true)).collect();
    let file = write("en-XA", &enc, &pseudo_story(&en_story), false);
    langs.push(i18n::LangOut {
        id: "en-XA".into(),
        tag: "en-XA".into(),
        name: "[Éñĝļîšĥ]".into(),
        listed: false,
        file,
    });
    if !uncited.is_empty() {
        panic!(
            "\n\n{} number(s) in the story have no source:\n{}\n\n",
            uncited.len(),
            uncited.join("\n")
        );
    }
    let mut code = i18n::code(&en, &langs, hash);
    code.push_str(&publishers_code(&en, rows));
    code.push_str(&units_code(&en, rows));
    code
}

/// Every unit of the fact base other than percentages (`pct…`), multiples
/// (`x`) and none must have a message `units-<unit>` in English's
/// `units.ftl`; the generated `unit_message` maps the unit to it.
fn units_code(en: &[i18n::Msg], rows: &[facts::Row]) -> String {
    let key = |unit: &str| format!("units-{}", unit.replace('_', "-"));
    let written = |u: &str| u.is_empty() || u == "x" || u.starts_with("pct");
    let mut units: Vec<&str> = rows
        .iter()
        .map(|r| r.unit.as_str())
        .filter(|u| !written(u))
        .collect();
    units.sort();
    units.dedup();
    let mut c = String::from("/// The message (index) that writes a number in a fact-base unit.\npub fn unit_message(unit: &str) -> Option<usize> {\n    match unit {\n");
    let mut missing = Vec::new();
    for u in units {
        match en.iter().position(|m| m.key == key(u)) {
            Some(i) => writeln!(c, "        {u:?} => Some({i}),").unwrap(),
            None => {
                let r = rows.iter().find(|r| r.unit == u).unwrap();
                missing.push(format!(
                    "assets/data/{}:{}: unit `{u}` has no message `{}` in assets/i18n/en/units.ftl",
                    r.file,
                    r.line,
                    key(u)
                ));
            }
        }
    }
    if !missing.is_empty() {
        panic!("\n\n{}\n\n", missing.join("\n"));
    }
    c.push_str("        _ => None,\n    }\n}\n");
    c
}

/// Every publisher of the fact base must have a message in English's
/// `publishers.ftl` whose text is the name as written in the data; the
/// generated `publisher_message` maps the name to that message.
fn publishers_code(en: &[i18n::Msg], rows: &[facts::Row]) -> String {
    let names: Vec<(String, usize)> = en
        .iter()
        .enumerate()
        .filter(|(_, m)| m.file == "publishers")
        .map(|(i, m)| (i18n::encode(m, &[], false), i))
        .collect();
    let missing: Vec<String> = rows
        .iter()
        .filter(|r| !names.iter().any(|(n, _)| *n == r.publisher))
        .map(|r| {
            format!(
                "assets/data/{}:{}: publisher `{}` has no message in assets/i18n/en/publishers.ftl",
                r.file, r.line, r.publisher
            )
        })
        .collect();
    if !missing.is_empty() {
        panic!("\n\n{}\n\n", missing.join("\n"));
    }
    let mut c = String::from("/// The message (index) of a publisher named as in `assets/data`.\npub fn publisher_message(name: &str) -> Option<usize> {\n    match name {\n");
    for (n, i) in &names {
        writeln!(c, "        {n:?} => Some({i}),").unwrap();
    }
    c.push_str("        _ => None,\n    }\n}\n");
    c
}

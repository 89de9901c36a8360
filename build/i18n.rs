//! Locale files (`assets/i18n/<lang>/*.ftl`) → compact message tables.
//!
//! The build parses every locale's Fluent files with `fluent-syntax` (the
//! Fluent project's parser), checks them against English and writes, per
//! language, one data file of records (see `src/i18n.rs` for the format and
//! its reader). English is compiled into the wasm; every other language is a
//! hashed file the page fetches when a reader picks it.
//!
//! The supported Fluent subset, chosen so the run-time reader stays a few
//! hundred bytes: text, variables (`{ $share }`), terms without arguments
//! (`{ -brand }`, resolved here), string and number literals, and select
//! expressions on a variable whose variants hold text and variables
//! (`{ $n -> [one] one year *[other] { $n } years }`: a variant matches the
//! variable's text exactly, else its plural category, else the default).
//! Anything else (attributes, message references, functions, nested selects)
//! stops the build with the file, line and key.
//!
//! Each `<file>.ftl` becomes a struct `<File>Text` with one field per message
//! (the key without the `<file>-` prefix, `-` written `_`) and one method per
//! message that takes variables, with the variables as `&str` arguments.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use fluent_syntax::ast;

/// Placeholder: `\x01` then the variable's index as one char ('0' + i).
pub const VAR: char = '\u{1}';
/// Select: `\x02`, selector index char, variants, `\x05`.
pub const SEL: char = '\u{2}';
/// Before a variant's key (`*` first marks the default).
pub const KEY: char = '\u{3}';
/// Between a variant's key and its text.
pub const VAL: char = '\u{4}';
/// End of a select.
pub const END: char = '\u{5}';
/// Between records of a data file.
pub const REC: char = '\u{1e}';

/// A piece of a message.
#[derive(Clone, Debug)]
enum Piece {
    Text(String),
    Var(String),
    /// Selector variable, variants (key, default, pieces).
    Select(String, Vec<(String, bool, Vec<Piece>)>),
}

/// One message of one locale.
#[derive(Clone, Debug)]
pub struct Msg {
    /// The Fluent key (`share-button`).
    pub key: String,
    /// The file's stem (`share`).
    pub file: String,
    /// Where it is written, `path:line`.
    pub at: String,
    /// The comment above it (English: the field's doc comment).
    pub doc: String,
    /// Variable names, sorted (a method's arguments, and the indices used
    /// in the encoded text).
    pub vars: Vec<String>,
    pieces: Vec<Piece>,
}

/// Line (1-based) where `key =` starts in `text`, or 1.
fn line_of(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

fn fail(at: &str, key: &str, what: &str) -> ! {
    panic!("\n\n{at}: key `{key}`: {what}\n\n")
}

fn pattern(
    p: &ast::Pattern<&str>,
    terms: &BTreeMap<String, Vec<Piece>>,
    at: &str,
    key: &str,
    nested: bool,
) -> Vec<Piece> {
    let mut out = Vec::new();
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => out.push(Piece::Text(value.to_string())),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(i) => out.extend(inline(i, terms, at, key)),
                ast::Expression::Select { selector, variants } => {
                    if nested {
                        fail(at, key, "a select inside a select is not supported");
                    }
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        fail(at, key, "a select must be on a variable (`{ $n -> ... }`)");
                    };
                    let vs = variants
                        .iter()
                        .map(|v| {
                            let k = match &v.key {
                                ast::VariantKey::Identifier { name } => name.to_string(),
                                ast::VariantKey::NumberLiteral { value } => value.to_string(),
                            };
                            (k, v.default, pattern(&v.value, terms, at, key, true))
                        })
                        .collect();
                    out.push(Piece::Select(id.name.to_string(), vs));
                }
            },
        }
    }
    out
}

fn inline(
    i: &ast::InlineExpression<&str>,
    terms: &BTreeMap<String, Vec<Piece>>,
    at: &str,
    key: &str,
) -> Vec<Piece> {
    match i {
        ast::InlineExpression::StringLiteral { value } => vec![Piece::Text(unescape(value))],
        ast::InlineExpression::NumberLiteral { value } => vec![Piece::Text(value.to_string())],
        ast::InlineExpression::VariableReference { id } => vec![Piece::Var(id.name.to_string())],
        ast::InlineExpression::TermReference {
            id,
            attribute: None,
            arguments: None,
        } => terms
            .get(id.name)
            .cloned()
            .unwrap_or_else(|| fail(at, key, &format!("no term `-{}` in this file", id.name))),
        ast::InlineExpression::Placeable { expression } => match &**expression {
            ast::Expression::Inline(i) => inline(i, terms, at, key),
            ast::Expression::Select { .. } => {
                fail(at, key, "write a select directly in the message")
            }
        },
        _ => fail(
            at,
            key,
            "only text, { $variable }, { -term } and selects on a variable are supported",
        ),
    }
}

/// Fluent string-literal escapes: `\"`, `\\`, `\uXXXX`.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('u') => {
                let hex: String = it.by_ref().take(4).collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn collect_vars(pieces: &[Piece], out: &mut Vec<String>) {
    for p in pieces {
        match p {
            Piece::Text(_) => {}
            Piece::Var(v) => out.push(v.clone()),
            Piece::Select(v, vs) => {
                out.push(v.clone());
                for (_, _, ps) in vs {
                    collect_vars(ps, out);
                }
            }
        }
    }
}

/// The messages of one `.ftl` file, in file order.
pub fn parse_file(path: &Path) -> Vec<Msg> {
    let shown = path.display().to_string();
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{shown}: {e}"));
    let text = text.replace("\r\n", "\n");
    let file = path.file_stem().unwrap().to_str().unwrap().to_string();
    let res = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((_, errs)) => {
            let e = &errs[0];
            let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
            panic!("\n\n{shown}:{line}: Fluent syntax error: {:?}\n\n", e.kind);
        }
    };
    let mut terms = BTreeMap::new();
    for entry in &res.body {
        if let ast::Entry::Term(t) = entry {
            let key = format!("-{}", t.id.name);
            let at = format!("{shown}:{}", line_of(&text, &key));
            if !t.attributes.is_empty() {
                fail(&at, &key, "term attributes are not supported");
            }
            let p = pattern(&t.value, &terms, &at, &key, false);
            terms.insert(t.id.name.to_string(), p);
        }
    }
    let mut out: Vec<Msg> = Vec::new();
    for entry in &res.body {
        match entry {
            ast::Entry::Message(m) => {
                let key = m.id.name.to_string();
                let at = format!("{shown}:{}", line_of(&text, &key));
                if !m.attributes.is_empty() {
                    fail(
                        &at,
                        &key,
                        "attributes are not supported: write a separate key",
                    );
                }
                let Some(value) = &m.value else {
                    fail(&at, &key, "no value");
                };
                if out.iter().any(|o| o.key == key) {
                    fail(&at, &key, "written twice");
                }
                let pieces = pattern(value, &terms, &at, &key, false);
                let mut vars = Vec::new();
                collect_vars(&pieces, &mut vars);
                vars.sort();
                vars.dedup();
                if vars.len() > 9 {
                    fail(&at, &key, "more than 9 variables");
                }
                let doc = m
                    .comment
                    .as_ref()
                    .map(|c| c.content.join(" "))
                    .unwrap_or_default();
                out.push(Msg {
                    key,
                    file: file.clone(),
                    at,
                    doc,
                    vars,
                    pieces,
                });
            }
            ast::Entry::Junk { content } => {
                let line = text[..text.find(content).unwrap_or(0)]
                    .matches('\n')
                    .count()
                    + 1;
                panic!("\n\n{shown}:{line}: not Fluent: {}\n\n", content.trim());
            }
            _ => {}
        }
    }
    out
}

/// Every message of the locale folder `dir` (all its `.ftl` files, sorted).
pub fn parse_locale(dir: &Path) -> Vec<Msg> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("ftl"))
        .collect();
    files.sort();
    let mut all: Vec<Msg> = Vec::new();
    for f in files {
        for m in parse_file(&f) {
            if let Some(o) = all.iter().find(|o| o.key == m.key) {
                fail(&m.at, &m.key, &format!("also written at {}", o.at));
            }
            all.push(m);
        }
    }
    all
}

/// Checks `other` (a translation) against English; panics naming the file,
/// line and key of the first few problems. Returns its messages in English
/// key order.
pub fn check_against(en: &[Msg], other: &[Msg], lang_dir: &Path) -> Vec<Msg> {
    let mut problems = Vec::new();
    let mut ordered = Vec::new();
    for e in en {
        match other.iter().find(|o| o.key == e.key) {
            None => problems.push(format!(
                "{}/{}.ftl: key `{}` is missing (English: {})",
                lang_dir.display(),
                e.file,
                e.key,
                e.at
            )),
            Some(o) => {
                if o.vars != e.vars {
                    problems.push(format!(
                        "{}: key `{}` uses {{ {} }} but English ({}) uses {{ {} }}",
                        o.at,
                        o.key,
                        dollar(&o.vars),
                        e.at,
                        dollar(&e.vars)
                    ));
                }
                ordered.push(o.clone());
            }
        }
    }
    for o in other {
        if !en.iter().any(|e| e.key == o.key) {
            problems.push(format!("{}: key `{}` is not in English", o.at, o.key));
        }
    }
    if !problems.is_empty() {
        panic!(
            "\n\n{} problem(s) in {}:\n{}\n\n",
            problems.len(),
            lang_dir.display(),
            problems.join("\n")
        );
    }
    ordered
}

fn dollar(vars: &[String]) -> String {
    if vars.is_empty() {
        return "no variables".into();
    }
    vars.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `m` encoded for the data file, with variable indices from `vars`
/// (English's list, the same as `m`'s once checked).
pub fn encode(m: &Msg, vars: &[String], pseudo: bool) -> String {
    let mut s = String::new();
    let blank = m
        .pieces
        .iter()
        .all(|p| matches!(p, Piece::Text(t) if t.trim().is_empty()));
    let select = m.pieces.iter().any(|p| matches!(p, Piece::Select(..)));
    if pseudo && !blank && !select {
        // The pseudo-locale: one bracketed run per message, letters accented
        // and padded about 35% longer (a select brackets each variant).
        s.push('[');
        encode_pieces(&m.pieces, vars, &mut s, true);
        s.push_str(&padding(&m.pieces));
        s.push(']');
    } else {
        encode_pieces(&m.pieces, vars, &mut s, pseudo && !blank);
    }
    s
}

/// Writes `ps`; with `pseudo`, text accented and each select variant
/// bracketed and padded on its own.
fn encode_pieces(ps: &[Piece], vars: &[String], out: &mut String, pseudo: bool) {
    for p in ps {
        match p {
            Piece::Text(t) if pseudo => out.push_str(&accent(t)),
            Piece::Text(t) => out.push_str(t),
            Piece::Var(v) => {
                out.push(VAR);
                out.push(index_char(vars, v));
            }
            Piece::Select(v, vs) => {
                out.push(SEL);
                out.push(index_char(vars, v));
                for (k, default, body) in vs {
                    out.push(KEY);
                    if *default {
                        out.push('*');
                    }
                    out.push_str(k);
                    out.push(VAL);
                    if pseudo {
                        out.push('[');
                    }
                    encode_pieces(body, vars, out, pseudo);
                    if pseudo {
                        out.push_str(&padding(body));
                        out.push(']');
                    }
                }
                out.push(END);
            }
        }
    }
}

fn padding(ps: &[Piece]) -> String {
    let n: usize = ps
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.chars().filter(|c| !c.is_whitespace()).count(),
            _ => 3,
        })
        .sum();
    pseudo_pad(n)
}

/// About 35% of `n` letters of filler, as words (so lines break as real
/// text would).
pub fn pseudo_pad(n: usize) -> String {
    const WORDS: [&str; 6] = ["ŀőŕéɱ", "ïƥšûɱ", "ðőŀőŕ", "šïţ", "åɱéţ", "çőñš"];
    let want = (n * 35).div_ceil(100);
    let mut out = String::new();
    let mut i = 0;
    while out.chars().filter(|c| !c.is_whitespace()).count() < want {
        out.push(' ');
        out.push_str(WORDS[i % WORDS.len()]);
        i += 1;
    }
    out
}

/// Latin letters accented (`a` → `á`), everything else kept.
pub fn accent(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a' => 'á',
            'b' => 'ƀ',
            'c' => 'ç',
            'd' => 'ð',
            'e' => 'é',
            'f' => 'ƒ',
            'g' => 'ĝ',
            'h' => 'ĥ',
            'i' => 'î',
            'j' => 'ĵ',
            'k' => 'ķ',
            'l' => 'ļ',
            'm' => 'ɱ',
            'n' => 'ñ',
            'o' => 'ö',
            'p' => 'þ',
            'q' => 'ǫ',
            'r' => 'ŕ',
            's' => 'š',
            't' => 'ţ',
            'u' => 'û',
            'v' => 'ṽ',
            'w' => 'ŵ',
            'x' => 'ẋ',
            'y' => 'ý',
            'z' => 'ž',
            'A' => 'Å',
            'B' => 'Ɓ',
            'C' => 'Ç',
            'D' => 'Đ',
            'E' => 'É',
            'F' => 'Ƒ',
            'G' => 'Ĝ',
            'H' => 'Ĥ',
            'I' => 'Î',
            'J' => 'Ĵ',
            'K' => 'Ķ',
            'L' => 'Ļ',
            'M' => 'Ṁ',
            'N' => 'Ñ',
            'O' => 'Ö',
            'P' => 'Þ',
            'Q' => 'Ǫ',
            'R' => 'Ŕ',
            'S' => 'Š',
            'T' => 'Ţ',
            'U' => 'Û',
            'V' => 'Ṽ',
            'W' => 'Ŵ',
            'X' => 'Ẋ',
            'Y' => 'Ý',
            'Z' => 'Ž',
            other => other,
        })
        .collect()
}

fn index_char(vars: &[String], v: &str) -> char {
    let i = vars.iter().position(|x| x == v).expect("checked variable");
    char::from(b'0' + i as u8)
}

/// A locale file's comment as rustdoc text: markup characters escaped, so a
/// translator's note can never break the documentation build.
fn doc_text(comment: &str) -> String {
    comment
        .trim()
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('[', "\\[")
        .replace(']', "\\]")
}

/// Rust field name of `m` in its file's struct.
pub fn field(m: &Msg) -> String {
    let key = m
        .key
        .strip_prefix(&format!("{}-", m.file))
        .unwrap_or(&m.key);
    let f = key.replace('-', "_");
    if matches!(
        f.as_str(),
        "as" | "break"
            | "const"
            | "continue"
            | "crate"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "lang"
    ) {
        fail(
            &m.at,
            &m.key,
            "its field name is a Rust keyword: choose another key",
        );
    }
    f
}

fn camel(stem: &str) -> String {
    stem.split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// FNV-1a, 64 bits.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// One language the build writes.
pub struct LangOut {
    /// Folder name and `?lang=` value (`zh`, `en-XA`).
    pub id: String,
    /// BCP 47 tag for `<html lang>` (`lang-tag` in its ui.ftl).
    pub tag: String,
    /// Its own name for the language menu (`lang-name`).
    pub name: String,
    /// Shown in the language menu (the pseudo-locale is not).
    pub listed: bool,
    /// File name in `dist/i18n/` (empty for English: compiled in).
    pub file: String,
}

/// Rust variant name of a language id: `zh` → `Zh`, `en-XA` → `EnXa`.
pub fn variant(id: &str) -> String {
    camel(&id.to_ascii_lowercase())
}

/// The generated Rust: `Lang`, the key hash, and one struct per file.
pub fn code(en: &[Msg], langs: &[LangOut], keys_hash: u64) -> String {
    let mut c = String::new();
    let n = langs.len();
    c.push_str("/// A language of the explainer: one per folder of `assets/i18n`, plus the\n/// pseudo-locale `en-XA` (for testing; never listed).\n#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub enum Lang {\n");
    for (i, l) in langs.iter().enumerate() {
        writeln!(c, "    /// `{}` (`{}`).", l.id, l.name).unwrap();
        if i == 0 {
            c.push_str("    #[default]\n");
        }
        writeln!(c, "    {},", variant(&l.id)).unwrap();
    }
    c.push_str("}\n\n");
    writeln!(
        c,
        "/// How many languages there are.\npub const LANGS: usize = {n};"
    )
    .unwrap();
    writeln!(c, "/// Hash of English's keys and variables: a data file of another build is refused.\npub const KEYS_HASH: &str = \"{keys_hash:016x}\";").unwrap();
    writeln!(
        c,
        "/// How many messages a locale has.\npub const MESSAGES: usize = {};",
        en.len()
    )
    .unwrap();
    c.push_str("impl Lang {\n    /// Every language, English first.\n");
    writeln!(
        c,
        "    pub const ALL: [Lang; {n}] = [{}];",
        langs
            .iter()
            .map(|l| format!("Lang::{}", variant(&l.id)))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();
    let arms = |f: &dyn Fn(&LangOut) -> String| {
        langs
            .iter()
            .map(|l| format!("            Lang::{} => {},\n", variant(&l.id), f(l)))
            .collect::<String>()
    };
    writeln!(c, "    /// Its place in [`Lang::ALL`].\n    pub const fn index(self) -> usize {{\n        self as usize\n    }}").unwrap();
    writeln!(c, "    /// BCP 47 tag for `<html lang>`.\n    pub const fn tag(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}", arms(&|l| format!("{:?}", l.tag))).unwrap();
    writeln!(c, "    /// The value of `?lang=` (and the folder name).\n    pub const fn url_value(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}", arms(&|l| format!("{:?}", l.id))).unwrap();
    writeln!(c, "    /// The language's own name, for the language menu.\n    pub const fn name(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}", arms(&|l| format!("{:?}", l.name))).unwrap();
    writeln!(c, "    /// Whether the language menu offers it.\n    pub const fn listed(self) -> bool {{\n        match self {{\n{}        }}\n    }}", arms(&|l| l.listed.to_string())).unwrap();
    writeln!(c, "    /// Its data file under `i18n/` (empty: compiled in).\n    pub const fn file(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}", arms(&|l| format!("{:?}", l.file))).unwrap();
    c.push_str("}\n\n");
    c.push_str("/// Every data file of this build with its language, compiled in: for\n/// tests, which cannot fetch (the app never calls it, so the release build\n/// drops it).\n#[doc(hidden)]\npub fn all_files() -> Vec<(Lang, &'static str)> {\n    vec![\n");
    for l in langs {
        let f = if l.file.is_empty() {
            format!("{}.txt", l.id)
        } else {
            l.file.clone()
        };
        writeln!(
            c,
            "        (Lang::{}, include_str!(concat!(env!(\"OUT_DIR\"), \"/i18n/{f}\"))),",
            variant(&l.id)
        )
        .unwrap();
    }
    c.push_str("    ]\n}\n\n");

    // One struct per file, in English's file order; the argument structs of
    // messages with several variables go to `args`.
    let mut args_code = String::new();
    let mut files: Vec<&str> = Vec::new();
    for m in en {
        if !files.contains(&m.file.as_str()) {
            files.push(&m.file);
        }
    }
    for file in files {
        let name = format!("{}Text", camel(file));
        let msgs: Vec<(usize, &Msg)> = en
            .iter()
            .enumerate()
            .filter(|(_, m)| m.file == file)
            .collect();
        writeln!(
            c,
            "/// The messages of `assets/i18n/<lang>/{file}.ftl` in one language."
        )
        .unwrap();
        writeln!(c, "#[derive(Debug)]\npub struct {name} {{\n    /// The language of these messages.\n    pub lang: Lang,").unwrap();
        for (_, m) in &msgs {
            let f = field(m);
            let doc = if m.doc.is_empty() {
                format!("`{}`.", m.key)
            } else {
                format!("{} (`{}`)", doc_text(&m.doc), m.key)
            };
            if m.vars.is_empty() {
                writeln!(c, "    /// {doc}\n    pub {f}: &'static str,").unwrap();
            } else {
                writeln!(c, "    {f}: &'static str,").unwrap();
            }
        }
        c.push_str("}\n\n");
        writeln!(c, "impl {name} {{").unwrap();
        writeln!(c, "    fn load(lang: Lang, m: &[&'static str]) -> Self {{\n        {name} {{\n            lang,").unwrap();
        for (i, m) in &msgs {
            writeln!(c, "            {}: m[{i}],", field(m)).unwrap();
        }
        c.push_str("        }\n    }\n");
        for (_, m) in &msgs {
            if m.vars.is_empty() {
                continue;
            }
            let f = field(m);
            let doc = if m.doc.is_empty() {
                format!("`{}`.", m.key)
            } else {
                format!("{} (`{}`)", doc_text(&m.doc), m.key)
            };
            if m.vars.len() == 1 {
                let v = m.vars[0].replace('-', "_");
                writeln!(c, "    /// {doc}\n    pub fn {f}(&self, {v}: &str) -> String {{\n        fill(self.lang, self.{f}, &[{v}])\n    }}").unwrap();
                continue;
            }
            // Two or more variables: named, in an argument struct, so a call
            // cannot swap them.
            let st = format!("{}{}", camel(file), camel(&f));
            let pass = m
                .vars
                .iter()
                .map(|v| format!("a.{}", v.replace('-', "_")))
                .collect::<Vec<_>>()
                .join(", ");
            writeln!(c, "    /// {doc}\n    pub fn {f}(&self, a: args::{st}) -> String {{\n        fill(self.lang, self.{f}, &[{pass}])\n    }}").unwrap();
            let fields = m
                .vars
                .iter()
                .map(|v| {
                    format!(
                        "        /// `{{ ${v} }}`.\n        pub {}: &'a str,\n",
                        v.replace('-', "_")
                    )
                })
                .collect::<String>();
            writeln!(args_code, "    /// The variables of `{}`.\n    #[derive(Clone, Copy, Debug)]\n    pub struct {st}<'a> {{\n{fields}    }}\n", m.key).unwrap();
        }
        c.push_str("}\n\n");
        let lower = file.replace('-', "_");
        writeln!(c, "static {}: [std::sync::OnceLock<{name}>; {n}] = [const {{ std::sync::OnceLock::new() }}; {n}];", lower.to_uppercase()).unwrap();
        writeln!(c, "/// `{file}.ftl` in `lang` (English until `lang` is installed).\npub fn {lower}(lang: Lang) -> &'static {name} {{\n    let lang = effective(lang);\n    {}[lang.index()].get_or_init(|| {name}::load(lang, messages(lang)))\n}}\n", lower.to_uppercase()).unwrap();
    }
    writeln!(c, "/// The named variables of each message that has two or more.\npub mod args {{\n{args_code}}}").unwrap();
    c
}

/// Hash of the key list (keys and their variables): what a data file must
/// match to be read by this build.
pub fn keys_hash(en: &[Msg]) -> u64 {
    let mut s = String::new();
    for m in en {
        s.push_str(&m.key);
        s.push('(');
        s.push_str(&m.vars.join(","));
        s.push(')');
    }
    fnv(s.as_bytes())
}

/// Rust-side check: a key of `en` may not hold the record separator or our
/// control characters.
pub fn check_text(m: &Msg) {
    fn walk(ps: &[Piece], m: &Msg) {
        for p in ps {
            match p {
                Piece::Text(t) => {
                    if t.chars()
                        .any(|c| ('\u{0}'..='\u{1f}').contains(&c) && c != '\n')
                    {
                        fail(&m.at, &m.key, "control characters are not allowed");
                    }
                }
                Piece::Var(_) => {}
                Piece::Select(_, vs) => {
                    if !vs.iter().any(|v| v.1) {
                        fail(
                            &m.at,
                            &m.key,
                            "a select needs a default variant (`*[other]`)",
                        );
                    }
                    for v in vs {
                        walk(&v.2, m);
                    }
                }
            }
        }
    }
    walk(&m.pieces, m);
}

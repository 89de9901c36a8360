//! Languages: the message tables and story of each locale, read from the
//! data files `build.rs` writes from `assets/i18n/<lang>/` (see
//! `docs/translating.md`).
//!
//! English is compiled in. Any other language is a file the page fetches
//! when a reader picks it ([`install`] reads it into the same tables); until
//! then, and if it cannot be read, every lookup gives English.
//!
//! Data file format (UTF-8), records separated by U+001E:
//! - `@two-economies-locale 1 <keys hash> <lang>`: the header; the hash must
//!   be this build's [`KEYS_HASH`];
//! - `M<text>`: one message per record, in English's key order. In the
//!   text, U+0001 and a digit is a variable (its index in the message's
//!   sorted variable list); U+0002, a digit, then variants (U+0003, the key,
//!   `*` first for the default, U+0004, the text) and U+0005 is a select;
//! - `T<key>␟<term>␟<run>`: a glossary entry;
//! - `C<id>`: a chapter starts; then its blocks: `H`, `P`, `N`, `S` (a
//!   heading, paragraph, note, subheading, each with an inline run), `Q` and
//!   `A` (question, answer), `L` then `I` items (a list), `F<figure id>`,
//!   `R` (the Sources list), `G` (the glossary);
//! - `~end`: the last record (a file cut short is refused).
//!
//! An inline run is inlines separated by U+001C, each a kind and fields
//! separated by U+001F: `t` text, `v` live marker, `s` strong, `l` label and
//! url, `c` series and year, `g` label and glossary key.

use std::sync::OnceLock;

use crate::story::{Block, Inline};

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// English's data file.
static EN_DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/i18n/en.txt"));

/// One language's tables, read from its data file.
#[derive(Debug)]
pub struct Locale {
    /// Messages, in English's key order.
    messages: Vec<&'static str>,
    /// Chapters written in this language, by ID.
    pub chapters: Vec<(&'static str, &'static [Block])>,
    /// Glossary: (key, term, definition), in reading order.
    pub glossary: Vec<(&'static str, &'static str, &'static [Inline])>,
}

static LOCALES: [OnceLock<Locale>; LANGS] = [const { OnceLock::new() }; LANGS];

/// Why a data file was not read.
#[derive(Debug, PartialEq, Eq)]
pub enum LocaleError {
    /// No header, or the header of another format.
    NotLocale,
    /// A file of another build (its keys differ) or of another language.
    OtherBuild,
    /// Too few or too many messages, or a malformed record.
    Malformed,
    /// It could not be fetched.
    Unavailable,
}

impl LocaleError {
    /// A short English reason, for the console.
    pub fn reason(&self) -> &'static str {
        match self {
            LocaleError::NotLocale => "not a locale file",
            LocaleError::OtherBuild => "locale file of another build",
            LocaleError::Malformed => "malformed locale file",
            LocaleError::Unavailable => "locale file not fetched",
        }
    }
}

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

fn run(r: &'static str) -> Result<&'static [Inline], LocaleError> {
    if r.is_empty() {
        return Ok(&[]);
    }
    let mut out = Vec::new();
    for inl in r.split('\u{1c}') {
        let mut chars = inl.chars();
        let kind = chars.next().ok_or(LocaleError::Malformed)?;
        let rest = chars.as_str();
        let two = || rest.split_once('\u{1f}').ok_or(LocaleError::Malformed);
        out.push(match kind {
            't' => Inline::Text(rest),
            'v' => Inline::Live(rest),
            's' => Inline::Strong(rest),
            'l' => {
                let (a, b) = two()?;
                Inline::Link(a, b)
            }
            'g' => {
                let (a, b) = two()?;
                Inline::Term(a, b)
            }
            'c' => {
                let (a, b) = two()?;
                Inline::Cite(a, b.parse().map_err(|_| LocaleError::Malformed)?)
            }
            _ => return Err(LocaleError::Malformed),
        });
    }
    Ok(leak(out))
}

/// Reads a data file for `lang`. Never panics: a file of another build or a
/// damaged one is an error.
pub fn parse(lang: Lang, data: &'static str) -> Result<Locale, LocaleError> {
    let mut recs = data.split('\u{1e}');
    let head = recs.next().unwrap_or("");
    let mut h = head.split(' ');
    if h.next() != Some("@two-economies-locale") || h.next() != Some("1") {
        return Err(LocaleError::NotLocale);
    }
    if h.next() != Some(KEYS_HASH) || h.next() != Some(lang.url_value()) {
        return Err(LocaleError::OtherBuild);
    }
    let mut messages = Vec::with_capacity(MESSAGES);
    let mut chapters: Vec<(&'static str, Vec<Block>)> = Vec::new();
    let mut glossary = Vec::new();
    let mut list: Option<Vec<&'static [Inline]>> = None;
    let mut question: Option<&'static [Inline]> = None;
    let mut ended = false;
    for r in recs {
        if ended {
            return Err(LocaleError::Malformed);
        }
        if r == "~end" {
            ended = true;
            continue;
        }
        let (k, rest) = r.split_at(r.char_indices().nth(1).map_or(r.len(), |(i, _)| i));
        if k != "I" {
            if let Some(items) = list.take() {
                let blocks = &mut chapters.last_mut().ok_or(LocaleError::Malformed)?.1;
                blocks.push(Block::List(leak(items)));
            }
        }
        if question.is_some() && k != "A" {
            return Err(LocaleError::Malformed);
        }
        let block = match k {
            "M" => {
                if !chapters.is_empty() || !glossary.is_empty() {
                    return Err(LocaleError::Malformed);
                }
                messages.push(rest);
                continue;
            }
            "T" => {
                let mut f = rest.splitn(3, '\u{1f}');
                let (Some(key), Some(term), Some(def)) = (f.next(), f.next(), f.next()) else {
                    return Err(LocaleError::Malformed);
                };
                glossary.push((key, term, run(def)?));
                continue;
            }
            "C" => {
                chapters.push((rest, Vec::new()));
                continue;
            }
            "L" => {
                list = Some(Vec::new());
                continue;
            }
            "I" => {
                list.as_mut()
                    .ok_or(LocaleError::Malformed)?
                    .push(run(rest)?);
                continue;
            }
            "Q" => {
                question = Some(run(rest)?);
                continue;
            }
            "A" => Block::Question(question.take().ok_or(LocaleError::Malformed)?, run(rest)?),
            "H" => Block::Heading(run(rest)?),
            "P" => Block::Para(run(rest)?),
            "N" => Block::Note(run(rest)?),
            "S" => Block::Subheading(run(rest)?),
            "F" => Block::Figure(rest),
            "R" => Block::Sources,
            "G" => Block::Glossary,
            _ => return Err(LocaleError::Malformed),
        };
        chapters
            .last_mut()
            .ok_or(LocaleError::Malformed)?
            .1
            .push(block);
    }
    if let Some(items) = list.take() {
        let blocks = &mut chapters.last_mut().ok_or(LocaleError::Malformed)?.1;
        blocks.push(Block::List(leak(items)));
    }
    if !ended || messages.len() != MESSAGES || question.is_some() {
        return Err(LocaleError::Malformed);
    }
    Ok(Locale {
        messages,
        chapters: chapters.into_iter().map(|(id, b)| (id, leak(b))).collect(),
        glossary,
    })
}

/// Installs `lang` from its data file (leaked: a language is installed once
/// and lives as long as the page). `Ok` at once if it is already there.
pub fn install(lang: Lang, data: &'static str) -> Result<(), LocaleError> {
    if is_installed(lang) {
        return Ok(());
    }
    let l = parse(lang, data)?;
    let _ = LOCALES[lang.index()].set(l);
    Ok(())
}

/// Whether `lang`'s tables are in memory (English always is).
pub fn is_installed(lang: Lang) -> bool {
    lang == Lang::En || LOCALES[lang.index()].get().is_some()
}

/// `lang` if installed, else English.
pub fn effective(lang: Lang) -> Lang {
    if is_installed(lang) {
        lang
    } else {
        Lang::En
    }
}

/// The tables of `lang`, or English's.
pub fn locale(lang: Lang) -> &'static Locale {
    let lang = effective(lang);
    LOCALES[lang.index()].get_or_init(|| {
        // English is built with this binary: a failure is a build bug that
        // every test would show, so the page shows no text rather than
        // panicking.
        parse(Lang::En, EN_DATA).unwrap_or(Locale {
            messages: vec![""; MESSAGES],
            chapters: Vec::new(),
            glossary: Vec::new(),
        })
    })
}

fn messages(lang: Lang) -> &'static [&'static str] {
    &locale(lang).messages
}

/// Message `i` (in English's key order) of `lang`, as written ("" for an
/// index past the end). For generated lookups such as [`publisher_message`].
pub fn message(lang: Lang, i: usize) -> &'static str {
    messages(lang).get(i).copied().unwrap_or("")
}

/// The plural category of the number written `n` in `lang`: English-like
/// languages "one" for exactly 1, else "other"; Chinese has only "other".
pub fn plural(lang: Lang, n: &str) -> &'static str {
    match lang {
        Lang::Zh => "other",
        _ if n.trim() == "1" => "one",
        _ => "other",
    }
}

/// A message template with `args` (in the message's sorted variable order)
/// filled in. A select picks the variant whose key is the selector's text,
/// else the one named by its plural category, else the default. A bad
/// template (never written by the build) leaves the damaged part out.
pub fn fill(lang: Lang, template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let arg = |c: Option<char>| -> &str {
        c.and_then(|c| c.to_digit(10))
            .and_then(|i| args.get(i as usize).copied())
            .unwrap_or("")
    };
    let mut it = template.chars();
    while let Some(c) = it.next() {
        match c {
            '\u{1}' => out.push_str(arg(it.next())),
            '\u{2}' => {
                let sel = arg(it.next());
                let body: String = it.by_ref().take_while(|&c| c != '\u{5}').collect();
                let variants: Vec<(&str, &str)> = body
                    .split('\u{3}')
                    .filter_map(|v| v.split_once('\u{4}'))
                    .collect();
                let cat = plural(lang, sel);
                let pick = variants
                    .iter()
                    .find(|(k, _)| k.trim_start_matches('*') == sel)
                    .or_else(|| {
                        variants
                            .iter()
                            .find(|(k, _)| k.trim_start_matches('*') == cat)
                    })
                    .or_else(|| variants.iter().find(|(k, _)| k.starts_with('*')));
                if let Some((_, text)) = pick {
                    out.push_str(&fill(lang, text, args));
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// Installs every language from the data files this build wrote (native
/// and browser tests, which cannot fetch; the app never calls it).
#[doc(hidden)]
pub fn install_all_for_tests() {
    for (lang, data) in all_files() {
        install(lang, data).expect("this build's locale file");
    }
}

impl Lang {
    /// The language `?lang=` names (case-insensitive), if any.
    pub fn from_url(v: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.url_value().eq_ignore_ascii_case(v.trim()))
    }

    /// The listed language a browser tag such as `zh-Hans-CN` or `en-GB`
    /// asks for (by its primary subtag); English for anything else.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .filter(|l| l.listed())
            .find(|l| l.url_value().eq_ignore_ascii_case(primary))
            .unwrap_or(Lang::En)
    }

    /// The languages the menu offers, in order.
    pub fn listed_all() -> impl Iterator<Item = Lang> {
        Lang::ALL.into_iter().filter(|l| l.listed())
    }

    /// The next listed language (what a two-language toggle switches to).
    pub fn other(self) -> Lang {
        let listed: Vec<Lang> = Lang::listed_all().collect();
        let i = listed.iter().position(|l| *l == self).unwrap_or(0);
        listed[(i + 1) % listed.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_complete() {
        assert_eq!(locale(Lang::En).messages.len(), MESSAGES);
        assert!(!locale(Lang::En).chapters.is_empty());
    }

    #[test]
    fn every_data_file_reads_back() {
        for (lang, data) in all_files() {
            let l = parse(lang, data).unwrap_or_else(|e| panic!("{lang:?}: {e:?}"));
            assert_eq!(l.messages.len(), MESSAGES, "{lang:?}");
            assert_eq!(
                l.chapters.len(),
                locale(Lang::En).chapters.len(),
                "{lang:?}"
            );
        }
    }

    #[test]
    fn a_bad_file_is_refused() {
        assert_eq!(parse(Lang::Zh, "").unwrap_err(), LocaleError::NotLocale);
        assert_eq!(
            parse(Lang::Zh, "@two-economies-locale 1 0000000000000000 zh").unwrap_err(),
            LocaleError::OtherBuild
        );
        let (_, zh) = all_files()
            .into_iter()
            .find(|(l, _)| *l == Lang::Zh)
            .unwrap();
        // Another language's file, and every truncation of a real one.
        assert_eq!(parse(Lang::En, zh).unwrap_err(), LocaleError::OtherBuild);
        let mut cuts = 0;
        for end in (1..zh.len()).step_by(997).chain(zh.len() - 40..zh.len()) {
            if zh.is_char_boundary(end) {
                let cut: &'static str = Box::leak(zh[..end].to_string().into_boxed_str());
                assert!(
                    parse(Lang::Zh, cut).is_err(),
                    "cut at byte {end} of {}",
                    zh.len()
                );
                cuts += 1;
            }
        }
        assert!(cuts > 20, "{cuts} truncations tried");
        // One message too many, an unknown record, a record after the end.
        let body = zh.strip_suffix("\u{1e}~end").unwrap();
        let extra: &'static str =
            Box::leak(format!("{body}\u{1e}Mextra\u{1e}~end").into_boxed_str());
        assert_eq!(parse(Lang::Zh, extra).unwrap_err(), LocaleError::Malformed);
        let junk: &'static str = Box::leak(format!("{body}\u{1e}Xjunk\u{1e}~end").into_boxed_str());
        assert_eq!(parse(Lang::Zh, junk).unwrap_err(), LocaleError::Malformed);
        let after: &'static str = Box::leak(format!("{zh}\u{1e}P").into_boxed_str());
        assert_eq!(parse(Lang::Zh, after).unwrap_err(), LocaleError::Malformed);
    }

    #[test]
    fn fill_places_variables_and_picks_variants() {
        assert_eq!(fill(Lang::En, "a \u{1}1 b \u{1}0", &["x", "y"]), "a y b x");
        let years = "\u{2}0\u{3}one\u{4}1 year\u{3}*other\u{4}\u{1}0 years\u{5}";
        assert_eq!(fill(Lang::En, years, &["1"]), "1 year");
        assert_eq!(fill(Lang::En, years, &["7"]), "7 years");
        assert_eq!(fill(Lang::Zh, years, &["1"]), "1 years");
        let exact = "\u{2}0\u{3}listed\u{4}L\u{3}*other\u{4}O\u{5}!";
        assert_eq!(fill(Lang::En, exact, &["listed"]), "L!");
        assert_eq!(fill(Lang::En, exact, &["x"]), "O!");
        // Missing arguments and damaged templates: no panic.
        assert_eq!(fill(Lang::En, "\u{1}7\u{1}", &[]), "");
        assert_eq!(fill(Lang::En, "\u{2}", &[]), "");
    }

    #[test]
    fn an_uninstalled_language_reads_as_english() {
        // Tests install every language; a fresh lookup of a language that is
        // not installed falls back (checked through `effective`).
        assert_eq!(effective(Lang::En), Lang::En);
        assert!(is_installed(Lang::En));
    }
}

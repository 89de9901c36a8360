//! Chapter prose, compiled from `assets/i18n/<lang>/story/<chapter>.md` by
//! `build.rs` into each language's data file (read by [`crate::i18n`]).
//!
//! Teachers edit the Markdown; live values (`{pe}`) and figures
//! (`[[figure valuation-pe]]`) are resolved here at compile time, so a typo is
//! a build error, not a blank on the page.

use crate::text::Lang;

/// Chapter IDs in reading order (a public contract: `data-chapter`, `#ID`).
pub const CHAPTERS: [&str; 10] = [
    "split",
    "ai",
    "robots",
    "valuation",
    "margin",
    "catalysts",
    "gap",
    "checklist",
    "futures",
    "sources",
];

/// Whether `id` is a chapter ID.
pub fn is_chapter(id: &str) -> bool {
    CHAPTERS.contains(&id)
}

/// Figure IDs (a public contract: `data-figure`, `?embed=ID`), by chapter.
pub const FIGURES: [(&str, &str); 13] = [
    ("split", "split-markets"),
    ("split", "split-economy"),
    ("split", "guess-property"),
    ("ai", "ai-cost"),
    ("robots", "robots-pe"),
    ("valuation", "valuation-pe"),
    ("valuation", "valuation-implied"),
    ("margin", "margin-call"),
    ("margin", "margin-paths"),
    ("catalysts", "catalysts-timeline"),
    ("gap", "gap-upside"),
    ("futures", "futures-gdp"),
    ("futures", "futures-compare"),
];

/// The chapter that shows figure `id`, if `id` is a figure ID.
pub fn figure_chapter(id: &str) -> Option<&'static str> {
    FIGURES.iter().find(|(_, f)| *f == id).map(|(c, _)| *c)
}

/// Inline content of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Inline {
    /// Plain text.
    Text(&'static str),
    /// A number computed from the assumptions, by its marker name (`{pe}` → "pe").
    Live(&'static str),
    /// Emphasised text (`**…**`).
    Strong(&'static str),
    /// A link (`[text](url)`): text, URL.
    Link(&'static str, &'static str),
    /// A citation of a data row (`[@series:year]`): series, year. Rendered as
    /// a numbered link to the row's entry in the Sources and methods list.
    Cite(&'static str, i32),
    /// A glossary term defined on first use (`[text](#term-key)`): the text
    /// as written, the glossary key.
    Term(&'static str, &'static str),
}

/// One block of a chapter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Block {
    /// The chapter's heading.
    Heading(&'static [Inline]),
    /// A paragraph.
    Para(&'static [Inline]),
    /// An aside (`> ` in the source), e.g. "about this model".
    Note(&'static [Inline]),
    /// A smaller heading inside a chapter (`### `).
    Subheading(&'static [Inline]),
    /// A self-check question and its answer (`?? question || answer`), shown
    /// as a disclosure the reader opens after thinking.
    Question(&'static [Inline], &'static [Inline]),
    /// A bulleted list (`- ` lines), one inline run per item.
    List(&'static [&'static [Inline]]),
    /// Where a figure goes, by figure ID.
    Figure(&'static str),
    /// Where the Sources and methods list goes (`[[sources]]`): every shipped
    /// row grouped by publisher.
    Sources,
    /// Where the glossary goes (`[[glossary]]`).
    Glossary,
}

/// The blocks of chapter `id` in `lang`, falling back to English.
pub fn chapter(lang: Lang, id: &str) -> &'static [Block] {
    let find = |l: Lang| {
        crate::i18n::locale(l)
            .chapters
            .iter()
            .find(|(c, _)| *c == id)
            .map(|(_, b)| *b)
    };
    find(lang).or_else(|| find(Lang::En)).unwrap_or(&[])
}

/// The glossary in `lang`: (key, term, definition).
pub fn glossary(lang: Lang) -> &'static [(&'static str, &'static str, &'static [Inline])] {
    &crate::i18n::locale(lang).glossary
}

/// The glossary entry `key` in `lang` (English if the language lacks it).
pub fn term(
    lang: Lang,
    key: &str,
) -> Option<&'static (&'static str, &'static str, &'static [Inline])> {
    glossary(lang)
        .iter()
        .chain(glossary(Lang::En))
        .find(|(k, _, _)| *k == key)
}

/// The chapters written in `lang`, by ID, in file order.
pub fn chapters(lang: Lang) -> &'static [(&'static str, &'static [Block])] {
    &crate::i18n::locale(lang).chapters
}

/// Every inline run of `blocks` (headings, paragraphs, notes, list items,
/// questions and answers).
pub fn runs(blocks: &'static [Block]) -> Vec<&'static [Inline]> {
    let mut runs: Vec<&'static [Inline]> = Vec::new();
    for b in blocks {
        match b {
            Block::Heading(i) | Block::Para(i) | Block::Note(i) | Block::Subheading(i) => {
                runs.push(i)
            }
            Block::List(items) => runs.extend(items.iter().copied()),
            Block::Question(q, a) => runs.extend([*q, *a]),
            Block::Figure(_) | Block::Sources | Block::Glossary => {}
        }
    }
    runs
}

/// Every data row cited in `blocks` (`[@series:year]`), in order, repeats kept.
pub fn cites_in(blocks: &'static [Block]) -> impl Iterator<Item = (&'static str, i32)> {
    runs(blocks).into_iter().flatten().filter_map(|i| match i {
        Inline::Cite(s, y) => Some((*s, *y)),
        _ => None,
    })
}

/// Every live-value marker name in `blocks`.
pub fn markers_in(blocks: &'static [Block]) -> impl Iterator<Item = &'static str> {
    runs(blocks).into_iter().flatten().filter_map(|i| match i {
        Inline::Live(k) => Some(*k),
        _ => None,
    })
}

/// Every figure ID placed in `blocks`, in order.
pub fn figures_in(blocks: &'static [Block]) -> impl Iterator<Item = &'static str> {
    blocks.iter().filter_map(|b| match b {
        Block::Figure(f) => Some(*f),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_same_chapters_and_figures() {
        crate::i18n::install_all_for_tests();
        let ids =
            |t: &[(&str, &[Block])]| t.iter().map(|(id, _)| id.to_string()).collect::<Vec<_>>();
        for lang in Lang::ALL {
            assert!(crate::i18n::is_installed(lang));
            assert_eq!(ids(chapters(Lang::En)), ids(chapters(lang)), "{lang:?}");
        }
        for ((id, en), (_, zh)) in chapters(Lang::En).iter().zip(chapters(Lang::Zh)) {
            let figs = |b: &'static [Block]| figures_in(b).collect::<Vec<_>>();
            assert_eq!(figs(en), figs(zh), "{id}");
            assert!(
                matches!(en.first(), Some(Block::Heading(_))),
                "{id} starts with a heading"
            );
        }
    }

    #[test]
    fn every_placed_figure_is_a_known_figure_of_its_chapter_placed_once() {
        crate::i18n::install_all_for_tests();
        for (chapter, blocks) in chapters(Lang::En).iter().chain(chapters(Lang::Zh)) {
            let mut seen = Vec::new();
            for f in figures_in(blocks) {
                assert!(
                    FIGURES.contains(&(*chapter, f)),
                    "{chapter}: unknown figure {f}"
                );
                assert!(!seen.contains(&f), "{chapter}: {f} placed twice");
                seen.push(f);
            }
        }
    }

    #[test]
    fn every_written_chapter_is_a_known_chapter() {
        crate::i18n::install_all_for_tests();
        for (id, _) in chapters(Lang::En).iter().chain(chapters(Lang::Zh)) {
            assert!(is_chapter(id), "{id} is not in DESIGN.md's chapter list");
        }
    }

    #[test]
    fn valuation_chapter_places_its_figure_and_live_pe() {
        let blocks = chapter(Lang::En, "valuation");
        assert!(figures_in(blocks).any(|f| f == "valuation-pe"));
        assert!(markers_in(blocks).any(|m| m == "pe"));
    }
}

//! Chapter prose, compiled from `assets/story/<lang>/<chapter>.md` by `build.rs`.
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

/// A live number in the prose, computed from the current assumptions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Live {
    /// Justified P/E on current earnings (two-stage model).
    Pe,
    /// Justified P/E on next year's earnings.
    ForwardPe,
    /// PEG of the justified P/E against the high-stage growth.
    Peg,
    /// Market forward P/E of Cambricon (data).
    MarketPe,
    /// High-stage growth assumption.
    GHigh,
    /// Years of high growth.
    Years,
    /// Cost of equity.
    Ke,
    /// Stable growth.
    GStable,
}

/// A figure ID (a public contract: it appears in the DOM and in URLs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// How the justified P/E responds to growth, with the market's P/E marked.
    ValuationPe,
}

impl Figure {
    /// The stable ID used in `data-figure` and URLs.
    pub const fn id(self) -> &'static str {
        match self {
            Figure::ValuationPe => "valuation-pe",
        }
    }
}

/// Inline content of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Inline {
    /// Plain text.
    Text(&'static str),
    /// A number computed from the assumptions.
    Live(Live),
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
    /// Where a figure goes.
    Figure(Figure),
}

include!(concat!(env!("OUT_DIR"), "/story.rs"));

/// The blocks of chapter `id` in `lang`, falling back to English.
pub fn chapter(lang: Lang, id: &str) -> &'static [Block] {
    let table = match lang {
        Lang::En => CHAPTERS_EN,
        Lang::Zh => CHAPTERS_ZH,
    };
    table
        .iter()
        .chain(CHAPTERS_EN)
        .find(|(c, _)| *c == id)
        .map(|(_, b)| *b)
        .unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_same_chapters_and_figures() {
        let ids =
            |t: &[(&str, &[Block])]| t.iter().map(|(id, _)| id.to_string()).collect::<Vec<_>>();
        assert_eq!(ids(CHAPTERS_EN), ids(CHAPTERS_ZH));
        for ((id, en), (_, zh)) in CHAPTERS_EN.iter().zip(CHAPTERS_ZH) {
            let figs = |b: &[Block]| {
                b.iter()
                    .filter_map(|b| match b {
                        Block::Figure(f) => Some(*f),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            };
            assert_eq!(figs(en), figs(zh), "{id}");
            assert!(
                matches!(en.first(), Some(Block::Heading(_))),
                "{id} starts with a heading"
            );
        }
    }

    #[test]
    fn every_written_chapter_is_a_known_chapter() {
        for (id, _) in CHAPTERS_EN.iter().chain(CHAPTERS_ZH) {
            assert!(is_chapter(id), "{id} is not in DESIGN.md's chapter list");
        }
    }

    #[test]
    fn valuation_chapter_places_its_figure_and_live_pe() {
        let blocks = chapter(Lang::En, "valuation");
        assert!(blocks.contains(&Block::Figure(Figure::ValuationPe)));
        let has_pe = blocks.iter().any(|b| match b {
            Block::Para(i) => i.contains(&Inline::Live(Live::Pe)),
            _ => false,
        });
        assert!(has_pe);
    }
}

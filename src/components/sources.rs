//! The Sources and methods list (`[[sources]]` in the `sources` chapter):
//! every shipped data row, grouped by the institution that published it, with
//! its grade, what it supports, and the figures, claims and chapters that use
//! it; a download of the whole fact base; and the numbered citations
//! (`[@series:year]`) that link the prose to it.

use crate::components::source_line::{attribution, weak_mark, GRADE_C_ID};
use crate::data::{Fact, Grade, FACTS};
use crate::story::{self, Block, Inline, CHAPTERS, FIGURES};
use crate::text::{
    chapter_title, figure_title, fmt_date, publisher_name, sources_text, strings, Lang,
};
use yew::prelude::*;

/// The citation number of a row: its 1-based place in [`FACTS`], which the
/// build orders by publisher as the list shows it.
pub fn number(series: &str, year: i32) -> Option<usize> {
    FACTS
        .iter()
        .position(|f| f.series == series && f.year == year)
        .map(|i| i + 1)
}

/// The claims of the `sources` chapter: the items of its first list, each
/// with the rows it cites.
pub fn claims(lang: Lang) -> Vec<&'static [Inline]> {
    story::chapter(lang, "sources")
        .iter()
        .find_map(|b| match b {
            Block::List(items) => Some(items.to_vec()),
            _ => None,
        })
        .unwrap_or_default()
}

/// A row's value with its unit, as a reader of `lang` writes it: "5.0%",
/// "104.2×", "2.788 million H800 GPU-hours" (the unit's message in
/// `units.ftl`); empty for a qualitative row.
fn value_text(f: &Fact, lang: Lang) -> String {
    let Some(v) = f.value else {
        return String::new();
    };
    let n = crate::model::decimal::write_shortest(v);
    if f.unit.starts_with("pct") {
        n + "%"
    } else if f.unit == "x" {
        crate::text::multiple_suffix(&n, lang)
    } else {
        match crate::i18n::unit_message(f.unit) {
            Some(i) => crate::i18n::fill(lang, crate::i18n::message(lang, i), &[&n]),
            // The build checks every unit has a message; a unitless number.
            None => n,
        }
    }
}

/// A numbered citation in the prose: "[12]" linking to the row's entry, named
/// for assistive technology by its publisher and date; a weak row carries the
/// weak mark.
pub fn cite(series: &str, year: i32, lang: Lang) -> Html {
    let Some(f) = crate::data::fact(series, year) else {
        return Html::default();
    };
    let n = number(series, year).unwrap_or(0);
    let t = sources_text(lang);
    let mut label = String::from(t.cite);
    label.push(' ');
    crate::text::push_int(&mut label, n as i64);
    label.push_str(strings(lang).sep_label);
    label.push_str(&attribution(f, lang));
    html! {
        <>
            <a class="cite" href={format!("#{}", f.anchor())} aria-label={label.clone()} title={label}
                data-cite={f.anchor()} data-grade={f.grade.letter()}>
                { "[" }{ n }{ "]" }
            </a>
            if f.is_weak() { { " " }{ weak_mark(lang) } }
        </>
    }
}

/// The list itself, with the count per grade and the download button.
pub fn sources_list(lang: Lang) -> Html {
    let t = sources_text(lang);
    let s = strings(lang);
    let rows = FACTS;
    let claim_list = claims(lang);
    let mut grades = [0usize; 3];
    for f in rows {
        grades[f.grade as usize] += 1;
    }
    let mut groups: Vec<(&'static str, Vec<(usize, &'static Fact)>)> = Vec::new();
    for (i, f) in rows.iter().enumerate() {
        match groups.last_mut() {
            Some((p, v)) if *p == f.publisher => v.push((i + 1, f)),
            _ => groups.push((f.publisher, vec![(i + 1, f)])),
        }
    }
    let download = Callback::from(|_: MouseEvent| {
        crate::components::export::download_text(
            &crate::components::export::facts_csv(),
            "text/csv;charset=utf-8",
            "two-economies-fact-base.csv",
        );
    });
    let entry = |n: usize, f: &'static Fact| {
        let figures: Vec<&str> = FIGURES
            .iter()
            .filter(|(_, fig)| {
                crate::charts::figure_sources(fig)
                    .iter()
                    .any(|g| std::ptr::eq(*g, f))
            })
            .map(|(_, fig)| *fig)
            .collect();
        let claims: Vec<usize> = claim_list
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.iter()
                    .any(|i| matches!(i, Inline::Cite(s, y) if *s == f.series && *y == f.year))
            })
            .map(|(k, _)| k + 1)
            .collect();
        let chapters: Vec<&str> = CHAPTERS
            .iter()
            .filter(|c| **c != "sources")
            .filter(|c| {
                story::cites_in(story::chapter(lang, c)).any(|(s, y)| s == f.series && y == f.year)
            })
            .copied()
            .collect();
        html! {
            <li id={f.anchor()} data-grade={f.grade.letter()} value={n.to_string()}>
                <a href={f.url} rel="noopener noreferrer" target="_blank" translate="no">{ f.publication }</a>
                { s.sep_comma }{ fmt_date(f.published, lang) }
                if !f.via.is_empty() { { s.paren_open }{ t.via }<span translate="no">{ f.via }</span>{ s.paren_close } }
                { s.sep_sentence }
                <span class={classes!("grade", format!("grade-{}", f.grade.letter()))}>{ t.grade(f.grade) }</span>
                if f.is_weak() { { " " }{ weak_mark(lang) } }
                <br />
                { t.supports }<code translate="no">{ f.series }</code>{ " " }{ f.year }
                if f.value.is_some() { { s.sep_label }{ value_text(f, lang) } }
                if f.is_derived() { { s.paren_open }{ s.derived }{ s.paren_close } }
                if !f.note.is_empty() { { s.sep_sentence }<span class="note-text" lang="en" translate="no">{ f.note }</span> }
                if !figures.is_empty() {
                    <br />{ t.figures }
                    { for figures.iter().enumerate().map(|(i, fig)| html! {
                        <>{ if i > 0 { s.sep_list } else { "" } }<a href={format!("#{fig}")}>{ figure_title(fig, lang) }</a></>
                    }) }
                }
                if !claims.is_empty() {
                    <br />{ t.claims }
                    { for claims.iter().enumerate().map(|(i, k)| html! {
                        <>{ if i > 0 { s.sep_items } else { "" } }<a href={format!("#claim-{k}")}>{ t.claim }{ " " }{ *k }</a></>
                    }) }
                }
                if !chapters.is_empty() {
                    <br />{ t.cited_in }
                    { for chapters.iter().enumerate().map(|(i, c)| html! {
                        <>{ if i > 0 { s.sep_list } else { "" } }<a href={format!("#{c}")}>{ chapter_title(c, lang) }</a></>
                    }) }
                }
                { s.paren_open }{ t.checked }{ " " }{ fmt_date(f.checked, lang) }{ s.paren_close }
            </li>
        }
    };
    html! {
        <div class="sources-list" data-role="sources">
            <ul class="grades" id="sources-grades">
                { for [Grade::A, Grade::B, Grade::C].iter().map(|g| html! {
                    <li id={(*g == Grade::C).then_some(GRADE_C_ID)}>{ t.grade(*g) }if *g == Grade::C { { s.sep_dash }{ t.grade_c_why } }</li>
                }) }
            </ul>
            <p>
                { t.count(rows.len(), groups.len(), grades) }{ " " }
                <button type="button" data-action="download-facts" onclick={download}>{ t.download_all }</button>
            </p>
            { for groups.iter().map(|(publisher, items)| html! {
                <section class="publisher" aria-label={publisher_name(publisher, lang)}>
                    <h4>{ publisher_name(publisher, lang) }</h4>
                    <ol>{ for items.iter().map(|(n, f)| entry(*n, f)) }</ol>
                </section>
            }) }
        </div>
    }
}

/// The glossary (`[[glossary]]`): every term with its definition, each with
/// an anchor `#glossary-KEY`.
pub fn glossary_list(lang: Lang, inlines: &dyn Fn(&[Inline]) -> Html) -> Html {
    html! {
        <dl class="glossary" id="glossary" data-role="glossary">
            { for story::glossary(lang).iter().map(|(key, term, def)| html! {
                <>
                    <dt id={format!("glossary-{key}")}>{ *term }</dt>
                    <dd>{ inlines(def) }</dd>
                </>
            }) }
        </dl>
    }
}

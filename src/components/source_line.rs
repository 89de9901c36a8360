//! "Source: …" under a figure, built from data rows so every number names the
//! institution it comes from: "STAR 50: Shanghai Stock Exchange, 31 Dec 2025
//! (via Xinhua)", linked to the best copy found, a visible "weak source" mark
//! on grade C rows, and the date the figure's data are as of.

use crate::data::Fact;
use crate::text::{fmt_date, publisher_name, sources_text, strings, Lang};
use yew::prelude::*;

/// The newest publication date among `facts` (ISO dates sort as text).
pub fn as_of(facts: impl IntoIterator<Item = &'static Fact>) -> Option<&'static str> {
    facts.into_iter().map(|f| f.published).max()
}

/// "Publisher, 17 Jan 2026 (via Outlet)" for a row, in `lang`.
pub fn attribution(fact: &Fact, lang: Lang) -> String {
    let t = strings(lang);
    let mut s = String::from(publisher_name(fact.publisher, lang));
    s.push_str(t.sep_comma);
    s.push_str(&fmt_date(fact.published, lang));
    if !fact.via.is_empty() {
        s.push_str(t.paren_open);
        s.push_str(sources_text(lang).via);
        s.push_str(fact.via);
        s.push_str(t.paren_close);
    }
    s
}

/// [`attribution`] for the page: the relaying outlet's name is data, not a
/// string of the locale files (`translate="no"`).
pub fn attribution_html(fact: &Fact, lang: Lang) -> Html {
    let t = strings(lang);
    html! {
        <>
            { publisher_name(fact.publisher, lang) }{ t.sep_comma }{ fmt_date(fact.published, lang) }
            if !fact.via.is_empty() {
                { t.paren_open }{ sources_text(lang).via }<span translate="no">{ fact.via }</span>{ t.paren_close }
            }
        </>
    }
}

/// The visible, explained mark of a grade C row, linking to the grades in
/// Sources and methods. Its accessible description is the grade C line of
/// that list (`aria-describedby`; the tooltip where the list is absent, as in
/// an embed), not text inside the mark: inside, the explanation's closing
/// full stop ran into the list separator after it (". ;", "。；").
pub fn weak_mark(lang: Lang) -> Html {
    let t = sources_text(lang);
    html! {
        <a class="weak" href="#sources-grades" title={t.weak_why} aria-describedby={GRADE_C_ID} data-weak="">
            { "⚠ " }{ t.weak }
        </a>
    }
}

/// The id of the grade C line in Sources and methods' list of grades.
pub const GRADE_C_ID: &str = "sources-grade-c";

/// A line of source links under a figure: (label, the row it cites). Derived
/// rows say so; each link's title is the publication cited. A plain function
/// (cheaper to ship than a component).
pub fn source_line(items: &[(AttrValue, &'static Fact)], lang: Lang) -> Html {
    let (t, st) = (strings(lang), sources_text(lang));
    let n = items.len();
    if n == 0 {
        return Html::default();
    }
    let date = as_of(items.iter().map(|(_, f)| *f)).unwrap_or_default();
    html! {
        <p class="source">
            <span class="source-label">{ t.source }</span>
            { for items.iter().enumerate().map(|(i, (label, fact))| html! {
                <span class="src-item" data-grade={fact.grade.letter()}>
                    { label.clone() }{ t.sep_label }
                    <a href={fact.url} rel="noopener noreferrer" target="_blank" title={fact.publication}
                        data-grade={fact.grade.letter()}>{ attribution_html(fact, lang) }</a>
                    if fact.is_derived() { { t.paren_open }{ t.derived }{ t.paren_close } }
                    if fact.is_weak() { { " " }{ weak_mark(lang) } }
                    if i + 1 < n { { t.sep_list } }
                </span>
            }) }
            { st.line_end }
            <span class="as-of" data-as-of={date}>{ st.as_of_date(&fmt_date(date, lang)) }</span>
        </p>
    }
}

//! The link a Share button sends: the normal page with the reader's
//! assumptions, the language, scenario A and the chapter, never `present=1`,
//! `embed=`, `controls=` or `theme=` (display choices of the sender, not the
//! scenario), and the one-line summary that goes with it. Pure: built and
//! tested natively; `components::share` only reads the page's address.

use crate::model::assumptions::{Assumptions, Param};
use crate::text::{fmt_param, param_label, share_text, Lang};

/// The query (without `?`) of a shared scenario: the assumptions that differ
/// from the defaults, scenario A if kept (`a=`), and the language, always
/// (a friend's browser may prefer another). `lang=en` alone for a default
/// scenario.
pub fn query(state: &Assumptions, compare: Option<&Assumptions>, lang: Lang) -> String {
    let mut parts = vec![state.to_query()];
    if let Some(a) = compare {
        parts.push(format!("a={}", a.to_compact()));
    }
    parts.push(format!("lang={}", lang.url_value()));
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("&")
}

/// The full link: `page` (origin and path, no query or fragment; anything
/// after a `?` or `#` in it is dropped), `query`, and `#chapter` when sharing a
/// chapter (a figure shares the chapter it stands in).
pub fn link(page: &str, query: &str, chapter: Option<&str>) -> String {
    let page = page.split(['?', '#']).next().unwrap_or("");
    let mut s = String::from(page);
    if !query.is_empty() {
        s.push('?');
        s.push_str(query);
    }
    if let Some(c) = chapter {
        s.push('#');
        s.push_str(c);
    }
    s
}

/// One line saying what the scenario is, in `lang`: the assumptions the
/// reader changed (at most three, then how many more), or that it is the
/// default one; "compared with a kept scenario A" when there is one.
pub fn summary(state: &Assumptions, compare: Option<&Assumptions>, lang: Lang) -> String {
    let t = share_text(lang);
    let changed: Vec<Param> = Param::ALL
        .iter()
        .copied()
        .filter(|p| state.get(*p) != p.spec().default)
        .collect();
    let mut s = String::from(t.summary_intro);
    if changed.is_empty() {
        s.push_str(t.defaults);
    } else {
        let shown: Vec<String> = changed
            .iter()
            .take(3)
            .map(|p| {
                format!(
                    "{} {}",
                    param_label(*p, lang),
                    fmt_param(*p, state.get(*p), lang)
                )
            })
            .collect();
        s.push_str(&shown.join(t.separator));
        if changed.len() > 3 {
            s.push_str(&t.more(&(changed.len() - 3).to_string()));
        }
    }
    if compare.is_some() {
        s.push_str(t.with_a);
    }
    s.push_str(t.end);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assumptions::Action;

    fn moved() -> Assumptions {
        Assumptions::default()
            .apply(Action::Set(Param::GHigh, 0.3))
            .apply(Action::Set(Param::Ke, 0.1))
    }

    #[test]
    fn the_link_parses_back_to_the_same_scenario() {
        let (b, a) = (
            moved(),
            Assumptions::default().apply(Action::Set(Param::GHigh, 0.25)),
        );
        let q = query(&b, Some(&a), Lang::Zh);
        let url = link("https://x.org/te/index.html", &q, Some("valuation"));
        let (rest, hash) = url.split_once('#').unwrap();
        assert_eq!(hash, "valuation");
        let search = rest.split_once('?').unwrap().1;
        assert_eq!(
            Assumptions::from_query(search, &crate::embed::NOT_ASSUMPTIONS).0,
            b
        );
        let a_value = search
            .split('&')
            .find_map(|p| p.strip_prefix("a="))
            .unwrap();
        assert_eq!(Assumptions::from_compact(a_value).0, a);
        assert!(search.split('&').any(|p| p == "lang=zh"));
        for never in ["present", "embed", "controls", "theme"] {
            assert!(!search.contains(never), "{url}");
        }
    }

    #[test]
    fn the_link_drops_what_the_page_address_carried() {
        let q = query(&Assumptions::default(), None, Lang::En);
        assert_eq!(q, "lang=en");
        assert_eq!(
            link("https://x.org/te/?present=1&embed=ai-cost#margin", &q, None),
            "https://x.org/te/?lang=en"
        );
        assert_eq!(link("file:///a.html", "", Some("ai")), "file:///a.html#ai");
    }

    #[test]
    fn the_summary_says_what_changed_in_each_language() {
        crate::i18n::install_all_for_tests();
        let en = summary(&moved(), None, Lang::En);
        assert!(
            en.contains("High-growth rate 30.0%") && en.contains("Cost of equity 10.00%"),
            "{en}"
        );
        assert!(!en.contains("scenario A"), "{en}");
        assert!(summary(&Assumptions::default(), None, Lang::En).contains("default"));
        let zh = summary(&moved(), Some(&Assumptions::default()), Lang::Zh);
        assert!(zh.contains("30.0%") && zh.contains("情景A"), "{zh}");
        let mut many = Assumptions::default();
        for p in Param::ALL.iter().take(6) {
            many = many.apply(Action::Set(*p, p.spec().max));
        }
        let s = summary(&many, None, Lang::En);
        assert!(s.contains("3 more"), "{s}");
    }
}

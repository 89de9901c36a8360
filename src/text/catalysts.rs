//! Words of the `catalysts` timeline (`assets/i18n/<lang>/catalysts.ftl`).

use super::Lang;

pub use crate::i18n::CatalystsText;

/// What happened at timeline event `key`, in `lang`.
pub fn event_text(key: &str, lang: Lang) -> &'static str {
    let t = catalysts_text(lang);
    match key {
        "v3" => t.event_v3,
        "nvidia" => t.event_nvidia,
        "plenum" => t.event_plenum,
        "zhuque" => t.event_zhuque,
        "itu" => t.event_itu,
        "margin" => t.event_margin,
        "turnover" => t.event_turnover,
        "gdp" => t.event_gdp,
        "fyp" => t.event_fyp,
        "target" => t.event_target,
        "outline" => t.event_outline,
        "v4" => t.event_v4,
        _ => "",
    }
}

/// Timeline labels in `lang`.
pub fn catalysts_text(lang: Lang) -> &'static CatalystsText {
    crate::i18n::catalysts(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_has_words_in_both_languages() {
        crate::i18n::install_all_for_tests();
        for e in crate::charts::catalysts::EVENTS {
            assert!(!event_text(e.key, Lang::En).is_empty(), "{}", e.key);
            assert!(!event_text(e.key, Lang::Zh).is_empty(), "{}", e.key);
        }
    }
}

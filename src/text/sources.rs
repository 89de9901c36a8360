//! Words of the provenance shown with every number: figure source lines,
//! citations in the prose, the Sources and methods list and the glossary
//! terms; dates written per language (`assets/i18n/<lang>/sources.ftl`).

use super::Lang;
use crate::data::Grade;
use crate::i18n::args;

pub use crate::i18n::SourcesText;

/// Provenance labels in `lang`.
pub fn sources_text(lang: Lang) -> &'static SourcesText {
    crate::i18n::sources(lang)
}

impl SourcesText {
    /// The label of `grade`.
    pub fn grade(&self, grade: Grade) -> &'static str {
        match grade {
            Grade::A => self.grade_a,
            Grade::B => self.grade_b,
            Grade::C => self.grade_c,
        }
    }

    /// Count line above the list: `rows` data rows from `publishers`
    /// publishers, and the rows of each grade, A to C.
    pub fn count(&self, rows: usize, publishers: usize, g: [usize; 3]) -> String {
        self.rows_count(args::SourcesRowsCount {
            a: &g[0].to_string(),
            b: &g[1].to_string(),
            c: &g[2].to_string(),
            publishers: &publishers.to_string(),
            rows: &rows.to_string(),
        })
    }

    /// The name of month `month` (1 to 12) in a date.
    fn month(&self, month: usize) -> &'static str {
        [
            self.month_1,
            self.month_2,
            self.month_3,
            self.month_4,
            self.month_5,
            self.month_6,
            self.month_7,
            self.month_8,
            self.month_9,
            self.month_10,
            self.month_11,
            self.month_12,
        ][month - 1]
    }

    /// The message of a publisher the fact base cites, by its English name
    /// (as written in `assets/data`).
    fn publisher(&self, name: &str) -> Option<&'static str> {
        crate::i18n::publisher_message(name).map(|i| crate::i18n::message(self.lang, i))
    }
}

/// An ISO date (`2026-01-17` or `2026-01`) as a reader writes it:
/// "17 Jan 2026" / "2026年1月17日"; anything else unchanged.
pub fn fmt_date(iso: &str, lang: Lang) -> String {
    let mut parts = iso.split('-');
    let (Some(y), Some(m)) = (parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let d = parts.next();
    let Ok(month) = m.parse::<usize>() else {
        return iso.to_string();
    };
    if !(1..=12).contains(&month) {
        return iso.to_string();
    }
    let t = sources_text(lang);
    let name = t.month(month);
    match d.and_then(|d| d.parse::<u32>().ok()) {
        Some(day) => {
            let mut s = String::new();
            super::push_int(&mut s, i64::from(day));
            t.date_day(args::SourcesDateDay {
                day: &s,
                month: name,
                year: y,
            })
        }
        None => t.date_month(args::SourcesDateMonth {
            month: name,
            year: y,
        }),
    }
}

/// A publisher's name in `lang`: its `sources-publisher-*` message for the
/// institutions listed there, the name as written in `assets/data`
/// otherwise.
pub fn publisher_name(name: &'static str, lang: Lang) -> &'static str {
    sources_text(lang).publisher(name).unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_write_them() {
        crate::i18n::install_all_for_tests();
        assert_eq!(fmt_date("2026-01-17", Lang::En), "17 Jan 2026");
        assert_eq!(fmt_date("2026-01-17", Lang::Zh), "2026年1月17日");
        assert_eq!(fmt_date("2025-12", Lang::En), "Dec 2025");
        assert_eq!(fmt_date("2025-12", Lang::Zh), "2025年12月");
        assert_eq!(fmt_date("2025-13", Lang::En), "2025-13");
        assert_eq!(fmt_date("soon", Lang::En), "soon");
    }

    #[test]
    fn publishers_have_their_chinese_names() {
        crate::i18n::install_all_for_tests();
        assert_eq!(
            publisher_name("National Bureau of Statistics of China", Lang::Zh),
            "国家统计局"
        );
        assert_eq!(publisher_name("Jefferies", Lang::En), "Jefferies");
        assert_eq!(publisher_name("Unknown Body", Lang::Zh), "Unknown Body");
    }

    #[test]
    fn publisher_messages_give_their_english_names_in_english() {
        let en = sources_text(Lang::En);
        let mut listed = 0;
        for f in crate::data::FACTS {
            if let Some(name) = en.publisher(f.publisher) {
                assert_eq!(name, f.publisher);
                listed += 1;
            }
        }
        assert!(listed > 0);
    }

    #[test]
    fn counts_read_in_order() {
        assert_eq!(
            sources_text(Lang::En).count(10, 3, [5, 4, 1]),
            "10 data rows from 3 publishers: 5 grade A, 4 grade B, 1 grade C."
        );
    }
}

//! `catalysts-timeline`: dated events before and after the article, each
//! tied to the data row that documents it. Rendered as an HTML list, not a
//! canvas: text is the best chart for a timeline.

use crate::data::{self, Fact};

/// The article's publication date (ISO 8601).
pub const ARTICLE_DATE: &str = "2026-01-19";

/// One dated event.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event {
    /// Stable key (also used to look up the event's words).
    pub key: &'static str,
    /// Date, ISO 8601 (day may be approximate; the words say so).
    pub date: &'static str,
    /// The data row documenting it: (series, year).
    pub row: (&'static str, i32),
}

impl Event {
    /// Whether the event happened after the article was published.
    pub fn after_article(&self) -> bool {
        self.date > ARTICLE_DATE
    }

    /// The documenting row, if shipped.
    pub fn fact(&self) -> Option<&'static Fact> {
        data::fact(self.row.0, self.row.1)
    }
}

/// The timeline, in date order.
pub const EVENTS: [Event; 12] = [
    Event {
        key: "v3",
        date: "2024-12-27",
        row: ("deepseek_v3_release", 2024),
    },
    Event {
        key: "nvidia",
        date: "2025-01-27",
        row: ("nvidia_one_day_mcap_loss", 2025),
    },
    Event {
        key: "plenum",
        date: "2025-10-23",
        row: ("fyp15_recommendations_adopted", 2025),
    },
    Event {
        key: "zhuque",
        date: "2025-12-03",
        row: ("zhuque3_maiden_flight", 2025),
    },
    Event {
        key: "itu",
        date: "2025-12-31",
        row: ("satellite_itu_filing", 2025),
    },
    Event {
        key: "margin",
        date: "2026-01-14",
        row: ("margin_financing_min_margin_ratio", 2026),
    },
    Event {
        key: "turnover",
        date: "2026-01-14",
        row: ("a_share_turnover_day_record", 2026),
    },
    Event {
        key: "gdp",
        date: "2026-01-19",
        row: ("real_gdp_growth", 2025),
    },
    Event {
        key: "fyp",
        date: "2026-03-05",
        row: ("fyp15_plan_submitted_npc", 2026),
    },
    Event {
        key: "target",
        date: "2026-03-05",
        row: ("gdp_growth_target_low", 2026),
    },
    Event {
        key: "outline",
        date: "2026-03-12",
        row: ("fyp15_outline_adopted_npc", 2026),
    },
    Event {
        key: "v4",
        date: "2026-04-24",
        row: ("deepseek_v4_preview_release", 2026),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_is_documented_dated_and_in_order() {
        for e in EVENTS {
            assert!(e.fact().is_some(), "{} has no shipped row", e.key);
            assert_eq!(e.date.len(), 10, "{}", e.key);
        }
        assert!(EVENTS.windows(2).all(|w| w[0].date <= w[1].date));
        assert_eq!(EVENTS.iter().filter(|e| e.after_article()).count(), 4);
        // An outcome after the article cites a source dated after it.
        for e in EVENTS.iter().filter(|e| e.after_article()) {
            assert!(e.fact().unwrap().published > ARTICLE_DATE, "{}", e.key);
        }
    }

    #[test]
    fn event_numbers_equal_their_rows() {
        let margin = EVENTS
            .iter()
            .find(|e| e.key == "margin")
            .unwrap()
            .fact()
            .unwrap();
        assert_eq!(margin.value, Some(100.0));
        let turnover = EVENTS
            .iter()
            .find(|e| e.key == "turnover")
            .unwrap()
            .fact()
            .unwrap();
        assert_eq!(turnover.value, Some(3.99));
    }
}

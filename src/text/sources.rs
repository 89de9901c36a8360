//! Words of the provenance shown with every number: figure source lines,
//! citations in the prose, the Sources and methods list and the glossary
//! terms; dates written per language.

use super::Lang;
use crate::data::Grade;

/// Provenance labels in one language.
pub struct SourcesText {
    /// Between a publisher and the outlet that relayed it: "via".
    pub via: &'static str,
    /// The mark on a grade C row.
    pub weak: &'static str,
    /// What the weak mark means (its tooltip and accessible description).
    pub weak_why: &'static str,
    /// Before a figure's newest publication date: "Data as of".
    pub as_of: &'static str,
    /// Accessible name of a citation: "Source" (then its number and publisher).
    pub cite: &'static str,
    /// Labels in a Sources and methods entry.
    pub supports: &'static str,
    /// "Figures:" in a Sources and methods entry.
    pub figures: &'static str,
    /// "Claims:" in a Sources and methods entry.
    pub claims: &'static str,
    /// "Cited in:" (chapters) in a Sources and methods entry.
    pub cited_in: &'static str,
    /// "checked" before the date a row was last checked.
    pub checked: &'static str,
    /// Claim number prefix in an entry: "claim".
    pub claim: &'static str,
    /// Grade labels, A to C.
    pub grades: [&'static str; 3],
    /// The button that downloads the whole fact base.
    pub download_all: &'static str,
    /// Count line above the list: rows and publishers.
    pub count: fn(usize, usize, [usize; 3]) -> String,
    /// Hint on a glossary term's button.
    pub term_hint: &'static str,
}

/// Provenance labels in `lang`.
pub fn sources_text(lang: Lang) -> &'static SourcesText {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

static EN: SourcesText = SourcesText {
    via: "via",
    weak: "weak source",
    weak_why: "Grade C: no copy from the publisher or a reputable outlet was found, only an aggregator, mirror or similar. Treat the number with care.",
    as_of: "Data as of",
    cite: "Source",
    supports: "Supports:",
    figures: "Figures:",
    claims: "Claims:",
    cited_in: "Cited in:",
    checked: "checked",
    claim: "claim",
    grades: [
        "A: the publisher's own publication",
        "B: a reputable outlet relaying the publisher",
        "C: weak source",
    ],
    download_all: "Download the whole fact base (CSV)",
    count: |rows, publishers, g| {
        format!(
            "{rows} data rows from {publishers} publishers: {} grade A, {} grade B, {} grade C.",
            g[0], g[1], g[2]
        )
    },
    term_hint: "definition",
};

static ZH: SourcesText = SourcesText {
    via: "转引自",
    weak: "来源较弱",
    weak_why: "C级：未找到发布机构或可靠媒体的版本，只有聚合网站、镜像等。请谨慎看待该数字。",
    as_of: "数据截至",
    cite: "来源",
    supports: "支持：",
    figures: "图表：",
    claims: "论断：",
    cited_in: "引用于：",
    checked: "核查于",
    claim: "论断",
    grades: [
        "A：发布机构本身的出版物",
        "B：可靠媒体对发布机构的转述",
        "C：来源较弱",
    ],
    download_all: "下载完整数据库（CSV）",
    count: |rows, publishers, g| {
        format!(
            "共{rows}行数据，来自{publishers}家发布机构：A级{}行，B级{}行，C级{}行。",
            g[0], g[1], g[2]
        )
    },
    term_hint: "释义",
};

impl SourcesText {
    /// The label of `grade`.
    pub fn grade(&self, grade: Grade) -> &'static str {
        self.grades[grade as usize]
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

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
    let day = d.and_then(|d| d.parse::<u32>().ok());
    let mut s = String::new();
    match lang {
        Lang::En => {
            if let Some(day) = day {
                super::push_int(&mut s, i64::from(day));
                s.push(' ');
            }
            s.push_str(MONTHS[month - 1]);
            s.push(' ');
            s.push_str(y);
        }
        Lang::Zh => {
            s.push_str(y);
            s.push('年');
            super::push_int(&mut s, month as i64);
            s.push('月');
            if let Some(day) = day {
                super::push_int(&mut s, i64::from(day));
                s.push('日');
            }
        }
    }
    s
}

/// A publisher's name in `lang`: the Chinese name of the institutions the
/// fact base cites, the name as written otherwise (and in English).
pub fn publisher_name(name: &'static str, lang: Lang) -> &'static str {
    if lang == Lang::En {
        return name;
    }
    PUBLISHERS_ZH
        .iter()
        .find(|(en, _)| *en == name)
        .map_or(name, |(_, zh)| zh)
}

/// Chinese names of the publishers in `assets/data` (a test checks that
/// every publisher of a row the app cites is listed).
const PUBLISHERS_ZH: &[(&str, &str)] = &[
    ("National Bureau of Statistics of China", "国家统计局"),
    ("Shanghai Stock Exchange", "上海证券交易所"),
    ("Shenzhen Stock Exchange", "深圳证券交易所"),
    ("China Securities Regulatory Commission", "中国证监会"),
    ("China Securities Index Co.", "中证指数有限公司"),
    ("Hang Seng Indexes Company", "恒生指数有限公司"),
    (
        "Shenzhen Securities Information Co.",
        "深圳证券信息有限公司",
    ),
    ("DeepSeek-AI", "DeepSeek（深度求索）"),
    ("Meta", "Meta"),
    ("Jefferies", "杰富瑞"),
    ("Goldman Sachs", "高盛"),
    ("McKinsey Global Institute", "麦肯锡全球研究院"),
    ("Bloomberg", "彭博"),
    ("State Council of the People's Republic of China", "国务院"),
    ("Ministry of Commerce of China", "商务部"),
    ("General Administration of Customs of China", "海关总署"),
    ("People's Bank of China", "中国人民银行"),
    ("International Monetary Fund", "国际货币基金组织"),
    ("Oriental Securities", "东方证券"),
    ("LandSpace", "蓝箭航天"),
    ("China National Space Administration", "国家航天局"),
    ("EHang", "亿航智能"),
    ("Cambricon Technologies", "寒武纪"),
    ("Aswath Damodaran", "阿斯沃斯·达摩达兰"),
    ("Communist Party of China Central Committee", "中共中央"),
    ("National People's Congress", "全国人民代表大会"),
    ("Xinhua", "新华社"),
    ("Reuters", "路透社"),
    ("People's Daily Online", "人民网"),
    ("China Daily", "中国日报"),
    (
        "Southwestern University of Finance and Economics",
        "西南财经大学",
    ),
    ("National Bank of Kuwait", "科威特国民银行"),
    ("Nvidia", "英伟达"),
    ("LSEG", "伦敦证券交易所集团"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(fmt_date("2026-01-17", Lang::En), "17 Jan 2026");
        assert_eq!(fmt_date("2026-01-17", Lang::Zh), "2026年1月17日");
        assert_eq!(fmt_date("2025-12", Lang::En), "Dec 2025");
        assert_eq!(fmt_date("2025-12", Lang::Zh), "2025年12月");
        assert_eq!(fmt_date("2025-13", Lang::En), "2025-13");
        assert_eq!(fmt_date("soon", Lang::En), "soon");
    }

    #[test]
    fn publishers_have_their_chinese_names() {
        assert_eq!(
            publisher_name("National Bureau of Statistics of China", Lang::Zh),
            "国家统计局"
        );
        assert_eq!(publisher_name("Jefferies", Lang::En), "Jefferies");
        assert_eq!(publisher_name("Unknown Body", Lang::Zh), "Unknown Body");
    }
}

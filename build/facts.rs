//! Reads and checks the fact base, `assets/data/*.csv`. Used by `build.rs`
//! (a bad row fails the build) and by `tests/content_checks.rs` (which feeds it
//! bad rows and checks that each is refused with its file and line).
//!
//! Columns: `series,year,value,unit,publisher,publication,published,url,via,grade,checked,note`
//! (documented in `assets/data/README.md`).

/// The header every fact file starts with.
pub const HEADER: &str =
    "series,year,value,unit,publisher,publication,published,url,via,grade,checked,note";

/// One checked row, its fields as written (trimmed).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// File name, e.g. `gdp.csv`.
    pub file: String,
    /// 1-based line number in that file.
    pub line: usize,
    /// Series name.
    pub series: String,
    /// Year the value refers to.
    pub year: i32,
    /// The value, or `None` for a qualitative fact.
    pub value: Option<f64>,
    /// Unit (`pct`, `x`, …).
    pub unit: String,
    /// The institution the number originates from.
    pub publisher: String,
    /// Title of the publication cited.
    pub publication: String,
    /// Its date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub published: String,
    /// Best copy found.
    pub url: String,
    /// The outlet that relayed it, when the url is not the publisher's own.
    pub via: String,
    /// `A`, `B` or `C`.
    pub grade: char,
    /// Date last checked, `YYYY-MM-DD`.
    pub checked: String,
    /// Caveats; `DERIVED: …` says how a computed row was computed.
    pub note: String,
}

/// RFC 4180-style split of one CSV line (quoted fields, `""` escapes).
/// `Err` on an unterminated quote.
pub fn split_csv(line: &str) -> Result<Vec<String>, String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            _ => fields.last_mut().unwrap().push(c),
        }
    }
    if quoted {
        return Err("unterminated quote".into());
    }
    Ok(fields)
}

/// Whether `s` is `YYYY-MM-DD` or (with `month_ok`) `YYYY-MM` or `YYYY` (a
/// publication known only to the month or year: a book's edition), with a
/// month 01–12 and a day 01–31.
pub fn is_date(s: &str, month_ok: bool) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize, lo: u32, hi: u32| {
        p.len() == len
            && p.bytes().all(|b| b.is_ascii_digit())
            && (lo..=hi).contains(&p.parse::<u32>().unwrap_or(0))
    };
    match parts.as_slice() {
        [y] => month_ok && num(y, 4, 1900, 2100),
        [y, m] => month_ok && num(y, 4, 1900, 2100) && num(m, 2, 1, 12),
        [y, m, d] => num(y, 4, 1900, 2100) && num(m, 2, 1, 12) && num(d, 2, 1, 31),
        _ => false,
    }
}

/// Host of an `http(s)://` URL, lower-cased; `None` for any other scheme.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    // An IPv6 literal is bracketed; strip a port otherwise.
    let host = if host.starts_with('[') {
        host.split(']').next().unwrap_or("").to_string() + "]"
    } else {
        host.split(':').next().unwrap_or("").to_string()
    };
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// Whether `host` is an IP address (v4 dotted quad or a bracketed v6 literal).
pub fn is_ip_host(host: &str) -> bool {
    host.starts_with('[')
        || (host.split('.').count() == 4
            && host
                .split('.')
                .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit())))
}

/// Parses and checks one fact file. Every error names `file:line` and says
/// what is wrong: a wrong header or field count, a bad year or value, no
/// publisher, publication or url, a url that is not http(s) or whose host is an
/// IP address, a missing or malformed publication date, a grade other than
/// A, B or C, a `via` on a grade-A row, or a missing `checked` date.
pub fn parse_file(file: &str, text: &str) -> Result<Vec<Row>, String> {
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some(HEADER) {
        return Err(format!("{file}:1: the header must be `{HEADER}`"));
    }
    let mut rows = Vec::new();
    for (i, line) in lines.enumerate() {
        let n = i + 2;
        if line.trim().is_empty() {
            continue;
        }
        let at = |msg: &str| format!("{file}:{n}: {msg}");
        let f = split_csv(line).map_err(|e| at(&e))?;
        if f.len() != 12 {
            return Err(at(&format!("expected 12 fields, found {}", f.len())));
        }
        let f: Vec<String> = f.into_iter().map(|s| s.trim().to_string()).collect();
        if f[0].is_empty() {
            return Err(at("no series name"));
        }
        let year: i32 = f[1]
            .parse()
            .map_err(|_| at(&format!("year `{}` is not a number", f[1])))?;
        let value = if f[2].is_empty() {
            None
        } else {
            let v: f64 = f[2]
                .parse()
                .map_err(|_| at(&format!("value `{}` is not a number", f[2])))?;
            if !v.is_finite() {
                return Err(at("value is not finite"));
            }
            Some(v)
        };
        if f[4].is_empty() {
            return Err(at("no publisher (the institution the number comes from)"));
        }
        if f[5].is_empty() {
            return Err(at("no publication (the title of what is cited)"));
        }
        if f[6].is_empty() {
            return Err(at("no publication date (published)"));
        }
        if !is_date(&f[6], true) {
            return Err(at(&format!(
                "publication date `{}` is not YYYY-MM-DD, YYYY-MM or YYYY",
                f[6]
            )));
        }
        let host = url_host(&f[7]).ok_or_else(|| {
            at(&format!(
                "url `{}` is not an http(s) address with a host",
                f[7]
            ))
        })?;
        if is_ip_host(&host) {
            return Err(at(&format!(
                "url host `{host}` is an IP address: cite a named publisher's page"
            )));
        }
        let grade = match f[9].as_str() {
            "A" => 'A',
            "B" => 'B',
            "C" => 'C',
            g => {
                return Err(at(&format!("unknown grade `{g}`: use A, B or C")));
            }
        };
        if grade == 'A' && !f[8].is_empty() {
            return Err(at(
                "grade A is the publisher's own copy, so it has no `via`",
            ));
        }
        if !is_date(&f[10], false) {
            return Err(at(&format!("checked `{}` is not a YYYY-MM-DD date", f[10])));
        }
        rows.push(Row {
            file: file.to_string(),
            line: n,
            series: f[0].clone(),
            year,
            value,
            unit: f[3].clone(),
            publisher: f[4].clone(),
            publication: f[5].clone(),
            published: f[6].clone(),
            url: f[7].clone(),
            via: f[8].clone(),
            grade,
            checked: f[10].clone(),
            note: f[11].clone(),
        });
    }
    Ok(rows)
}

/// Checks across files: the same series and year twice is an error naming
/// both places.
pub fn check_unique(rows: &[Row]) -> Result<(), String> {
    for (i, a) in rows.iter().enumerate() {
        if let Some(b) = rows[..i]
            .iter()
            .find(|b| b.series == a.series && b.year == a.year)
        {
            return Err(format!(
                "{}:{}: duplicate series and year `{} {}` (first at {}:{})",
                a.file, a.line, a.series, a.year, b.file, b.line
            ));
        }
    }
    Ok(())
}

//! Checks the story Markdown (`assets/i18n/<lang>/story/*.md`): every number with a
//! unit that the prose states must be either a live value (`{marker}`) or in a
//! sentence that cites its data row (`[@series:year]`), or in a sentence marked
//! as a worked example (`[@example]`), so no fixed number reaches a reader
//! without its source. Used by `build.rs` (an uncited number fails the build)
//! and by `tests/content_checks.rs`.

/// Units that make a number a quantity a reader could take as a fact:
/// percentages, multiples, money and large counts, in English and Chinese.
/// Matched right after the number (a space or no-break space allowed).
const UNITS: [&str; 26] = [
    "%",
    "％",
    "×",
    "x ",
    "x,",
    "x.",
    "x)",
    "pp",
    "percentage point",
    "per cent",
    "percent",
    "trillion",
    "billion",
    "million",
    "bn",
    "tn",
    "yuan",
    "GPU-hour",
    "倍",
    "万亿",
    "亿",
    "元",
    "美元",
    "个百分点",
    "万",
    "点",
];

/// Currency signs that make the number after them a quantity.
const PREFIXES: [&str; 4] = ["US$", "$", "¥", "￥"];

/// Removes `{live}` markers, `[@…]` citations (remembering whether there was
/// one), link targets `](…)` and `[[…]]` placements from a sentence.
fn strip(sentence: &str) -> (String, bool) {
    let mut out = String::new();
    let mut cited = false;
    let mut rest = sentence;
    while let Some(c) = rest.chars().next() {
        if c == '{' {
            if let Some(end) = rest.find('}') {
                out.push('#');
                rest = &rest[end + 1..];
                continue;
            }
        }
        if let Some(after) = rest.strip_prefix("[@") {
            if let Some(end) = after.find(']') {
                cited = true;
                rest = &after[end + 1..];
                continue;
            }
        }
        if let Some(after) = rest.strip_prefix("](") {
            if let Some(end) = after.find(')') {
                out.push(']');
                rest = &after[end + 1..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    (out, cited)
}

/// The numbers with a unit in `text` (already stripped), as written.
pub fn quantities(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let prev = i.checked_sub(1).map(|j| chars[j].1);
        let starts = c.is_ascii_digit()
            && !prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '_' || p == '.');
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len()
            && (chars[j].1.is_ascii_digit()
                || ((chars[j].1 == '.' || chars[j].1 == ',')
                    && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit())))
        {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |c| c.0);
        let number = &text[start..end];
        let before = &text[..start];
        let before = before.trim_end_matches(['−', '-', '+', '~', '≈']);
        let prefixed = PREFIXES.iter().any(|p| before.ends_with(p));
        let after = text[end..].trim_start_matches([' ', '\u{a0}']);
        let after_padded = format!("{after} ");
        let unit = UNITS.iter().find(|u| after_padded.starts_with(**u));
        // "2025年" or "Q1" are dates, not quantities; a bare 4-digit year with
        // no unit is never reported.
        if prefixed || unit.is_some() {
            let shown = match unit {
                Some(u) => format!("{number}{}", u.trim_end_matches([' ', ',', '.', ')'])),
                None => number.to_string(),
            };
            found.push(shown);
        }
        i = j.max(i + 1);
    }
    found
}

/// Sentences of a paragraph: split after `. `, `? `, `! `, `。`, `？`, `！`,
/// and at the ` || ` of a question.
fn sentences(para: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = para.as_bytes();
    let mut i = 0;
    while i < para.len() {
        let rest = &para[i..];
        let cut = if (b[i] == b'.' || b[i] == b'?' || b[i] == b'!') && rest[1..].starts_with(' ') {
            Some(i + 1)
        } else if rest.starts_with('。') || rest.starts_with('？') || rest.starts_with('！') {
            Some(i + 3)
        } else if rest.starts_with(" || ") {
            Some(i + 4)
        } else {
            None
        };
        if let Some(c) = cut {
            out.push(&para[start..c]);
            start = c;
            i = c;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    if start < para.len() {
        out.push(&para[start..]);
    }
    out
}

/// Every uncited number with a unit in one story file, as
/// `file:line: "5.0%" in "…" has no source: …` messages. Headings and figure
/// placements are not checked (a heading repeats what its chapter cites).
pub fn uncited(file: &str, text: &str) -> Vec<String> {
    let mut errors = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with("[[") {
            continue;
        }
        let line = line.strip_prefix("- ").unwrap_or(line);
        for s in sentences(line) {
            let (plain, cited) = strip(s);
            if cited {
                continue;
            }
            for q in quantities(&plain) {
                let excerpt: String = plain.trim().chars().take(70).collect();
                errors.push(format!(
                    "{file}:{}: \"{q}\" in \"{excerpt}…\" has no source: cite its row with [@series:year] in the same sentence, make it a live {{value}}, or mark a worked example with [@example]",
                    n + 1
                ));
            }
        }
    }
    errors
}

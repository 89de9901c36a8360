//! A figure's downloads: PNG at twice the on-screen resolution (the same
//! drawing code on an offscreen canvas), SVG (the same code through our SVG
//! writer) and CSV (the values drawn, each row with its source).

use crate::charts::{ChartStyle, Palette};
use crate::components::canvas::Canvas;
use crate::components::chart_canvas::ChartRef;
use crate::components::source_line::attribution;
use crate::data::Fact;
use crate::model::decimal::write_shortest;
use crate::text::{strings, Lang};
use gloo::utils::{body, document};
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Url};
use yew::prelude::*;

/// Three download buttons under a chart (a plain function: cheaper to ship
/// than a component). `id` names the files and finds the on-screen canvas.
pub fn export_buttons(
    id: &'static str,
    chart: &ChartRef,
    sources: &[(AttrValue, &'static Fact)],
    lang: Lang,
    dark: bool,
) -> Html {
    let t = strings(lang);
    let style = |scale: f64, dark: bool| ChartStyle {
        palette: if dark { Palette::DARK } else { Palette::LIGHT },
        scale,
    };
    let png = {
        let chart = chart.clone();
        Callback::from(move |_: MouseEvent| {
            let (w, h) = chart_size(id);
            let Some(el) = document()
                .create_element("canvas")
                .ok()
                .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
            else {
                return;
            };
            el.set_width(w * 2);
            el.set_height(h * 2);
            let Some(mut db) = Canvas::new(&el) else {
                return;
            };
            if chart.0.paint_on(&mut db, &style(2.0, dark)).is_ok() {
                if let Ok(url) = el.to_data_url() {
                    download(&url, &format!("{id}.png"));
                }
            }
        })
    };
    let svg = {
        let chart = chart.clone();
        Callback::from(move |_: MouseEvent| {
            let (w, h) = chart_size(id);
            let text = chart.0.svg_text(w, h, &style(1.0, dark));
            download_text(&text, "image/svg+xml", &format!("{id}.svg"));
        })
    };
    let csv = {
        let (chart, sources) = (chart.clone(), sources.to_vec());
        Callback::from(move |_: MouseEvent| {
            let text = csv_text(id, &chart.0.table(), &sources, lang);
            download_text(&text, "text/csv;charset=utf-8", &format!("{id}.csv"));
        })
    };
    html! {
        <div class="export" role="group" aria-label={t.download}>
            <span class="export-label" aria-hidden="true">{ t.download }</span>
            <button type="button" data-export="png" aria-label={t.download_png} onclick={png}><span translate="no">{ "PNG" }</span></button>
            <button type="button" data-export="svg" aria-label={t.download_svg} onclick={svg}><span translate="no">{ "SVG" }</span></button>
            <button type="button" data-export="csv" aria-label={t.download_csv} onclick={csv}><span translate="no">{ "CSV" }</span></button>
        </div>
    }
}

/// CSS size of the figure's on-screen canvas (what the reader sees), or a
/// 16:9 default when it is not laid out.
fn chart_size(id: &str) -> (u32, u32) {
    let canvas = document()
        .query_selector(&format!(r#"figure[data-figure="{id}"] canvas"#))
        .ok()
        .flatten();
    match canvas {
        Some(c) if c.client_width() > 0 && c.client_height() > 0 => {
            (c.client_width() as u32, c.client_height() as u32)
        }
        _ => (800, 450),
    }
}

/// The CSV file: one row per value drawn,
/// `figure,series,x,value,publisher,grade,url,note`. A row's source is the
/// figure's sourced row whose link text starts with the series name (its
/// publisher with date and relay, grade, url and note); otherwise every source
/// of the figure,
/// and for a model figure without data rows the model note. UTF-8 with a
/// byte-order mark so spreadsheets read 中文.
pub fn csv_text(
    id: &str,
    rows: &[(String, String, f64)],
    sources: &[(AttrValue, &'static Fact)],
    lang: Lang,
) -> String {
    let t = strings(lang);
    let join = |f: fn(&Fact) -> &'static str| {
        let mut v: Vec<&str> = sources.iter().map(|(_, x)| f(x)).collect();
        v.dedup();
        v.join("; ")
    };
    let mut out = String::from("\u{feff}figure,series,x,value,publisher,grade,url,note\r\n");
    for (series, x, v) in rows {
        let hit = sources
            .iter()
            .find(|(label, _)| !series.is_empty() && label.starts_with(series.as_str()));
        let (publisher, grade, url, note) = match hit {
            Some((_, f)) => (
                attribution(f, lang),
                f.grade.letter().to_string(),
                f.url.to_string(),
                f.note.to_string(),
            ),
            None if sources.is_empty() => (
                t.csv_model_source.to_string(),
                String::new(),
                String::new(),
                String::new(),
            ),
            None => (
                sources
                    .iter()
                    .map(|(_, f)| attribution(f, lang))
                    .collect::<Vec<_>>()
                    .join("; "),
                join(|f| f.grade.letter()),
                join(|f| f.url),
                String::new(),
            ),
        };
        push_row(
            &mut out,
            &[
                id,
                series,
                x,
                &write_shortest(*v),
                &publisher,
                &grade,
                &url,
                &note,
            ],
        );
    }
    out
}

/// The whole fact base as one CSV file: every row of `assets/data` with its
/// file and all its provenance columns, as the Sources and methods section
/// offers it for download.
pub fn facts_csv() -> String {
    let mut out = String::from(
        "\u{feff}file,series,year,value,unit,publisher,publication,published,url,via,grade,checked,note\r\n",
    );
    for f in crate::data::FACTS {
        let mut year = String::new();
        crate::text::push_int(&mut year, i64::from(f.year));
        let value = f.value.map(write_shortest).unwrap_or_default();
        push_row(
            &mut out,
            &[
                f.file,
                f.series,
                &year,
                &value,
                f.unit,
                f.publisher,
                f.publication,
                f.published,
                f.url,
                f.via,
                f.grade.letter(),
                f.checked,
                f.note,
            ],
        );
    }
    out
}

/// One CSV record of `fields`, each quoted as needed, ended by CRLF.
fn push_row(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

/// One CSV field, quoted when needed; text that a spreadsheet would run as a
/// formula (`=`, `+`, `@`, or `-` not followed by a digit) gets a leading `'`.
fn push_field(out: &mut String, s: &str) {
    let risky = s.starts_with(['=', '+', '@', '\t', '\r'])
        || (s.starts_with('-') && !s[1..].starts_with(|c: char| c.is_ascii_digit()));
    let s = if risky {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&s);
    }
}

/// Saves `href` as a file called `name`.
fn download(href: &str, name: &str) {
    let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    a.set_href(href);
    a.set_download(name);
    a.set_hidden(true);
    let _ = body().append_child(&a);
    a.click();
    a.remove();
}

/// Saves `text` as a file of type `mime`.
pub fn download_text(text: &str, mime: &str, name: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let bag = BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    download(&url, name);
    // Revoked later: the download reads the URL after this handler returns.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
}

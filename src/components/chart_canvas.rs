//! A `<canvas>` that paints any [`Chart`]: sized to its CSS box, sharp on
//! HiDPI screens (backing store scaled by `devicePixelRatio`), redrawn when
//! its input, theme or width changes, and only while it is on screen: an
//! off-screen chart is marked stale (`data-stale`) and painted the moment it
//! scrolls into view (an `IntersectionObserver`), and every chart is painted
//! in the light palette before printing. Its text alternative and data table
//! follow every change either way; downloads draw afresh from the input.

use crate::charts::{Chart, ChartStyle, Palette};
use crate::components::canvas::Canvas;
use crate::model::Within;
use crate::text::Fixed;
use gloo::utils::window;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

/// CSS height of a bar chart with `n` bars: about 44 px a bar.
pub fn bar_chart_height(n: usize) -> u32 {
    44 * n as u32 + 34
}

/// A chart that can paint itself on the on-screen canvas. Object-safe, so
/// the canvas component below is compiled once rather than once per chart
/// type (every copy of a Yew component costs shipped bytes).
pub trait CanvasChart {
    /// Paints on a canvas backend.
    fn paint_on(&self, db: &mut Canvas, style: &ChartStyle) -> Result<(), String>;
    /// Text alternative.
    fn summary_text(&self) -> String;
    /// The chart as a standalone SVG document, `width` × `height` CSS pixels.
    fn svg_text(&self, width: u32, height: u32, style: &ChartStyle) -> String;
    /// The values drawn; see [`Chart::table`].
    fn table(&self) -> Vec<(String, String, f64)>;
    /// See [`Chart::table_unit`].
    fn table_unit(&self) -> crate::charts::TableUnit;
    /// A/B rows; see [`Chart::compare_rows`].
    fn compare_rows(&self) -> Vec<(String, String, String)>;
    /// Hover and keyboard read-outs; see [`Chart::readouts`].
    fn readout_anchors(&self, width: f64, height: f64) -> Vec<(f64, String)>;
    /// Whether it has read-outs; see [`Chart::offers_readouts`].
    fn offers_readouts(&self) -> bool;
}

impl<C: Chart> CanvasChart for C {
    fn paint_on(&self, db: &mut Canvas, style: &ChartStyle) -> Result<(), String> {
        self.draw(db, style).map_err(|e| e.to_string())
    }
    fn summary_text(&self) -> String {
        self.summary()
    }
    fn svg_text(&self, width: u32, height: u32, style: &ChartStyle) -> String {
        crate::charts::kit::svg::render(self, width, height, style)
    }
    fn table(&self) -> Vec<(String, String, f64)> {
        Chart::table(self)
    }
    fn table_unit(&self) -> crate::charts::TableUnit {
        Chart::table_unit(self)
    }
    fn compare_rows(&self) -> Vec<(String, String, String)> {
        Chart::compare_rows(self)
    }
    fn readout_anchors(&self, width: f64, height: f64) -> Vec<(f64, String)> {
        self.readouts(width, height)
    }
    fn offers_readouts(&self) -> bool {
        Chart::offers_readouts(self)
    }
}

/// A shared chart input compared by identity: inputs come from `use_memo`,
/// so a new `Rc` means new data and the same `Rc` means nothing changed.
#[derive(Clone)]
pub struct ChartRef(pub Rc<dyn CanvasChart>);

impl PartialEq for ChartRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`CanvasView`].
#[derive(Properties, PartialEq)]
pub struct CanvasViewProps {
    /// The figure's data.
    pub input: ChartRef,
    /// Dark theme colours.
    pub dark: bool,
    /// ID of the element describing the chart (its text alternative).
    pub described_by: AttrValue,
    /// See [`ChartCanvasProps::on_pointer`].
    #[prop_or_default]
    pub on_pointer: Option<Callback<(f64, f64, f64, f64)>>,
    /// See [`ChartCanvasProps::height`].
    #[prop_or_default]
    pub height: Option<u32>,
    /// Language of the data table's headers.
    #[prop_or_default]
    pub lang: crate::text::Lang,
    /// Figure ID: the data table names the publishers and grades of its rows
    /// ([`crate::charts::figure_sources`]).
    #[prop_or_default]
    pub figure: &'static str,
    /// The text alternative, computed once by the figure (which also shows
    /// it); the chart's own summary when absent.
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// What a canvas last painted: input, dark palette, CSS size.
type PaintKey = (ChartRef, bool, i32, i32);

/// The canvas. `data-draws` counts completed paints (tests read it).
#[component]
pub fn CanvasView(p: &CanvasViewProps) -> Html {
    let canvas = use_node_ref();
    let size = use_css_size(canvas.clone());
    let visible = use_on_screen(canvas.clone());
    let draws = use_mut_ref(|| 0u32);
    // What was last painted: the ResizeObserver's first report repeats the
    // size the mount already painted at, and must not paint again.
    let painted = use_mut_ref(|| None::<PaintKey>);
    // The latest input, theme and size, for the print handler.
    let latest = use_mut_ref(|| None::<PaintKey>);
    use_print_paint(
        canvas.clone(),
        latest.clone(),
        painted.clone(),
        draws.clone(),
    );
    // The fixed height last written to the canvas's style.
    let styled = use_mut_ref(|| None::<Option<u32>>);
    {
        let canvas = canvas.clone();
        use_effect_with(
            (p.input.clone(), p.dark, size, p.height, visible),
            move |(input, dark, size, height, visible)| {
                // Only when it changes: writing a style invalidates layout.
                if *styled.borrow() != Some(*height) {
                    *styled.borrow_mut() = Some(*height);
                    set_style(
                        &canvas,
                        &height
                            .map(|h| format!("aspect-ratio:auto;height:{h}px"))
                            .unwrap_or_default(),
                    );
                }
                if let Some(el) = canvas.cast::<HtmlCanvasElement>() {
                    // The size the observer reported; read from layout only
                    // before its first report (a read after the render's DOM
                    // changes forces a layout, on every slider move).
                    let size = match *size {
                        (0, 0) => (el.client_width(), el.client_height()),
                        s => s,
                    };
                    // While printing (a print layout resizes the canvases),
                    // the light palette.
                    let palette_dark = *dark && !PRINTING.get();
                    let key = (input.clone(), palette_dark, size.0, size.1);
                    *latest.borrow_mut() = Some((input.clone(), *dark, size.0, size.1));
                    if painted.borrow().as_ref() == Some(&key) {
                        return;
                    }
                    // Off screen: no drawing work, only a mark; painted when
                    // it scrolls into view (this effect runs again then).
                    if !visible.unwrap_or_else(|| in_view(&el)) {
                        let _ = el.set_attribute("data-stale", "");
                        return;
                    }
                    if paint(&el, input.0.as_ref(), palette_dark, size).is_some() {
                        *painted.borrow_mut() = Some(key);
                        count_draw(&el, &draws);
                    }
                }
            },
        );
    }
    // Hover and keyboard read-out of exact values (charts that offer them).
    // The anchors (one formatted text per x) are built only when a read-out
    // is asked for, and kept while the input and size stay the same: building
    // them on every slider move cost as much as drawing the chart.
    let readout = use_state_eq(|| None::<usize>);
    let offers = p.input.0.offers_readouts();
    let cache = use_mut_ref(|| None::<(ChartRef, (i32, i32), Rc<Vec<(f64, String)>>)>);
    let anchors = {
        let input = p.input.clone();
        move || -> Rc<Vec<(f64, String)>> {
            let mut c = cache.borrow_mut();
            if let Some((i, s, a)) = c.as_ref() {
                if *i == input && *s == size {
                    return a.clone();
                }
            }
            let (w, h) = (f64::from(size.0), f64::from(size.1));
            let mut a = Vec::new();
            if w > 0.0 && offers {
                let z = zoom(w);
                a = input.0.readout_anchors(w / z, h / z);
                a.iter_mut().for_each(|(x, _)| *x *= z);
            }
            let a = Rc::new(a);
            *c = Some((input.clone(), size, a.clone()));
            a
        }
    };
    let nearest = {
        let anchors = anchors.clone();
        move |x: f64| {
            anchors()
                .iter()
                .enumerate()
                .min_by(|a, b| (a.1 .0 - x).abs().total_cmp(&(b.1 .0 - x).abs()))
                .map(|(i, _)| i)
        }
    };
    let pressed = use_mut_ref(|| false);
    let pointer = |e: &PointerEvent| {
        let el: HtmlCanvasElement = e.target_unchecked_into();
        let w = f64::from(el.client_width());
        let z = zoom(w);
        (
            f64::from(e.offset_x()) / z,
            f64::from(e.offset_y()) / z,
            w / z,
            f64::from(el.client_height()) / z,
        )
    };
    let onpointermove = {
        let (readout, nearest, pressed, on_pointer) = (
            readout.clone(),
            nearest.clone(),
            pressed.clone(),
            p.on_pointer.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let pos = pointer(&e);
            if offers {
                readout.set(nearest(f64::from(e.offset_x())));
            }
            if let (true, Some(cb)) = (*pressed.borrow(), &on_pointer) {
                e.prevent_default();
                cb.emit(pos);
            }
        })
    };
    let onpointerdown = {
        let (pressed, on_pointer) = (pressed.clone(), p.on_pointer.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(cb) = &on_pointer {
                *pressed.borrow_mut() = true;
                let el: web_sys::Element = e.target_unchecked_into();
                let _ = el.set_pointer_capture(e.pointer_id());
                e.prevent_default();
                cb.emit(pointer(&e));
            }
        })
    };
    let onpointerup = {
        let pressed = pressed.clone();
        Callback::from(move |_: PointerEvent| *pressed.borrow_mut() = false)
    };
    let onpointerleave = {
        let readout = readout.clone();
        Callback::from(move |_: PointerEvent| readout.set(None))
    };
    let onkeydown = {
        let (readout, anchors) = (readout.clone(), anchors.clone());
        Callback::from(move |e: KeyboardEvent| {
            let n = if offers { anchors().len() } else { 0 };
            if n == 0 {
                return;
            }
            let cur = *readout;
            let next = match e.key().as_str() {
                "ArrowRight" => Some(cur.map_or(0, |i| (i + 1).min(n - 1))),
                "ArrowLeft" => Some(cur.map_or(n - 1, |i| i.saturating_sub(1))),
                "Home" => Some(0),
                "End" => Some(n - 1),
                "Escape" => None,
                _ => return,
            };
            e.prevent_default();
            readout.set(next);
        })
    };
    let onblur = {
        let readout = readout.clone();
        Callback::from(move |_: FocusEvent| readout.set(None))
    };
    let shown = (*readout).and_then(|i| anchors().get(i).cloned());
    // Mounted before any read-out can show, so this render positions it;
    // written only when it changes (a style write invalidates style).
    let readout_el = use_node_ref();
    let placed = use_mut_ref(String::new);
    let place = shown
        .as_ref()
        .map(|(x, _)| format!("left:clamp(6rem,{}px,calc(100% - 6rem))", Fixed(*x, 0)))
        .unwrap_or_default();
    if *placed.borrow() != place && readout_el.get().is_some() {
        set_style(&readout_el, &place);
        *placed.borrow_mut() = place;
    }
    let label = p
        .label
        .clone()
        .unwrap_or_else(|| AttrValue::from(p.input.0.summary_text()));
    let drawable = p.on_pointer.is_some();
    // "Show the data as a table": every value drawn (`Chart::table`), for
    // readers who cannot see the canvas or want exact numbers. Rows are built
    // only while open (figures re-render on every slider move); `toggle`
    // fires after each open or close, so flipping tracks it.
    let table_open = use_state_eq(|| false);
    let ontoggle = {
        let open = table_open.clone();
        Callback::from(move |_: Event| open.set(!*open))
    };
    let t = crate::text::strings(p.lang);
    html! {
        <>
        <div class="chart-frame">
            <canvas ref={canvas} class={classes!("chart", drawable.then_some("drawable"))} role="img" aria-label={label}
                aria-describedby={p.described_by.clone()} data-draws="0"
                tabindex={offers.then_some("0")}
                {onpointermove} {onpointerdown} onpointerup={onpointerup.clone()} onpointercancel={onpointerup}
                {onpointerleave} {onkeydown} {onblur} />
            <div ref={readout_el} class="readout" role="status" aria-live="polite" hidden={shown.is_none()}>
                { shown.map(|(_, text)| text).unwrap_or_default() }
            </div>
        </div>
        <details class="data-table" data-role="data-table" {ontoggle}>
            <summary>{ t.data_show }</summary>
            if *table_open {
                { data_table(p.input.0.table(), p.input.0.table_unit(), crate::text::data_cols(p.lang), p.figure, p.lang) }
            }
        </details>
        </>
    }
}

/// The data table: series, horizontal position and value; charts without
/// positions (bar charts) get no empty position column.
fn data_table(
    rows: Vec<(String, String, f64)>,
    unit: crate::charts::TableUnit,
    cols: [&'static str; 3],
    figure: &str,
    lang: crate::text::Lang,
) -> Html {
    use crate::components::source_line::attribution_html;
    let with_x = rows.iter().any(|(_, x, _)| !x.is_empty());
    let sources = crate::data::distinct_attributions(&crate::charts::figure_sources(figure));
    let span = if with_x { "3" } else { "2" };
    let st = crate::text::sources_text(lang);
    let s = crate::text::strings(lang);
    html! {
        <table>
            <thead><tr>{ for cols.iter().enumerate().filter(|(i, _)| with_x || *i != 1).map(|(_, c)| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
            <tbody>
                { for rows.into_iter().map(|(series, x, v)| html! {
                    <tr><th scope="row">{ series }</th>if with_x { <td>{ x }</td> }<td>{ cell(v, unit, lang) }</td></tr>
                }) }
            </tbody>
            if !sources.is_empty() {
                <tfoot><tr><td colspan={span} data-role="table-sources">
                    { s.source }
                    { for sources.iter().enumerate().map(|(i, f)| html! {
                        <>
                            if i > 0 { { s.sep_list } }
                            { attribution_html(f, lang) }{ s.sep_dash }{ st.grade(f.grade) }
                        </>
                    }) }
                </td></tr></tfoot>
            }
        </table>
    }
}

/// A value for the data table with its unit ("3.70%", "104.2×",
/// "US$5.58M"): 1 decimal from 100, 2 from 1, else 4 (the CSV download keeps
/// every digit); the dash if not finite.
fn cell(v: f64, unit: crate::charts::TableUnit, lang: crate::text::Lang) -> String {
    use crate::charts::TableUnit;
    let num = |v: f64| {
        let a = v.abs();
        let d = if a >= 100.0 {
            1
        } else if a >= 1.0 {
            2
        } else {
            4
        };
        Fixed(v, d).to_string()
    };
    if !v.is_finite() {
        return "—".to_string();
    }
    // Percentages as people write them: no trailing zeros ("6.7%", not
    // "6.70%"), at most two decimals, a true minus sign.
    let pct = |v: f64| {
        let s = Fixed(v, 2).to_string();
        let s = s.trim_end_matches('0').trim_end_matches('.');
        format!("{}%", s.replacen('-', "−", 1))
    };
    match unit {
        TableUnit::Number => num(v),
        TableUnit::Percent => pct(v),
        TableUnit::Rate => pct(v * 100.0),
        TableUnit::Multiple => crate::text::multiple_suffix(&num(v), lang),
        TableUnit::MillionUsd => crate::text::fmt_usd(Some(v * 1e6), lang),
    }
}

/// Sizes the backing store to CSS size × devicePixelRatio and draws. `None`
/// when the canvas has no layout yet or drawing failed (logged).
/// How much larger than on a screen a chart is drawn: 1.4 in presenter mode
/// (the `presenting` class on `<html>`) on a wide canvas, so its labels read
/// from the back of a classroom; else 1. Drawing, read-outs and the pointer
/// all use the chart at `width / zoom` CSS pixels.
fn zoom(css_width: f64) -> f64 {
    let presenting = gloo::utils::document()
        .document_element()
        .is_some_and(|h| h.class_list().contains("presenting"));
    if presenting && css_width >= 640.0 {
        1.4
    } else {
        1.0
    }
}

fn paint(
    el: &HtmlCanvasElement,
    input: &dyn CanvasChart,
    dark: bool,
    (cw, ch): (i32, i32),
) -> Option<()> {
    let (cw, ch) = (f64::from(cw), f64::from(ch));
    let dpr = window().device_pixel_ratio().within(1.0, 4.0);
    if cw < 1.0 || ch < 1.0 {
        return None;
    }
    let (w, h) = ((cw * dpr).round() as u32, (ch * dpr).round() as u32);
    if el.width() != w {
        el.set_width(w);
    }
    if el.height() != h {
        el.set_height(h);
    }
    let style = ChartStyle {
        palette: if dark { Palette::DARK } else { Palette::LIGHT },
        // Device pixels per chart pixel: the chart is drawn at width / zoom.
        scale: dpr * zoom(cw),
    };
    let mut db = Canvas::new(el)?;
    input
        .paint_on(&mut db, &style)
        .map_err(|e| gloo::console::error!(format!("chart: {e}")))
        .ok()
}

/// Counts a completed paint on the canvas (`data-draws`, read by tests) and
/// clears its stale mark.
fn count_draw(el: &HtmlCanvasElement, draws: &Rc<std::cell::RefCell<u32>>) {
    *draws.borrow_mut() += 1;
    let _ = el.set_attribute("data-draws", &draws.borrow().to_string());
    let _ = el.remove_attribute("data-stale");
}

thread_local! {
    /// Whether the page is being printed (between `beforeprint` and
    /// `afterprint`, or while the print media query matches): every chart
    /// paints in the light palette, however often layout resizes it.
    static PRINTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// How far beyond the viewport a chart counts as on screen: it is painted
/// just before it scrolls in, so the reader never sees it stale.
const MARGIN: &str = "200px 0px";

/// Whether `el` is within [`MARGIN`] of the viewport now (one layout read,
/// before the observer's first report).
fn in_view(el: &web_sys::Element) -> bool {
    let r = el.get_bounding_client_rect();
    let h = window()
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    r.bottom() >= -200.0 && r.top() <= h + 200.0
}

/// Whether the element is on screen (within [`MARGIN`]), from an
/// `IntersectionObserver`; `None` until its first report.
#[hook]
fn use_on_screen(node: NodeRef) -> Option<bool> {
    let visible = use_state_eq(|| None::<bool>);
    {
        let visible = visible.clone();
        use_effect_with(node, move |node| {
            let el = node.cast::<web_sys::Element>();
            let on_change =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    // The last entry is the newest state.
                    if let Some(e) = entries
                        .iter()
                        .last()
                        .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                    {
                        visible.set(Some(e.is_intersecting()));
                    }
                });
            let init = web_sys::IntersectionObserverInit::new();
            init.set_root_margin(MARGIN);
            let observer = web_sys::IntersectionObserver::new_with_options(
                on_change.as_ref().unchecked_ref(),
                &init,
            )
            .ok();
            if let (Some(o), Some(el)) = (&observer, &el) {
                o.observe(el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_change);
            }
        });
    }
    *visible
}

/// Before printing (`beforeprint`, or the print media query turning on, as
/// a print to PDF does), paints the chart now, in the light palette and
/// whether on screen or not: paper gets every chart, dark theme or not.
/// After printing (`afterprint`, or the query turning off), paints it as the
/// screen shows it again, or marks it stale if it is off screen.
#[hook]
fn use_print_paint(
    canvas: NodeRef,
    latest: Rc<std::cell::RefCell<Option<PaintKey>>>,
    painted: Rc<std::cell::RefCell<Option<PaintKey>>>,
    draws: Rc<std::cell::RefCell<u32>>,
) {
    use_effect_with(canvas, move |canvas| {
        let canvas = canvas.clone();
        let on_event = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
            let printing = match e.type_().as_str() {
                "beforeprint" => true,
                "afterprint" => false,
                // The print media query's change event.
                _ => js_sys::Reflect::get(&e, &"matches".into())
                    .ok()
                    .and_then(|m| m.as_bool())
                    .unwrap_or(false),
            };
            PRINTING.set(printing);
            let (Some(el), Some(key)) =
                (canvas.cast::<HtmlCanvasElement>(), latest.borrow().clone())
            else {
                return;
            };
            let (input, dark, w, h) = key.clone();
            if printing {
                if paint(&el, input.0.as_ref(), false, (w, h)).is_some() {
                    // The light palette: what the screen shows only in the
                    // light theme (so afterwards a dark screen repaints).
                    *painted.borrow_mut() = Some((input, false, w, h));
                    count_draw(&el, &draws);
                }
            } else if painted.borrow().as_ref() != Some(&key) {
                if in_view(&el) && paint(&el, input.0.as_ref(), dark, (w, h)).is_some() {
                    *painted.borrow_mut() = Some(key);
                    count_draw(&el, &draws);
                } else {
                    let _ = el.set_attribute("data-stale", "");
                }
            }
        });
        let win = window();
        let f: &js_sys::Function = on_event.as_ref().unchecked_ref();
        let _ = win.add_event_listener_with_callback("beforeprint", f);
        let _ = win.add_event_listener_with_callback("afterprint", f);
        let query = win.match_media("print").ok().flatten();
        if let Some(q) = &query {
            let _ = q.add_event_listener_with_callback("change", f);
        }
        move || {
            let f: &js_sys::Function = on_event.as_ref().unchecked_ref();
            let _ = window().remove_event_listener_with_callback("beforeprint", f);
            let _ = window().remove_event_listener_with_callback("afterprint", f);
            if let Some(q) = &query {
                let _ = q.remove_event_listener_with_callback("change", f);
            }
            drop(on_event);
        }
    });
}

/// Writes `css` as the element's inline style through the CSSOM (`el.style =
/// css` sets `style.cssText`): a strict Content-Security-Policy blocks `style`
/// attributes, not the CSSOM.
fn set_style(node: &NodeRef, css: &str) {
    if let Some(el) = node.get() {
        let _ = js_sys::Reflect::set(&el, &"style".into(), &css.into());
    }
}

/// The element's CSS size (width, height) in whole pixels, updated by a
/// `ResizeObserver`. Read in the observer's callback, where layout is already
/// done: reading `clientWidth` while rendering would force a layout per
/// canvas on every slider move.
#[hook]
fn use_css_size(node: NodeRef) -> (i32, i32) {
    let width = use_state_eq(|| (0, 0));
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let el = node.cast::<web_sys::Element>();
            let on_resize = {
                let el = el.clone();
                Closure::<dyn FnMut()>::new(move || {
                    if let Some(el) = &el {
                        width.set((el.client_width(), el.client_height()));
                    }
                })
            };
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(el)) = (&observer, &el) {
                o.observe(el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    *width
}

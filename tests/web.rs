//! Tier 2: the app in a real browser (wasm-bindgen-test, headless Chromium).
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use two_economies::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlCanvasElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The shipped allocator (src/main.rs installs the same), so these tests run
/// the app on it and the memory test below watches it.
#[global_allocator]
static ALLOC: two_economies::alloc::SizeClasses = two_economies::alloc::SizeClasses::new();

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the whole app into a fresh, sized container and lets it settle.
///
/// The app keeps its state in the page's query string, so an earlier test's
/// moves would become this test's starting state: start each from a clean URL.
async fn mount() -> Mounted {
    mount_query("").await
}

/// [`mount`] as if the page was opened at `query_and_hash` (e.g.
/// `?present=1#valuation`); the URL is left as the app makes it.
async fn mount_query(query_and_hash: &str) -> Mounted {
    // Every app reads (and writes) the one page URL: one app at a time.
    // wasm-bindgen-test runs one test at a time (0.3.80: `CONCURRENCY = 1`);
    // a runner that interleaved tests would fail here, not flake.
    assert!(!MOUNTED.get(), "another test's app stayed mounted");
    MOUNTED.set(true);
    // Let the last app's teardown (deferred to Yew's scheduler) finish first.
    yew::scheduler::flush().await;
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap() + query_and_hash;
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let host = document().create_element("div").unwrap();
    host.set_attribute("style", "width: 800px").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let app = yew::Renderer::<App>::with_root(host.clone()).render();
    // The first render and its effects (the charts on screen paint), then the
    // chapters after the first frame's (the app renders them in a task after
    // that frame); then once more for the canvases those chapters brought,
    // whose size observers report in the frame after.
    rendered().await;
    rendered().await;
    // A chart has painted and the whole story is there.
    let found = |sel: &str| host.query_selector(sel).ok().flatten().is_some();
    // Every chart is painted (on screen) or marked stale (off screen: it
    // paints when it scrolls into view).
    let all = host.query_selector_all("canvas").unwrap();
    for i in 0..all.length() {
        let c: Element = all.item(i).unwrap().dyn_into().unwrap();
        assert!(
            draws(&c) >= 1 || c.has_attribute("data-stale"),
            "canvas {i} neither painted nor marked stale"
        );
    }
    assert!(
        found(r#"section[data-chapter="sources"]"#) || !found("section[data-chapter]"),
        "the whole story mounted"
    );
    Mounted {
        host,
        app: Some(app),
    }
}

/// A mounted app; dropping it destroys the app (cancelling its pending URL
/// write, which would otherwise leak into the next test) and removes its host.
struct Mounted {
    host: Element,
    app: Option<yew::AppHandle<App>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.host
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.host.remove();
        MOUNTED.set(false);
    }
}

thread_local! {
    /// Whether a test's app is mounted (see [`mount_query`]).
    static MOUNTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Resolves when the app has finished responding to what the test did: Yew's
/// scheduler drained (renders, and the effects that repaint canvases and
/// write the URL; `yew::scheduler::flush`), then the next animation frame
/// (the app's frame callbacks, layout and the canvases' `ResizeObserver`
/// reports), then one task (timers the app armed for 0 ms in those
/// callbacks) and the scheduler drained again. No fixed wait: as fast as the
/// machine renders, however slow that is.
async fn rendered() {
    yew::scheduler::flush().await;
    next_frame().await;
    yew::platform::time::sleep(Duration::ZERO).await;
    yew::scheduler::flush().await;
}

/// The next `requestAnimationFrame` callback.
async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
}

fn find(host: &Element, sel: &str) -> Element {
    host.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("missing {sel}"))
}

fn draws(canvas: &Element) -> u32 {
    canvas.get_attribute("data-draws").unwrap().parse().unwrap()
}

/// Sets a range input the way a user does: value, then a bubbling `input` event.
fn slide(input: &HtmlInputElement, value: f64) {
    input.set_value_as_number(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn valuation_figure_mounts_with_the_worked_example() {
    let host = mount().await;
    find(&host, r#"section[data-chapter="valuation"]"#);
    let figure = find(&host, r#"figure[data-figure="valuation-pe"]"#);
    let canvas = find(&figure, "canvas");
    assert_eq!(canvas.get_attribute("role").as_deref(), Some("img"));
    assert!(canvas
        .get_attribute("aria-label")
        .unwrap()
        .contains("21.5×"));
    scroll_to(&canvas).await;
    assert!(draws(&canvas) >= 1, "canvas painted on screen");
    assert_eq!(
        find(&host, r#"[data-live="pe"]"#).text_content().unwrap(),
        "25.4×"
    );
    assert_eq!(
        figure
            .query_selector_all(r#"input[type="range"]"#)
            .unwrap()
            .length(),
        6
    );
}

#[wasm_bindgen_test]
async fn slider_input_changes_the_prose_and_redraws_the_canvas() {
    let host = mount().await;
    let canvas: HtmlCanvasElement = find(&host, r#"figure[data-figure="valuation-pe"] canvas"#)
        .dyn_into()
        .unwrap();
    scroll_to(&canvas).await;
    let before_png = canvas.to_data_url().unwrap();
    let before_draws = draws(&canvas);
    let growth: HtmlInputElement = find(&host, r#"input[data-assumption="g"]"#)
        .dyn_into()
        .unwrap();

    slide(&growth, 0.30);
    rendered().await;

    let pe = find(&host, r#"[data-live="pe"]"#).text_content().unwrap();
    assert_ne!(pe, "25.4×");
    let pe: f64 = pe.trim_end_matches('×').parse().unwrap();
    assert!(pe > 25.4, "higher growth, higher P/E: {pe}");
    assert!(draws(&canvas) > before_draws, "redrawn");
    assert_ne!(canvas.to_data_url().unwrap(), before_png, "pixels changed");
    assert_eq!(
        find(&host, r#"[data-live="g_high"]"#)
            .text_content()
            .unwrap(),
        "30.0%"
    );
}

#[wasm_bindgen_test]
async fn out_of_range_and_impossible_inputs_are_explained_not_fatal() {
    let host = mount().await;
    let gs: HtmlInputElement = find(&host, r#"input[data-assumption="gs"]"#)
        .dyn_into()
        .unwrap();
    let ke: HtmlInputElement = find(&host, r#"input[data-assumption="ke"]"#)
        .dyn_into()
        .unwrap();
    slide(&gs, 0.06);
    slide(&ke, 0.05);
    rendered().await;
    assert_eq!(
        find(&host, r#"[data-live="pe"]"#).text_content().unwrap(),
        "—"
    );
    find(&host, r#"[data-role="no-value"]"#);
    // Reset brings the published example back.
    let reset: web_sys::HtmlElement = find(
        &host,
        r#"figure[data-figure="valuation-pe"] button[data-action="reset"]"#,
    )
    .dyn_into()
    .unwrap();
    reset.click();
    rendered().await;
    assert_eq!(
        find(&host, r#"[data-live="pe"]"#).text_content().unwrap(),
        "25.4×"
    );
    assert!(host
        .query_selector(r#"[data-role="no-value"]"#)
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn every_chapter_and_figure_mounts() {
    let host = mount().await;
    for id in two_economies::story::CHAPTERS {
        find(&host, &format!(r#"section[data-chapter="{id}"]"#));
    }
    for (_, id) in two_economies::story::FIGURES {
        let figure = find(&host, &format!(r#"figure[data-figure="{id}"]"#));
        let has_chart = figure.query_selector("canvas").unwrap().is_some();
        let has_list = figure.query_selector("ol, ul").unwrap().is_some();
        assert!(has_chart || has_list, "{id} shows nothing");
    }
}

#[wasm_bindgen_test]
async fn a_preset_sets_the_futures_scenario() {
    let host = mount().await;
    let button: web_sys::HtmlElement = find(
        &host,
        r#"figure[data-figure="futures-gdp"] button[data-preset="spillover"]"#,
    )
    .dyn_into()
    .unwrap();
    button.click();
    rendered().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let summary = find(&host, "#futures-gdp-summary").text_content().unwrap();
    assert!(
        summary.contains("6.1%"),
        "spillover averages 6.1% a year: {summary}"
    );
}

/// Scrolls `el` to the top of the viewport and waits for the app to respond
/// (the intersection observers report in the frame after).
async fn scroll_to(el: &Element) {
    el.scroll_into_view();
    rendered().await;
    rendered().await;
}

fn stale(canvas: &Element) -> bool {
    canvas.has_attribute("data-stale")
}

#[wasm_bindgen_test]
async fn a_slider_repaints_only_the_figures_that_read_it() {
    let host = mount().await;
    let canvas = |id: &str| find(&host, &format!(r#"figure[data-figure="{id}"] canvas"#));
    scroll_to(&canvas("valuation-pe")).await;
    assert!(
        draws(&canvas("valuation-pe")) >= 1,
        "painted once on screen"
    );
    assert!(!stale(&canvas("valuation-pe")));
    let (pe0, robots0, paths0) = (
        draws(&canvas("valuation-pe")),
        draws(&canvas("robots-pe")),
        draws(&canvas("margin-paths")),
    );
    let (robots_stale, paths_stale) = (stale(&canvas("robots-pe")), stale(&canvas("margin-paths")));
    let growth: HtmlInputElement = find(
        &host,
        r#"figure[data-figure="valuation-pe"] input[data-assumption="g"]"#,
    )
    .dyn_into()
    .unwrap();
    // A value different from the current one, whatever that is.
    let next = if growth.value_as_number() > 0.25 {
        0.2
    } else {
        0.3
    };
    slide(&growth, next);
    rendered().await;
    rendered().await; // and a frame more, for a wrong repaint a frame later to show
    assert!(
        draws(&canvas("valuation-pe")) > pe0,
        "the valuation chart repaints"
    );
    assert_eq!(
        draws(&canvas("robots-pe")),
        robots0,
        "the robots chart does not"
    );
    assert_eq!(
        draws(&canvas("margin-paths")),
        paths0,
        "the margin simulation does not rerun"
    );
    // Not even marked: their input did not change.
    assert_eq!(stale(&canvas("robots-pe")), robots_stale);
    assert_eq!(stale(&canvas("margin-paths")), paths_stale);
}

#[wasm_bindgen_test]
async fn an_off_screen_chart_draws_nothing_until_it_scrolls_into_view() {
    let host = mount().await;
    let canvas = |id: &str| find(&host, &format!(r#"figure[data-figure="{id}"] canvas"#));
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
    rendered().await;
    rendered().await;
    let gdp = canvas("futures-gdp");
    assert_eq!(
        draws(&gdp),
        0,
        "far below the first screen: not painted on mount"
    );
    assert!(stale(&gdp), "marked stale");
    let summary0 = gdp.get_attribute("aria-label").unwrap();
    // A move while it is off screen: no drawing work, but its text
    // alternative follows.
    let growth: HtmlInputElement = find(
        &host,
        r#"figure[data-figure="futures-gdp"] input[type="range"]"#,
    )
    .dyn_into()
    .unwrap();
    let (min, max): (f64, f64) = (growth.min().parse().unwrap(), growth.max().parse().unwrap());
    let next = if growth.value_as_number() < max {
        max
    } else {
        min
    };
    slide(&growth, next);
    rendered().await;
    rendered().await;
    assert_eq!(draws(&gdp), 0, "no paint off screen");
    assert!(stale(&gdp));
    assert_ne!(
        gdp.get_attribute("aria-label").unwrap(),
        summary0,
        "the text alternative is current"
    );
    // On screen: painted once, with the current state, and not again.
    scroll_to(&gdp).await;
    assert_eq!(draws(&gdp), 1, "painted as it came into view");
    assert!(!stale(&gdp));
    rendered().await;
    assert_eq!(draws(&gdp), 1, "and only once");
    // A move while it is on screen repaints it.
    slide(&growth, if next == max { min } else { max });
    rendered().await;
    rendered().await;
    assert_eq!(draws(&gdp), 2, "a visible chart repaints on a move");
}

#[wasm_bindgen_test]
async fn printing_paints_every_chart_in_the_light_palette() {
    let host = mount_at("?theme=dark").await;
    let canvas = |id: &str| -> HtmlCanvasElement {
        find(&host, &format!(r#"figure[data-figure="{id}"] canvas"#))
            .dyn_into()
            .unwrap()
    };
    let pe = canvas("valuation-pe");
    scroll_to(&pe).await;
    let gdp = canvas("futures-gdp");
    assert!(stale(&gdp), "off screen, not painted");
    assert!(
        background_lightness(&pe) < 100.0,
        "on screen in the dark palette"
    );
    let window = web_sys::window().unwrap();
    window
        .dispatch_event(&Event::new("beforeprint").unwrap())
        .unwrap();
    // Painted at once (the print snapshot follows the event), light paper.
    let all = host.query_selector_all("figure canvas").unwrap();
    for i in 0..all.length() {
        let c: Element = all.item(i).unwrap().dyn_into().unwrap();
        assert!(!stale(&c), "canvas {i} painted for print");
        assert!(draws(&c) >= 1, "canvas {i} painted for print");
    }
    assert!(
        background_lightness(&gdp) > 200.0 && background_lightness(&pe) > 200.0,
        "light backgrounds on paper"
    );
    window
        .dispatch_event(&Event::new("afterprint").unwrap())
        .unwrap();
    rendered().await;
    // Back on screen: the visible chart in the dark palette again, the
    // off-screen one marked stale.
    assert!(
        background_lightness(&pe) < 100.0,
        "the screen's dark palette again"
    );
    assert!(stale(&gdp), "off screen again: stale until seen");
}

/// Mean of the red, green and blue of the canvas's top-left pixel.
fn background_lightness(c: &HtmlCanvasElement) -> f64 {
    let ctx: web_sys::CanvasRenderingContext2d =
        c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let px = ctx.get_image_data(1.0, 1.0, 1.0, 1.0).unwrap().data();
    (f64::from(px[0]) + f64::from(px[1]) + f64::from(px[2])) / 3.0
}

/// Mounts the app as if opened at `?query` (destroyed, like every mount, when
/// dropped); the URL is clean again when this returns.
async fn mount_at(query: &str) -> Mounted {
    let host = mount_query(query).await;
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    host
}

#[wasm_bindgen_test]
async fn embed_keys_show_one_figure_with_its_controls_locked() {
    let host = mount_at("?embed=valuation-pe&controls=0").await;
    assert_eq!(
        host.query_selector_all("figure[data-figure]")
            .unwrap()
            .length(),
        1
    );
    find(&host, r#"figure[data-figure="valuation-pe"] canvas"#);
    assert!(host
        .query_selector("section[data-chapter], header, nav, footer")
        .unwrap()
        .is_none());
    let growth: HtmlInputElement = find(&host, r#"input[data-assumption="g"]"#)
        .dyn_into()
        .unwrap();
    assert!(
        growth.matches(":disabled").unwrap(),
        "slider operable with controls=0"
    );
    let link = find(&host, r#"a[data-action="open-full"]"#);
    let href = link.get_attribute("href").unwrap();
    assert!(
        href.ends_with("?lang=en#valuation") || href.ends_with("?lang=zh#valuation"),
        "{href}"
    );
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    host.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_embed_value_gives_the_whole_page() {
    let host = mount_at("?embed=no-such-figure").await;
    for id in two_economies::story::CHAPTERS {
        find(&host, &format!(r#"section[data-chapter="{id}"]"#));
    }
    find(&host, r#"footer button[data-action="copy-embed"]"#);
    host.remove();
}

#[wasm_bindgen_test]
fn the_size_class_allocator_aligns_reuses_and_reallocates() {
    use std::alloc::{GlobalAlloc, Layout};
    let a = two_economies::alloc::SizeClasses::new();
    unsafe {
        // Alignment for every class and common alignments.
        for (size, align) in [
            (1, 1),
            (8, 8),
            (24, 8),
            (100, 16),
            (3000, 64),
            (70_000, 8),
            (5, 4096),
        ] {
            let l = Layout::from_size_align(size, align).unwrap();
            let p = a.alloc(l);
            assert!(!p.is_null(), "{size}/{align}");
            assert_eq!(p as usize % align, 0, "aligned {size}/{align}");
            std::ptr::write_bytes(p, 0xab, size);
            a.dealloc(p, l);
        }
        // A freed block is reused for the next request of its class.
        let l = Layout::from_size_align(40, 8).unwrap();
        let p = a.alloc(l);
        a.dealloc(p, l);
        let q = a.alloc(Layout::from_size_align(60, 8).unwrap());
        assert_eq!(p, q, "same 64-byte class");
        // Live blocks never overlap.
        let blocks: Vec<*mut u8> = (0..200).map(|_| a.alloc(l)).collect();
        for (i, &b) in blocks.iter().enumerate() {
            std::ptr::write_bytes(b, i as u8, 40);
        }
        for (i, &b) in blocks.iter().enumerate() {
            assert!(std::slice::from_raw_parts(b, 40)
                .iter()
                .all(|&x| x == i as u8));
        }
        // Realloc keeps the contents, in place within a class and moved beyond.
        let r = a.realloc(blocks[0], l, 50);
        assert_eq!(r, blocks[0], "40 -> 50 stays in the 64-byte block");
        let r2 = a.realloc(r, Layout::from_size_align(50, 8).unwrap(), 5000);
        assert!(std::slice::from_raw_parts(r2, 40).iter().all(|&x| x == 0));
    }
}

/// Bytes of wasm linear memory: it grows in 64 KiB pages, only when the
/// allocator has no free block of a request's class and its bump region is
/// used up, and never shrinks.
fn linear_memory_bytes() -> u32 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
}

#[wasm_bindgen_test]
async fn linear_memory_stops_growing_as_every_slider_moves() {
    // Rounds after the warm-up; each moves every slider through its range.
    const ROUNDS: usize = 50;
    // Steps per sweep: minimum, middle, maximum (then back to the start).
    const STEPS: u32 = 2;
    let host = mount().await;
    let list = host.query_selector_all(r#"input[type="range"]"#).unwrap();
    let sliders: Vec<(HtmlInputElement, f64, f64, f64)> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlInputElement>().ok())
        .map(|s| {
            let bound = |v: String| v.parse::<f64>().unwrap();
            let (lo, hi, start) = (bound(s.min()), bound(s.max()), s.value_as_number());
            (s, lo, hi, start)
        })
        .collect();
    assert!(
        sliders.len() >= 20,
        "the whole story's sliders: {}",
        sliders.len()
    );
    // One round: each slider from its minimum to its maximum, then back to
    // where it started, waiting after each move until Yew's scheduler has
    // run the renders and the effects that repaint the canvases. The same
    // states in the same order every round, so a round needs no more blocks
    // of any size class than the one before it.
    let round = || async {
        for (s, lo, hi, start) in &sliders {
            for i in 0..=STEPS {
                slide(s, lo + (hi - lo) * f64::from(i) / f64::from(STEPS));
                yew::scheduler::flush().await;
            }
            slide(s, *start);
            yew::scheduler::flush().await;
        }
    };
    // On screen, so it repaints on each move (off-screen charts only mark
    // themselves stale).
    let canvas = find(&host, r#"figure[data-figure="valuation-pe"] canvas"#);
    scroll_to(&canvas).await;
    // Warm-up: every class reaches the most blocks the rounds hold at once.
    round().await;
    let (warm, draws_warm) = (linear_memory_bytes(), draws(&canvas));
    for _ in 0..ROUNDS {
        round().await;
    }
    assert!(
        draws(&canvas) >= draws_warm + ROUNDS as u32,
        "the rounds repainted the charts"
    );
    // Freed blocks serve later requests of their class, so with the same
    // work repeated nothing new is carved from fresh pages: the bound is
    // zero. Any growth is a leak or blocks kept per move (50 rounds are
    // 5,000+ moves, so even 12 bytes kept per move pass a 64 KiB page).
    let grown = linear_memory_bytes() - warm;
    assert_eq!(
        grown, 0,
        "linear memory grew {grown} bytes over {ROUNDS} rounds after the warm-up ({warm} bytes)"
    );
}

/// IDs of the chapters not hidden.
fn shown_chapters(host: &Element) -> Vec<String> {
    let list = host.query_selector_all("section[data-chapter]").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter(|e| !e.has_attribute("hidden"))
        .map(|e| e.id())
        .collect()
}

/// A bubbling `keydown` of `key` on `target`, as the keyboard sends it.
fn key_down(target: &web_sys::EventTarget, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&e).unwrap();
}

fn presenting() -> bool {
    document()
        .document_element()
        .unwrap()
        .class_list()
        .contains("presenting")
}

#[wasm_bindgen_test]
async fn presenter_mode_shows_one_chapter_and_the_keys_step_through_them() {
    let host = mount_query("?present=1#valuation").await;
    // The class and the chapter shown are set by effects after the first
    // render (mount waited for them).
    assert!(presenting(), "?present=1 presents");
    assert_eq!(shown_chapters(&host), ["valuation"]);
    let svg = find(&host, r#"[data-role="qr"] svg"#);
    assert!(svg.query_selector("path").unwrap().is_some(), "QR modules");
    let body: web_sys::EventTarget = document().body().unwrap().into();
    key_down(&body, "ArrowRight");
    rendered().await;
    let hash = || web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash() == "#margin", "the hash follows: {}", hash());
    assert_eq!(shown_chapters(&host), ["margin"]);
    // A slider keeps its arrows.
    let slider: web_sys::EventTarget = find(
        &host,
        r#"section[data-chapter="margin"] input[type="range"]"#,
    )
    .dyn_into::<Element>()
    .unwrap()
    .into();
    key_down(&slider, "ArrowLeft");
    rendered().await;
    assert_eq!(shown_chapters(&host), ["margin"]);
    key_down(&body, "Home");
    rendered().await;
    assert!(
        shown_chapters(&host) == ["split"],
        "Home: {:?}",
        shown_chapters(&host)
    );
    key_down(&body, "Escape");
    rendered().await;
    assert!(!presenting(), "Esc leaves");
    assert_eq!(
        shown_chapters(&host).len(),
        two_economies::story::CHAPTERS.len()
    );
    // P enters again, at the chapter being read.
    key_down(&body, "p");
    rendered().await;
    assert!(presenting(), "P enters");
    assert_eq!(shown_chapters(&host).len(), 1);
    drop(host);
    rendered().await;
    assert!(!presenting(), "a destroyed app leaves no presenting class");
}

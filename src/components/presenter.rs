//! Presenter mode for a classroom projector (`?present=1`, or the `P` key):
//! one chapter per screen in large type, a bar with the position,
//! Previous/Next and a QR code that opens the same scenario on students'
//! phones. The decisions (keys, steps, URLs) are pure functions in
//! [`crate::presenter`]; this module wires them to the page.
//!
//! Written as one hook and one plain view function rather than components
//! with their own hooks: every Yew component and hook type is compiled into
//! the wasm separately, and the budget is tight.

use crate::components::toc::current_chapter;
use crate::presenter::{self, focus_kind, key_nav, Focus, Nav, View};
use crate::text::{chapter_of, chapter_title, strings, Lang};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Fired on `window` after the app rewrote the page URL with
/// `history.replaceState` (which fires no event of its own), so the QR code
/// can follow.
pub const URL_CHANGED: &str = "two-economies:url";

/// Tells listeners of [`URL_CHANGED`] that the URL changed.
pub fn notify_url_changed() {
    if let Ok(e) = web_sys::Event::new(URL_CHANGED) {
        let _ = window().dispatch_event(&e);
    }
}

/// The page's URL without its `#fragment`.
fn href_without_hash() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.find('#') {
        Some(i) => href[..i].to_string(),
        None => href,
    }
}

/// The index in `chapters` of the chapter in the URL's `#hash`, if any.
fn hash_chapter(chapters: &[&'static str]) -> Option<usize> {
    let hash = window().location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    chapters.iter().position(|c| *c == id)
}

/// Dispatches a step; entering starts at the chapter being read.
fn nav(dispatcher: &UseReducerDispatcher<State>, chapters: &[&'static str], nav: Nav) {
    let entry = current_chapter(chapters)
        .and_then(|id| chapters.iter().position(|c| *c == id))
        .unwrap_or(0);
    dispatcher.dispatch(Change::Nav(nav, chapters.len(), entry));
}

/// Presenter state: what is shown, and the page URL without `#` (what the
/// QR code encodes, after [`presenter::student_url`]).
#[derive(PartialEq)]
struct State {
    view: View,
    page: String,
}

/// A change of [`State`].
enum Change {
    /// A step, with the number of chapters and the chapter to enter at.
    Nav(Nav, usize, usize),
    /// The app rewrote the URL.
    Url,
}

impl Reducible for State {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let next = match change {
            Change::Nav(nav, len, entry) => State {
                view: self.view.after(nav, len, entry),
                page: self.page.clone(),
            },
            Change::Url => State {
                view: self.view,
                page: href_without_hash(),
            },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Presenter mode for the page, from [`use_presenter`].
pub struct Presenter {
    /// What is shown.
    pub view: View,
    /// The QR code (SVG markup) of the student URL; `None` while not
    /// presenting or when the URL is too long for a QR code.
    pub qr: Rc<Option<String>>,
    /// Navigates: Previous, Next, Enter, Leave, enlarge the QR code.
    pub go: Callback<Nav>,
}

/// Presenter mode's state and effects: reads `?present=1` (starting at the
/// `#chapter` of a deep link), listens for the keys, keeps `#chapter` in the
/// URL and the `presenting` class on `<html>`, scrolls the chapter shown into
/// view, and makes the QR code.
#[hook]
pub fn use_presenter(chapters: Vec<&'static str>, lang: Lang) -> Presenter {
    let state = use_reducer(|| {
        let search = window().location().search().unwrap_or_default();
        let on = presenter::is_on(&search) && !chapters.is_empty();
        State {
            view: View {
                chapter: on.then(|| hash_chapter(&chapters).unwrap_or(0)),
                qr_big: false,
            },
            page: href_without_hash(),
        }
    });
    let dispatcher = state.dispatcher();
    let chapter = state.view.chapter;

    // The page follows the state.
    let last = use_mut_ref(|| None::<usize>);
    use_effect_with((chapter, chapters.clone()), move |(now, chapters)| {
        if let Some(html) = document().document_element() {
            let _ = html
                .class_list()
                .toggle_with_force("presenting", now.is_some());
        }
        // Shown now, or (when leaving) the chapter that was on screen.
        let before = std::mem::replace(&mut *last.borrow_mut(), *now);
        if let Some(id) = now.or(before).and_then(|i| chapters.get(i)) {
            if now.is_some() && hash_chapter(chapters) != *now {
                // `#chapter` in the URL, so a reload returns to it; replaced,
                // not pushed, and without the browser's jump.
                let loc = window().location();
                let url = format!(
                    "{}{}#{id}",
                    loc.pathname().unwrap_or_default(),
                    loc.search().unwrap_or_default()
                );
                if let Ok(history) = window().history() {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&url),
                    );
                }
                notify_url_changed();
            }
            if let Some(el) = document().get_element_by_id(id) {
                el.scroll_into_view();
            }
        }
        // An app destroyed while presenting leaves the page as it found it.
        || {
            if let Some(html) = document().document_element() {
                let _ = html.class_list().remove_1("presenting");
            }
        }
    });

    // Keys on the whole document (never those a focused control needs);
    // while presenting, `#chapter` links and URL rewrites too.
    {
        let dispatcher = dispatcher.clone();
        use_effect_with(
            (chapter.is_some(), chapters.clone()),
            move |(presenting, chapters)| {
                let presenting = *presenting;
                let mut listeners = Vec::new();
                let (d, ids) = (dispatcher.clone(), chapters.clone());
                listeners.push(EventListener::new_with_options(
                    &document(),
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                            return;
                        };
                        if e.default_prevented() || e.is_composing() {
                            return;
                        }
                        let focus = e
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                            .map_or(Focus::Page, |el| {
                                let attr = |name| el.get_attribute(name).unwrap_or_default();
                                focus_kind(
                                    &el.tag_name(),
                                    &attr("type"),
                                    &attr("role"),
                                    el.is_content_editable(),
                                    el.has_attribute("tabindex"),
                                )
                            });
                        let mods = e.ctrl_key() || e.alt_key() || e.meta_key();
                        if let Some(n) = key_nav(&e.key(), e.shift_key(), mods, focus, presenting) {
                            e.prevent_default();
                            nav(&d, &ids, n);
                        }
                    },
                ));
                if presenting {
                    let (d, ids) = (dispatcher.clone(), chapters.clone());
                    listeners.push(EventListener::new(&window(), "hashchange", move |_| {
                        if let Some(i) = hash_chapter(&ids) {
                            d.dispatch(Change::Nav(Nav::To(i), ids.len(), i));
                        }
                    }));
                    let d = dispatcher.clone();
                    listeners.push(EventListener::new(&window(), URL_CHANGED, move |_| {
                        d.dispatch(Change::Url)
                    }));
                    // The URL may have changed while nothing listened.
                    dispatcher.dispatch(Change::Url);
                }
                move || drop(listeners)
            },
        );
    }

    // The QR code of the URL students should open: this page without
    // `present=1`, at the chapter shown.
    let url = chapter
        .and_then(|i| chapters.get(i))
        .map(|id| presenter::student_url(&format!("{}#{id}", state.page)));
    let qr = use_memo((url, lang), |(url, lang)| {
        url.as_ref()
            .and_then(|url| presenter::qr_svg(url, strings(*lang).qr_title).ok())
    });
    let go = {
        let chapters = chapters.clone();
        Callback::from(move |n: Nav| nav(&dispatcher, &chapters, n))
    };
    Presenter {
        view: state.view,
        qr,
        go,
    }
}

/// The presenter bar: position (announced when it changes), Previous and
/// Next, the QR code of the student URL (enlarged on click) and Exit. Empty
/// when not presenting.
pub fn presenter_bar(p: &Presenter, chapters: &[&'static str], lang: Lang) -> Html {
    let Some(index) = p.view.chapter else {
        return Html::default();
    };
    let t = strings(lang);
    let id = chapters.get(index).copied().unwrap_or_default();
    let total = chapters.len();
    let on = |n: Nav| p.go.reform(move |_: MouseEvent| n);
    let qr = match p.qr.as_ref() {
        Some(svg) => html! {
            <button type="button" class="qr-button" data-action="qr-enlarge"
                aria-label={t.qr_enlarge} aria-expanded={if p.view.qr_big { "true" } else { "false" }}
                onclick={on(Nav::Qr)}>
                { Html::from_html_unchecked(AttrValue::from(svg.clone())) }
            </button>
        },
        None => html! { <p class="qr-too-long" data-role="qr-too-long">{ t.qr_too_long }</p> },
    };
    html! {
        <div class="present-bar" role="region" aria-label={t.present_bar} data-role="presenter">
            <div class="present-nav">
                <button type="button" class="present-step" data-action="present-prev"
                    aria-label={t.present_prev_aria} disabled={index == 0} onclick={on(Nav::Prev)}>
                    { t.present_prev }
                </button>
                <p class="present-where" role="status" aria-live="polite" aria-atomic="true">
                    <span class="present-count" data-role="present-count">
                        { chapter_of(lang, index + 1, total) }
                    </span>
                    <span class="present-title">{ chapter_title(id, lang) }</span>
                </p>
                <button type="button" class="present-step" data-action="present-next"
                    aria-label={t.present_next_aria} disabled={index + 1 >= total}
                    onclick={on(Nav::Next)}>
                    { t.present_next }
                </button>
            </div>
            <figure class={classes!("present-qr", p.view.qr_big.then_some("big"))} data-role="qr">
                { qr }
                <figcaption>{ t.qr_caption }</figcaption>
            </figure>
            <button type="button" class="present-exit" data-action="present-exit"
                aria-label={t.present_exit_aria} onclick={on(Nav::Toggle)}>
                { t.present_exit }
            </button>
        </div>
    }
}

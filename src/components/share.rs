//! The Share button, in the header (the whole story) and under every figure
//! (its chapter): the system share sheet where the browser has the Web Share
//! API (most phones), with a title, a one-line summary and the link; elsewhere
//! the link copied, announced in a polite live region, or shown selected in a
//! field when the clipboard is refused. The link is built by [`crate::share`]
//! from the scenario of the moment, read when the button is pressed.

use crate::components::copy::{use_copy, CopyFlow, Outcome};
use crate::model::assumptions::Assumptions;
use crate::text::{figure_title, share_text, strings, Lang};
use gloo::utils::window;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The scenario of the latest render (assumptions, scenario A), shared by
/// the app with every Share button through a context whose identity never
/// changes, so a slider move re-renders no button.
#[derive(Clone, Default)]
pub struct Scenario(pub Rc<RefCell<Current>>);

/// The assumptions of the latest render and scenario A, if kept.
pub type Current = (Rc<Assumptions>, Option<Rc<Assumptions>>);

impl PartialEq for Scenario {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`Share`].
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The figure whose chapter is shared; `None` shares the whole story.
    #[prop_or_default]
    pub figure: Option<&'static str>,
    /// Language of the button, the summary and the shared page.
    pub lang: Lang,
}

/// `navigator.share`, where the browser offers it.
fn share_api() -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window().navigator(), &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
}

/// The page's origin and path (what a shared link starts with).
fn page() -> String {
    let loc = window().location();
    let mut s = loc.origin().unwrap_or_default();
    // `file:` pages have the origin "null": the full href's path part serves.
    if s == "null" || s.is_empty() {
        s = loc.href().unwrap_or_default();
        return s.split(['?', '#']).next().unwrap_or("").to_string();
    }
    s.push_str(&loc.pathname().unwrap_or_default());
    s
}

/// The button and what it says after a copy.
#[component]
pub fn Share(p: &ShareProps) -> Html {
    let t = share_text(p.lang);
    let scenario = use_context::<Scenario>().unwrap_or_default();
    let CopyFlow {
        outcome,
        field,
        copy,
    } = use_copy();
    let onclick = {
        let (figure, lang) = (p.figure, p.lang);
        Callback::from(move |_: MouseEvent| {
            let (state, compare) = scenario.0.borrow().clone();
            let chapter = figure.and_then(crate::story::figure_chapter);
            let query = crate::share::query(&state, compare.as_deref(), lang);
            let url = crate::share::link(&page(), &query, chapter);
            let site = strings(lang).title;
            let title = match figure.map(|f| figure_title(f, lang)) {
                Some(f) if !f.is_empty() => format!("{f} · {site}"),
                _ => site.to_string(),
            };
            let text = crate::share::summary(&state, compare.as_deref(), lang);
            let Some(share) = share_api() else {
                copy.emit(url);
                return;
            };
            let data = js_sys::Object::new();
            for (k, v) in [("title", &title), ("text", &text), ("url", &url)] {
                let _ = js_sys::Reflect::set(&data, &k.into(), &JsValue::from_str(v));
            }
            let promise = share
                .call1(&window().navigator(), &data)
                .ok()
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
            let copy = copy.clone();
            match promise {
                Some(promise) => wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
                        // The reader closed the sheet: nothing to do. Any other
                        // refusal (no user gesture, a blocked sheet): copy.
                        let name = js_sys::Reflect::get(&e, &"name".into())
                            .ok()
                            .and_then(|n| n.as_string());
                        if name.as_deref() != Some("AbortError") {
                            copy.emit(url);
                        }
                    }
                }),
                None => copy.emit(url),
            }
        })
    };
    let status = match *outcome {
        Outcome::Idle => "",
        Outcome::Copied => t.copied,
        Outcome::Manual(_) => t.copy_manually,
    };
    let aria = if p.figure.is_some() {
        t.figure_aria
    } else {
        t.story_aria
    };
    html! {
        <span class="share">
            <button type="button" data-action="share" aria-label={aria} {onclick}>{ t.button }</button>
            <span class="copy-status" role="status" aria-live="polite">{ status }</span>
            if let Outcome::Manual(text) = &*outcome {
                <input ref={field} class="share-link" type="url" readonly=true
                    aria-label={t.field} value={text.clone()} />
            }
        </span>
    }
}

//! Table of contents: one link per written chapter; the chapter being read is
//! marked `aria-current`, following the scroll position.

use crate::text::{chapter_title, strings, Lang};
use gloo::events::EventListener;
use gloo::utils::{document, window};
use yew::prelude::*;

/// Props of [`Toc`].
#[derive(Properties, PartialEq)]
pub struct TocProps {
    /// Chapter IDs shown, in order.
    pub chapters: Vec<&'static str>,
    /// Language of the titles.
    pub lang: Lang,
}

/// The ID of the last chapter whose top has passed 35 % of the viewport.
pub(crate) fn current_chapter(ids: &[&'static str]) -> Option<&'static str> {
    let line = window().inner_height().ok()?.as_f64()? * 0.35;
    let mut current = ids.first().copied();
    for id in ids {
        let top = document()
            .get_element_by_id(id)?
            .get_bounding_client_rect()
            .top();
        if top <= line {
            current = Some(id);
        }
    }
    current
}

/// `<nav>` with the chapter links.
#[component]
pub fn Toc(p: &TocProps) -> Html {
    let current = use_state_eq(|| None::<&'static str>);
    {
        let current = current.clone();
        use_effect_with(p.chapters.clone(), move |ids| {
            let ids = ids.clone();
            current.set(current_chapter(&ids));
            // gloo listeners are passive by default: scrolling is never blocked.
            let listener = EventListener::new(&window(), "scroll", move |_| {
                current.set(current_chapter(&ids))
            });
            move || drop(listener)
        });
    }
    // On narrow screens the list scrolls sideways: keep the current link in view.
    use_effect_with(*current, |_| {
        use wasm_bindgen::JsCast;
        let link = document()
            .query_selector("nav.toc a[aria-current]")
            .ok()
            .flatten();
        if let Some(link) = link.and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) {
            if let Some(list) = link.closest("ol").ok().flatten() {
                let left = link.offset_left() - (list.client_width() - link.offset_width()) / 2;
                list.set_scroll_left(left.max(0));
            }
        }
    });
    html! {
        <nav class="toc" aria-label={strings(p.lang).toc}>
            <ol>
                { for p.chapters.iter().map(|id| {
                    let here = *current == Some(*id);
                    html! {
                        <li>
                            <a href={format!("#{id}")} aria-current={here.then_some("true")}>
                                { chapter_title(id, p.lang) }
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

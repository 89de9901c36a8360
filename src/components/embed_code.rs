//! "Copy embed code": puts the `<iframe>` code of a figure (or of the whole
//! story), in the state the reader has set, on the clipboard; if the browser
//! refuses, shows the code selected so it can be copied by hand.

use crate::embed;
use crate::model::assumptions::Assumptions;
use crate::text::{figure_title, strings, Lang};
use gloo::utils::window;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`CopyEmbed`].
#[derive(Properties, PartialEq)]
pub struct CopyEmbedProps {
    /// A figure ID, or `story` for the whole story.
    pub target: &'static str,
    /// Language of the button and of the code's `title`.
    pub lang: Lang,
}

/// What the reader sees after pressing the button.
#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    /// The clipboard refused: the code, shown to copy by hand.
    Manual(String),
}

/// The embed code for `target` in the current state: the assumptions read
/// back from the URL (which the app keeps equal to the state), `controls`
/// and `theme` if set, and the language.
fn code(target: &str, lang: Lang) -> String {
    let loc = window().location();
    let search = loc.search().unwrap_or_default();
    let page = format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    );
    let state = Assumptions::from_query(&search, &embed::NOT_ASSUMPTIONS)
        .0
        .to_query();
    let first = format!("embed={target}");
    let query = embed::link_query(&first, &state, &search, &["controls", "theme"], lang);
    let site = strings(lang).title;
    match figure_title(target, lang) {
        "" => embed::snippet(&page, &query, site, embed::STORY_HEIGHT),
        f => embed::snippet(
            &page,
            &query,
            &format!("{f} · {site}"),
            embed::FIGURE_HEIGHT,
        ),
    }
}

/// `navigator.clipboard`, where the browser offers it (secure pages only).
fn clipboard() -> Option<web_sys::Clipboard> {
    js_sys::Reflect::get(&window().navigator(), &"clipboard".into())
        .ok()
        .filter(|c| c.is_object())
        .map(JsCast::unchecked_into)
}

/// The older way, for browsers that refuse the clipboard API: copy the
/// current selection. True if the browser says it copied.
fn copy_selection() -> bool {
    let document = gloo::utils::document();
    js_sys::Reflect::get(&document, &"execCommand".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&document, &"copy".into()).ok())
        .is_some_and(|done| done.is_truthy())
}

/// The button, its spoken and shown result, and the fallback code box.
#[component]
pub fn CopyEmbed(p: &CopyEmbedProps) -> Html {
    let t = strings(p.lang);
    let outcome = use_state_eq(|| Outcome::Idle);
    let code_box = use_node_ref();
    let onclick = {
        let (outcome, target, lang) = (outcome.clone(), p.target, p.lang);
        Callback::from(move |_: MouseEvent| {
            let text = code(target, lang);
            let outcome = outcome.clone();
            match clipboard() {
                Some(c) => {
                    let written = wasm_bindgen_futures::JsFuture::from(c.write_text(&text));
                    wasm_bindgen_futures::spawn_local(async move {
                        outcome.set(match written.await {
                            Ok(_) => Outcome::Copied,
                            Err(_) => Outcome::Manual(text),
                        });
                    });
                }
                None => outcome.set(Outcome::Manual(text)),
            }
        })
    };
    {
        let (code_box, outcome) = (code_box.clone(), outcome.clone());
        use_effect_with((*outcome).clone(), move |shown| {
            if let (Outcome::Manual(_), Some(el)) =
                (shown, code_box.cast::<web_sys::HtmlTextAreaElement>())
            {
                let _ = el.focus();
                el.select();
                if copy_selection() {
                    outcome.set(Outcome::Copied);
                }
            }
        });
    }
    let story = p.target == "story";
    let status = match *outcome {
        Outcome::Idle => "",
        Outcome::Copied => t.copied,
        Outcome::Manual(_) => t.copy_manually,
    };
    html! {
        <div class="embed-tools">
            <button type="button" data-action="copy-embed" {onclick}
                aria-describedby={(!story).then(|| format!("{}-caption", p.target))}>
                { if story { t.copy_embed_story } else { t.copy_embed } }
            </button>
            <span class="copy-status" role="status">{ status }</span>
            if let Outcome::Manual(text) = &*outcome {
                <textarea ref={code_box} class="embed-code" readonly=true rows="4"
                    aria-label={t.embed_code} value={text.clone()} />
            }
        </div>
    }
}

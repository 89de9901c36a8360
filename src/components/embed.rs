//! "Copy embed code": puts the `<iframe>` code of a figure (or of the whole
//! story), in the state the reader has set, on the clipboard; if the browser
//! refuses, shows the code selected so it can be copied by hand.

use crate::components::copy::{use_copy, CopyFlow, Outcome};
use crate::embed;
use crate::model::assumptions::Assumptions;
use crate::text::{figure_title, strings, Lang};
use gloo::utils::window;
use yew::prelude::*;

/// Props of [`CopyEmbed`].
#[derive(Properties, PartialEq)]
pub struct CopyEmbedProps {
    /// A figure ID, or `story` for the whole story.
    pub target: &'static str,
    /// Language of the button and of the code's `title`.
    pub lang: Lang,
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

/// The button, its spoken and shown result, and the fallback code box.
#[component]
pub fn CopyEmbed(p: &CopyEmbedProps) -> Html {
    let t = strings(p.lang);
    let CopyFlow {
        outcome,
        field: code_box,
        copy,
    } = use_copy();
    let onclick = {
        let (target, lang) = (p.target, p.lang);
        Callback::from(move |_: MouseEvent| copy.emit(code(target, lang)))
    };
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

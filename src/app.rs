//! The app: one [`Assumptions`] state with a reducer, effects in hooks, and
//! the page frame. Entry point [`start`].

use crate::components::chapter::Chapter;
use crate::components::chapters::Ctx;
use crate::components::presenter::{self, presenter_bar, use_presenter};
use crate::components::toc::Toc;
use crate::model::assumptions::{Action, Assumptions};
use crate::present::Nav;
use crate::story;
use crate::text::{strings, Lang};
use gloo::events::EventListener;
use gloo::utils::{document, window};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Assumptions {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = (*self).clone().apply(action);
        if next == *self {
            self // unchanged: no re-render
        } else {
            Rc::new(next)
        }
    }
}

/// Mounts the app into `#root` (or `<body>` if the page lacks it).
pub fn start() {
    let app = match document().get_element_by_id("root") {
        Some(root) => yew::Renderer::<App>::with_root(root),
        None => yew::Renderer::<App>::new(),
    };
    app.render();
}

/// Language from `?lang=` if given, else the browser's preference.
fn initial_lang() -> Lang {
    let search = window().location().search().unwrap_or_default();
    let from_query = search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "lang")
        .map(|(_, v)| Lang::from_tag(v));
    from_query
        .unwrap_or_else(|| Lang::from_tag(&window().navigator().language().unwrap_or_default()))
}

/// Query keys that are not assumptions (handled by the app, not the model).
const URL_KEYS_ELSEWHERE: [&str; 5] = ["lang", "embed", "controls", "theme", "present"];

/// The language the browser asks for, ignoring the URL.
fn browser_lang() -> Lang {
    Lang::from_tag(&window().navigator().language().unwrap_or_default())
}

/// Assumptions from the page's query string: valid keys are used (clamped),
/// anything else is ignored and noted quietly in the console.
fn initial_assumptions() -> Assumptions {
    let search = window().location().search().unwrap_or_default();
    let (a, ignored) = Assumptions::from_query(&search, &URL_KEYS_ELSEWHERE);
    if !ignored.pairs.is_empty() {
        // Joined rather than `{:?}`: Debug escaping would ship Unicode tables.
        gloo::console::info!(format!(
            "Two Economies ignored these URL parameters: {}",
            ignored.pairs.join(" | ")
        ));
    }
    a
}

/// Keeps the URL equal to the state (only values that differ from the
/// defaults, and the language when it differs from the browser's), written
/// with `replaceState` at most every 100 ms so slider drags stay smooth.
/// `present` keeps `present=1` (and the language) in the query while
/// presenter mode is on.
#[hook]
fn use_url_sync(state: &Assumptions, lang: Lang, present: bool) {
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    use_effect_with((state.clone(), lang, present), move |(state, lang, on)| {
        let mut query = state.to_query();
        // While presenting, always: students' phones open the projected language.
        if *lang != browser_lang() || *on {
            let sep = if query.is_empty() { "" } else { "&" };
            query = format!(
                "{query}{sep}lang={}",
                if *lang == Lang::Zh { "zh" } else { "en" }
            );
        }
        // Presenter mode: display state, not an assumption (present.rs).
        let query = crate::present::set_flag(&query, *on);
        *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(100, move || {
            let loc = window().location();
            let (path, hash) = (
                loc.pathname().unwrap_or_default(),
                loc.hash().unwrap_or_default(),
            );
            let url = if query.is_empty() {
                format!("{path}{hash}")
            } else {
                format!("{path}?{query}{hash}")
            };
            if let Ok(history) = window().history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
            presenter::notify_url_changed(); // the presenter's QR code follows
        }));
    });
}

/// Whether the reader's system prefers a dark theme; follows changes live.
#[hook]
fn use_prefers_dark() -> bool {
    let query = use_memo((), |_| {
        window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
    });
    let dark = use_state_eq(|| query.as_ref().as_ref().is_some_and(|q| q.matches()));
    {
        let dark = dark.clone();
        use_effect_with(query, move |query| {
            let listener = query.as_ref().as_ref().map(|q| {
                let q2 = q.clone();
                EventListener::new(q, "change", move |_| dark.set(q2.matches()))
            });
            move || drop(listener)
        });
    }
    *dark
}

/// The whole page.
#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_assumptions);
    let lang = use_state_eq(initial_lang);
    let chapters: Vec<&'static str> = story::CHAPTERS
        .into_iter()
        .filter(|id| !story::chapter(*lang, id).is_empty())
        .collect();
    let presenter = use_presenter(chapters.clone(), *lang);
    let presenting = presenter.view.chapter;
    use_url_sync(&state, *lang, presenting.is_some());
    let dark = use_prefers_dark();
    let t = strings(*lang);

    use_effect_with(*lang, |lang| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.tag());
        }
        document().set_title(strings(*lang).title);
    });
    use_effect_with((), |_| {
        // The app is up: retire the static loading message.
        if let Some(boot) = document().get_element_by_id("boot") {
            boot.remove();
        }
        // The chapters did not exist when the browser looked for `#ID`:
        // scroll to a deep-linked chapter now that they do.
        let hash = window().location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        if story::is_chapter(id) {
            if let Some(el) = document().get_element_by_id(id) {
                el.scroll_into_view();
            }
        }
    });

    // One callback for the app's lifetime, so it never makes props differ.
    let dispatcher = state.dispatcher();
    let on_action = use_callback((), move |a: Action, _| dispatcher.dispatch(a));
    let ctx = Ctx {
        assumptions: Rc::new((*state).clone()),
        lang: *lang,
        dark,
        on_action,
    };
    let toggle_lang = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(lang.other()))
    };
    html! {
        <>
            <header class="site-header">
                <div class="brand">
                    <p class="title">{ t.title }</p>
                    <p class="subtitle">{ t.subtitle }</p>
                </div>
                if presenting.is_none() {
                    <button type="button" class="present-start" data-action="present"
                        aria-keyshortcuts="P" title={t.present_aria}
                        onclick={presenter.go.reform(|_: MouseEvent| Nav::Enter)}>{ t.present }</button>
                }
                <button type="button" class="lang" data-action="lang" lang={lang.other().tag()}
                    aria-label={t.switch_lang_aria} onclick={toggle_lang}>{ t.switch_lang }</button>
            </header>
            <p class="disclaimer" role="note">{ t.disclaimer }</p>
            <Toc chapters={chapters.clone()} lang={*lang} />
            <main id="story">
                { for chapters.iter().enumerate().map(|(i, id)| html! {
                    <Chapter id={*id} ctx={ctx.clone()}
                        hidden={presenting.is_some_and(|shown| shown != i)} />
                }) }
            </main>
            { presenter_bar(&presenter, &chapters, *lang) }
            <footer class="site-footer"><p>{ t.footer }</p></footer>
        </>
    }
}

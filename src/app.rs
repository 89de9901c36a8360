//! The app: one [`Assumptions`] state with a reducer, its effects in
//! [`crate::hooks`] (URL, history, theme, embed height), the boot code (the
//! state read from the URL, the language fetched) and the page frame. Entry
//! point [`start`].

use crate::components::chapter::Chapter;
use crate::components::chapters::{figure, Ctx};
use crate::components::embed::CopyEmbed;
use crate::components::presenter::{presenter_bar, use_presenter};
use crate::components::toc::Toc;
use crate::embed::{self, Display, View};
use crate::hooks::{use_history, use_prefers_dark, use_report_height, use_url_sync};
use crate::model::assumptions::{Action, Assumptions};
use crate::presenter::Nav;
use crate::story;
use crate::text::{figure_title, strings, Lang};
use gloo::utils::{document, window};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
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

/// The test-only fault switch, read once at start (the app rewrites its URL).
#[cfg(feature = "fault")]
static FAULT_ARMED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Mounts the app into `#root` (or `<body>` if the page lacks it).
pub fn start() {
    #[cfg(feature = "fault")]
    FAULT_ARMED.store(
        window()
            .location()
            .search()
            .unwrap_or_default()
            .contains("fault=trap"),
        std::sync::atomic::Ordering::Relaxed,
    );
    // A page in a language other than English first fetches that
    // language's data file (crate::i18n); if that fails, it opens in English.
    let lang = initial_lang();
    if !crate::i18n::is_installed(lang) {
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = load_locale(lang).await {
                locale_failed(lang, &e);
            }
            mount();
        });
    } else {
        mount();
    }
}

fn mount() {
    let app = match document().get_element_by_id("root") {
        Some(root) => yew::Renderer::<App>::with_root(root),
        None => yew::Renderer::<App>::new(),
    };
    app.render();
}

/// Noted quietly: the page stays in (or goes back to) English.
fn locale_failed(lang: Lang, e: &crate::i18n::LocaleError) {
    gloo::console::warn!(
        format!(
            "Text for {} ({}) unavailable, showing English:",
            lang.name(),
            lang.url_value()
        ),
        e.reason()
    );
}

/// Fetches and installs `lang`'s data file, `i18n/<file>` beside the page,
/// unless the page names another copy (`<meta name="two-economies-locale"
/// data-file="<file>" content="<url>">`, which the offline file uses for an
/// inline `data:` URL). The text is leaked: it lives as long as the page.
async fn load_locale(lang: Lang) -> Result<(), crate::i18n::LocaleError> {
    use crate::i18n::LocaleError;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let file = lang.file();
    let url = document()
        .query_selector_all("meta[name=two-economies-locale]")
        .ok()
        .and_then(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                .find(|m| m.get_attribute("data-file").as_deref() == Some(file))
                .and_then(|m| m.get_attribute("content"))
        })
        .unwrap_or_else(|| format!("i18n/{file}"));
    let resp = JsFuture::from(window().fetch_with_str(&url))
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
        .filter(|r| r.ok())
        .ok_or(LocaleError::Unavailable)?;
    let text = JsFuture::from(resp.text().map_err(|_| LocaleError::Unavailable)?)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(LocaleError::Unavailable)?;
    crate::i18n::install(lang, Box::leak(text.into_boxed_str()))
}

/// Sets the language, fetching its text first if it is not in memory yet;
/// if that fails, the language stays as it is.
pub(crate) fn switch_lang(handle: &UseStateHandle<Lang>, to: Lang) {
    if !crate::i18n::is_installed(to) {
        let handle = handle.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match load_locale(to).await {
                Ok(()) => handle.set(to),
                Err(e) => locale_failed(to, &e),
            }
        });
    } else {
        handle.set(to);
    }
}

/// Language from `?lang=` if given, else the browser's preference.
fn initial_lang() -> Lang {
    lang_from(&window().location().search().unwrap_or_default())
}

/// Language from the query string `search`, else the browser's preference.
pub(crate) fn lang_from(search: &str) -> Lang {
    let from_query = search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "lang")
        .map(|(_, v)| Lang::from_url(v).unwrap_or_else(|| Lang::from_tag(v)));
    from_query
        .unwrap_or_else(|| Lang::from_tag(&window().navigator().language().unwrap_or_default()))
}

/// The language the browser asks for, ignoring the URL.
pub(crate) fn browser_lang() -> Lang {
    Lang::from_tag(&window().navigator().language().unwrap_or_default())
}

/// Assumptions from the page's query string: valid keys are used (clamped),
/// anything else is ignored and noted quietly in the console.
fn initial_compare() -> Option<Rc<Assumptions>> {
    compare_from(&window().location().search().unwrap_or_default())
}

/// Scenario A from the query string `search` (key `a`), if kept.
pub(crate) fn compare_from(search: &str) -> Option<Rc<Assumptions>> {
    let value = search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|kv| kv.split_once('=').or((kv == "a").then_some((kv, ""))))
        .rfind(|(k, _)| *k == "a")?
        .1;
    let (a, ignored) = Assumptions::from_compact(value);
    note_ignored(&ignored.pairs);
    Some(Rc::new(a))
}

fn initial_assumptions() -> Assumptions {
    let search = window().location().search().unwrap_or_default();
    let (a, ignored) = Assumptions::from_query(&search, &embed::NOT_ASSUMPTIONS);
    note_ignored(&ignored.pairs);
    a
}

/// How to show the page (`embed`, `controls`, `theme`), from the query
/// string; values it does not know are noted quietly in the console and
/// leave the normal page.
fn initial_display() -> Display {
    let search = window().location().search().unwrap_or_default();
    let (d, ignored) = Display::from_query(&search);
    note_ignored(&ignored);
    d
}

fn note_ignored(pairs: &[String]) {
    if !pairs.is_empty() {
        // Joined rather than `{:?}`: Debug escaping would ship Unicode tables.
        gloo::console::info!(format!(
            "Two Economies ignored these URL parameters: {}",
            pairs.join(" | ")
        ));
    }
}

/// The whole page, or the embedded story or figure the URL asks for.
#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_assumptions);
    // Not installed (the fetch failed): English.
    let lang = use_state_eq(|| crate::i18n::effective(initial_lang()));
    let display = *use_memo((), |_| initial_display());
    let compare = use_state_eq(initial_compare);
    // When the URL was last written; starts "now" so the first write (the
    // page's own normalisation) replaces rather than adds an entry.
    let last_write = use_memo((), |_| std::cell::Cell::new(js_sys::Date::now()));
    use_history(&state, &lang, &compare, last_write.clone());
    let chapters: Vec<&'static str> = story::CHAPTERS
        .into_iter()
        .filter(|id| !story::chapter(*lang, id).is_empty())
        .collect();
    let presenter = use_presenter(chapters.clone(), *lang);
    let presenting = presenter.view.chapter;
    use_url_sync(
        &state,
        *lang,
        (*compare).clone(),
        last_write.clone(),
        presenting.is_some(),
    );
    use_report_height();
    let prefers_dark = use_prefers_dark();
    let dark = display.theme.is_dark(prefers_dark);
    let t = strings(*lang);

    use_effect_with(*lang, move |lang| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.tag());
        }
        let title = strings(*lang).title;
        match display.view {
            View::Figure(id) => {
                document().set_title(&format!("{} · {title}", figure_title(id, *lang)))
            }
            _ => document().set_title(title),
        }
    });
    use_effect_with((), move |_| {
        // The app is up: retire the static loading message.
        if let Some(boot) = document().get_element_by_id("boot") {
            boot.remove();
        }
        if let Some(html) = document().document_element() {
            let _ = match display.theme.attr() {
                Some(theme) => html.set_attribute("data-theme", theme),
                None => html.remove_attribute("data-theme"),
            };
        }
        // The chapters did not exist when the browser looked for `#ID`:
        // scroll to a deep-linked chapter now that they do (not when
        // embedded: that would scroll the host page).
        let hash = window().location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        if story::is_chapter(id) && !display.embedded() {
            if let Some(el) = document().get_element_by_id(id) {
                el.scroll_into_view();
            }
        }
    });

    // One callback for the app's lifetime, so it never makes props differ.
    let dispatcher = state.dispatcher();
    let on_action = use_callback((), move |a: Action, _| {
        // Test-only fault switch (cargo feature `fault`, never in a release
        // build): `?fault=trap` makes the first change trap the wasm, so the
        // end-to-end tests can see the page's crash message take over.
        #[cfg(feature = "fault")]
        if FAULT_ARMED.load(std::sync::atomic::Ordering::Relaxed) {
            panic!("deliberate trap (test-only fault switch)");
        }
        dispatcher.dispatch(a)
    });
    // The assumptions of this render, for "Keep as A": chapters re-render
    // only when what they show changes, so a button's own copy may be stale.
    let now = Rc::new((*state).clone());
    let latest = use_mut_ref(|| now.clone());
    *latest.borrow_mut() = now.clone();
    // The same for the Share buttons: read when pressed, so none re-renders
    // on a slider move.
    let scenario = use_memo((), |_| crate::components::share::Scenario::default());
    *scenario.0.borrow_mut() = (now.clone(), (*compare).clone());
    let on_compare = {
        let compare = compare.clone();
        use_callback((), move |keep: bool, _| {
            compare.set(keep.then(|| latest.borrow().clone()))
        })
    };
    let ctx = Ctx {
        assumptions: now,
        lang: *lang,
        dark,
        locked: display.locked,
        embedded: display.embedded(),
        on_action,
        compare: (*compare).clone(),
        on_compare,
    };
    let toggle_lang = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| switch_lang(&lang, lang.other()))
    };
    let choose_lang = {
        let lang = lang.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            if let Some(to) = Lang::from_url(&v) {
                switch_lang(&lang, to);
            }
        })
    };
    // Opened at the top, the first frame shows the first chapter only, so
    // the first chart paints sooner; the rest follow in a task after that
    // frame. A deep link or presenter mode gets the whole story at once (the
    // page scrolls to its chapter on mount).
    let rest = use_state_eq(|| false);
    {
        let rest = rest.clone();
        use_effect_with((), move |_| {
            // Both the frame callback and the timer are cancelled if the app
            // is destroyed first.
            let timer = Rc::new(std::cell::RefCell::new(None));
            let armed = timer.clone();
            let after_frame = Closure::once_into_js(move || {
                *armed.borrow_mut() = Some(gloo::timers::callback::Timeout::new(0, move || {
                    rest.set(true)
                }));
            });
            let frame = window()
                .request_animation_frame(after_frame.unchecked_ref())
                .ok();
            move || {
                if let Some(id) = frame {
                    let _ = window().cancel_animation_frame(id);
                }
                drop(timer.borrow_mut().take());
            }
        });
    }
    let count =
        if *rest || presenting.is_some() || window().location().hash().is_ok_and(|h| h.len() > 1) {
            chapters.len()
        } else {
            1
        };
    let main = html! {
        <main id="story" class={classes!(display.embedded().then_some("embed"))}>
            if let View::Figure(id) = display.view {
                { figure(id, &ctx) }
            } else {
                { for chapters.iter().take(count).enumerate().map(|(i, id)| html! {
                    <Chapter {id} ctx={ctx.clone()} hidden={presenting.is_some_and(|shown| shown != i)} />
                }) }
            }
        </main>
    };
    if display.embedded() {
        let loc = window().location();
        let href = embed::full_page_href(
            &loc.pathname().unwrap_or_default(),
            &state.to_query(),
            &loc.search().unwrap_or_default(),
            *lang,
            display.view,
        );
        let figure_only = display.view != View::Story;
        return html! {
            <>
                if !figure_only { <p class="disclaimer" role="note">{ t.disclaimer }</p> }
                { main }
                <p class="embed-foot">
                    if figure_only { { t.disclaimer }{ " " } }
                    <a {href} target="_blank" rel="noopener" data-action="open-full">
                        { t.open_full }<span class="visually-hidden">{ t.new_tab }</span>{ " ↗" }
                    </a>
                </p>
            </>
        };
    }
    html! {
        <ContextProvider<crate::components::share::Scenario> context={(*scenario).clone()}>
            <crate::components::handout::Handout assumptions={ctx.assumptions.clone()} lang={*lang} />
            <header class="site-header">
                <div class="brand">
                    <h1 class="title">{ t.title }</h1>
                    <p class="subtitle">{ t.subtitle }</p>
                </div>
                if presenting.is_none() {
                    <button type="button" class="present-start" data-action="present"
                        aria-keyshortcuts="P" title={t.present_aria}
                        onclick={presenter.go.reform(|_: MouseEvent| Nav::Enter)}>{ t.present }</button>
                }
                <crate::components::share::Share lang={*lang} />
                { lang_control(*lang, t, toggle_lang, choose_lang) }
            </header>
            <p class="disclaimer" role="note">{ t.disclaimer }</p>
            <Toc chapters={chapters.clone()} lang={*lang} />
            { main }
            { presenter_bar(&presenter, &chapters, *lang) }
            <footer class="site-footer">
                <p>{ t.footer }</p>
                <CopyEmbed target="story" lang={*lang} />
            </footer>
        </ContextProvider<crate::components::share::Scenario>>
    }
}

/// The language control: with two listed languages, a button naming the
/// other one in its own language; with more, a menu of their own names.
fn lang_control(
    lang: Lang,
    t: &crate::text::Strings,
    toggle: Callback<MouseEvent>,
    choose: Callback<Event>,
) -> Html {
    if Lang::listed_all().count() > 2 {
        return html! {
            <select class="lang" data-action="lang" aria-label={t.lang_menu} onchange={choose}>
                { for Lang::listed_all().map(|l| html! {
                    <option value={l.url_value()} lang={l.tag()} selected={l == lang}>{ l.name() }</option>
                }) }
            </select>
        };
    }
    let other = lang.other();
    html! {
        <button type="button" class="lang" data-action="lang" lang={other.tag()}
            aria-label={t.switch_lang_aria} onclick={toggle}>{ other.name() }</button>
    }
}

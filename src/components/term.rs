//! A glossary term defined where it is first used (`[text](#term-key)` in the
//! story): a button in the sentence; a tap, a click or keyboard focus shows the
//! definition beside it; Escape, another tap, or (when focus alone opened it)
//! leaving hides it. Screen readers hear the
//! definition as the button's description, whether or not it is shown.

use crate::story::Inline;
use crate::text::{sources_text, strings, Lang};
use yew::prelude::*;

/// Props of [`Term`].
#[derive(Properties, PartialEq)]
pub struct TermProps {
    /// The words as the sentence writes them.
    pub text: &'static str,
    /// Glossary key.
    pub key_name: &'static str,
    /// Chapter it appears in (unique IDs: a key is defined once per chapter).
    pub chapter: &'static str,
    /// Language of the definition.
    pub lang: Lang,
}

/// The term button and its definition.
#[component]
pub fn Term(p: &TermProps) -> Html {
    let open = use_state(|| false);
    let Some((_, term, def)) = crate::story::term(p.lang, p.key_name) else {
        return html! { { p.text } };
    };
    let id = format!("def-{}-{}", p.chapter, p.key_name);
    let set = |v: bool| {
        let open = open.clone();
        move || open.set(v)
    };
    let (show, hide) = (set(true), set(false));
    // A tap focuses the button (which shows the definition) and then clicks
    // it: the click must toggle from the state before the tap, not undo the
    // focus. Keyboard clicks (Enter, Space) toggle from the current state.
    let before_tap = use_mut_ref(|| None::<bool>);
    let onpointerdown = {
        let (open, before_tap) = (open.clone(), before_tap.clone());
        Callback::from(move |_: PointerEvent| *before_tap.borrow_mut() = Some(*open))
    };
    // Opened by a tap or click, the definition stays until tapped again or
    // Escape; opened by keyboard focus alone, it goes when focus leaves.
    let pinned = use_mut_ref(|| false);
    let toggle = {
        let (open, pinned) = (open.clone(), pinned.clone());
        Callback::from(move |_: MouseEvent| {
            let was = before_tap.borrow_mut().take().unwrap_or(*open);
            *pinned.borrow_mut() = !was;
            open.set(!was);
        })
    };
    let onfocus = Callback::from(move |_: FocusEvent| show());
    let onblur = {
        let (hide, pinned) = (hide.clone(), pinned.clone());
        Callback::from(move |_: FocusEvent| {
            if !*pinned.borrow() {
                hide()
            }
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            *pinned.borrow_mut() = false;
            hide();
        }
    });
    let text: String = def
        .iter()
        .filter_map(|i| match i {
            Inline::Text(t) | Inline::Strong(t) | Inline::Link(t, _) | Inline::Term(t, _) => {
                Some(*t)
            }
            _ => None,
        })
        .collect();
    html! {
        <span class="term-wrap">
            <button type="button" class="term" data-term={p.key_name} aria-expanded={(*open).to_string()}
                aria-describedby={id.clone()} title={sources_text(p.lang).term_hint}
                onclick={toggle} {onpointerdown} {onfocus} {onblur} {onkeydown}>{ p.text }</button>
            <span id={id} class="term-def" role="note" hidden={!*open}>
                <strong>{ *term }</strong>{ strings(p.lang).sep_label }{ text }
            </span>
        </span>
    }
}

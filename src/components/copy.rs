//! Putting a text on the clipboard, as "Copy embed code" and Share do: the
//! clipboard API where the browser offers it; if it refuses, the text shown
//! selected in a field (and the older copy command tried on it), with the
//! outcome announced in a polite live region by the caller.

use gloo::utils::window;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the reader sees after asking to copy.
#[derive(Clone, PartialEq)]
pub enum Outcome {
    /// Nothing asked yet.
    Idle,
    /// On the clipboard.
    Copied,
    /// The clipboard refused: the text, shown to copy by hand.
    Manual(String),
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

/// A copy flow: its outcome, the ref to give the fallback field, and a
/// callback that copies a text.
pub struct CopyFlow {
    /// The current outcome.
    pub outcome: UseStateHandle<Outcome>,
    /// Ref of the `<textarea>`/`<input>` that shows [`Outcome::Manual`]'s text.
    pub field: NodeRef,
    /// Copies the text it is given.
    pub copy: Callback<String>,
}

/// State and effects of one copy flow. When the clipboard refuses, the
/// fallback field is focused and selected (and the copy command tried on it).
#[hook]
pub fn use_copy() -> CopyFlow {
    let outcome = use_state_eq(|| Outcome::Idle);
    let field = use_node_ref();
    let copy = {
        let outcome = outcome.clone();
        Callback::from(move |text: String| {
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
        let (field, outcome) = (field.clone(), outcome.clone());
        use_effect_with((*outcome).clone(), move |shown| {
            if let Outcome::Manual(_) = shown {
                if let Some(el) = field.cast::<web_sys::HtmlTextAreaElement>() {
                    let _ = el.focus();
                    el.select();
                } else if let Some(el) = field.cast::<web_sys::HtmlInputElement>() {
                    let _ = el.focus();
                    el.select();
                } else {
                    return;
                }
                if copy_selection() {
                    outcome.set(Outcome::Copied);
                }
            }
        });
    }
    CopyFlow {
        outcome,
        field,
        copy,
    }
}

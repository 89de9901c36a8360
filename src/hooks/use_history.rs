//! [`use_history`]: Back and Forward restore the state.

use crate::app::{compare_from, lang_from, switch_lang};
use crate::embed;
use crate::model::assumptions::{Action, Assumptions};
use crate::text::Lang;
use gloo::events::EventListener;
use gloo::utils::window;
use std::rc::Rc;
use yew::prelude::*;

/// Back and Forward: the state of the history entry the reader returns to is
/// read from its URL (assumptions, language, scenario A). The write that
/// follows is a replace, so the entries ahead are kept.
#[hook]
pub fn use_history(
    state: &UseReducerHandle<Assumptions>,
    lang: &UseStateHandle<Lang>,
    compare: &UseStateHandle<Option<Rc<Assumptions>>>,
    last_write: Rc<std::cell::Cell<f64>>,
) {
    let (dispatcher, lang, compare) = (state.dispatcher(), lang.clone(), compare.clone());
    use_effect_with((), move |_| {
        let listener = EventListener::new(&window(), "popstate", move |_| {
            let search = window().location().search().unwrap_or_default();
            let (a, _) = Assumptions::from_query(&search, &embed::NOT_ASSUMPTIONS);
            last_write.set(js_sys::Date::now());
            dispatcher.dispatch(Action::Load(a.values()));
            switch_lang(&lang, lang_from(&search));
            compare.set(compare_from(&search));
        });
        move || drop(listener)
    });
}

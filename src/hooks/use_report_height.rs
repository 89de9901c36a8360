//! [`use_report_height`]: an embed's height for the parent page.

use gloo::utils::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Inside a frame, tells the parent page the document's height whenever its
/// whole-pixel value changes, so `embed.js` can size the `<iframe>`:
/// `{type: "two-economies:resize", height}`. Posts nothing else.
#[hook]
pub fn use_report_height() {
    use_effect_with((), |_| {
        let parent = window().parent().ok().flatten().filter(|p| *p != window());
        let root = document().document_element();
        let watch = parent.zip(root).map(|(parent, root)| {
            let last = std::cell::Cell::new(0);
            let target = root.clone();
            let on_resize = Closure::<dyn FnMut()>::new(move || {
                let height = target.get_bounding_client_rect().height().ceil() as i32;
                if height != last.replace(height) {
                    let message = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(
                        &message,
                        &"type".into(),
                        &"two-economies:resize".into(),
                    );
                    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
                    let _ = parent.post_message(&message, "*");
                }
            });
            let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let Some(o) = &observer {
                o.observe(&root);
            }
            (observer, on_resize)
        });
        move || {
            if let Some((Some(o), _)) = &watch {
                o.disconnect();
            }
            drop(watch);
        }
    });
}

//! A `<canvas>` that paints any [`Chart`]: sized to its CSS box, sharp on
//! HiDPI screens (backing store scaled by `devicePixelRatio`), redrawn when
//! its input, theme or width changes.

use crate::charts::{Chart, ChartStyle, Palette};
use gloo::utils::window;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

/// Props of [`ChartCanvas`].
#[derive(Properties)]
pub struct ChartCanvasProps<C: Chart> {
    /// The figure's data; a new `Rc` (with different contents) means redraw.
    pub input: Rc<C>,
    /// Dark theme colours.
    pub dark: bool,
    /// ID of the element describing the chart (its text alternative).
    pub described_by: AttrValue,
}

impl<C: Chart> PartialEq for ChartCanvasProps<C> {
    fn eq(&self, other: &Self) -> bool {
        (Rc::ptr_eq(&self.input, &other.input) || self.input == other.input)
            && self.dark == other.dark
            && self.described_by == other.described_by
    }
}

/// The canvas. `data-draws` counts completed paints (tests read it).
#[component]
pub fn ChartCanvas<C: Chart + 'static>(p: &ChartCanvasProps<C>) -> Html {
    let canvas = use_node_ref();
    let width = use_css_width(canvas.clone());
    let draws = use_mut_ref(|| 0u32);
    {
        let canvas = canvas.clone();
        use_effect_with((p.input.clone(), p.dark, width), move |(input, dark, _)| {
            if let Some(el) = canvas.cast::<HtmlCanvasElement>() {
                let n = paint(&el, input.as_ref(), *dark).map_or(0, |()| {
                    *draws.borrow_mut() += 1;
                    *draws.borrow()
                });
                if n > 0 {
                    let _ = el.set_attribute("data-draws", &n.to_string());
                }
            }
        });
    }
    let label = p.input.summary();
    html! {
        <canvas ref={canvas} class="chart" role="img" aria-label={label}
            aria-describedby={p.described_by.clone()} data-draws="0" />
    }
}

/// Sizes the backing store to CSS size × devicePixelRatio and draws. `None`
/// when the canvas has no layout yet or drawing failed (logged).
fn paint<C: Chart>(el: &HtmlCanvasElement, input: &C, dark: bool) -> Option<()> {
    let dpr = window().device_pixel_ratio().clamp(1.0, 4.0);
    let (cw, ch) = (f64::from(el.client_width()), f64::from(el.client_height()));
    if cw < 1.0 || ch < 1.0 {
        return None;
    }
    let (w, h) = ((cw * dpr).round() as u32, (ch * dpr).round() as u32);
    if el.width() != w {
        el.set_width(w);
    }
    if el.height() != h {
        el.set_height(h);
    }
    let style = ChartStyle {
        palette: if dark { Palette::DARK } else { Palette::LIGHT },
        scale: dpr,
    };
    let root = CanvasBackend::with_canvas_object(el.clone())?.into_drawing_area();
    input
        .draw(&root, &style)
        .map_err(|e| gloo::console::error!(format!("chart: {e}")))
        .ok()
}

/// The element's CSS width in whole pixels, updated by a `ResizeObserver`.
#[hook]
fn use_css_width(node: NodeRef) -> i32 {
    let width = use_state_eq(|| 0);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let el = node.cast::<web_sys::Element>();
            let on_resize = {
                let el = el.clone();
                Closure::<dyn FnMut()>::new(move || {
                    if let Some(el) = &el {
                        width.set(el.client_width());
                    }
                })
            };
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(el)) = (&observer, &el) {
                o.observe(el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    *width
}

//! Words of the Share buttons (`assets/i18n/<lang>/share.ftl`).

use super::Lang;

pub use crate::i18n::ShareText;

/// Share labels in `lang`.
pub fn share_text(lang: Lang) -> &'static ShareText {
    crate::i18n::share(lang)
}

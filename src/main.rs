//! Browser entry point: mounts the app. Natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    two_economies::app::start();
}

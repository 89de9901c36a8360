//! Browser entry point: mounts the app. Natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: two_economies::alloc::SizeClasses = two_economies::alloc::SizeClasses::new();

fn main() {
    #[cfg(target_arch = "wasm32")]
    two_economies::app::start();
}

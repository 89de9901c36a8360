//! A small allocator for the browser build: power-of-two size classes, each
//! with its own free list, carved from `memory.grow` pages.
//!
//! Why: Rust's default wasm allocator (dlmalloc) is about 7 KB of code.
//! Kept, measured 2026-12-03 (issue 12; README, "Size"): the default makes
//! the release wasm 2.0 KB brotli larger (+2,070 bytes on 209,311; +7.0 KB
//! raw), just over issue 12's 2 KB rule, for this file's 92 code lines. The
//! trade: with dlmalloc, wasm memory after the whole story and 200 moves of
//! every slider is 2.63 MB instead of 3.50 MB (both flat; `scripts/bench.sh`,
//! memory). Every
//! allocation and free is O(1): a block of class 2^k (at least 16 bytes) is
//! reused for any later request that rounds up to the same class. The cost is
//! up to 2× internal waste on a block and no merging of neighbours: fine for
//! this app, whose allocations are many small strings and vectors and a few
//! same-sized buffers per redraw, and whose memory a browser test watches.
//!
//! Single-threaded by construction (wasm32-unknown-unknown without atomics).
//! The free lists are plain memory with no locking, so a build with the
//! `atomics` target feature (wasm threads sharing this memory) is refused at
//! compile time rather than left to corrupt them. (Stable rustc does not set
//! `cfg(target_feature = "atomics")` for this unstable feature, and threaded
//! wasm needs nightly's `-Zbuild-std` anyway, so the guard fires in every
//! build where threads are possible.)

#[cfg(target_feature = "atomics")]
compile_error!(
    "src/alloc.rs: SizeClasses is not thread-safe (its `unsafe impl Sync` assumes one thread), \
     but this build enables the `atomics` target feature (wasm threads). Build without \
     `-C target-feature=+atomics`, or install a thread-safe allocator in src/main.rs instead."
);

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

/// Smallest class: 2^4 = 16 bytes (room for the free-list link, and the
/// alignment every Rust allocation of ≤ 16 bytes can ask for).
const MIN_SHIFT: u32 = 4;
/// Classes 2^4 … 2^31.
const CLASSES: usize = 28;
const PAGE: usize = 65536;

struct State {
    free: [usize; CLASSES],
    bump: usize,
    end: usize,
}

/// The allocator; install with `#[global_allocator]`.
pub struct SizeClasses(UnsafeCell<State>);

// SAFETY: wasm32-unknown-unknown without the atomics feature runs one thread
// (the `compile_error!` above refuses a build with it), so no two threads ever
// reach the state at once.
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    /// An allocator with nothing allocated yet.
    pub const fn new() -> Self {
        SizeClasses(UnsafeCell::new(State {
            free: [0; CLASSES],
            bump: 0,
            end: 0,
        }))
    }
}

impl Default for SizeClasses {
    fn default() -> Self {
        Self::new()
    }
}

/// The class of a request: k with 2^k ≥ max(size, align, 16), or `None`
/// beyond 2 GiB.
fn class_of(layout: Layout) -> Option<usize> {
    let need = layout.size().max(layout.align()).max(1 << MIN_SHIFT);
    let shift = usize::BITS - (need - 1).leading_zeros();
    let k = (shift - MIN_SHIFT) as usize;
    (k < CLASSES).then_some(k)
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(k) = class_of(layout) else {
            return core::ptr::null_mut();
        };
        // SAFETY: single-threaded (see above); no reentrancy inside.
        let s = unsafe { &mut *self.0.get() };
        let head = s.free[k];
        if head != 0 {
            // SAFETY: `head` is a freed block of this class; its first word
            // holds the next free block.
            s.free[k] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let size = 1usize << (k as u32 + MIN_SHIFT);
        // Blocks are aligned to their own size (capped at a page), so any
        // request that maps to this class is aligned when the block is reused.
        let align = size.min(PAGE);
        loop {
            let start = (s.bump + align - 1) & !(align - 1);
            if let Some(stop) = start.checked_add(size).filter(|&stop| stop <= s.end) {
                s.bump = stop;
                return start as *mut u8;
            }
            // Enough for one aligned block wherever the new pages land.
            let pages = (size + align).div_ceil(PAGE);
            let prev = core::arch::wasm32::memory_grow(0, pages);
            if prev == usize::MAX {
                return core::ptr::null_mut();
            }
            let base = prev * PAGE;
            if base != s.end {
                // Not next to our region (the first growth): start there.
                s.bump = base;
            }
            s.end = base + pages * PAGE;
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(k) = class_of(layout) else {
            return;
        };
        // SAFETY: single-threaded; `ptr` came from `alloc` with this layout,
        // so it is a block of class `k` with room for a link.
        let s = unsafe { &mut *self.0.get() };
        unsafe { *(ptr as *mut usize) = s.free[k] };
        s.free[k] = ptr as usize;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees a valid layout for `new_size`.
        let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if class_of(layout) == class_of(new) && class_of(new).is_some() {
            return ptr; // the block already has room
        }
        let out = unsafe { self.alloc(new) };
        if !out.is_null() {
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, out, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        out
    }
}

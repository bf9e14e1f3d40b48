//! The page's wasm: the explorer of [`factline`], started in the browser.

// Talc instead of the default dlmalloc: smaller in the page's wasm (2.8 KB
// gzipped) and faster at the many small allocations of a large dataset.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    factline::start();
}

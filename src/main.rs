//! The factline explorer: a Yew single-page app over a factline dataset.
//!
//! State lives in one reducer ([`state`]); data goes down to [`components`] as
//! props and intents come back up as callbacks; fetching and other effects live
//! in [`services`]. The pure logic the views show (ordering, merging speakers,
//! search and filters, rates, highlighting, windowing) is in plain modules
//! with unit tests.

mod app;
mod catalog;
mod components;
mod dates;
mod filters;
mod order;
mod rates;
mod route;
mod services;
mod source;
mod state;
mod window;

// Talc instead of the default dlmalloc: smaller in the page's wasm (2.8 KB
// gzipped) and faster at the many small allocations of a large dataset.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    services::embed::report_height_to_host();
    yew::Renderer::<app::App>::new().render();
}

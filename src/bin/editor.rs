//! The editor's wasm: where a newsroom editor turns articles into a reviewed
//! dataset (`editor.html`). Its own binary, so that the reader's first load
//! carries none of it.

// The same allocator as the page's wasm (see src/main.rs).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    factline::start_editor();
}

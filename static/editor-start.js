// Starts the editor's wasm. Trunk builds it like the engine's worker (a
// classic script that defines `wasm_bindgen`), so that it is a build of its
// own that index.html neither loads nor preloads; this script, a file of its
// own for the strict Content-Security-Policy, starts it in editor.html.
wasm_bindgen({ module_or_path: './editor_bg.wasm' });

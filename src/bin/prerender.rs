//! Renders the default page over an analysed dataset to HTML, for
//! `scripts/post-build`: `prerender DATASET.json > page.html`.

use std::process::ExitCode;

use factline_core::Dataset;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: prerender DATASET.json");
        return ExitCode::from(2);
    };
    let json = match std::fs::read_to_string(&path) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("prerender: cannot read {}: {error}", path.to_string_lossy());
            return ExitCode::FAILURE;
        }
    };
    match Dataset::from_json(&json) {
        Ok(dataset) => {
            println!("{}", factline::prerender::render_page(dataset));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {}: {error}", path.to_string_lossy());
            ExitCode::FAILURE
        }
    }
}

//! Renders the default page over an analysed dataset to HTML, for
//! `scripts/post-build`: `prerender [--embed] DATASET.json > page.html`
//! (with `--embed`, the embed's page). `prerender --snippet URL` prints the
//! embed snippet of the page at `URL`, for the build's oEmbed answer.

use std::process::ExitCode;

use factline_core::Dataset;

fn main() -> ExitCode {
    let mut args: Vec<_> = std::env::args_os().skip(1).collect();
    if args.first().is_some_and(|arg| arg == "--snippet") {
        let [_, url] = args.as_slice() else {
            eprintln!("usage: prerender --snippet URL");
            return ExitCode::from(2);
        };
        println!(
            "{}",
            factline::prerender::embed_snippet(
                &url.to_string_lossy(),
                Default::default(),
                Default::default()
            )
        );
        return ExitCode::SUCCESS;
    }
    let embed = args.first().is_some_and(|arg| arg == "--embed");
    if embed {
        args.remove(0);
    }
    let [path] = args.as_slice() else {
        eprintln!("usage: prerender [--embed] DATASET.json");
        return ExitCode::from(2);
    };
    let json = match std::fs::read_to_string(path) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("prerender: cannot read {}: {error}", path.to_string_lossy());
            return ExitCode::FAILURE;
        }
    };
    match Dataset::from_json(&json) {
        Ok(dataset) => {
            println!("{}", factline::prerender::render_page(dataset, embed));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {}: {error}", path.to_string_lossy());
            ExitCode::FAILURE
        }
    }
}

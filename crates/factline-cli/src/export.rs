//! `factline export`: writes a dataset as a spreadsheet's CSV file or as a
//! self-contained HTML page of its timeline, the downloads the page's
//! editor offers, made by the same functions of factline-core.

use std::io::Write;
use std::path::Path;

use factline_core::Dataset;

/// What `factline export` writes.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// A row per statement, for spreadsheets (`Dataset::to_csv`).
    Csv,
    /// One HTML file of the timeline that fetches nothing (`Dataset::to_html`).
    Html,
}

/// Reads the dataset as `validate` and `prepare` do, extracting the
/// articles given as text only, and writes it in `format` to `output`, or
/// to standard output when there is none.
pub fn run(format: Format, input: &Path, output: Option<&Path>) -> Result<(), String> {
    let json = crate::read_text(input)?;
    let dataset = Dataset::from_json(&json).map_err(|err| format!("{}: {err}", input.display()))?;
    let text = match format {
        Format::Csv => dataset.to_csv(),
        Format::Html => dataset.to_html(),
    };
    match output {
        Some(output) => {
            std::fs::write(output, text)
                .map_err(|err| format!("cannot write {}: {err}", output.display()))?;
            let statements: usize = dataset.articles.iter().map(|a| a.statements.len()).sum();
            eprintln!("wrote {statements} statements to {}", output.display());
        }
        None => std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|err| format!("cannot write to standard output: {err}"))?,
    }
    Ok(())
}

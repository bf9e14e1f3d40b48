//! `factline correct`: lays an editor's corrections file over a dataset, as
//! the page's editor does, and says which corrections no longer fit.

use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

use factline_core::corrections::apply;
use factline_core::{Conflict, Correction, CorrectionsFile, Dataset};

/// The exit status when some corrections no longer fit: the dataset is
/// written all the same, but an editor has to decide those again.
const CONFLICTS: u8 = 1;

/// The exit status when an input cannot be read or the output not written.
const UNREADABLE: u8 = 2;

/// The only corrections file version this command reads.
const VERSION: u32 = 1;

/// What `factline correct` reads and where it writes.
pub struct Request<'a> {
    pub corrections: &'a Path,
    pub dataset: &'a Path,
    /// Standard output when `None`.
    pub output: Option<&'a Path>,
    /// Whether analysed articles are extracted afresh before correcting.
    pub reextract: bool,
}

pub fn run(request: &Request) -> ExitCode {
    match correct(request) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(CONFLICTS),
        Err(message) => {
            eprintln!("factline: {message}");
            ExitCode::from(UNREADABLE)
        }
    }
}

/// Corrects the dataset, writes it, and returns how many corrections are in
/// conflict, each told on stderr.
fn correct(request: &Request) -> Result<usize, String> {
    let file = read_corrections(request.corrections)?;
    let json = crate::read_text(request.dataset)?;
    let read = if request.reextract {
        Dataset::from_json_afresh
    } else {
        Dataset::from_json
    };
    let mut dataset = read(&json).map_err(|err| format!("{}: {err}", request.dataset.display()))?;
    let corrections = by_article(&file, &dataset)
        .map_err(|err| format!("{}: {err}", request.corrections.display()))?;
    let mut conflicts = Vec::new();
    for article in &mut dataset.articles {
        if let Some(list) = corrections.get(article.id.as_str()) {
            let (corrected, found) = apply(article, list);
            *article = corrected;
            conflicts.extend(found.iter().map(|conflict| describe(&article.id, conflict)));
        }
    }
    match request.output {
        Some(output) => crate::write_dataset(&dataset, output)?,
        None => println!("{}", dataset.to_json()),
    }
    for conflict in &conflicts {
        eprintln!("{conflict}");
    }
    Ok(conflicts.len())
}

fn read_corrections(path: &Path) -> Result<CorrectionsFile, String> {
    let json = crate::read_text(path)?;
    let file: CorrectionsFile = serde_json::from_str(json.trim_start_matches('\u{feff}'))
        .map_err(|err| format!("{}: {err}", path.display()))?;
    if file.version != VERSION {
        return Err(format!(
            "{}: this is a version {} corrections file; factline reads version {VERSION}",
            path.display(),
            file.version
        ));
    }
    Ok(file)
}

/// Each article's corrections by its id. An id the dataset lacks, or one
/// listed twice, is an error: the file was made for another dataset, or
/// the order of two lists of corrections is unclear.
fn by_article<'a>(
    file: &'a CorrectionsFile,
    dataset: &Dataset,
) -> Result<HashMap<&'a str, &'a [Correction]>, String> {
    let mut corrections = HashMap::new();
    for article in &file.articles {
        if !dataset.articles.iter().any(|a| a.id == article.id) {
            return Err(format!("the dataset has no article \"{}\"", article.id));
        }
        if corrections
            .insert(article.id.as_str(), article.corrections.as_slice())
            .is_some()
        {
            return Err(format!("the article \"{}\" is listed twice", article.id));
        }
    }
    Ok(corrections)
}

/// A conflict in plain words: `article ID, correction N (op): problem`,
/// counting corrections from 0 as the file's list does.
fn describe(article: &str, conflict: &Conflict) -> String {
    format!(
        "article {article}, correction {} ({}): {}",
        conflict.index,
        conflict.correction.op(),
        conflict.problem
    )
}

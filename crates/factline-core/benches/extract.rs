//! Throughput of `analyze` on made-up news text of 10 KB to 10 MB (see
//! `news`), so the time per byte should stay flat as the size grows.

mod news;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use factline_core::{analyze, Day};

fn extract(c: &mut Criterion) {
    let published = Day::new(2023, 12, 28);
    let mut group = c.benchmark_group("analyze");
    for (label, size) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let text = news::article(size);
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

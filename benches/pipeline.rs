//! Parse + analyse per input format, on the bundled samples and (when `../shared` is beside
//! the checkout) on real transcripts of each format. `cargo bench`; folder-scale figures come
//! from `scripts/bench.sh`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use debate_summary::input::{self, InputFormat};
use std::hint::black_box;
use std::path::Path;

fn inputs() -> Vec<(String, InputFormat, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut v = Vec::new();
    let mut add = |name: &str, path: &Path, format: InputFormat| {
        if let Ok(bytes) = std::fs::read(path) {
            v.push((name.to_string(), format, bytes));
        }
    };
    add(
        "sample/hansard-text",
        &root.join("samples/westminster-hall-rural-buses.txt"),
        InputFormat::HansardText,
    );
    add(
        "sample/parallel-parliament",
        &root.join("samples/parallel-parliament-excerpt.txt"),
        InputFormat::ParallelParliament,
    );
    add(
        "sample/twfy-xml",
        &root.join("samples/twfy-sitting-2025-03-04.xml"),
        InputFormat::TwfyXml,
    );
    add(
        "sample/parlamint-tei",
        &root.join("samples/parlamint-sitting.xml"),
        InputFormat::ParlamintTei,
    );
    add(
        "sample/hansard-html",
        &root.join("samples/hansard-web-page.html"),
        InputFormat::HansardHtml,
    );
    let shared = root.join("../shared/corpus");
    add(
        "real/hansard-text-sitting",
        &shared.join("hansard-text/Commons Chamber 2010-02-10.txt"),
        InputFormat::HansardText,
    );
    add(
        "real/twfy-xml-day",
        &shared.join("twfy-xml/debates2009-10-29a.xml"),
        InputFormat::TwfyXml,
    );
    add(
        "real/hansard-html-page",
        &shared
            .join("hansard-web-html/hansard-web-2022-06-22-commons-oral-answers-NI-and-PMQs.html"),
        InputFormat::HansardHtml,
    );
    add(
        "real/parlamint-tei",
        &shared.join("parlamint-tei/ParlaMint-GB_2022-07-21-commons.xml"),
        InputFormat::ParlamintTei,
    );
    v
}

fn pipeline(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse+analyse");
    for (name, format, bytes) in inputs() {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(&name, |b| {
            b.iter(|| {
                let t =
                    input::parse_bytes(black_box(&bytes), Some(format), Some("bench.txt"), &|_| {
                        None
                    });
                t.map(|t| debate_summary::summaries_of(&t, "bench").len())
                    .unwrap_or(0)
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = pipeline
}
criterion_main!(benches);

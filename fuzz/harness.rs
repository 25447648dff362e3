//! Entry points shared by the fuzz targets and the property tests (each includes this file
//! with `#[path]`, so it is not part of the library): run the whole pipeline on arbitrary
//! input and check the invariants that must hold whatever the input.

#![allow(dead_code)]

use debate_summary::input::{self, InputFormat};
use debate_summary::model::Summary;
use debate_summary::render::{Renderer, Style};

/// Renders summaries in every format into memory.
pub fn render_all(summaries: &[Summary]) {
    let style = Style {
        width: 80,
        color: false,
        detail: true,
    };
    use debate_summary::cli::OutputFormat;
    let mut renderers: Vec<Box<dyn Renderer + Send>> = [
        OutputFormat::Table,
        OutputFormat::Json,
        OutputFormat::Ndjson,
        OutputFormat::Markdown,
        OutputFormat::Csv,
        OutputFormat::Html,
    ]
    .into_iter()
    .map(|f| debate_summary::app::sink::renderer_for(f, style, false))
    .collect();
    for r in renderers.iter_mut() {
        let mut out: Vec<u8> = Vec::new();
        let ok = r
            .begin(&mut out)
            .and_then(|_| r.input(summaries, &mut out))
            .and_then(|_| r.end(&[], None, &mut out));
        assert!(ok.is_ok(), "rendering to memory cannot fail");
    }
}

/// Checks what must hold of any summary.
pub fn check_invariants(summaries: &[Summary]) {
    for s in summaries {
        let sum: usize = s.speakers.iter().map(|p| p.words).sum();
        assert_eq!(sum, s.word_count, "speakers' words sum to the total");
        let json = serde_json::to_string(s).expect("serializes");
        let back: serde_json::Value = serde_json::from_str(&json).expect("re-parses");
        let words = back.get("word_count").and_then(serde_json::Value::as_u64);
        assert_eq!(words, Some(s.word_count as u64));
    }
}

/// Parses text in a format (or detected), analyses and renders it, checking invariants.
pub fn exercise(text: &str, format: Option<InputFormat>) -> Option<Vec<Summary>> {
    let summaries = debate_summary::summarise_str(text, "fuzz.txt", format).ok()?;
    check_invariants(&summaries);
    render_all(&summaries);
    Some(summaries)
}

/// Decodes arbitrary bytes and runs the whole pipeline.
pub fn exercise_bytes(data: &[u8]) {
    if let Ok(t) = input::parse_bytes(data, None, Some("fuzz.bin"), &|_| None) {
        let summaries = debate_summary::summaries_of(&t, "fuzz.bin");
        check_invariants(&summaries);
        render_all(&summaries);
    }
}

//! Golden outputs: every sample in every format, width pinned, colour off.
//! `UPDATE_GOLDEN=1 cargo test` rewrites them; review the diff.

use crate::util::{root, run, stderr};

/// Golden file suffix and the arguments that produce it.
const FORMATS: &[(&str, &[&str])] = &[
    (
        "table-80.txt",
        &["--format", "table", "--width", "80", "--color", "never"],
    ),
    (
        "table-160.txt",
        &["--format", "table", "--width", "160", "--color", "never"],
    ),
    ("json", &["--format", "json"]),
    ("md", &["--format", "markdown"]),
    ("csv", &["--format", "csv"]),
    ("html", &["--format", "html"]),
];

fn samples() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root().join("samples"))
        .expect("samples folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("not-a-debate"))
        .collect();
    v.sort();
    v
}

#[test]
fn every_sample_in_every_format() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatches = Vec::new();
    for sample in samples() {
        for (name, args) in FORMATS {
            let path = format!("samples/{sample}");
            let mut a: Vec<&str> = args.to_vec();
            a.push(&path);
            let o = run(&a);
            assert!(o.status.success(), "{sample} {name}: {}", stderr(&o));
            let golden = root().join("tests/golden").join(format!("{sample}.{name}"));
            if update {
                std::fs::create_dir_all(root().join("tests/golden")).expect("golden folder");
                std::fs::write(&golden, &o.stdout).expect("write golden");
                continue;
            }
            let want = std::fs::read(&golden).unwrap_or_default();
            if want != o.stdout {
                mismatches.push(golden.display().to_string());
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "golden files differ (UPDATE_GOLDEN=1 to rewrite): {mismatches:#?}"
    );
}

#[test]
fn markdown_renders_as_a_clean_page() {
    let o = run(&[
        "--format",
        "markdown",
        "samples/westminster-hall-rural-buses.txt",
    ]);
    let md = String::from_utf8(o.stdout).expect("utf-8");
    let parser = pulldown_cmark::Parser::new_ext(&md, pulldown_cmark::Options::ENABLE_TABLES);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    assert!(html.contains("<h1>Rural Bus Services</h1>"));
    assert!(html.contains("<h2>How the Debate Unfolded</h2>"));
    assert!(html.contains("<h2>Government Response</h2>"));
    assert!(html.contains("<blockquote>"), "requests are quoted");
    // One table, the facts; long text is in paragraphs and lists.
    assert_eq!(html.matches("<table>").count(), 1);
    assert!(html.contains("<h3>Dana Whitlock</h3>"));
    assert!(html.contains("<h2>Government positions</h2>"));
    assert!(!html.contains("| Dana"), "no table row leaked as text");
}

#[test]
fn table_fits_the_width() {
    for width in [80usize, 160] {
        let w = width.to_string();
        let o = run(&[
            "--width",
            &w,
            "--color",
            "never",
            "samples/westminster-hall-rural-buses.txt",
        ]);
        let out = String::from_utf8(o.stdout).expect("utf-8");
        for line in out.lines() {
            assert!(
                line.chars().count() <= width,
                "{width}: {} chars: {line}",
                line.chars().count()
            );
        }
    }
}

//! `--format html`: one self-contained page, parsed to check its structure, and rendered in
//! headless Chromium to a PNG where Chromium is installed.

use crate::util::{root, run};
use scraper::{Html, Selector};

fn page() -> String {
    let o = run(&[
        "-f",
        "html",
        "samples/westminster-hall-rural-buses.txt",
        "samples/twfy-sitting-2025-03-04.xml",
    ]);
    assert!(o.status.success());
    String::from_utf8(o.stdout).expect("utf-8")
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

#[test]
fn page_is_self_contained_and_complete() {
    let text = page();
    let doc = Html::parse_document(&text);
    assert!(
        doc.errors.is_empty() || doc.errors.iter().all(|e| !e.contains("Unexpected")),
        "{:?}",
        doc.errors
    );
    // No scripts, no external assets.
    assert_eq!(doc.select(&sel("script")).count(), 0);
    assert_eq!(doc.select(&sel("link")).count(), 0);
    assert!(
        doc.select(&sel("img"))
            .all(|i| i.value().attr("src").is_none_or(|s| s.starts_with("data:")))
    );
    assert!(
        !text.contains("http://")
            || text.matches("http://").count()
                == text.matches("http://www.w3.org/2000/svg").count()
    );
    assert!(!text.contains("https://"));
    assert_eq!(doc.select(&sel("style")).count(), 1);
    assert!(doc.select(&sel("meta[name=viewport]")).next().is_some());
    // Three debates, each with every section and one chart with a bar per speaker.
    let articles: Vec<_> = doc.select(&sel("article")).collect();
    assert_eq!(articles.len(), 3);
    // Sorted path order: the XML sitting's two debates, then the Westminster Hall one.
    let titles: Vec<String> = articles
        .iter()
        .map(|a| {
            a.select(&sel("h1"))
                .next()
                .map(|h| h.text().collect())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        titles,
        vec![
            "Level Crossings",
            "Market Town High Streets",
            "Rural Bus Services"
        ]
    );
    let first = articles[2];
    let h2s: Vec<String> = first
        .select(&sel("h2"))
        .map(|h| h.text().collect())
        .collect();
    for want in [
        "At a Glance",
        "Key Requests to Government",
        "Questions to the Minister",
        "How the Debate Unfolded",
        "Government Response",
    ] {
        assert!(
            h2s.iter().any(|h| h.starts_with(want)),
            "{want} missing from {h2s:?}"
        );
    }
    let bars = first.select(&sel("svg rect title")).count();
    assert_eq!(bars, 6, "one bar per speaker");
    let minister_bar = first
        .select(&sel("svg rect"))
        .find(|r| r.text().collect::<String>().starts_with("Dana Whitlock"))
        .expect("minister bar");
    assert_eq!(minister_bar.value().attr("fill"), Some("#00703c"));
    // The overview lists every debate.
    assert_eq!(
        doc.select(&sel("section > table tbody tr"))
            .filter(|r| r
                .text()
                .any(|t| t.contains("samples/") || t.ends_with(".txt") || t.ends_with(".xml")))
            .count(),
        3
    );
}

#[test]
fn page_escapes_text() {
    let html = debate_summary::render::html::esc("<script>\"x\" & 'y'</script>");
    assert_eq!(
        html,
        "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
    );
}

#[test]
fn page_renders_in_headless_chromium() {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let Some(chromium) = chromium else {
        crate::util::say_skipped(
            "page_renders_in_headless_chromium",
            "Chromium is not installed (apt-get install chromium)",
        );
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let html = dir.path().join("page.html");
    std::fs::write(&html, page()).expect("write page");
    let png = dir.path().join("page.png");
    let profile = dir.path().join("profile");
    for (width, name) in [(390, "phone"), (1200, "desktop")] {
        let out = png.with_file_name(format!("{name}.png"));
        let status = std::process::Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--window-size={width},2400"))
            .arg(format!("--screenshot={}", out.display()))
            .arg(format!("file://{}", html.display()))
            .output()
            .expect("chromium runs");
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
        let bytes = std::fs::read(&out).expect("screenshot written");
        assert!(bytes.starts_with(b"\x89PNG"), "a PNG");
        assert!(bytes.len() > 10_000, "a page with content, not a blank");
        if std::env::var_os("KEEP_SCREENSHOTS").is_some() {
            std::fs::copy(&out, root().join("target").join(format!("html-{name}.png")))
                .expect("keep");
        }
    }
}

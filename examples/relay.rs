//! Re-lays TheyWorkForYou XML debates as Hansard text, for building benchmark corpora from
//! real speeches: `cargo run --release --example relay -- OUT_DIR COUNT TARGET_BYTES XML...`
//! writes COUNT transcripts of about TARGET_BYTES each, cycling through the debates read.

use debate_summary::input::{self, InputFormat};
use debate_summary::model::{AttrKind, RawDebate};
use std::fmt::Write as _;
use std::path::PathBuf;

fn layout(d: &RawDebate, out: &mut String) {
    for c in &d.contributions {
        if c.speaker.kind == AttrKind::Collective || c.paragraphs.is_empty() {
            continue;
        }
        let name = c
            .speaker
            .name
            .clone()
            .or_else(|| c.speaker.office.clone())
            .unwrap_or_default();
        match &c.speaker.office {
            Some(office) if c.speaker.kind == AttrKind::Person && c.speaker.name.is_some() => {
                let _ = writeln!(out, "The {office} ({name})");
            }
            _ => {
                let _ = writeln!(out, "{name}");
            }
        }
        for p in &c.paragraphs {
            let _ = writeln!(out, "{p}");
        }
        out.push('\n');
    }
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out_dir, count, target, files @ ..] = args.as_slice() else {
        anyhow::bail!("usage: relay OUT_DIR COUNT TARGET_BYTES XML...");
    };
    let count: usize = count.parse()?;
    let target: usize = target.parse()?;
    let mut debates = Vec::new();
    for f in files {
        let bytes = std::fs::read(f)?;
        let name = PathBuf::from(f)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        if let Ok(t) =
            input::parse_bytes(&bytes, Some(InputFormat::TwfyXml), name.as_deref(), &|_| {
                None
            })
        {
            debates.extend(t.debates.into_iter().filter(|d| d.contributions.len() > 2));
        }
    }
    anyhow::ensure!(!debates.is_empty(), "no debates read");
    std::fs::create_dir_all(out_dir)?;
    // Walk the debates' contributions in a cycle, a heading whenever a debate starts, until
    // each transcript reaches its size.
    let mut di = 0usize;
    let mut ci = 0usize;
    for i in 0..count {
        let mut text = String::from("Tuesday 27 October 2009\n\n");
        while text.len() < target {
            let d = &debates[di % debates.len()];
            if ci == 0 {
                let _ = writeln!(text, "{}\n", d.title);
            }
            if let Some(c) = d.contributions.get(ci) {
                let one = RawDebate {
                    contributions: vec![c.clone()],
                    ..RawDebate::default()
                };
                layout(&one, &mut text);
            }
            ci += 1;
            if ci >= d.contributions.len() {
                ci = 0;
                di += 1;
            }
        }
        std::fs::write(
            PathBuf::from(out_dir).join(format!("transcript-{i:04}.txt")),
            text,
        )?;
    }
    Ok(())
}

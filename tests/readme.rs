//! README.md's output excerpts are the current binary's output: each block marked
//! `<!-- output: ARGS | head -n N -->` must equal the first N lines of `debate-summary ARGS`.
//! `UPDATE_README=1 cargo test readme` rewrites them.

use crate::util::{root, run};

struct Excerpt {
    args: Vec<String>,
    lines: usize,
    /// Line indexes of the block's content (between the fences).
    start: usize,
    end: usize,
}

fn excerpts(readme: &[&str]) -> Vec<Excerpt> {
    let mut out = Vec::new();
    for (i, line) in readme.iter().enumerate() {
        let Some(spec) = line
            .strip_prefix("<!-- output: ")
            .and_then(|l| l.strip_suffix(" -->"))
        else {
            continue;
        };
        let (cmd, head) = spec
            .split_once(" | head -n ")
            .expect("marker has | head -n N");
        let open = i + 1;
        assert!(
            readme.get(open).is_some_and(|l| l.starts_with("```")),
            "fence after marker at line {}",
            i + 1
        );
        let close = (open + 1..readme.len())
            .find(|&k| readme[k] == "```")
            .expect("closing fence");
        out.push(Excerpt {
            args: cmd.split_whitespace().map(str::to_string).collect(),
            lines: head.trim().parse().expect("a number of lines"),
            start: open + 1,
            end: close,
        });
    }
    out
}

#[test]
fn readme_excerpts_match_the_binary() {
    let path = root().join("README.md");
    let text = std::fs::read_to_string(&path).expect("README.md");
    let lines: Vec<&str> = text.lines().collect();
    let found = excerpts(&lines);
    assert!(
        found.len() >= 4,
        "README shows the table, JSON, Markdown and CSV"
    );
    let mut rebuilt: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut stale = Vec::new();
    // Replace from the end so earlier indexes stay valid.
    for e in found.iter().rev() {
        let args: Vec<&str> = e.args.iter().map(String::as_str).collect();
        let o = run(&args);
        let out = String::from_utf8(o.stdout).expect("utf-8");
        let want: Vec<String> = out.lines().take(e.lines).map(str::to_string).collect();
        let have: Vec<String> = lines[e.start..e.end]
            .iter()
            .map(|l| l.to_string())
            .collect();
        if want != have {
            stale.push(e.args.join(" "));
            rebuilt.splice(e.start..e.end, want);
        }
    }
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(&path, rebuilt.join("\n") + "\n").expect("write README");
        return;
    }
    assert!(
        stale.is_empty(),
        "README excerpts out of date (UPDATE_README=1 cargo test readme): {stale:?}"
    );
}

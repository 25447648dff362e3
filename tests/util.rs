//! Running the binary the way a user does, with the environment pinned.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A command for the binary, run from the project root, with colour and width settings
/// from the environment removed.
pub fn cmd() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_debate-summary"));
    c.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS");
    c
}

/// Runs the binary with arguments.
pub fn run(args: &[&str]) -> Output {
    cmd().args(args).output().expect("binary runs")
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Parses standard output as JSON.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("stdout is JSON")
}

/// The shared folder beside the project, if this checkout has one.
pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    p.join("corpus").is_dir().then_some(p)
}

/// Announces a skipped test so a run without `../shared` says so.
pub fn skip(what: &str) {
    say_skipped(what, "../shared/corpus is not beside this checkout");
}

/// Writes a "skipped:" line straight to stderr, past the test harness's capture, so a run
/// shows what it did not test.
pub fn say_skipped(what: &str, why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "skipped: {what}: {why}");
}

/// Writes a file into a folder.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write fixture");
    p
}

/// The JSON summary of the first debate in a transcript written to a file of that name.
pub fn summary_of(name: &str, text: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), name, text.as_bytes());
    let o = cmd().args(["-f", "json"]).arg(&p).output().expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    json(&o)["debates"][0].clone()
}

/// Each speaker's word count in a debate's JSON summary, in the order it lists them.
pub fn words_by_speaker(d: &serde_json::Value) -> Vec<u64> {
    d["speakers"]
        .as_array()
        .expect("speakers")
        .iter()
        .map(|s| s["words"].as_u64().expect("words"))
        .collect()
}

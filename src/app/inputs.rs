//! Inputs: command-line arguments to the files, standard input and Hansard addresses they
//! name (folders walked in sorted order), and reading one input into its debates.

use crate::fetch;
use crate::input::{self, InputFormat, ParseError};
use crate::model::Summary;
use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Extensions read when walking a folder without `--input-format`.
const TRANSCRIPT_EXTENSIONS: &[&str] = &["txt", "xml", "html", "htm", "json", "tei"];

/// One input: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    Stdin,
    File(PathBuf),
    /// A path that could not be used, with why.
    Bad(PathBuf, String),
    /// A Hansard web address or debate id as given, and the debate id it names.
    Address(String, String),
}

impl Input {
    /// How the input is named in output and messages.
    pub fn label(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) | Input::Bad(p, _) => p.to_string_lossy().into_owned(),
            Input::Address(given, _) => given.clone(),
        }
    }
}

/// Expands command-line paths into inputs: folders walked recursively in sorted order,
/// hidden entries skipped, symlink loops cut.
pub fn collect_inputs(paths: &[PathBuf], any_extension: bool) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        match fs::metadata(p) {
            // Not a file: a Hansard address or debate id, if it is one.
            Err(e) => out.push(match p.to_str().and_then(fetch::debate_id) {
                Some(Ok(id)) => Input::Address(p.to_string_lossy().into_owned(), id),
                Some(Err(why)) => Input::Bad(p.clone(), why),
                None => Input::Bad(p.clone(), io_reason(&e)),
            }),
            Ok(m) if m.is_dir() => {
                let mut seen = BTreeSet::new();
                let mut files = Vec::new();
                walk(p, any_extension, &mut seen, &mut files, 0);
                files.sort();
                out.extend(files);
            }
            Ok(_) => out.push(Input::File(p.clone())),
        }
    }
    // Output follows the sorted path order whatever order the paths were given in.
    out.sort();
    out.dedup();
    out
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn walk(
    dir: &Path,
    any_extension: bool,
    seen: &mut BTreeSet<PathBuf>,
    out: &mut Vec<Input>,
    depth: usize,
) {
    if depth > 64 {
        out.push(Input::Bad(
            dir.to_path_buf(),
            "folder nesting too deep (a symlink loop?)".into(),
        ));
        return;
    }
    let Ok(real) = fs::canonicalize(dir) else {
        out.push(Input::Bad(
            dir.to_path_buf(),
            "cannot resolve folder".into(),
        ));
        return;
    };
    if !seen.insert(real) {
        // Already walked: a symlink loop or a second link to the same folder.
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(Input::Bad(dir.to_path_buf(), io_reason(&e)));
            return;
        }
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .map(|n| n.to_string_lossy().starts_with('.'))
            .unwrap_or(true);
        if hidden {
            continue;
        }
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, any_extension, seen, out, depth + 1),
            Ok(_) => {
                let ext = path
                    .extension()
                    .map(|e| e.to_string_lossy().to_lowercase())
                    .unwrap_or_default();
                if any_extension || TRANSCRIPT_EXTENSIONS.contains(&ext.as_str()) {
                    out.push(Input::File(path));
                }
            }
            Err(e) => {
                if fs::symlink_metadata(&path).is_ok() {
                    out.push(Input::Bad(path, format!("broken link: {}", io_reason(&e))));
                }
            }
        }
    }
}

/// Reads and summarises one input.
pub fn summarise_input(
    input: &Input,
    forced: Option<InputFormat>,
    max_size: u64,
    net: &fetch::Net,
) -> Result<Vec<Summary>, String> {
    let (bytes, dir, name) = match input {
        Input::Bad(_, why) => return Err(why.clone()),
        Input::Address(_, id) => (
            fetch::fetch(net, id, max_size)?,
            None,
            Some(format!("{id}.json")),
        ),
        Input::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .lock()
                .take(max_size + 1)
                .read_to_end(&mut buf)
                .map_err(|e| io_reason(&e))?;
            if buf.len() as u64 > max_size {
                return Err(ParseError::TooLarge {
                    size: buf.len() as u64,
                    limit: max_size,
                }
                .to_string());
            }
            (buf, None, None)
        }
        Input::File(path) => {
            let meta = fs::metadata(path).map_err(|e| io_reason(&e))?;
            if meta.is_dir() {
                return Err("is a folder, not a file".into());
            }
            if meta.len() > max_size {
                return Err(ParseError::TooLarge {
                    size: meta.len(),
                    limit: max_size,
                }
                .to_string());
            }
            let bytes = fs::read(path).map_err(|e| io_reason(&e))?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            (bytes, path.parent().map(Path::to_path_buf), name)
        }
    };
    let side = |file: &str| -> Option<String> {
        let dir = dir.as_ref()?;
        let p = dir.join(file);
        let m = fs::metadata(&p).ok()?;
        if !m.is_file() || m.len() > max_size {
            return None;
        }
        let bytes = fs::read(p).ok()?;
        input::decode::decode(&bytes).ok()
    };
    let transcript =
        input::parse_bytes(&bytes, forced, name.as_deref(), &side).map_err(|e| e.to_string())?;
    Ok(crate::summaries_of(&transcript, &input.label()))
}

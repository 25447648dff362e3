//! A debate straight from the source: a Hansard web address or a debate id, fetched as the
//! Hansard API's JSON. The only code that reaches the network, and only for an input the user
//! gave as an address or an id; files, folders and standard input never do.
//!
//! `https://hansard.parliament.uk/Commons/2024-11-12/debates/<id>/<slug>` and a bare `<id>`
//! both become `<base>/debates/debate/<id>.json`, the base being the API's public address
//! unless `--api-base` (or `DEBATE_SUMMARY_API_BASE`) gives another.

use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The Hansard API's public address.
pub const DEFAULT_API_BASE: &str = "https://hansard-api.parliament.uk";

/// How long to wait for a connection, and for a whole answer.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const ANSWER_TIMEOUT: Duration = Duration::from_secs(60);

/// Where fetched debates come from, and where they are kept.
#[derive(Debug, Clone)]
pub struct Net {
    /// The API's base address, without a trailing slash.
    pub base: String,
    /// Keep each fetched answer as `<dir>/<id>.json`, so the run can be repeated offline.
    pub save: Option<PathBuf>,
}

impl Default for Net {
    fn default() -> Self {
        Net {
            base: DEFAULT_API_BASE.to_string(),
            save: None,
        }
    }
}

/// What a command-line argument that is not a file asks for: a debate id, or why the
/// address cannot be used. `None` for an argument that is no address at all.
pub fn debate_id(arg: &str) -> Option<Result<String, String>> {
    let low = arg.to_ascii_lowercase();
    if low.starts_with("http://") || low.starts_with("https://") {
        return Some(id_in_address(arg).ok_or_else(|| {
            "not a Hansard debate address (expected https://hansard.parliament.uk/<House>/<date>/debates/<id>/<title>)"
                .to_string()
        }));
    }
    is_guid(arg).then(|| Ok(arg.to_string()))
}

/// The debate id in a Hansard web address (`.../debates/<id>/<slug>`) or an API address
/// (`.../debates/debate/<id>.json`).
fn id_in_address(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let mut parts = path.split('/').skip(3);
    while let Some(p) = parts.next() {
        if p.eq_ignore_ascii_case("debates") {
            let mut id = parts.next()?;
            if id.eq_ignore_ascii_case("debate") {
                id = parts.next()?;
            }
            let id = id.strip_suffix(".json").unwrap_or(id);
            return is_id(id).then(|| id.to_string());
        }
    }
    None
}

/// A debate id as the API writes them: a GUID, or letters, digits and hyphens.
fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// A GUID (8-4-4-4-12 hexadecimal digits): what a bare debate id looks like.
fn is_guid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The API address of a debate's JSON.
pub fn api_url(base: &str, id: &str) -> String {
    format!("{}/debates/debate/{id}.json", base.trim_end_matches('/'))
}

/// Fetches debate `id`'s JSON: at most `max_size` bytes, and it must be JSON. Every failure
/// is one line naming the address asked.
pub fn fetch(net: &Net, id: &str, max_size: u64) -> Result<Vec<u8>, String> {
    let url = api_url(&net.base, id);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(CONNECT_TIMEOUT))
        .timeout_global(Some(ANSWER_TIMEOUT))
        .http_status_as_error(false)
        .user_agent(concat!("debate-summary/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut answer = agent
        .get(&url)
        .header("Accept", "application/json")
        .call()
        .map_err(|e| format!("{url}: {}", why(&e)))?;
    let status = answer.status().as_u16();
    if status == 404 {
        return Err(format!("{url}: no such debate (HTTP 404)"));
    }
    if !(200..300).contains(&status) {
        return Err(format!("{url}: the server answered HTTP {status}"));
    }
    let body = answer
        .body_mut()
        .with_config()
        .limit(max_size)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => format!(
                "{url}: the answer is over the {max_size}-byte limit (raise it with --max-size)"
            ),
            e => format!("{url}: {}", why(&e)),
        })?;
    let first = body.iter().find(|b| !b.is_ascii_whitespace());
    if first != Some(&b'{') {
        return Err(format!("{url}: the answer is not JSON"));
    }
    if let Some(dir) = &net.save {
        save(dir, id, &body).map_err(|e| format!("could not save to {}: {e}", dir.display()))?;
    }
    Ok(body)
}

/// Why a request failed, in a reader's words.
fn why(e: &ureq::Error) -> String {
    match e {
        ureq::Error::HostNotFound => "host not found (no network?)".to_string(),
        ureq::Error::ConnectionFailed => "could not connect".to_string(),
        ureq::Error::Timeout(_) => "timed out".to_string(),
        ureq::Error::Io(io) if io.kind() == io::ErrorKind::ConnectionRefused => {
            "connection refused".to_string()
        }
        ureq::Error::Io(io) => io.to_string(),
        e => e.to_string(),
    }
}

/// Writes `<dir>/<id>.json` atomically (a temporary name, then renamed).
fn save(dir: &Path, id: &str, body: &[u8]) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{id}.json"));
    let tmp = dir.join(format!(".{id}.json.tmp{}", std::process::id()));
    std::fs::write(&tmp, body)?;
    std::fs::rename(&tmp, &path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_ids() {
        let id = "69FFB3CB-33EF-41DD-94B0-E8685BEB39EF";
        let web = format!(
            "https://hansard.parliament.uk/Commons/2026-01-14/debates/{id}/OilRefiningSector"
        );
        assert_eq!(debate_id(&web), Some(Ok(id.to_string())));
        let api = format!("https://hansard-api.parliament.uk/debates/debate/{id}.json");
        assert_eq!(debate_id(&api), Some(Ok(id.to_string())));
        assert_eq!(debate_id(id), Some(Ok(id.to_string())));
        assert!(matches!(
            debate_id("https://example.org/news/today"),
            Some(Err(_))
        ));
        assert_eq!(debate_id("transcripts/debate.txt"), None);
        assert_eq!(debate_id("69FFB3CB"), None);
        assert_eq!(
            api_url("http://127.0.0.1:9/", "abc-1"),
            "http://127.0.0.1:9/debates/debate/abc-1.json"
        );
    }
}

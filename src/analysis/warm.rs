//! Warming the matchers before the first real debate is read.

use super::analyze;
use crate::model::{RawDebate, Source};

/// Builds the matchers analysis uses (they are built once per process, on first use) by
/// analysing a small debate made here. A folder run calls this on one worker while another
/// warms the readers, so that neither waits for the other to build them.
pub fn warm() {
    use crate::model::{Attribution, Contribution};
    let said = |name: &str, paragraphs: &[&str]| Contribution {
        speaker: Attribution::person(name),
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
    };
    let debate = RawDebate {
        title: "Rural Bus Services".into(),
        contributions: vec![
            said(
                "Jo Bloggs",
                &[
                    "I beg to move, That this House has considered rural bus services. \
                     It is a pleasure to serve under your chairmanship. I call on the \
                     Government to restore funding. Will the Minister meet me to discuss it? \
                     The hon. Member for Upper Tarn (Sam Smith) agrees, as does the shadow \
                     Minister, the hon. Member for Lower Tarn (Ann Other).",
                ],
            ),
            said(
                "Sam Smith",
                &["As shadow Minister, I ask the Minister to act."],
            ),
            said(
                "Kim Lee",
                &[
                    "I congratulate my hon. Friend on securing this debate. The Government \
                     are investing in buses, and we will publish a strategy. I would be \
                     happy to meet my hon. Friend.",
                ],
            ),
        ],
        ..RawDebate::default()
    };
    let _ = analyze(
        &debate,
        Source {
            path: String::new(),
            format: crate::model::InputFormat::HansardText,
            index: 0,
        },
    );
}

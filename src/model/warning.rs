//! What a reader of a summary should know about how it was made.

use std::fmt;

/// Something a reader of a summary should know about how it was made: said in `warnings`,
/// each in the words its `Display` gives (the one place they are written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// The record holds only part of the debate, and why.
    Partial(PartialBecause),
    /// A ParlaMint section with no heading: it starts mid-debate.
    NoHeading,
    /// ParlaMint plain text, which keeps no headings: the item is untitled.
    UntitledText,
    /// A TheyWorkForYou file that a later revision replaces.
    Superseded,
    /// Paragraphs before the first attribution, attributed to nobody.
    Unattributed(usize),
    /// Someone took the Chair during the debate.
    ChairChanged(String),
    /// A surname-only attribution that could be several speakers.
    AmbiguousSurname { written: String, speakers: usize },
    /// No opening in the transcript: no lead is named.
    LeadNotNamed,
    /// Someone taken for an opposition front-bencher, and whether they said so themself.
    ShadowTaken { name: String, own: bool },
    /// The minister found from what was said, with the reasons.
    MinisterInferred {
        name: String,
        why: Vec<&'static str>,
    },
    /// Nobody answers for the Government in the transcript.
    NoGovernmentReply,
    /// The transcript gives the item no heading.
    Untitled,
    /// The XML left an element open; it was read as closed where the element around it ends.
    XmlUnclosed { element: String, line: u32 },
}

/// Why a transcript is partial.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartialBecause {
    /// Parts of the debate are not in the file.
    Missing,
    /// A ParlaMint sample with passages left out.
    Sampled,
    /// A Parallel Parliament page of excerpts.
    Excerpts,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::Partial(PartialBecause::Missing) => {
                f.write_str("partial transcript: parts of the debate are not in this file")
            }
            Warning::Partial(PartialBecause::Sampled) => {
                f.write_str("partial transcript: the sitting is a sample with passages left out")
            }
            Warning::Partial(PartialBecause::Excerpts) => {
                f.write_str("partial transcript: this page holds excerpts, not the whole debate")
            }
            Warning::NoHeading => f.write_str(
                "this section has no heading: it starts mid-debate in a sampled sitting",
            ),
            Warning::UntitledText => f.write_str(
                "ParlaMint plain text keeps no headings: the item is untitled, and a sampled passage is read as an item of its own",
            ),
            Warning::Superseded => f.write_str(
                "this file is a superseded revision (latest=\"no\"); a later one exists",
            ),
            Warning::Unattributed(n) => write!(
                f,
                "{n} paragraph(s) before the first attribution were not attributed to anyone"
            ),
            Warning::ChairChanged(c) => write!(f, "{c} took the Chair during the debate"),
            Warning::AmbiguousSurname { written, speakers } => write!(
                f,
                "\"{written}\" could be any of {speakers} speakers with that surname; kept apart"
            ),
            Warning::LeadNotNamed => f.write_str(
                "partial transcript without the debate's opening: the lead is not named",
            ),
            Warning::ShadowTaken { name, own } => write!(
                f,
                "{name} is taken for an opposition front-bencher: {}",
                if *own {
                    "they say so"
                } else {
                    "the debate names them so"
                }
            ),
            Warning::MinisterInferred { name, why } => write!(
                f,
                "responding minister inferred, not stated: {name} ({})",
                why.join(", ")
            ),
            Warning::NoGovernmentReply => {
                f.write_str("no Government reply found in this transcript")
            }
            Warning::Untitled => f.write_str("the transcript gives this item no title"),
            Warning::XmlUnclosed { element, line } => write!(
                f,
                "malformed XML: <{element}> is not closed before the end tag on line {line}; read as closed there"
            ),
        }
    }
}

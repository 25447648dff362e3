//! An ask as the linking reads it.

use super::Subject;
use super::classes::Classes;
use super::naming::{Naming, Others};
use crate::model::AskKind;

/// An ask as the linking reads it: its content words (sorted, each once) and their total
/// weight, the direct reply, what kind of thing it asks for, and the asker's surname and seat.
pub(super) struct Query<'n> {
    pub(super) want: Vec<u32>,
    /// `want` and `context` by term, for the passages' words to be looked up in.
    pub(super) classes: Classes,
    /// Content words of the sentence before a short ask that points back at it ("Will it be
    /// signed off?"), none of them the ask's own.
    pub(super) context: Vec<u32>,
    pub(super) total: f64,
    /// Every content word of the ask, its context and its paragraph, sorted, each once.
    pub(super) spoken: Vec<u32>,
    pub(super) direct: Option<usize>,
    pub(super) kind: AskKind,
    /// The ask is about money, or calls for an inquiry.
    pub(super) subject: Subject,
    /// Which reply sentences name the asker.
    pub(super) names: Naming,
    /// Which reply sentences name which asker, and which askers are not this one.
    pub(super) others: (&'n Others, u64),
}

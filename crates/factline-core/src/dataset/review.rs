//! An editor's mark on a statement, speaker, figure or time. The engine
//! never sets it: one without a mark is an unreviewed machine extraction,
//! which is also how a dataset from before this field reads. The
//! corrections layer (`crate::corrections`) sets it when it applies an
//! editor's decision.

use serde::{Deserialize, Serialize};

/// What an editor did with a statement, speaker, figure or time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// An editor read it and found the engine right.
    Accepted,
    /// An editor changed it (a statement's kind, speaker or words; a
    /// speaker's name or aliases; a figure's value, unit, qualifier or
    /// period; a time's days), or added it.
    Corrected,
}

//! An editor's mark on a statement. The engine never sets it: a statement
//! without one is an unreviewed machine extraction, which is also how a
//! dataset from before this field reads. The corrections layer
//! (`crate::corrections`) sets it when it applies an editor's decision.

use serde::{Deserialize, Serialize};

/// What an editor did with a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// An editor read the statement and found the engine right.
    Accepted,
    /// An editor changed the statement's kind or speaker, or added it.
    Corrected,
}

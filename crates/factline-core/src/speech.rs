//! speech stage (being written).

//! segment stage (being written).

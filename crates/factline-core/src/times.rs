//! times stage (being written).

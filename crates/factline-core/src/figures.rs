//! figures stage (being written).

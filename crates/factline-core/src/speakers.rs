//! speakers stage (being written).

//! Versions reported to applications.

/// The Node.js release whose behaviour the built-in modules follow; reported as
/// `process.version` so that packages checking for a Node version accept the runtime.
pub const NODE_COMPAT: &str = "20.18.0";

pub const PACK: &str = env!("CARGO_PKG_VERSION");

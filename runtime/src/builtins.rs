//! The runtime's embedded JavaScript: `node/*.js` are the public built-in modules (by bare
//! name), `internal/*.js` the runtime's own.

mod generated {
    include!(concat!(env!("OUT_DIR"), "/js_sources.rs"));
}

/// The source of an embedded file by id (`node/fs`, `internal/bootstrap`).
pub fn source(id: &str) -> Option<&'static str> {
    generated::SOURCES
        .iter()
        .find(|(name, _)| *name == id)
        .map(|(_, src)| *src)
}

/// Names of the public built-in modules, sorted.
pub fn public_names() -> impl Iterator<Item = &'static str> {
    generated::SOURCES
        .iter()
        .filter_map(|(name, _)| name.strip_prefix("node/"))
}

/// The source of a built-in by the name its scripts carry in stack traces (`node:events`,
/// `node:internal/bootstrap`).
pub fn source_by_script_name(name: &str) -> Option<&'static str> {
    let rest = name.strip_prefix("node:")?;
    if rest.starts_with("internal/") {
        source(rest)
    } else {
        source(&format!("node/{rest}"))
    }
}

//! Node's built-in module names: requests for them are left to the runtime, never bundled.

/// The shared list, also read by the runtime.
const LIST: &str = include_str!("../../runtime/node-builtins.txt");

fn names() -> impl Iterator<Item = &'static str> {
    LIST.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Whether `request` names a built-in module as Node resolves it: bare names, and any name
/// after `node:` (unknown `node:` names are left to the runtime, which reports them as Node
/// does).
pub fn is_builtin(request: &str) -> bool {
    request.starts_with("node:") || names().any(|n| n == request)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_and_prefixed_names() {
        assert!(is_builtin("fs"));
        assert!(is_builtin("node:fs"));
        assert!(is_builtin("node:test"));
        assert!(!is_builtin("test"));
        assert!(!is_builtin("lodash"));
    }
}

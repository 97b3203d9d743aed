//! The `"pack"` key of package.json: the build settings a project keeps with itself. Flags on
//! the command line override them.

use std::path::Path;

use anyhow::{Result, bail};
use serde_json::Value;

/// The settings, each `None` (or empty) when package.json does not give it.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Config {
    pub entry: Option<String>,
    /// Relative to the package's directory.
    pub output: Option<String>,
    /// Globs of files to embed, relative to the package's directory.
    pub assets: Option<Vec<String>>,
    pub external: Option<Vec<String>>,
    pub minify: Option<bool>,
    pub snapshot: Option<bool>,
    pub v8_flags: Option<Vec<String>>,
    /// Modules to run into the snapshot at build time.
    pub preinit: Option<Vec<String>>,
}

/// The keys `"pack"` may hold, as written in package.json.
const KEYS: [&str; 8] = [
    "entry", "output", "assets", "external", "minify", "snapshot", "v8Flags", "preinit",
];

/// Reads `manifest["pack"]` (package.json at `path`, named in errors).
pub fn read(manifest: &Value, path: &Path) -> Result<Config> {
    let Some(pack) = manifest.get("pack") else {
        return Ok(Config::default());
    };
    let at = path.display();
    let Some(pack) = pack.as_object() else {
        bail!("{at}: \"pack\" must be an object of build settings");
    };
    let mut config = Config::default();
    for (key, value) in pack {
        let wrong = |what: &str| -> anyhow::Error {
            anyhow::anyhow!("{at}: \"pack\".{key} must be {what}, not {}", kind(value))
        };
        match key.as_str() {
            "entry" => config.entry = Some(string(value).ok_or_else(|| wrong("a string"))?),
            "output" => config.output = Some(string(value).ok_or_else(|| wrong("a string"))?),
            "assets" => {
                config.assets = Some(strings(value).ok_or_else(|| wrong("an array of globs"))?)
            }
            "external" => {
                config.external =
                    Some(strings(value).ok_or_else(|| wrong("an array of package names"))?)
            }
            "minify" => {
                config.minify = Some(value.as_bool().ok_or_else(|| wrong("true or false"))?)
            }
            "snapshot" => {
                config.snapshot = Some(value.as_bool().ok_or_else(|| wrong("true or false"))?)
            }
            "preinit" => {
                config.preinit =
                    Some(strings(value).ok_or_else(|| wrong("an array of module names"))?)
            }
            // One string of flags separated by spaces, or an array of them.
            "v8Flags" => {
                let flags = match value {
                    Value::String(text) => Some(split_flags(text)),
                    other => strings(other),
                };
                config.v8_flags =
                    Some(flags.ok_or_else(|| wrong("a string or an array of strings"))?);
            }
            _ => bail!(
                "{at}: unknown key \"pack\".{key} (the keys are: {})",
                KEYS.join(", ")
            ),
        }
    }
    Ok(config)
}

/// `--max-old-space-size=64 --stack-size=900` as its flags.
pub fn split_flags(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

/// Refuses what cannot be a V8 flag the executable starts with: words without `--`, and
/// `--help`, which makes V8 print its usage and exit. (V8 itself refuses flags it does not
/// know when the snapshot is made.)
pub fn check_v8_flags(flags: &[String], source: &str) -> Result<()> {
    for flag in flags {
        if !flag.starts_with("--") || flag == "--help" {
            bail!("{source}: {flag:?} is not a V8 flag (they look like --max-old-space-size=4096)");
        }
    }
    // V8 parses these and then aborts when it sizes the heap at launch.
    let sizes = ["max-heap-size", "max-old-space-size", "max-semi-space-size"];
    if sizes.iter().all(|size| sets_size(flags, size)) {
        bail!(
            "{source}: --max-heap-size cannot be given with both --max-old-space-size and \
             --max-semi-space-size (V8 would stop at launch); leave out one of them"
        );
    }
    Ok(())
}

/// Whether the last of `flags` that names `size` (dashes or underscores) gives it a value
/// other than 0.
fn sets_size(flags: &[String], size: &str) -> bool {
    let value = flags.iter().rev().find_map(|flag| {
        let (name, value) = pack_payload::v8_flag_parts(flag);
        (name == size).then_some(value?)
    });
    value.is_some_and(|v| v.trim() != "0")
}

fn string(value: &Value) -> Option<String> {
    value.as_str().filter(|s| !s.is_empty()).map(str::to_string)
}

fn strings(value: &Value) -> Option<Vec<String>> {
    value.as_array()?.iter().map(string).collect()
}

/// What a JSON value is, for messages.
fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.is_empty() => "an empty string".into(),
        Value::String(_) => "a string".into(),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read_json(value: Value) -> Result<Config> {
        read(&value, Path::new("package.json"))
    }

    #[test]
    fn three_heap_sizes_are_refused_two_are_not() {
        let flags = |text: &str| split_flags(text);
        let three = flags("--max-heap-size=300 --max_old_space_size=200 --max-semi-space-size=8");
        assert!(check_v8_flags(&three, "v8Flags").is_err());
        for ok in [
            "--max-heap-size=300 --max-old-space-size=200",
            "--max-heap-size=300 --max-old-space-size=200 --max-semi-space-size=0",
            "--max-old-space-size=200 --max-semi-space-size=8",
        ] {
            assert!(check_v8_flags(&flags(ok), "v8Flags").is_ok(), "{ok}");
        }
    }

    #[test]
    fn reads_every_key() {
        let config = read_json(json!({"pack": {
            "entry": "src/cli.js", "output": "dist/tool", "external": ["sharp"],
            "minify": true, "snapshot": false, "v8Flags": "--max-old-space-size=64  --stack-size=900"
        }}))
        .unwrap();
        assert_eq!(config.entry.as_deref(), Some("src/cli.js"));
        assert_eq!(config.output.as_deref(), Some("dist/tool"));
        assert_eq!(config.external, Some(vec!["sharp".to_string()]));
        assert_eq!((config.minify, config.snapshot), (Some(true), Some(false)));
        assert_eq!(
            config.v8_flags,
            Some(vec![
                "--max-old-space-size=64".to_string(),
                "--stack-size=900".to_string()
            ])
        );
        assert_eq!(read_json(json!({"name": "x"})).unwrap(), Config::default());
    }

    /// Every key the error message lists is one `read` takes.
    #[test]
    fn listed_keys_are_read() {
        for key in KEYS {
            let value = match key {
                "minify" | "snapshot" => json!(true),
                "assets" | "external" | "v8Flags" | "preinit" => json!(["--x"]),
                _ => json!("a.js"),
            };
            let config = read_json(json!({"pack": {key: value}})).unwrap();
            assert_ne!(config, Config::default(), "{key}");
        }
    }

    #[test]
    fn names_the_bad_key() {
        let err = |v: Value| read_json(v).unwrap_err().to_string();
        assert!(err(json!({"pack": {"minfy": true}})).contains("unknown key \"pack\".minfy"));
        assert!(
            err(json!({"pack": {"minify": "yes"}}))
                .contains("\"pack\".minify must be true or false, not a string")
        );
        assert!(err(json!({"pack": {"external": ["a", 3]}})).contains("\"pack\".external"));
        assert!(err(json!({"pack": {"v8Flags": 5}})).contains("\"pack\".v8Flags"));
        assert!(err(json!({"pack": []})).contains("\"pack\" must be an object"));
        assert!(err(json!({"pack": {"entry": ""}})).contains("not an empty string"));
    }
}

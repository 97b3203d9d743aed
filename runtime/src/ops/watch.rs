//! `fs.watch` on inotify.

use futures::StreamExt;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use inotify::{EventMask, Inotify, WatchDescriptor, WatchMask, Watches};

use crate::async_op::{OpError, OpValue};
use crate::engine::state;

/// What inotify is asked to report for each watched directory or file.
fn watch_mask() -> WatchMask {
    WatchMask::MODIFY
        | WatchMask::ATTRIB
        | WatchMask::CREATE
        | WatchMask::DELETE
        | WatchMask::DELETE_SELF
        | WatchMask::MOVE_SELF
        | WatchMask::MOVED_FROM
        | WatchMask::MOVED_TO
}

/// The watched directories (one inotify watch each) and, when recursive, every entry seen
/// under the root, so that a directory found by walking and by an event is reported once.
struct Tree {
    root: PathBuf,
    recursive: bool,
    watches: Watches,
    dirs: HashMap<WatchDescriptor, PathBuf>,
    known: HashSet<PathBuf>,
}

impl Tree {
    /// Watches `root/rel` and, when recursive, everything under it; entries not seen before
    /// go to `found` (relative to the root).
    fn add_dir(&mut self, rel: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
        // `join("")` would add a trailing slash, which a watched file does not accept.
        let full = if rel.as_os_str().is_empty() {
            self.root.clone()
        } else {
            self.root.join(rel)
        };
        let wd = self.watches.add(&full, watch_mask())?;
        self.dirs.insert(wd, rel.to_path_buf());
        if !self.recursive {
            return Ok(());
        }
        // A directory can vanish while it is walked: what is gone is simply not reported.
        let Ok(entries) = std::fs::read_dir(&full) else {
            return Ok(());
        };
        for entry in entries.flatten() {
            let child = rel.join(entry.file_name());
            if self.known.insert(child.clone()) {
                found.push(child.clone());
            }
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                let _ = self.add_dir(&child, found);
            }
        }
        Ok(())
    }

    /// Stops watching a directory that left the tree (and everything under it): a directory
    /// moved elsewhere would otherwise go on reporting under its old name.
    fn forget_dir(&mut self, rel: &Path) {
        let gone: Vec<WatchDescriptor> = self
            .dirs
            .iter()
            .filter(|(_, dir)| dir.starts_with(rel))
            .map(|(wd, _)| wd.clone())
            .collect();
        for wd in gone {
            self.dirs.remove(&wd);
            // A deleted directory's watch is already gone; that error says nothing.
            let _ = self.watches.remove(wd);
        }
    }

    /// The changes one inotify event stands for, as `(eventType, filename)`.
    fn changes(
        &mut self,
        event: inotify::EventOwned,
        own_name: Option<&str>,
    ) -> Vec<(&'static str, String)> {
        if event.mask.contains(EventMask::IGNORED) {
            self.dirs.remove(&event.wd);
            return Vec::new();
        }
        let Some(dir) = self.dirs.get(&event.wd).cloned() else {
            return Vec::new();
        };
        let Some(name) = event.name else {
            // The watched thing itself changed: only the root's own events are reported (a
            // subdirectory's are reported by its parent).
            if !dir.as_os_str().is_empty() {
                return Vec::new();
            }
            let kind = if event.mask.intersects(EventMask::MODIFY | EventMask::ATTRIB) {
                "change"
            } else {
                "rename"
            };
            return vec![(kind, own_name.unwrap_or_default().to_string())];
        };
        let path = dir.join(&name);
        let text = |p: &Path| p.to_string_lossy().into_owned();
        if event.mask.intersects(EventMask::MODIFY | EventMask::ATTRIB) {
            return vec![("change", text(&path))];
        }
        let mut out = Vec::new();
        if event
            .mask
            .intersects(EventMask::CREATE | EventMask::MOVED_TO)
        {
            if !self.recursive || self.known.insert(path.clone()) {
                out.push(("rename", text(&path)));
            }
            if self.recursive && event.mask.contains(EventMask::ISDIR) {
                let mut found = Vec::new();
                let _ = self.add_dir(&path, &mut found);
                out.extend(found.iter().map(|p| ("rename", text(p))));
            }
        } else {
            if self.recursive {
                self.known.retain(|p| !p.starts_with(&path));
                if event.mask.contains(EventMask::ISDIR) {
                    self.forget_dir(&path);
                }
            }
            out.push(("rename", text(&path)));
        }
        out
    }
}

/// `fsWatch(path, recursive, callback)`: watches a file or directory (and, when recursive,
/// every directory under it); `callback([eventType, filename])` for each change, the name
/// relative to the watched directory. Returns the watcher's id, or throws Node's error for a
/// bad path.
pub fn op_fs_watch(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let path = args.get(0).to_rust_string_lossy(scope);
    let recursive = args.get(1).is_true();
    let Ok(callback) = v8::Local::<v8::Function>::try_from(args.get(2)) else {
        super::throw_type_error(scope, "fsWatch: callback must be a function");
        return;
    };
    let fail = |scope: &mut v8::PinScope, e: &std::io::Error| {
        let error = OpError::from_io(e, "watch", Some(&path)).to_js(scope);
        scope.throw_exception(error);
    };
    let meta = match std::fs::metadata(&path) {
        Ok(m) => m,
        Err(e) => return fail(scope, &e),
    };
    // Changes to a watched file are reported under its own name.
    let own_name = if meta.is_dir() {
        None
    } else {
        Path::new(&path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
    };
    let inotify = match Inotify::init() {
        Ok(i) => i,
        Err(e) => return fail(scope, &e),
    };
    let mut tree = Tree {
        root: PathBuf::from(&path),
        recursive: recursive && meta.is_dir(),
        watches: inotify.watches(),
        dirs: HashMap::new(),
        known: HashSet::new(),
    };
    // Entries present at the start are not changes.
    if let Err(e) = tree.add_dir(Path::new(""), &mut Vec::new()) {
        return fail(scope, &e);
    }
    let stream = match inotify.into_event_stream(vec![0u8; 4096]) {
        Ok(s) => s,
        Err(e) => return fail(scope, &e),
    };
    let id = crate::async_op::open_stream(scope, callback, move |id, tx| async move {
        let mut stream = stream;
        let mut tree = tree;
        while let Some(Ok(event)) = stream.next().await {
            for (kind, name) in tree.changes(event, own_name.as_deref()) {
                let value =
                    OpValue::Array(vec![OpValue::String(kind.into()), OpValue::String(name)]);
                if tx.send((id, value)).is_err() {
                    return;
                }
            }
        }
    });
    rv.set(v8::Number::new(scope, f64::from(id)).into());
}

/// `fsWatchClose(id)`.
pub fn op_fs_watch_close(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    state(scope).event_loop.close_stream(id);
}

//! Native state behind JS objects, kept by number: the JS object holds the number and frees
//! the state when it is done or when a FinalizationRegistry sees the object collected. Each
//! table is thread-local, so every isolate's thread has its own.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

pub struct Handles<T> {
    items: RefCell<Option<HashMap<u32, T>>>,
    next: Cell<u32>,
}

impl<T> Handles<T> {
    pub const fn new() -> Self {
        Handles {
            items: RefCell::new(None),
            next: Cell::new(1),
        }
    }

    /// Keeps `item` and returns its number (never 0, so JS can use 0 for "none").
    pub fn insert(&self, item: T) -> u32 {
        let id = self.next.get();
        self.next.set(id.wrapping_add(1).max(1));
        self.items
            .borrow_mut()
            .get_or_insert_with(HashMap::new)
            .insert(id, item);
        id
    }

    /// Runs `f` on item `id`, if it is still kept.
    pub fn with<R>(&self, id: u32, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.items.borrow_mut().as_mut()?.get_mut(&id).map(f)
    }

    pub fn remove(&self, id: u32) -> Option<T> {
        self.items.borrow_mut().as_mut()?.remove(&id)
    }

    /// Drops every item.
    pub fn clear(&self) {
        let items = self.items.borrow_mut().take();
        drop(items);
    }
}

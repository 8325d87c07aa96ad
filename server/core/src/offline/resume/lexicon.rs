//! Word lists written as one string each ("engineer|developer|…"), folded
//! once into a set on first use, so English and Arabic entries can be written
//! as people spell them.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::norm::key;

/// A list of words or phrases, parted by `|`.
pub(super) struct List {
    text: &'static str,
    set: OnceLock<HashSet<String>>,
}

impl List {
    pub(super) const fn new(text: &'static str) -> List {
        List {
            text,
            set: OnceLock::new(),
        }
    }

    fn set(&self) -> &HashSet<String> {
        self.set.get_or_init(|| {
            self.text
                .split('|')
                .map(key)
                .filter(|w| !w.is_empty())
                .collect()
        })
    }

    /// Whether a folded word or phrase (see `norm::key`) is in the list.
    pub(super) fn has(&self, folded: &str) -> bool {
        self.set().contains(folded)
    }

    /// The entries, folded.
    pub(super) fn iter(&self) -> impl Iterator<Item = &str> {
        self.set().iter().map(String::as_str)
    }
}

/// Words or phrases with a value each: `name=value|name=value`.
pub(super) struct Map {
    text: &'static str,
    map: OnceLock<HashMap<String, &'static str>>,
}

impl Map {
    pub(super) const fn new(text: &'static str) -> Map {
        Map {
            text,
            map: OnceLock::new(),
        }
    }

    /// The value of a folded name.
    pub(super) fn get(&self, folded: &str) -> Option<&'static str> {
        self.map
            .get_or_init(|| {
                self.text
                    .split('|')
                    .filter_map(|pair| pair.split_once('='))
                    .map(|(name, value)| (key(name), value.trim()))
                    .collect()
            })
            .get(folded)
            .copied()
    }
}

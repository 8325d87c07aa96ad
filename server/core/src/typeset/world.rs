//! Our own typst `World`: the standard library and the fonts of `fonts/` are
//! built once per process and shared; each document brings only its main
//! source and its data files. Nothing is read from disk or the network while a
//! document is typeset, and no system font is ever looked up.

use std::collections::HashMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The font files embedded in the binary.
const FONT_FILES: &[&[u8]] = &[
    include_bytes!("../../fonts/NotoSerif-Regular.ttf"),
    include_bytes!("../../fonts/NotoSerif-Bold.ttf"),
    include_bytes!("../../fonts/NotoSerif-Italic.ttf"),
    include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../fonts/NotoSans-Italic.ttf"),
    include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../../fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../../fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../fonts/NotoSansArabic-Bold.ttf"),
];

struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    Shared {
        library: LazyHash::new(Library::builder().build()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

/// Builds the shared library and fonts now rather than on the first document.
pub fn warm_up() {
    LazyLock::force(&SHARED);
}

/// The family names of the embedded fonts.
pub fn families() -> Vec<String> {
    let mut names: Vec<String> = SHARED
        .fonts
        .iter()
        .map(|f| f.info().family.clone())
        .collect();
    names.dedup();
    names
}

/// One document: a main source and the data files it reads.
pub struct DocWorld {
    main: Source,
    files: HashMap<FileId, Bytes>,
}

impl DocWorld {
    /// `main` is typst markup; `files` are `(path, bytes)` it may read, such as
    /// `("/resume.json", …)`.
    pub fn new(main: &str, files: Vec<(&str, Vec<u8>)>) -> Self {
        let id = FileId::new(None, VirtualPath::new("/main.typ"));
        DocWorld {
            main: Source::new(id, main.to_owned()),
            files: files
                .into_iter()
                .map(|(path, bytes)| (FileId::new(None, VirtualPath::new(path)), Bytes::new(bytes)))
                .collect(),
        }
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().as_rootless_path().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        // Documents are the same whenever they are made.
        None
    }
}

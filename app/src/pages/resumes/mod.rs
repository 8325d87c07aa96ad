//! `/resumes` (the list and the import form) and `/resumes/:id` (one version:
//! preview, JSON Resume editor, history, download).

mod check;
mod list;
mod view;

pub use list::ResumesPage;
pub use view::ResumePage;

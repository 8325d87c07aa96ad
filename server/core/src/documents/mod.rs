//! Documents: cover letters, portfolios, resumes kept as documents and others,
//! each a line of Markdown versions that never change once saved, linked to one
//! of the user's jobs if they like; written by hand, generated
//! (`cover_letter.generate`) or uploaded (a PDF, Word, Markdown or text file,
//! kept as it came, its text the first version). Every function takes the user,
//! and the store's statements name it, so a user only ever reaches their own.

#[cfg(test)]
mod tests;

use thiserror::Error;

use crate::AppState;
use crate::ai::{AiRunner, OutputLang, TaskError};
use crate::db::documents::{DocFileRow, DocVersionRow, DocumentRow, NewDocFile, NewDocument};
use crate::db::{Store, StoreError};
use crate::extract::{Limits, extract_guarded};
use crate::markdown::tree::reading;
use crate::model::Problem;
use crate::model::document::{
    DocFileInfo, DocVersionInfo, DocumentKind, DocumentSummary, DocumentView,
};
use crate::offline::cover_letter::{CoverLetter, CoverLetterTask, Length, LetterRequest, Tone};

/// The longest document kept, in bytes of Markdown.
pub const MAX_MARKDOWN: usize = 200_000;
pub const MAX_TITLE: usize = 200;
pub const MAX_NOTE: usize = 500;

#[derive(Debug, Error)]
pub enum DocumentError {
    #[error("{field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: Problem,
    },
    #[error("no such document")]
    NotFound,
    /// The job to link or write for is not the user's (or not there).
    #[error("no such job")]
    NoJob,
    /// A cover letter needs a resume to tell the facts of.
    #[error("add a resume first: a letter only tells what a resume says")]
    NoResume,
    #[error("{0}")]
    File(#[from] crate::extract::ExtractError),
    #[error("the file could not be stored: {0}")]
    Files(String),
    #[error(transparent)]
    Typeset(#[from] crate::typeset::TypesetError),
    #[error(transparent)]
    Task(#[from] TaskError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn invalid(field: &'static str, problem: Problem) -> DocumentError {
    DocumentError::Invalid { field, problem }
}

/// What a new document is made of, before it is checked.
#[derive(Clone, Debug, Default)]
pub struct DocumentInput {
    pub title: String,
    pub kind: String,
    pub job_id: Option<i64>,
    pub language: String,
    pub markdown: String,
}

fn check_title(title: &str) -> Result<String, DocumentError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(invalid("title", Problem::Required));
    }
    if title.chars().count() > MAX_TITLE {
        return Err(invalid(
            "title",
            Problem::TooLong {
                max: MAX_TITLE as u32,
            },
        ));
    }
    Ok(title.to_owned())
}

fn check_kind(kind: &str) -> Result<DocumentKind, DocumentError> {
    DocumentKind::parse(kind.trim()).ok_or(invalid("kind", Problem::NotAllowed))
}

fn check_language(language: &str) -> Result<&'static str, DocumentError> {
    match language.trim() {
        "" | "en" => Ok("en"),
        "ar" => Ok("ar"),
        _ => Err(invalid("language", Problem::NotAllowed)),
    }
}

fn check_markdown(markdown: &str) -> Result<(), DocumentError> {
    if markdown.trim().is_empty() {
        return Err(invalid("markdown", Problem::Required));
    }
    if markdown.len() > MAX_MARKDOWN {
        return Err(invalid(
            "markdown",
            Problem::TooLong {
                max: MAX_MARKDOWN as u32,
            },
        ));
    }
    Ok(())
}

fn check_note(note: &str) -> Result<String, DocumentError> {
    let note = note.trim();
    if note.chars().count() > MAX_NOTE {
        return Err(invalid(
            "note",
            Problem::TooLong {
                max: MAX_NOTE as u32,
            },
        ));
    }
    Ok(note.to_owned())
}

fn summary(row: DocumentRow) -> DocumentSummary {
    let job_label = row
        .job_title
        .map(|title| crate::model::tracker::job_label(&title, row.company.as_deref()));
    DocumentSummary {
        id: row.id,
        kind: DocumentKind::parse(&row.kind).unwrap_or(DocumentKind::Other),
        title: row.title,
        job_id: row.job_id.filter(|_| job_label.is_some()),
        job_label,
        language: row.language,
        versions: row.versions,
        has_file: row.files > 0,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

/// A version's history entry, and its Markdown.
pub fn info(row: DocVersionRow) -> (DocVersionInfo, String) {
    (
        DocVersionInfo {
            number: row.number,
            source: row.source,
            note: row.note,
            created_at: row.created_at,
        },
        row.markdown,
    )
}

fn file_info(row: DocFileRow) -> DocFileInfo {
    DocFileInfo {
        name: row.name,
        kind: row.kind,
        size: row.size,
    }
}

/// The user's documents, newest first.
pub async fn list(store: &dyn Store, user_id: i64) -> Result<Vec<DocumentSummary>, StoreError> {
    Ok(store
        .documents(user_id)
        .await?
        .into_iter()
        .map(summary)
        .collect())
}

/// The user's documents linked to one of their jobs.
pub async fn for_job(
    store: &dyn Store,
    user_id: i64,
    job_id: i64,
) -> Result<Vec<DocumentSummary>, StoreError> {
    Ok(list(store, user_id)
        .await?
        .into_iter()
        .filter(|d| d.job_id == Some(job_id))
        .collect())
}

/// Stores a checked document; `NoJob` when the job is not the user's.
async fn insert(
    store: &dyn Store,
    user_id: i64,
    doc: &NewDocument<'_>,
    file: Option<&NewDocFile<'_>>,
) -> Result<i64, DocumentError> {
    let id = store
        .document_insert(user_id, doc, file, crate::jobs::now_ms())
        .await?
        .ok_or(DocumentError::NoJob)?;
    tracing::info!(
        user_id,
        document_id = id,
        kind = doc.kind,
        source = doc.source,
        "document added"
    );
    Ok(id)
}

/// A document written by hand; returns its id.
pub async fn create(
    store: &dyn Store,
    user_id: i64,
    input: &DocumentInput,
) -> Result<i64, DocumentError> {
    let title = check_title(&input.title)?;
    let kind = check_kind(&input.kind)?;
    let language = check_language(&input.language)?;
    check_markdown(&input.markdown)?;
    insert(
        store,
        user_id,
        &NewDocument {
            kind: kind.as_str(),
            title: &title,
            job_id: input.job_id,
            language,
            markdown: &input.markdown,
            source: "write",
            note: "",
        },
        None,
    )
    .await
}

/// One version of a document (the newest without `number`) with its history.
pub async fn view(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    number: Option<i32>,
) -> Result<DocumentView, DocumentError> {
    let row = store
        .document_get(user_id, id)
        .await?
        .ok_or(DocumentError::NotFound)?;
    let version = store
        .document_version(user_id, id, number)
        .await?
        .ok_or(DocumentError::NotFound)?;
    let history = store
        .document_versions(user_id, id)
        .await?
        .into_iter()
        .map(|v| info(v).0)
        .collect();
    let file = store
        .document_files(user_id, id)
        .await?
        .into_iter()
        .next()
        .map(file_info);
    let (word_count, read_minutes) = reading(&version.markdown);
    Ok(DocumentView {
        summary: summary(row),
        version: version.number,
        markdown: version.markdown,
        word_count,
        read_minutes,
        history,
        file,
    })
}

/// Saves edited Markdown as the next version; `None` when it is the newest
/// version's text already (nothing is added).
pub async fn save(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    markdown: &str,
    note: &str,
) -> Result<Option<i32>, DocumentError> {
    check_markdown(markdown)?;
    let note = check_note(note)?;
    let newest = store
        .document_version(user_id, id, None)
        .await?
        .ok_or(DocumentError::NotFound)?;
    if newest.markdown == markdown {
        return Ok(None);
    }
    let number = store
        .document_add_version(user_id, id, markdown, "edit", &note, crate::jobs::now_ms())
        .await?
        .ok_or(DocumentError::NotFound)?;
    Ok(Some(number))
}

/// Makes an old version the newest again (as a new version).
pub async fn restore(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    number: i32,
) -> Result<i32, DocumentError> {
    let old = store
        .document_version(user_id, id, Some(number))
        .await?
        .ok_or(DocumentError::NotFound)?;
    store
        .document_add_version(
            user_id,
            id,
            &old.markdown,
            "restore",
            &format!("v{number}"),
            crate::jobs::now_ms(),
        )
        .await?
        .ok_or(DocumentError::NotFound)
}

/// Renames, retypes and relinks a document.
pub async fn update(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    title: &str,
    kind: &str,
    job_id: Option<i64>,
) -> Result<(), DocumentError> {
    let title = check_title(title)?;
    let kind = check_kind(kind)?;
    let row = store
        .document_get(user_id, id)
        .await?
        .ok_or(DocumentError::NotFound)?;
    if store
        .document_update(
            user_id,
            row.id,
            &title,
            kind.as_str(),
            job_id,
            crate::jobs::now_ms(),
        )
        .await?
    {
        Ok(())
    } else {
        Err(DocumentError::NoJob)
    }
}

/// Deletes a document, its versions and its uploaded files.
pub async fn delete(state: &AppState, user_id: i64, id: i64) -> Result<(), DocumentError> {
    let store = state.store.as_ref();
    let files = store.document_files(user_id, id).await?;
    if !store.document_delete(user_id, id).await? {
        return Err(DocumentError::NotFound);
    }
    for row in files {
        crate::files::remove(&crate::files::path_of(
            &state.settings.data_dir,
            user_id,
            &row.stored_as,
        ))
        .await;
    }
    Ok(())
}

/// A version's Markdown and the document's title and language, for downloads.
pub async fn text(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    number: Option<i32>,
) -> Result<(String, String, String), DocumentError> {
    let row = store
        .document_get(user_id, id)
        .await?
        .ok_or(DocumentError::NotFound)?;
    let version = store
        .document_version(user_id, id, number)
        .await?
        .ok_or(DocumentError::NotFound)?;
    Ok((version.markdown, row.title, row.language))
}

/// A version typeset as a PDF, in the document's language; with the title.
pub async fn pdf(
    store: &dyn Store,
    user_id: i64,
    id: i64,
    number: Option<i32>,
) -> Result<(Vec<u8>, String), DocumentError> {
    let (markdown, title, language) = text(store, user_id, id, number).await?;
    let (bytes, _pages) =
        crate::typeset::document::render_blocking(markdown, title.clone(), language).await?;
    Ok((bytes, title))
}

/// What a cover letter is asked for.
#[derive(Clone, Copy, Debug)]
pub struct LetterAsk {
    pub job_id: i64,
    /// The resume to tell the facts of; the primary one without it.
    pub resume_id: Option<i64>,
    pub tone: Tone,
    pub length: Length,
    pub lang: OutputLang,
}

/// The title a letter gets: "Cover letter — Title at Company".
fn letter_title(lang: OutputLang, title: &str, company: &str) -> String {
    let (head, at) = match lang {
        OutputLang::Ar => ("رسالة تغطية", "لدى"),
        OutputLang::En => ("Cover letter", "at"),
    };
    let title: String = if company.is_empty() {
        format!("{head} — {title}")
    } else {
        format!("{head} — {title} {at} {company}")
    };
    title.chars().take(MAX_TITLE).collect()
}

/// Writes a cover letter for one of the user's jobs from one of their resumes
/// (`cover_letter.generate`, on their own model if they saved one, else the
/// offline engine) and keeps it as a document linked to the job; returns its id.
pub async fn write_cover_letter(
    state: &AppState,
    user_id: i64,
    ask: LetterAsk,
) -> Result<i64, DocumentError> {
    let store = state.store.as_ref();
    let job = store
        .posting_get(user_id, ask.job_id)
        .await?
        .ok_or(DocumentError::NoJob)?;
    let resume = match ask.resume_id {
        Some(id) => crate::resumes::document(store, user_id, id, None)
            .await
            .map_err(|_| DocumentError::NoResume)?,
        None => {
            crate::resumes::primary(store, user_id)
                .await?
                .ok_or(DocumentError::NoResume)?
                .1
        }
    };
    let company = job.company.clone().unwrap_or_default();
    let request = LetterRequest {
        resume,
        job: job.description.clone(),
        job_title: job.title.clone(),
        company: company.clone(),
        tone: ask.tone,
        length: ask.length,
        now: crate::offline::text::this_month(),
    };
    let backend = crate::ai::user::backend_for(state, user_id).await?;
    let runner = AiRunner {
        store,
        backend: backend.as_ref(),
        prices: &state.settings.ai_prices,
        user_id: Some(user_id),
    };
    let outcome = runner.run::<CoverLetterTask>(&request, ask.lang).await?;
    let letter = CoverLetter::counted(outcome.output.markdown);
    let mut note = format!("{} · {}", ask.tone.as_str(), ask.length.as_str());
    if outcome.offline {
        note.push_str(" · made without a language model");
    } else {
        note.push_str(&format!(" · {}", outcome.model));
    }
    let title = letter_title(ask.lang, &job.title, &company);
    insert(
        store,
        user_id,
        &NewDocument {
            kind: DocumentKind::CoverLetter.as_str(),
            title: &title,
            job_id: Some(job.id),
            language: ask.lang.code(),
            markdown: &letter.markdown,
            source: "generate",
            note: &note,
        },
        None,
    )
    .await
}

/// What an uploaded document is, before it is read.
#[derive(Clone, Debug, Default)]
pub struct UploadInput {
    pub title: String,
    pub kind: String,
    pub job_id: Option<i64>,
    /// The uploaded file's name.
    pub name: String,
}

/// Adds a document from an uploaded file, with the upload rules of resumes: the
/// size is checked as it arrives (by the route), the type by its first bytes,
/// and the text is read on a guarded thread; only then is the file written.
/// Returns the new document's id.
pub async fn upload(
    state: &AppState,
    user_id: i64,
    input: &UploadInput,
    bytes: Vec<u8>,
) -> Result<i64, DocumentError> {
    let kind = check_kind(&input.kind)?;
    let name = crate::files::display_name(&input.name, "document");
    let title = match input.title.trim() {
        "" => name
            .rsplit_once('.')
            .map_or(name.as_str(), |(stem, _)| stem)
            .to_owned(),
        title => title.to_owned(),
    };
    let title = check_title(&title)?;
    let limits = Limits {
        max_bytes: state.settings.max_upload_bytes,
        max_text: MAX_MARKDOWN,
        ..Limits::default()
    };
    let size = bytes.len();
    let extracted = extract_guarded(bytes.clone(), name.clone(), limits).await?;
    let markdown = if extracted.text.trim().is_empty() {
        format!("*{name}*")
    } else {
        extracted.text.clone()
    };
    let language = crate::tracker::detect_language(&markdown);
    let stored_as =
        crate::files::stored_name(extracted.kind.extension()).map_err(DocumentError::Files)?;
    let path = crate::files::path_of(&state.settings.data_dir, user_id, &stored_as);
    crate::files::write_new(&path, bytes)
        .await
        .map_err(|e| DocumentError::Files(format!("{}: {e}", path.display())))?;
    let stored = insert(
        state.store.as_ref(),
        user_id,
        &NewDocument {
            kind: kind.as_str(),
            title: &title,
            job_id: input.job_id,
            language,
            markdown: &markdown,
            source: "upload",
            note: "",
        },
        Some(&NewDocFile {
            stored_as: &stored_as,
            name: &name,
            kind: extracted.kind.as_str(),
            size: i64::try_from(size).unwrap_or(i64::MAX),
        }),
    )
    .await;
    if stored.is_err() {
        crate::files::remove(&path).await;
    }
    stored
}

/// The file a document was uploaded as, with its bytes.
pub async fn original(
    state: &AppState,
    user_id: i64,
    id: i64,
) -> Result<(DocFileInfo, Vec<u8>), DocumentError> {
    let row = state
        .store
        .document_files(user_id, id)
        .await?
        .into_iter()
        .next()
        .ok_or(DocumentError::NotFound)?;
    let path = crate::files::path_of(&state.settings.data_dir, user_id, &row.stored_as);
    let bytes = tokio::fs::read(&path)
        .await
        .map_err(|e| DocumentError::Files(format!("{}: {e}", path.display())))?;
    Ok((file_info(row), bytes))
}

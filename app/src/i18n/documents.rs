//! The documents pages' and the cover letter form's UI text, per language.

use jobforge_core::model::document::DocumentKind;

use super::Lang;

pub struct DocumentStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub empty: &'static str,
    /// The heading of each kind's group, in `DocumentKind::ALL` order.
    pub kinds: [&'static str; 4],
    /// The name of one document of each kind, for the choice of kind.
    pub kind_one: [&'static str; 4],
    /// How many versions: one, two, a few (3 to 10, Arabic), many.
    pub versions: [&'static str; 4],
    pub updated: &'static str,
    pub for_job: &'static str,
    pub uploaded: &'static str,
    pub new_title: &'static str,
    pub field_title: &'static str,
    pub field_kind: &'static str,
    pub field_job: &'static str,
    pub no_job: &'static str,
    pub field_language: &'static str,
    pub field_markdown: &'static str,
    pub markdown_hint: &'static str,
    pub create: &'static str,
    pub upload_title: &'static str,
    pub upload_label: &'static str,
    pub upload_hint: &'static str,
    pub upload_button: &'static str,
    /// Upload refusals of documents only; the rest are the resume upload's.
    pub upload_errors: [(&'static str, &'static str); 2],
    pub back: &'static str,
    pub not_found: &'static str,
    pub version: &'static str,
    pub viewing_old: &'static str,
    pub reading: &'static str,
    pub pdf: &'static str,
    pub markdown: &'static str,
    pub original: &'static str,
    pub editor: &'static str,
    pub preview: &'static str,
    pub note: &'static str,
    pub save: &'static str,
    pub saved: &'static str,
    pub history: &'static str,
    pub restore: &'static str,
    pub sources: [(&'static str, &'static str); 5],
    pub details: &'static str,
    pub update: &'static str,
    pub delete: &'static str,
    pub delete_confirm: &'static str,
    pub delete_yes: &'static str,
    pub letter_title: &'static str,
    pub letter_intro: &'static str,
    pub tone: &'static str,
    pub tones: [(&'static str, &'static str); 3],
    pub length: &'static str,
    pub lengths: [(&'static str, &'static str); 3],
    pub letter_language: &'static str,
    pub write_letter: &'static str,
    pub no_resume: &'static str,
    pub job_documents: &'static str,
    pub job_documents_empty: &'static str,
}

impl DocumentStrings {
    pub fn kind(&self, kind: DocumentKind) -> &'static str {
        self.kinds[index(kind)]
    }

    pub fn kind_name(&self, kind: DocumentKind) -> &'static str {
        self.kind_one[index(kind)]
    }

    pub fn versions_label(&self, n: i64) -> String {
        super::plural(&self.versions, n)
    }

    pub fn source(&self, source: &str) -> &'static str {
        super::pick(&self.sources, source).unwrap_or("")
    }

    /// The message for an upload's error code: a document's own, else the one
    /// resume uploads give.
    pub fn upload_error(&self, code: &str, lang: Lang) -> &'static str {
        super::pick(&self.upload_errors, code)
            .unwrap_or_else(|| super::resume::resume_strings(lang).upload_error(code))
    }
}

fn index(kind: DocumentKind) -> usize {
    DocumentKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(DocumentKind::ALL.len() - 1)
}

pub fn document_strings(lang: Lang) -> &'static DocumentStrings {
    match lang {
        Lang::En => &EN,
        Lang::Ar => &AR,
    }
}

pub fn use_document_strings() -> &'static DocumentStrings {
    document_strings(super::use_lang())
}

const EN: DocumentStrings = DocumentStrings {
    title: "Documents",
    intro: "Cover letters, portfolios and any other papers of your search, each with its versions, linked to the job it is for. Write in Markdown; download as PDF or Markdown.",
    empty: "No documents yet. Write a cover letter from a job's page, or add one below.",
    kinds: ["Cover letters", "Resumes", "Portfolios", "Other documents"],
    kind_one: ["Cover letter", "Resume", "Portfolio", "Other"],
    versions: [
        "{n} version",
        "{n} versions",
        "{n} versions",
        "{n} versions",
    ],
    updated: "updated {date}",
    for_job: "for {job}",
    uploaded: "uploaded file",
    new_title: "Write a document",
    field_title: "Title",
    field_kind: "Type",
    field_job: "Job",
    no_job: "No job",
    field_language: "Language",
    field_markdown: "Text (Markdown)",
    markdown_hint: "**bold**, *italic*, - lists, # headings and [links](https://example.com).",
    create: "Add the document",
    upload_title: "Upload a document",
    upload_label: "The file",
    upload_hint: "PDF, Word (.docx), Markdown or plain text, up to 10 MB. The file is kept as it is, and its text becomes the first version.",
    upload_button: "Upload",
    upload_errors: [
        ("bad_kind", "Choose the type of document."),
        ("bad_job", "That job is not one of yours."),
    ],
    back: "← All documents",
    not_found: "There is no such document, or it is not yours.",
    version: "Version {n}",
    viewing_old: "You are looking at an older version. Restore it to make it the newest, or save an edit of it.",
    reading: "{words} words · {minutes} min read",
    pdf: "Download PDF",
    markdown: "Download Markdown",
    original: "Original file: {name}",
    editor: "Edit",
    preview: "Preview",
    note: "What changed (optional)",
    save: "Save as a new version",
    saved: "Saved.",
    history: "Versions",
    restore: "Restore",
    sources: [
        ("write", "written"),
        ("generate", "generated"),
        ("edit", "edited"),
        ("upload", "uploaded"),
        ("restore", "restored"),
    ],
    details: "Title, type and job",
    update: "Save details",
    delete: "Delete",
    delete_confirm: "Delete this document, all its versions and its file? This cannot be undone.",
    delete_yes: "Yes, delete it",
    letter_title: "Write a cover letter",
    letter_intro: "From your primary resume, telling only what it says. You can edit the letter afterwards.",
    tone: "Tone",
    tones: [
        ("professional", "Professional"),
        ("enthusiastic", "Enthusiastic"),
        ("formal", "Formal"),
    ],
    length: "Length",
    lengths: [
        ("short", "Short (about 150 words)"),
        ("medium", "Medium (about 250 words)"),
        ("long", "Long (about 400 words)"),
    ],
    letter_language: "Language of the letter",
    write_letter: "Write the letter",
    no_resume: "Add a resume first: a letter only tells what your resume says.",
    job_documents: "Documents for this job",
    job_documents_empty: "No documents for this job yet.",
};

const AR: DocumentStrings = DocumentStrings {
    title: "المستندات",
    intro: "رسائل التغطية وملفات الأعمال وسائر أوراق بحثك عن عمل، لكلٍّ منها نسخه، مرتبطة بالوظيفة التي كُتبت لها. اكتب بتنسيق Markdown ونزّلها PDF أو Markdown.",
    empty: "لا توجد مستندات بعد. اكتب رسالة تغطية من صفحة وظيفة، أو أضف مستندًا أدناه.",
    kinds: [
        "رسائل التغطية",
        "السير الذاتية",
        "ملفات الأعمال",
        "مستندات أخرى",
    ],
    kind_one: ["رسالة تغطية", "سيرة ذاتية", "ملف أعمال", "أخرى"],
    versions: ["نسخة واحدة", "نسختان", "{n} نسخ", "{n} نسخة"],
    updated: "حُدّث في {date}",
    for_job: "لوظيفة {job}",
    uploaded: "ملف مرفوع",
    new_title: "اكتب مستندًا",
    field_title: "العنوان",
    field_kind: "النوع",
    field_job: "الوظيفة",
    no_job: "بلا وظيفة",
    field_language: "اللغة",
    field_markdown: "النص (Markdown)",
    markdown_hint: "‎**عريض**، *مائل*، - قوائم، # عناوين و[روابط](https://example.com).",
    create: "أضف المستند",
    upload_title: "ارفع مستندًا",
    upload_label: "الملف",
    upload_hint: "PDF أو Word ‏(.docx) أو Markdown أو نص عادي، حتى 10 ميغابايت. يُحفظ الملف كما هو، ويصبح نصه النسخة الأولى.",
    upload_button: "ارفع",
    upload_errors: [
        ("bad_kind", "اختر نوع المستند."),
        ("bad_job", "هذه الوظيفة ليست من وظائفك."),
    ],
    back: "→ كل المستندات",
    not_found: "لا يوجد مستند كهذا، أو أنه ليس لك.",
    version: "النسخة {n}",
    viewing_old: "أنت تنظر إلى نسخة أقدم. استعدها لتصبح الأحدث، أو احفظ تعديلًا عليها.",
    reading: "{words} كلمة · قراءة {minutes} دقيقة",
    pdf: "نزّل PDF",
    markdown: "نزّل Markdown",
    original: "الملف الأصلي: {name}",
    editor: "تحرير",
    preview: "معاينة",
    note: "ما الذي تغيّر (اختياري)",
    save: "احفظ نسخة جديدة",
    saved: "حُفظ.",
    history: "النسخ",
    restore: "استعد",
    sources: [
        ("write", "كُتبت"),
        ("generate", "أُنشئت"),
        ("edit", "عُدّلت"),
        ("upload", "رُفعت"),
        ("restore", "استُعيدت"),
    ],
    details: "العنوان والنوع والوظيفة",
    update: "احفظ التفاصيل",
    delete: "احذف",
    delete_confirm: "أتحذف هذا المستند وكل نسخه وملفه؟ لا يمكن التراجع عن ذلك.",
    delete_yes: "نعم، احذفه",
    letter_title: "اكتب رسالة تغطية",
    letter_intro: "من سيرتك الذاتية الأساسية، ولا تذكر إلا ما فيها. يمكنك تعديل الرسالة بعد ذلك.",
    tone: "النبرة",
    tones: [
        ("professional", "مهنية"),
        ("enthusiastic", "متحمسة"),
        ("formal", "رسمية"),
    ],
    length: "الطول",
    lengths: [
        ("short", "قصيرة (نحو 150 كلمة)"),
        ("medium", "متوسطة (نحو 250 كلمة)"),
        ("long", "طويلة (نحو 400 كلمة)"),
    ],
    letter_language: "لغة الرسالة",
    write_letter: "اكتب الرسالة",
    no_resume: "أضف سيرة ذاتية أولًا: الرسالة لا تذكر إلا ما في سيرتك.",
    job_documents: "مستندات هذه الوظيفة",
    job_documents_empty: "لا مستندات لهذه الوظيفة بعد.",
};

//! The resume pages' UI text, per language.

use super::Lang;

pub struct ResumeStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub empty: &'static str,
    pub import_title: &'static str,
    pub import_label: &'static str,
    pub import_hint: &'static str,
    pub import_name: &'static str,
    pub import_button: &'static str,
    pub primary: &'static str,
    pub make_primary: &'static str,
    /// How many versions: one, two, a few (3 to 10, Arabic), many.
    pub versions: [&'static str; 4],
    pub updated: &'static str,
    pub open: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub delete_confirm: &'static str,
    pub delete_yes: &'static str,
    pub download: &'static str,
    pub back: &'static str,
    pub version: &'static str,
    pub viewing_old: &'static str,
    pub preview: &'static str,
    pub experience: &'static str,
    pub education: &'static str,
    pub projects: &'static str,
    pub skills: &'static str,
    pub languages: &'static str,
    pub certificates: &'static str,
    pub summary: &'static str,
    pub edit_title: &'static str,
    pub edit_hint: &'static str,
    pub json_label: &'static str,
    pub edit_note: &'static str,
    pub save: &'static str,
    pub history: &'static str,
    pub restore: &'static str,
    pub compare: &'static str,
    pub compare_left: &'static str,
    pub compare_right: &'static str,
    pub compare_title: &'static str,
    pub view: &'static str,
    pub sources: [(&'static str, &'static str); 6],
    pub upload_title: &'static str,
    pub upload_label: &'static str,
    pub upload_hint: &'static str,
    pub upload_button: &'static str,
    pub upload_errors: [(&'static str, &'static str); 16],
    pub original: &'static str,
    pub pdf: &'static str,
    pub check_title: &'static str,
    pub check_stats: &'static str,
    pub check_job: &'static str,
    pub check_no_job: &'static str,
    pub check_button: &'static str,
    pub check_keywords: &'static str,
    pub check_clean: &'static str,
    pub severities: [(&'static str, &'static str); 3],
    pub templates: [(&'static str, &'static str); 3],
    pub ocr_note: &'static str,
    pub present: &'static str,
    pub copy_word: &'static str,
    pub not_found: &'static str,
    pub fit_title: &'static str,
    pub fit_against: &'static str,
    pub fit_parts: [(&'static str, &'static str); 6],
    pub fit_matched: &'static str,
    pub fit_missing: &'static str,
    pub fit_none: &'static str,
    pub offline_label: &'static str,
}

impl ResumeStrings {
    pub fn source(&self, source: &str) -> &'static str {
        super::pick(&self.sources, source).unwrap_or("")
    }

    /// "1 version", "2 versions", …, with Arabic's dual and plural forms.
    pub fn versions_label(&self, n: i64) -> String {
        super::plural(&self.versions, n)
    }

    pub fn severity(&self, severity: &str) -> &'static str {
        super::pick(&self.severities, severity).unwrap_or("")
    }

    /// The message for an upload's error code.
    pub fn upload_error(&self, code: &str) -> &'static str {
        super::pick(&self.upload_errors, code)
            .or_else(|| super::pick(&self.upload_errors, "server"))
            .unwrap_or("")
    }

    pub fn part(&self, part: &str) -> &'static str {
        super::pick(&self.fit_parts, part).unwrap_or("")
    }
}

pub fn resume_strings(lang: Lang) -> &'static ResumeStrings {
    match lang {
        Lang::En => &EN,
        Lang::Ar => &AR,
    }
}

/// The strings of a language code (`ar`, else English).
pub fn strings_for(code: &str) -> &'static ResumeStrings {
    resume_strings(Lang::from_code(code).unwrap_or_default())
}

pub fn use_resume_strings() -> &'static ResumeStrings {
    resume_strings(super::use_lang())
}

const EN: ResumeStrings = ResumeStrings {
    title: "Resumes",
    intro: "Upload your resume (PDF, Word, JSON Resume, Markdown or text) or paste it. It is read into sections, dates and skills; a JSON Resume is kept exactly as it is.",
    empty: "No resume yet. Upload or paste one below to start.",
    import_title: "Or paste it",
    import_label: "Resume text or JSON Resume",
    import_hint: "Up to 1 MB of text.",
    import_name: "Name it (optional)",
    import_button: "Add the resume",
    primary: "Primary",
    make_primary: "Make primary",
    versions: ["1 version", "2 versions", "{n} versions", "{n} versions"],
    updated: "Changed {date}",
    open: "Open",
    duplicate: "Duplicate",
    delete: "Delete",
    delete_confirm: "Delete this resume with all its versions?",
    delete_yes: "Yes, delete it",
    download: "Download JSON Resume",
    back: "All resumes",
    version: "Version {n}",
    viewing_old: "You are looking at an older version. Restore it to make it the newest again.",
    preview: "Preview",
    experience: "Experience",
    education: "Education",
    projects: "Projects",
    skills: "Skills",
    languages: "Languages",
    certificates: "Certificates",
    summary: "Summary",
    edit_title: "Edit as JSON Resume",
    edit_hint: "Saving makes a new version; old versions never change.",
    json_label: "The JSON Resume",
    edit_note: "What changed (optional)",
    save: "Save as a new version",
    history: "Versions",
    restore: "Restore",
    compare: "Compare",
    compare_left: "Compare",
    compare_right: "with",
    compare_title: "Version {a} and version {b}: what changed",
    view: "View",
    sources: [
        ("import", "imported"),
        ("parse", "read from text"),
        ("edit", "edited"),
        ("restore", "restored"),
        ("duplicate", "copied"),
        ("upload", "read from a file"),
    ],
    upload_title: "Upload a resume",
    upload_label: "Your resume file",
    upload_hint: "PDF, Word (.docx), JSON Resume, Markdown or plain text, up to 10 MB. Scanned PDFs are read by OCR.",
    upload_button: "Upload and read it",
    upload_errors: [
        ("no_file", "Choose a file to upload."),
        ("empty", "The file is empty."),
        (
            "too_large",
            "The file is larger than the upload limit (10 MB unless your admin set another).",
        ),
        (
            "wrong_type",
            "This kind of file cannot be read. Upload a PDF, a Word document (.docx), a JSON Resume, Markdown or plain text.",
        ),
        (
            "corrupt",
            "The file is damaged and cannot be read. Save it again from the program that made it, or upload it as PDF.",
        ),
        (
            "encrypted",
            "The PDF is protected by a password. Remove the password and upload it again.",
        ),
        (
            "zip_bomb",
            "The Word file unpacks to far more than it holds, so it was refused.",
        ),
        (
            "too_many_pages",
            "The document has too many pages for a resume (30 at most).",
        ),
        (
            "too_much_text",
            "The document holds more than 1 MB of text, too much for a resume.",
        ),
        (
            "no_text",
            "The PDF has no text layer (it is a scan) and OCR is not installed here. Upload it as Word or text.",
        ),
        (
            "ocr",
            "Reading the scan failed. Upload the resume as Word or text.",
        ),
        (
            "timed_out",
            "Reading the file took too long, so it was stopped. Try a smaller or simpler file.",
        ),
        (
            "not_json_resume",
            "The file is JSON, but not a JSON Resume document (jsonresume.org).",
        ),
        (
            "title_too_long",
            "The name is too long (200 characters at most).",
        ),
        ("server", "The upload failed on our side. Please try again."),
        ("crashed", "The file could not be read."),
    ],
    original: "Original file: {name}",
    pdf: "PDF:",
    templates: [
        ("classic", "Classic"),
        ("modern", "Modern"),
        ("compact", "Compact"),
    ],
    check_title: "Quality check",
    check_stats: "{bullets} bullets · {quantified}% with a number · {words} words each on average · {pages} pages",
    check_job: "Check against a job",
    check_no_job: "No job",
    check_button: "Check",
    check_keywords: "Keywords of “{job}” and how often the resume uses them",
    check_clean: "Nothing to fix.",
    severities: [("error", "Fix"), ("warning", "Improve"), ("tip", "Tip")],
    ocr_note: "Read from a scan by OCR: check the text carefully.",
    present: "present",
    copy_word: "copy",
    not_found: "This resume does not exist, or it is not yours.",
    fit_title: "Match with your primary resume",
    fit_against: "Against “{resume}”",
    fit_parts: [
        ("hard_skills", "Hard skills"),
        ("soft_skills", "Soft skills"),
        ("title", "Job title"),
        ("seniority", "Seniority and years"),
        ("education", "Education"),
        ("keywords", "Keywords"),
    ],
    fit_matched: "Matched",
    fit_missing: "Missing",
    fit_none: "Add a resume and mark it primary to see how well it fits this job.",
    offline_label: "Made without a language model.",
};

const AR: ResumeStrings = ResumeStrings {
    title: "السير الذاتية",
    intro: "ارفع سيرتك الذاتية (PDF أو Word أو JSON Resume أو Markdown أو نص) أو الصقها. تُقرأ إلى أقسام وتواريخ ومهارات؛ ويُحفظ مستند JSON Resume كما هو تمامًا.",
    empty: "لا توجد سيرة ذاتية بعد. ارفع واحدة أو الصقها أدناه لتبدأ.",
    import_title: "أو الصقها",
    import_label: "نص السيرة أو JSON Resume",
    import_hint: "حتى 1 ميغابايت من النص.",
    import_name: "سمّها (اختياري)",
    import_button: "أضف السيرة",
    primary: "الأساسية",
    make_primary: "اجعلها الأساسية",
    versions: ["نسخة واحدة", "نسختان", "{n} نسخ", "{n} نسخة"],
    updated: "عُدّلت {date}",
    open: "افتح",
    duplicate: "انسخ",
    delete: "احذف",
    delete_confirm: "أتحذف هذه السيرة بكل نسخها؟",
    delete_yes: "نعم، احذفها",
    download: "نزّل JSON Resume",
    back: "كل السير",
    version: "النسخة {n}",
    viewing_old: "أنت تنظر إلى نسخة أقدم. استعدها لتصبح الأحدث من جديد.",
    preview: "معاينة",
    experience: "الخبرة",
    education: "التعليم",
    projects: "المشاريع",
    skills: "المهارات",
    languages: "اللغات",
    certificates: "الشهادات",
    summary: "نبذة",
    edit_title: "عدّل بصيغة JSON Resume",
    edit_hint: "الحفظ ينشئ نسخة جديدة؛ النسخ القديمة لا تتغير أبدًا.",
    json_label: "مستند JSON Resume",
    edit_note: "ما الذي تغيّر (اختياري)",
    save: "احفظ كنسخة جديدة",
    history: "النسخ",
    restore: "استعد",
    compare: "قارن",
    compare_left: "قارن",
    compare_right: "بـ",
    compare_title: "النسخة {a} والنسخة {b}: ما الذي تغيّر",
    view: "اعرض",
    sources: [
        ("import", "مستوردة"),
        ("parse", "مقروءة من نص"),
        ("edit", "معدّلة"),
        ("restore", "مستعادة"),
        ("duplicate", "منسوخة"),
        ("upload", "مقروءة من ملف"),
    ],
    upload_title: "ارفع سيرة ذاتية",
    upload_label: "ملف سيرتك الذاتية",
    upload_hint: "PDF أو Word (.docx) أو JSON Resume أو Markdown أو نص عادي، حتى 10 ميغابايت. تُقرأ ملفات PDF الممسوحة ضوئيًا بالتعرّف الضوئي على الحروف.",
    upload_button: "ارفعها واقرأها",
    upload_errors: [
        ("no_file", "اختر ملفًا لرفعه."),
        ("empty", "الملف فارغ."),
        (
            "too_large",
            "الملف أكبر من حد الرفع (10 ميغابايت ما لم يحدد المشرف غير ذلك).",
        ),
        (
            "wrong_type",
            "لا يمكن قراءة هذا النوع من الملفات. ارفع PDF أو مستند Word (.docx) أو JSON Resume أو Markdown أو نصًا عاديًا.",
        ),
        (
            "corrupt",
            "الملف تالف ولا يمكن قراءته. احفظه من جديد من البرنامج الذي أنشأه، أو ارفعه بصيغة PDF.",
        ),
        (
            "encrypted",
            "ملف PDF محمي بكلمة مرور. أزل كلمة المرور وارفعه من جديد.",
        ),
        (
            "zip_bomb",
            "ملف Word يتمدد إلى أكبر بكثير مما يحويه، لذا رُفض.",
        ),
        (
            "too_many_pages",
            "في المستند صفحات أكثر مما تحتمله سيرة ذاتية (30 على الأكثر).",
        ),
        (
            "too_much_text",
            "في المستند أكثر من 1 ميغابايت من النص، وهذا كثير على سيرة ذاتية.",
        ),
        (
            "no_text",
            "ملف PDF بلا طبقة نص (ممسوح ضوئيًا) والتعرّف الضوئي غير مثبت هنا. ارفعه بصيغة Word أو نص.",
        ),
        (
            "ocr",
            "فشلت قراءة الملف الممسوح. ارفع السيرة بصيغة Word أو نص.",
        ),
        (
            "timed_out",
            "استغرقت قراءة الملف وقتًا طويلًا فأُوقفت. جرّب ملفًا أصغر أو أبسط.",
        ),
        (
            "not_json_resume",
            "الملف بصيغة JSON لكنه ليس مستند JSON Resume (jsonresume.org).",
        ),
        ("title_too_long", "الاسم طويل جدًا (200 حرف على الأكثر)."),
        ("server", "فشل الرفع من جهتنا. حاول مرة أخرى."),
        ("crashed", "تعذّرت قراءة الملف."),
    ],
    original: "الملف الأصلي: {name}",
    pdf: "PDF:",
    templates: [
        ("classic", "كلاسيكي"),
        ("modern", "عصري"),
        ("compact", "مضغوط"),
    ],
    check_title: "فحص الجودة",
    check_stats: "{bullets} نقطة · {quantified}% فيها رقم · {words} كلمة في المتوسط · {pages} صفحة",
    check_job: "افحصها مقابل وظيفة",
    check_no_job: "بلا وظيفة",
    check_button: "افحص",
    check_keywords: "الكلمات المفتاحية لـ«{job}» وعدد مرات ورودها في السيرة",
    check_clean: "لا شيء يحتاج إلى إصلاح.",
    severities: [("error", "أصلح"), ("warning", "حسّن"), ("tip", "نصيحة")],
    ocr_note: "قُرئت من صورة ممسوحة بالتعرّف الضوئي: راجع النص بعناية.",
    present: "حتى الآن",
    copy_word: "نسخة",
    not_found: "هذه السيرة غير موجودة، أو ليست لك.",
    fit_title: "التوافق مع سيرتك الأساسية",
    fit_against: "مقارنةً بـ«{resume}»",
    fit_parts: [
        ("hard_skills", "المهارات التقنية"),
        ("soft_skills", "المهارات الشخصية"),
        ("title", "المسمى الوظيفي"),
        ("seniority", "الأقدمية والسنوات"),
        ("education", "التعليم"),
        ("keywords", "الكلمات المفتاحية"),
    ],
    fit_matched: "متوافقة",
    fit_missing: "ناقصة",
    fit_none: "أضف سيرة ذاتية واجعلها الأساسية لترى مدى توافقها مع هذه الوظيفة.",
    offline_label: "أُعدّ دون نموذج لغوي.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_counts_take_the_right_form() {
        let en = resume_strings(Lang::En);
        assert_eq!(en.versions_label(1), "1 version");
        assert_eq!(en.versions_label(2), "2 versions");
        assert_eq!(en.versions_label(12), "12 versions");
        let ar = resume_strings(Lang::Ar);
        assert_eq!(ar.versions_label(1), "نسخة واحدة");
        assert_eq!(ar.versions_label(2), "نسختان");
        assert_eq!(ar.versions_label(5), "5 نسخ");
        assert_eq!(ar.versions_label(11), "11 نسخة");
    }
}

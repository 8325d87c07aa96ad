//! The tailoring page's UI text, per language.

use super::Lang;

pub struct TailorStrings {
    pub title: &'static str,
    /// `{resume}`, `{job}`.
    pub heading: &'static str,
    pub intro: &'static str,
    pub none_yet: &'static str,
    pub start: &'static str,
    pub start_primary: &'static str,
    pub language: &'static str,
    pub instruction: &'static str,
    pub instruction_hint: &'static str,
    pub refine: &'static str,
    pub refine_button: &'static str,
    pub running: &'static str,
    pub failed: &'static str,
    pub score: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub coverage: &'static str,
    pub offline: &'static str,
    /// `{model}`.
    pub by_model: &'static str,
    pub matched: &'static str,
    pub missing: &'static str,
    pub missing_hint: &'static str,
    pub removed: &'static str,
    pub removed_hint: &'static str,
    pub kinds: [(&'static str, &'static str); 9],
    pub changes: &'static str,
    pub changes_hint: &'static str,
    pub no_changes: &'static str,
    pub keep: &'static str,
    pub section: &'static str,
    pub reason: &'static str,
    pub sections: [(&'static str, &'static str); 5],
    pub accept_selected: &'static str,
    pub accept_all: &'static str,
    /// `{n}`.
    pub accepted: &'static str,
    pub open_version: &'static str,
    pub diff: &'static str,
    pub source_version: &'static str,
    pub tailored_version: &'static str,
    pub errors: [(&'static str, &'static str); 4],
    pub back_to_job: &'static str,
    pub back_to_resume: &'static str,
    pub job_for: &'static str,
    pub no_jobs: &'static str,
}

impl TailorStrings {
    pub fn kind(&self, kind: &str) -> &'static str {
        super::pick(&self.kinds, kind).unwrap_or("")
    }

    pub fn section(&self, section: &str) -> &'static str {
        super::pick(&self.sections, section).unwrap_or("")
    }

    pub fn error(&self, code: &str) -> &'static str {
        super::pick(&self.errors, code)
            .or_else(|| super::pick(&self.errors, "server"))
            .unwrap_or("")
    }
}

pub fn tailor_strings(lang: Lang) -> &'static TailorStrings {
    match lang {
        Lang::En => &EN,
        Lang::Ar => &AR,
    }
}

pub fn use_tailor_strings() -> &'static TailorStrings {
    tailor_strings(super::use_lang())
}

const EN: TailorStrings = TailorStrings {
    title: "Tailor resume",
    heading: "{resume} for {job}",
    intro: "Your resume, fitted to this job: the most relevant lines and skills first and a summary written from your own facts. Every claim is checked against your resume; nothing is invented.",
    none_yet: "This resume has not been tailored to this job yet.",
    start: "Tailor it",
    start_primary: "Tailor my primary resume",
    language: "Language of the summary",
    instruction: "Instruction (optional)",
    instruction_hint: "For example: shorter summary, stress leadership.",
    refine: "Refine",
    refine_button: "Tailor again with this instruction",
    running: "Tailoring… it takes a few seconds. (Without JavaScript, reload the page to see it.)",
    failed: "The tailoring failed:",
    score: "Match score",
    before: "before",
    after: "after",
    coverage: "Keyword coverage",
    offline: "Made without a language model",
    by_model: "Made by {model}",
    matched: "Keywords your resume covers",
    missing: "Keywords your resume cannot honestly claim",
    missing_hint: "They are not in your resume, so they were not added. Add them yourself only if they are true.",
    removed: "Removed: not supported by your resume",
    removed_hint: "The tailoring tried to say these, and your resume does not back them up.",
    kinds: [
        ("employer", "employer"),
        ("title", "job title"),
        ("date", "date"),
        ("degree", "degree"),
        ("school", "school"),
        ("certificate", "certificate"),
        ("project", "project"),
        ("skill", "skill"),
        ("number", "number"),
    ],
    changes: "Change log",
    changes_hint: "Untick what you do not want; the rest becomes a new version of your resume.",
    no_changes: "Nothing to change: your resume already fits this job as well as it honestly can.",
    keep: "Keep",
    section: "Section",
    reason: "Why",
    sections: [
        ("label", "Title"),
        ("summary", "Summary"),
        ("work", "Work"),
        ("projects", "Projects"),
        ("skills", "Skills"),
    ],
    accept_selected: "Accept the ticked changes",
    accept_all: "Accept all",
    accepted: "Accepted as version {n} of your resume.",
    open_version: "Open it",
    diff: "Side by side",
    source_version: "Your resume",
    tailored_version: "Tailored",
    errors: [
        ("none", "Tick at least one change to accept."),
        (
            "stale",
            "Your resume changed after it was tailored. Tailor it again.",
        ),
        ("not_ready", "This tailoring cannot be accepted now."),
        ("server", "Something went wrong; please try again."),
    ],
    back_to_job: "← The job",
    back_to_resume: "The resume",
    job_for: "Tailor to a job",
    no_jobs: "Add a job to the tracker to tailor this resume to it.",
};

const AR: TailorStrings = TailorStrings {
    title: "تكييف السيرة الذاتية",
    heading: "{resume} لوظيفة {job}",
    intro: "سيرتك الذاتية مكيّفة لهذه الوظيفة: الأسطر والمهارات الأقرب إليها أولًا، وملخص مكتوب من حقائقك أنت. تُفحص كل عبارة مقابل سيرتك؛ لا يُخترع شيء.",
    none_yet: "لم تُكيَّف هذه السيرة لهذه الوظيفة بعد.",
    start: "كيّفها",
    start_primary: "كيّف سيرتي الأساسية",
    language: "لغة الملخص",
    instruction: "تعليمات (اختياري)",
    instruction_hint: "مثلًا: ملخص أقصر، أبرز القيادة.",
    refine: "تحسين",
    refine_button: "كيّفها مجددًا بهذه التعليمات",
    running: "جارٍ التكييف… يستغرق ذلك بضع ثوانٍ. (دون JavaScript، أعد تحميل الصفحة لتراه.)",
    failed: "فشل التكييف:",
    score: "درجة التوافق",
    before: "قبل",
    after: "بعد",
    coverage: "تغطية الكلمات المفتاحية",
    offline: "أُنشئ دون نموذج لغوي",
    by_model: "أنشأه {model}",
    matched: "كلمات مفتاحية تغطيها سيرتك",
    missing: "كلمات مفتاحية لا تستطيع سيرتك ادّعاءها بصدق",
    missing_hint: "ليست في سيرتك، لذا لم تُضف. أضفها بنفسك فقط إن كانت صحيحة.",
    removed: "حُذف: لا تدعمه سيرتك",
    removed_hint: "حاول التكييف قول هذه الأشياء، وسيرتك لا تدعمها.",
    kinds: [
        ("employer", "جهة عمل"),
        ("title", "مسمى وظيفي"),
        ("date", "تاريخ"),
        ("degree", "درجة علمية"),
        ("school", "جامعة"),
        ("certificate", "شهادة"),
        ("project", "مشروع"),
        ("skill", "مهارة"),
        ("number", "رقم"),
    ],
    changes: "سجل التغييرات",
    changes_hint: "أزل العلامة عمّا لا تريده؛ يصبح الباقي نسخة جديدة من سيرتك.",
    no_changes: "لا شيء يُغيَّر: سيرتك تناسب هذه الوظيفة بقدر ما تسمح به الحقيقة.",
    keep: "أبقِ",
    section: "القسم",
    reason: "السبب",
    sections: [
        ("label", "المسمى"),
        ("summary", "الملخص"),
        ("work", "الخبرة"),
        ("projects", "المشاريع"),
        ("skills", "المهارات"),
    ],
    accept_selected: "اقبل التغييرات المحددة",
    accept_all: "اقبل الكل",
    accepted: "قُبل بوصفه النسخة {n} من سيرتك.",
    open_version: "افتحها",
    diff: "جنبًا إلى جنب",
    source_version: "سيرتك",
    tailored_version: "المكيّفة",
    errors: [
        ("none", "حدد تغييرًا واحدًا على الأقل لقبوله."),
        ("stale", "تغيّرت سيرتك بعد تكييفها. كيّفها مجددًا."),
        ("not_ready", "لا يمكن قبول هذا التكييف الآن."),
        ("server", "حدث خطأ ما؛ حاول مجددًا."),
    ],
    back_to_job: "→ الوظيفة",
    back_to_resume: "السيرة الذاتية",
    job_for: "كيّف لوظيفة",
    no_jobs: "أضف وظيفة إلى المتتبع لتكييف هذه السيرة لها.",
};

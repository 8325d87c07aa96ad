//! The structured resume editor's UI text, per language: sections, fields,
//! buttons and the problems that stop a save.

use super::{Lang, pick};

pub struct EditorStrings {
    pub title: &'static str,
    pub open: &'static str,
    pub back: &'static str,
    pub hint: &'static str,
    /// Section names by section key (`basics`, `work`, `basics.profiles`, …).
    pub sections: &'static [(&'static str, &'static str)],
    /// Field labels by `section.field`, else by field key alone.
    pub fields: &'static [(&'static str, &'static str)],
    pub lines_hint: &'static str,
    pub date_hint: &'static str,
    pub end_hint: &'static str,
    pub entry: &'static str,
    pub empty_section: &'static str,
    pub add: &'static str,
    pub remove: &'static str,
    pub up: &'static str,
    pub down: &'static str,
    pub note: &'static str,
    pub save: &'static str,
    pub preview: &'static str,
    pub live: &'static str,
    pub draft: &'static str,
    pub discard: &'static str,
    pub refused: &'static str,
    pub problems: &'static [(&'static str, &'static str)],
    pub json_title: &'static str,
}

impl EditorStrings {
    pub fn section(&self, key: &str) -> &'static str {
        pick(self.sections, key).unwrap_or("")
    }

    /// The label of `field` in `section` (`basics` for the basics).
    pub fn field(&self, section: &str, field: &str) -> &'static str {
        let own = format!("{section}.{field}");
        pick(self.fields, &own)
            .or_else(|| pick(self.fields, field))
            .unwrap_or("")
    }

    pub fn problem(&self, code: &str) -> &'static str {
        pick(self.problems, code).unwrap_or("")
    }
}

pub fn editor_strings(lang: Lang) -> &'static EditorStrings {
    match lang {
        Lang::En => &EN,
        Lang::Ar => &AR,
    }
}

pub fn use_editor_strings() -> &'static EditorStrings {
    editor_strings(super::use_lang())
}

const EN: EditorStrings = EditorStrings {
    title: "Edit resume",
    open: "Edit",
    back: "Back to the resume",
    hint: "Every section of a JSON Resume. The preview follows as you type; saving makes a new version and keeps the old ones.",
    sections: &[
        ("basics", "Basics"),
        ("basics.profiles", "Profiles"),
        ("work", "Work experience"),
        ("volunteer", "Volunteering"),
        ("education", "Education"),
        ("awards", "Awards"),
        ("certificates", "Certificates"),
        ("publications", "Publications"),
        ("skills", "Skills"),
        ("languages", "Languages"),
        ("interests", "Interests"),
        ("references", "References"),
        ("projects", "Projects"),
    ],
    fields: &[
        ("basics.name", "Full name"),
        ("basics.label", "Headline"),
        ("basics.url", "Website"),
        ("basics.image", "Photo address"),
        ("basics.summary", "Summary"),
        ("location.address", "Street address"),
        ("location.postalCode", "Postal code"),
        ("location.city", "City"),
        ("location.region", "Region"),
        ("location.countryCode", "Country code"),
        ("basics.profiles.url", "Profile address"),
        ("work.name", "Company"),
        ("work.url", "Company website"),
        ("volunteer.organization", "Organisation"),
        ("education.url", "School website"),
        ("skills.name", "Skill group"),
        ("interests.name", "Interest"),
        ("references.name", "Who"),
        ("publications.name", "Title"),
        ("certificates.name", "Certificate"),
        ("projects.name", "Project"),
        ("projects.entity", "For (company or client)"),
        ("projects.type", "Kind"),
        ("name", "Name"),
        ("label", "Headline"),
        ("email", "Email"),
        ("phone", "Phone"),
        ("network", "Network"),
        ("username", "Username"),
        ("url", "Address"),
        ("position", "Position"),
        ("location", "Location"),
        ("startDate", "Start"),
        ("endDate", "End"),
        ("summary", "Summary"),
        ("highlights", "Highlights"),
        ("institution", "School"),
        ("area", "Field of study"),
        ("studyType", "Degree"),
        ("score", "Grade"),
        ("courses", "Courses"),
        ("title", "Title"),
        ("awarder", "Awarded by"),
        ("date", "Date"),
        ("issuer", "Issuer"),
        ("publisher", "Publisher"),
        ("releaseDate", "Published"),
        ("level", "Level"),
        ("keywords", "Keywords"),
        ("language", "Language"),
        ("fluency", "Fluency"),
        ("reference", "What they say"),
        ("description", "Description"),
        ("roles", "Roles"),
    ],
    lines_hint: "One per line.",
    date_hint: "YYYY, YYYY-MM or YYYY-MM-DD.",
    end_hint: "YYYY-MM; empty while it goes on.",
    entry: "Entry {n}",
    empty_section: "Nothing here yet.",
    add: "Add",
    remove: "Remove",
    up: "Move up",
    down: "Move down",
    note: "What changed (optional)",
    save: "Save as a new version",
    preview: "Preview changes",
    live: "Preview",
    draft: "Unsaved changes from {date} are shown. Save them as a new version, or discard them to go back to version {n}.",
    discard: "Discard changes",
    refused: "Not saved yet: fix the fields below first. Your changes are kept.",
    problems: &[
        (
            "date",
            "Write the date as YYYY, YYYY-MM or YYYY-MM-DD (2021-03).",
        ),
        ("email", "This is not an email address (name@example.com)."),
        ("url", "This is not a web address (https://example.com)."),
        ("ends_before_start", "The end comes before the start."),
    ],
    json_title: "Edit as JSON",
};

const AR: EditorStrings = EditorStrings {
    title: "تحرير السيرة الذاتية",
    open: "تحرير",
    back: "العودة إلى السيرة الذاتية",
    hint: "كل أقسام JSON Resume. تتبعك المعاينة أثناء الكتابة؛ والحفظ ينشئ نسخة جديدة ويبقي النسخ السابقة.",
    sections: &[
        ("basics", "البيانات الأساسية"),
        ("basics.profiles", "الحسابات"),
        ("work", "الخبرة العملية"),
        ("volunteer", "التطوع"),
        ("education", "التعليم"),
        ("awards", "الجوائز"),
        ("certificates", "الشهادات"),
        ("publications", "المنشورات"),
        ("skills", "المهارات"),
        ("languages", "اللغات"),
        ("interests", "الاهتمامات"),
        ("references", "المراجع"),
        ("projects", "المشاريع"),
    ],
    fields: &[
        ("basics.name", "الاسم الكامل"),
        ("basics.label", "المسمى المهني"),
        ("basics.url", "الموقع الإلكتروني"),
        ("basics.image", "عنوان الصورة"),
        ("basics.summary", "النبذة"),
        ("location.address", "العنوان"),
        ("location.postalCode", "الرمز البريدي"),
        ("location.city", "المدينة"),
        ("location.region", "المنطقة"),
        ("location.countryCode", "رمز الدولة"),
        ("basics.profiles.url", "رابط الحساب"),
        ("work.name", "الشركة"),
        ("work.url", "موقع الشركة"),
        ("volunteer.organization", "الجهة"),
        ("education.url", "موقع الجامعة"),
        ("skills.name", "مجموعة المهارات"),
        ("interests.name", "الاهتمام"),
        ("references.name", "المرجع"),
        ("publications.name", "العنوان"),
        ("certificates.name", "الشهادة"),
        ("projects.name", "المشروع"),
        ("projects.entity", "لصالح (شركة أو عميل)"),
        ("projects.type", "النوع"),
        ("name", "الاسم"),
        ("label", "المسمى المهني"),
        ("email", "البريد الإلكتروني"),
        ("phone", "الهاتف"),
        ("network", "الشبكة"),
        ("username", "اسم المستخدم"),
        ("url", "الرابط"),
        ("position", "المسمى الوظيفي"),
        ("location", "الموقع"),
        ("startDate", "البداية"),
        ("endDate", "النهاية"),
        ("summary", "الملخص"),
        ("highlights", "الإنجازات"),
        ("institution", "الجامعة أو المدرسة"),
        ("area", "التخصص"),
        ("studyType", "الدرجة"),
        ("score", "المعدل"),
        ("courses", "المقررات"),
        ("title", "العنوان"),
        ("awarder", "الجهة المانحة"),
        ("date", "التاريخ"),
        ("issuer", "الجهة المصدرة"),
        ("publisher", "الناشر"),
        ("releaseDate", "تاريخ النشر"),
        ("level", "المستوى"),
        ("keywords", "الكلمات المفتاحية"),
        ("language", "اللغة"),
        ("fluency", "الإتقان"),
        ("reference", "ما قاله"),
        ("description", "الوصف"),
        ("roles", "الأدوار"),
    ],
    lines_hint: "سطر لكل عنصر.",
    date_hint: "YYYY أو YYYY-MM أو YYYY-MM-DD.",
    end_hint: "YYYY-MM؛ اتركه فارغًا إن كان مستمرًا.",
    entry: "العنصر {n}",
    empty_section: "لا شيء هنا بعد.",
    add: "إضافة",
    remove: "حذف",
    up: "نقل لأعلى",
    down: "نقل لأسفل",
    note: "ما الذي تغيّر (اختياري)",
    save: "حفظ كنسخة جديدة",
    preview: "معاينة التغييرات",
    live: "المعاينة",
    draft: "تظهر تغييرات غير محفوظة من {date}. احفظها كنسخة جديدة، أو تجاهلها للعودة إلى النسخة {n}.",
    discard: "تجاهل التغييرات",
    refused: "لم يُحفظ بعد: صحّح الحقول أدناه أولًا. تغييراتك محفوظة كمسودة.",
    problems: &[
        (
            "date",
            "اكتب التاريخ بالشكل YYYY أو YYYY-MM أو YYYY-MM-DD (مثل 2021-03).",
        ),
        ("email", "هذا ليس بريدًا إلكترونيًا (name@example.com)."),
        ("url", "هذا ليس رابطًا (https://example.com)."),
        ("ends_before_start", "تاريخ النهاية قبل تاريخ البداية."),
    ],
    json_title: "تحرير بصيغة JSON",
};

#[cfg(test)]
mod tests {
    use super::*;
    use jobforge_core::json_resume::edit::{BASICS, SECTIONS};

    /// Every section and field the editor shows has a label in both languages.
    #[test]
    fn every_field_is_labelled_in_both_languages() {
        for strings in [&EN, &AR] {
            assert!(!strings.section("basics").is_empty());
            for field in BASICS {
                assert!(
                    !strings.field("basics", field.key).is_empty(),
                    "basics.{}",
                    field.key
                );
            }
            for section in SECTIONS {
                assert!(!strings.section(section.key).is_empty(), "{}", section.key);
                for field in section.fields {
                    assert!(
                        !strings.field(section.key, field.key).is_empty(),
                        "{}.{}",
                        section.key,
                        field.key
                    );
                }
            }
            for code in ["date", "email", "url", "ends_before_start"] {
                assert!(!strings.problem(code).is_empty(), "{code}");
            }
        }
    }
}

//! Labelled lines of a posting ("Location: Berlin", "الراتب: …", a label
//! alone on its line with the value on the next) and what each label means.

use super::text::bare;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Label {
    Title,
    Company,
    Location,
    Salary,
    WorkMode,
    JobType,
    Deadline,
}

const LABELS: &[(&str, Label)] = &[
    ("job title", Label::Title),
    ("title", Label::Title),
    ("position", Label::Title),
    ("position title", Label::Title),
    ("role", Label::Title),
    ("job", Label::Title),
    ("vacancy", Label::Title),
    ("المسمى الوظيفي", Label::Title),
    ("المسمى", Label::Title),
    ("الوظيفة", Label::Title),
    ("اسم الوظيفة", Label::Title),
    ("المنصب", Label::Title),
    ("company", Label::Company),
    ("company name", Label::Company),
    ("employer", Label::Company),
    ("hiring company", Label::Company),
    ("organization", Label::Company),
    ("organisation", Label::Company),
    ("الشركة", Label::Company),
    ("اسم الشركة", Label::Company),
    ("جهة العمل", Label::Company),
    ("صاحب العمل", Label::Company),
    ("المؤسسة", Label::Company),
    ("location", Label::Location),
    ("locations", Label::Location),
    ("job location", Label::Location),
    ("work location", Label::Location),
    ("office location", Label::Location),
    ("office", Label::Location),
    ("based in", Label::Location),
    ("city", Label::Location),
    ("where", Label::Location),
    ("الموقع", Label::Location),
    ("مكان العمل", Label::Location),
    ("مقر العمل", Label::Location),
    ("المدينة", Label::Location),
    ("salary", Label::Salary),
    ("salary range", Label::Salary),
    ("base salary", Label::Salary),
    ("pay", Label::Salary),
    ("pay range", Label::Salary),
    ("compensation", Label::Salary),
    ("remuneration", Label::Salary),
    ("rate", Label::Salary),
    ("day rate", Label::Salary),
    ("hourly rate", Label::Salary),
    ("الراتب", Label::Salary),
    ("الأجر", Label::Salary),
    ("المرتب", Label::Salary),
    ("الراتب الشهري", Label::Salary),
    ("work mode", Label::WorkMode),
    ("workplace", Label::WorkMode),
    ("workplace type", Label::WorkMode),
    ("work model", Label::WorkMode),
    ("work arrangement", Label::WorkMode),
    ("work setup", Label::WorkMode),
    ("remote", Label::WorkMode),
    ("نمط العمل", Label::WorkMode),
    ("طبيعة العمل", Label::WorkMode),
    ("job type", Label::JobType),
    ("employment type", Label::JobType),
    ("employment", Label::JobType),
    ("contract type", Label::JobType),
    ("type", Label::JobType),
    ("schedule", Label::JobType),
    ("نوع الوظيفة", Label::JobType),
    ("نوع الدوام", Label::JobType),
    ("نوع العقد", Label::JobType),
    ("نوع العمل", Label::JobType),
    ("نظام العمل", Label::JobType),
    ("الدوام", Label::JobType),
    ("deadline", Label::Deadline),
    ("application deadline", Label::Deadline),
    ("closing date", Label::Deadline),
    ("apply by", Label::Deadline),
    ("apply before", Label::Deadline),
    ("آخر موعد للتقديم", Label::Deadline),
    ("آخر موعد", Label::Deadline),
    ("الموعد النهائي", Label::Deadline),
];

/// The labelled values of the text, in order; a line may hold several
/// ("Location: Berlin | Type: Full-time"), and a label alone on its line takes
/// the next line as its value.
pub(super) fn labelled(lines: &[&str]) -> Vec<(Label, String)> {
    let mut out = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let line = bare(line);
        for part in split_parts(&line) {
            let (key, value) = match part.split_once([':', '：']) {
                Some((key, value)) => (key, value.trim().to_owned()),
                None => (part.as_str(), String::new()),
            };
            let key = key.trim().trim_matches('*').trim().to_lowercase();
            let Some(label) = LABELS.iter().find(|(l, _)| *l == key).map(|(_, l)| *l) else {
                continue;
            };
            let value = if value.is_empty() {
                // "Location" or "Location:" alone, the value on the next line.
                lines
                    .iter()
                    .skip(n + 1)
                    .map(|l| bare(l))
                    .find(|l| !l.is_empty())
                    .filter(|l| l.chars().count() <= 80 && !l.contains(':'))
                    .unwrap_or_default()
            } else {
                value
            };
            if !value.is_empty() && value.chars().count() <= 160 {
                out.push((label, value));
            }
        }
    }
    out
}

fn split_parts(line: &str) -> Vec<String> {
    line.split(" | ")
        .flat_map(|p| p.split(" · "))
        .flat_map(|p| p.split(" • "))
        .flat_map(|p| p.split('\t'))
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Headings of a posting's sections, never its title.
pub(super) fn is_section_heading(line: &str) -> bool {
    const HEADINGS: [&str; 44] = [
        "overview",
        "job description",
        "description",
        "responsibilities",
        "key responsibilities",
        "requirements",
        "qualifications",
        "what you'll do",
        "what you will do",
        "what we offer",
        "what we're looking for",
        "benefits",
        "perks",
        "how to apply",
        "the role",
        "the team",
        "who we are",
        "who you are",
        "nice to have",
        "job summary",
        "summary",
        "details",
        "job details",
        "your role",
        "your profile",
        "skills",
        "duties",
        "we offer",
        "position summary",
        "المهام",
        "المسؤوليات",
        "المتطلبات",
        "المؤهلات",
        "المزايا",
        "الوصف الوظيفي",
        "وصف الوظيفة",
        "كيفية التقديم",
        "الشروط",
        "ما نقدمه",
        "المهارات",
        "المهام والمسؤوليات",
        "الشروط والمؤهلات",
        "مهام الوظيفة",
        "متطلبات الوظيفة",
    ];
    let lower = line
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase()
        .replace('’', "'");
    HEADINGS.contains(&lower.as_str())
        || lower.starts_with("about ")
        || lower.starts_with("عن ")
        || lower.starts_with("نبذة")
}

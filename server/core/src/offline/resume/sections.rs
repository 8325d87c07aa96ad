//! A resume's sections: headings in English and Arabic, with or without a
//! colon, in capitals or as Markdown, and their common synonyms. A heading
//! with text after its colon ("Skills: Go, SQL") is a section of one line.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::lines::Line;
use super::norm::key;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Section {
    /// Before the first heading: name, headline, contact details.
    Header,
    Contact,
    Summary,
    Work,
    Volunteer,
    Education,
    Skills,
    Languages,
    Certificates,
    Projects,
    Awards,
    /// References, interests, publications: not read.
    Other,
}

/// Headings by section, parted by `|`; Arabic as written.
const HEADINGS: &[(Section, &str)] = &[
    (
        Section::Summary,
        "summary|professional summary|career summary|executive summary|profile|\
         professional profile|personal profile|career profile|about|about me|objective|\
         career objective|professional objective|personal statement|introduction|overview|\
         summary of qualifications|نبذة|نبذة عني|نبذة مختصرة|نبذة شخصية|الملخص|ملخص|\
         الملخص المهني|ملخص مهني|الملف الشخصي|الهدف|الهدف الوظيفي|الهدف المهني|عني",
    ),
    (
        Section::Work,
        "experience|work experience|professional experience|relevant experience|employment|\
         employment history|work history|career history|professional history|career|\
         teaching experience|clinical experience|industry experience|professional background|\
         positions held|internships|internship|internship experience|experience history|work|\
         الخبرات|الخبرة|الخبرة العملية|الخبرات العملية|الخبرة المهنية|الخبرات المهنية|\
         الخبرات الوظيفية|الخبرة الوظيفية|التاريخ الوظيفي|السجل الوظيفي|الخبرات السابقة|\
         الخبرة العملية السابقة",
    ),
    (
        Section::Volunteer,
        "volunteer|volunteering|volunteer experience|volunteer work|community service|\
         community involvement|العمل التطوعي|التطوع|الأعمال التطوعية|الخبرات التطوعية",
    ),
    (
        Section::Education,
        "education|academic background|academic history|academic qualifications|\
         educational background|educational qualifications|academics|studies|التعليم|\
         المؤهلات العلمية|المؤهل العلمي|المؤهلات الأكاديمية|التحصيل العلمي|الدراسة|المؤهلات|\
         التعليم والتدريب",
    ),
    (
        Section::Skills,
        "skills|technical skills|key skills|core skills|core competencies|competencies|\
         areas of expertise|expertise|skills summary|skill set|skillset|technologies|tools|\
         technical proficiencies|professional skills|soft skills|hard skills|computer skills|\
         it skills|clinical skills|strengths|key strengths|tech stack|technical expertise|\
         abilities|المهارات|المهارات التقنية|المهارات الفنية|المهارات الشخصية|\
         المهارات المهنية|المهارات الأساسية|المهارات الحاسوبية|مهارات|الكفاءات|\
         الكفاءات الأساسية|المهارات والكفاءات",
    ),
    (
        Section::Languages,
        "languages|language skills|language proficiency|spoken languages|language|اللغات|\
         المهارات اللغوية|اللغة",
    ),
    (
        Section::Certificates,
        "certifications|certification|certificates|licenses|licences|license|licence|\
         licensure|professional certifications|accreditations|credentials|\
         professional qualifications|qualifications|courses|training|professional development|\
         continuing education|الشهادات|الشهادات المهنية|الشهادات والدورات|الدورات|\
         الدورات التدريبية|الرخص|التراخيص|الشهادات والرخص|الدورات والشهادات",
    ),
    (
        Section::Projects,
        "projects|personal projects|academic projects|key projects|selected projects|\
         side projects|project experience|notable projects|المشاريع|المشروعات|أبرز المشاريع|\
         مشاريع",
    ),
    (
        Section::Awards,
        "awards|honors|honours|achievements|accomplishments|recognition|key achievements|\
         الجوائز|الإنجازات|الجوائز والتكريمات|التكريمات",
    ),
    (
        Section::Contact,
        "contact|contact information|contact details|contact info|personal details|\
         personal information|personal info|details|معلومات الاتصال|بيانات الاتصال|التواصل|\
         معلومات التواصل|البيانات الشخصية|المعلومات الشخصية",
    ),
    (
        Section::Other,
        "references|interests|hobbies|publications|activities|extracurricular activities|\
         memberships|professional memberships|affiliations|additional information|conferences|\
         presentations|patents|المراجع|الهوايات|الاهتمامات|المنشورات|الأنشطة|العضويات|\
         معلومات إضافية|المعرفون|references available on request|\
         references available upon request|references on request|references upon request|\
         available on request|المراجع عند الطلب|المعرفون عند الطلب",
    ),
];

fn table() -> &'static HashMap<String, Section> {
    static TABLE: OnceLock<HashMap<String, Section>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::new();
        for (section, names) in HEADINGS {
            for name in names.split('|') {
                map.entry(key(name)).or_insert(*section);
            }
        }
        map
    })
}

/// The section a heading's text names: a known heading, or several joined by
/// "&", "and", "/", "و" (the first decides).
pub(super) fn lookup(text: &str) -> Option<Section> {
    let k = key(&text.replace(['&', '/', '+'], " and "));
    if k.is_empty() || k.split(' ').count() > 7 {
        return None;
    }
    let table = table();
    if let Some(s) = table.get(&k) {
        return Some(*s);
    }
    let parts: Vec<&str> = k
        .split(" and ")
        .flat_map(|p| p.split(" و"))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let found: Vec<Section> = parts
        .iter()
        .filter_map(|p| table.get(*p).copied())
        .collect();
    (found.len() == parts.len()).then(|| found[0])
}

/// "E X P E R I E N C E" → "EXPERIENCE".
fn unspaced(text: &str) -> String {
    let parts: Vec<&str> = text.split(' ').collect();
    if parts.len() >= 4 && parts.iter().all(|p| p.chars().count() == 1) {
        parts.concat()
    } else {
        text.to_owned()
    }
}

/// The section a line opens, and the text after its colon if any.
pub(super) fn heading(line: &Line) -> Option<(Section, Option<String>)> {
    if line.bullet || line.text.contains('@') || line.text.chars().count() > 120 {
        return None;
    }
    let text = line
        .text
        .trim()
        .trim_end_matches([':', '：', '-', '—', '|', '.'])
        .trim();
    if !text.chars().any(|c| c.is_ascii_digit())
        && let Some(section) = lookup(&unspaced(text))
    {
        return Some((section, None));
    }
    let (head, rest) = line.text.split_once([':', '：'])?;
    let section = lookup(head.trim())?;
    let rest = rest.trim();
    Some((section, (!rest.is_empty()).then(|| rest.to_owned())))
}

/// A run of lines under one heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Block {
    pub section: Section,
    /// The heading as written ("Technical Skills").
    pub title: String,
    pub lines: Vec<Line>,
}

impl Block {
    pub(super) fn new(section: Section, title: &str) -> Block {
        Block {
            section,
            title: title.trim().trim_end_matches([':', '：']).trim().to_owned(),
            lines: Vec::new(),
        }
    }
}

/// Whether a one-line heading ("Languages: Go, Rust") starts a section here.
fn inline_heading(current: Section, section: Section, rest: &str) -> bool {
    if section == current
        || matches!(
            current,
            Section::Work | Section::Volunteer | Section::Projects | Section::Education
        )
    {
        return false;
    }
    section != Section::Languages || super::lists::spoken(rest)
}

/// The lines in sections, in order; a second column starts a new header.
pub(super) fn blocks(lines: Vec<Line>) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current = Block::new(Section::Header, "");
    for line in lines {
        if line.column_start {
            let done = std::mem::replace(&mut current, Block::new(Section::Header, ""));
            out.push(done);
        }
        match heading(&line) {
            Some((section, None)) => {
                let title = line.text.clone();
                out.push(std::mem::replace(&mut current, Block::new(section, &title)));
            }
            Some((section, Some(rest))) if inline_heading(current.section, section, &rest) => {
                let head = line.text.split([':', '：']).next().unwrap_or_default();
                let mut one = Block::new(section, head);
                one.lines.push(Line::new(&rest));
                let resumed = Block::new(current.section, &current.title.clone());
                out.push(std::mem::replace(&mut current, resumed));
                out.push(one);
            }
            _ => current.lines.push(line),
        }
    }
    out.push(current);
    out.retain(|b| !b.lines.is_empty() || b.section != Section::Header);
    super::sidebar::rehome(&mut out);
    if !out.iter().any(|b| b.section != Section::Header) {
        super::sidebar::split_headless(&mut out);
    }
    out
}

/// A line that carries on the one before (a wrapped list item): it starts
/// with a small letter.
pub(super) fn continues(line: &Line) -> bool {
    !line.bullet && line.text.chars().next().is_some_and(char::is_lowercase)
}

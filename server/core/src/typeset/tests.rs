//! Every template typesets English and Arabic resumes into PDFs that read back
//! (through our own PDF reader) with the text in order; long careers run onto
//! more pages; the document's data is never read as markup.

use serde_json::{Value, json};

use super::resume::{Template, doc, render};
use crate::extract::{Limits, extract};
use crate::testing::pdftotext;

fn english() -> Value {
    json!({
        "basics": {
            "name": "Ada Lovelace", "label": "Principal Engineer",
            "email": "ada@example.com", "phone": "+44 20 7946 0000",
            "summary": "Engineer who builds payment systems in Rust.",
            "location": {"city": "London", "countryCode": "GB"},
            "profiles": [{"network": "GitHub", "url": "github.com/ada"}]
        },
        "work": [{
            "name": "Analytical Engines", "position": "Principal Engineer",
            "startDate": "2019-03", "highlights": ["Built the ledger in Rust.", "Led six engineers."]
        }, {
            "name": "Difference Ltd", "position": "Engineer",
            "startDate": "2015-01", "endDate": "2019-02", "highlights": ["Wrote the mill."]
        }],
        "volunteer": [{"organization": "Code Club", "position": "Mentor", "startDate": "2018"}],
        "education": [{"institution": "University of London", "studyType": "BSc", "area": "Mathematics", "startDate": "2011", "endDate": "2014"}],
        "awards": [{"title": "Engineer of the Year", "awarder": "RAEng", "date": "2021-06"}],
        "publications": [{"name": "Notes on the Engine", "publisher": "Royal Society", "releaseDate": "1843"}],
        "skills": [{"name": "Languages", "keywords": ["Rust", "SQL"]}],
        "languages": [{"language": "English", "fluency": "Native"}],
        "certificates": [{"name": "AWS Solutions Architect", "issuer": "Amazon", "date": "2022-05"}],
        "interests": [{"name": "Chess"}],
        "references": [{"name": "Charles Babbage", "reference": "Ada saw further than I did."}],
        "projects": [{"name": "Open Ledger", "description": "An open-source ledger", "highlights": ["500 stars"]}]
    })
}

fn arabic() -> Value {
    json!({
        "basics": {
            "name": "سارة القحطاني", "label": "مهندسة برمجيات",
            "email": "sara@example.com", "location": {"city": "الرياض"}
        },
        "work": [{
            "name": "مصرف الراجحي", "position": "مهندسة برمجيات أولى",
            "startDate": "2021-01", "highlights": ["قيادة فريق من خمسة مطورين لبناء منصة المدفوعات."]
        }],
        "education": [{"institution": "جامعة الملك سعود", "studyType": "بكالوريوس", "area": "علوم الحاسب"}],
        "skills": [{"name": "", "keywords": ["Java", "Angular"]}],
        "meta": {"language": "ar"}
    })
}

fn read_back(pdf: &[u8]) -> String {
    assert!(pdf.starts_with(b"%PDF-"));
    extract(pdf, "x.pdf", &Limits::default())
        .expect("our reader reads our PDFs")
        .text
}

#[test]
fn every_template_lays_out_every_section() {
    let resume = english();
    for template in Template::ALL {
        let (pdf, pages) = render(&resume, template, "en").expect("typeset");
        assert_eq!(pages, 1, "{template:?}");
        let text = read_back(&pdf);
        for needle in [
            "Ada Lovelace",
            "Principal Engineer",
            "ada@example.com",
            "Analytical Engines",
            "Mar 2019 – Present",
            "Jan 2015 – Feb 2019",
            "Built the ledger in Rust.",
            "Code Club",
            "University of London",
            "Engineer of the Year",
            "Notes on the Engine",
            "Rust, SQL",
            "English — Native",
            "AWS Solutions Architect",
            "Chess",
            "Charles Babbage",
            "Open Ledger",
        ] {
            assert!(text.contains(needle), "{template:?}: {needle} in\n{text}");
        }
        // Reading order: the summary before the work, work before education.
        let at = |n: &str| text.find(n).unwrap_or(usize::MAX);
        assert!(
            at("Analytical Engines") < at("University of London"),
            "{template:?}\n{text}"
        );
    }
}

#[test]
fn arabic_is_shaped_and_read_right_to_left() {
    let resume = arabic();
    for template in Template::ALL {
        let (pdf, _) = render(&resume, template, "ar").expect("typeset");
        // Poppler reads right-to-left text back in reading order.
        let text = pdftotext(&pdf);
        for needle in [
            "سارة",
            "القحطاني",
            // Poppler reads some lam ligatures of Noto Sans Arabic backwards
            // ("أوىل"), so the words checked here have none.
            "مهندسة برمجيات",
            "مصرف الراجحي",
            "قيادة فريق من خمسة مطورين لبناء منصة المدفوعات.",
            "الخبرة العملية",
            "Java, Angular",
        ] {
            assert!(text.contains(needle), "{template:?}: {needle} in\n{text}");
        }
    }
}

#[test]
fn long_careers_run_onto_more_pages() {
    let mut resume = english();
    let jobs: Vec<Value> = (0..40)
        .map(|i| {
            let line = "Shipped things that mattered to many people every single week.";
            json!({"name": format!("Company {i}"), "position": "Engineer",
                   "startDate": "2000-01", "endDate": "2001-01",
                   "highlights": [line, line, line]})
        })
        .collect();
    resume["work"] = Value::Array(jobs);
    for template in Template::ALL {
        let (pdf, pages) = render(&resume, template, "en").expect("typeset");
        assert!(pages >= 3, "{template:?}: {pages} pages");
        let text = read_back(&pdf);
        assert!(
            text.contains("Company 0") && text.contains("Company 39"),
            "{template:?}"
        );
    }
}

#[test]
fn data_is_text_not_markup() {
    let mut resume = english();
    resume["basics"]["name"] = json!("#panic(\"boom\") *bold* $x$ [link]");
    let (pdf, _) = render(&resume, Template::Classic, "en").expect("typeset");
    assert!(read_back(&pdf).contains("#panic(\"boom\") *bold* $x$ [link]"));
}

#[test]
fn an_empty_resume_still_makes_a_page() {
    let (pdf, pages) = render(&json!({}), Template::Modern, "en").expect("typeset");
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(pages, 1);
}

#[test]
fn templates_are_named_and_sections_titled_per_language() {
    assert_eq!(Template::parse("Modern"), Ok(Template::Modern));
    assert!(Template::parse("fancy").is_err());
    let d = doc(&arabic(), "ar");
    assert!(d.rtl);
    assert_eq!(d.sections[0].title, "الخبرة العملية");
    assert_eq!(d.sections[0].entries[0].dates, "يناير 2021 – حتى الآن");
    let families = super::world::families();
    for family in [
        "Noto Serif",
        "Noto Sans",
        "Noto Naskh Arabic",
        "Noto Sans Arabic",
    ] {
        assert!(
            families.iter().any(|f| f == family),
            "{family}: {families:?}"
        );
    }
}

#[test]
fn a_markdown_document_reads_back_in_order_with_its_styles_as_text() {
    let markdown = "# Cover letter\n\nDear Hiring Team,\n\nI built **payment APIs** in *Rust* \
         ([site](https://ada.example)).\n\n- Led six engineers\n- Cut costs by 30%\n\n\
         > Quoted praise\n\nKind regards,  \nAda Lovelace\n\n#panic(\"boom\") $x$ <script>x</script>";
    let (pdf, pages) = super::document::render(markdown, "Letter", "en").expect("typeset");
    assert_eq!(pages, 1);
    let text = read_back(&pdf);
    let mut at = 0;
    for needle in [
        "Cover letter",
        "Dear Hiring Team,",
        "payment APIs",
        "Rust",
        "Led six engineers",
        "Cut costs by 30%",
        "Quoted praise",
        "Kind regards,",
        "Ada Lovelace",
        "#panic(\"boom\") $x$",
    ] {
        let found = text[at..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} after {at} in\n{text}"));
        at += found + needle.len();
    }
    assert!(!text.contains("script"), "{text}");
}

#[test]
fn an_arabic_document_is_set_right_to_left_and_reads_back() {
    let markdown = "السادة فريق التوظيف المحترمين،\n\nأتقدّم بطلب لشغل وظيفة مهندسة برمجيات لدى مصرف الراجحي.\n\n\
         - قيادة فريق من خمسة مطورين\n\nمع خالص التحية،  \nسارة القحطاني";
    let (pdf, _) = super::document::render(markdown, "رسالة", "ar").expect("typeset");
    let text = pdftotext(&pdf);
    for needle in [
        "السادة فريق التوظيف المحترمين،",
        "مصرف الراجحي",
        "قيادة فريق من خمسة مطورين",
        "سارة القحطاني",
    ] {
        assert!(text.contains(needle), "{needle} in\n{text}");
    }
    let long = "Paragraph of a long document that goes on.\n\n".repeat(200);
    let (_, pages) = super::document::render(&long, "Long", "en").expect("typeset");
    assert!(pages >= 3, "{pages} pages");
}

//! Dates in the shapes resumes write them, and headings in English and
//! Arabic.

use super::super::*;

/// A line's dates as start and end.
type Dates = Option<(String, Option<String>)>;

fn span(text: &str) -> Dates {
    dates::find(text).map(|s| {
        let (start, end) = work::span_dates(Some(&s));
        (start.unwrap_or_default(), end)
    })
}

#[test]
fn dates_in_the_shapes_resumes_write() {
    let some = |a: &str, b: Option<&str>| Some((a.to_owned(), b.map(str::to_owned)));
    let cases: &[(&str, Dates)] = &[
        ("Jan 2020 – Present", some("2020-01", None)),
        ("January 2020 - Current", some("2020-01", None)),
        ("Sept. 2017 to Now", some("2017-09", None)),
        ("2018-03 to 2020-11", some("2018-03", Some("2020-11"))),
        ("03/2019 - 06/2021", some("2019-03", Some("2021-06"))),
        ("3/2019–6/2021", some("2019-03", Some("2021-06"))),
        ("2019 – 2021", some("2019", Some("2021"))),
        ("2019-2021", some("2019", Some("2021"))),
        ("(2021 – Present)", some("2021", None)),
        ("Summer 2017", some("2017", Some("2017"))),
        ("Jan – Mar 2020", some("2020-01", Some("2020-03"))),
        ("since 2020", some("2020", None)),
        ("2016 - ", some("2016", None)),
        ("15/03/2019 – 31/12/2020", some("2019-03", Some("2020-12"))),
        ("2019.04 – 2020.02", some("2019-04", Some("2020-02"))),
        ("May 2015 to date", some("2015-05", None)),
        ("يناير 2021 - حتى الآن", some("2021-01", None)),
        ("مارس ٢٠١٨ - ديسمبر ٢٠٢٠", some("2018-03", Some("2020-12"))),
        ("من 2019 إلى الآن", some("2019", None)),
        ("أيلول 2015 – حزيران 2019", some("2015-09", Some("2019-06"))),
        (
            "كانون الثاني 2020 – تشرين الأول 2021",
            some("2020-01", Some("2021-10")),
        ),
        ("منذ 2018", some("2018", None)),
        ("2014 – حاليًا", some("2014", None)),
        ("2017م - 2019م", some("2017", Some("2019"))),
        ("CLINICAL2019 EXPERIENCE", None),
        ("Q32019", None),
        ("Reduced cost by 3.4M over 1–6 years", None),
        ("GPA 4.61/5.00", None),
        ("+44 7700 900123", None),
        ("WCAG 2.1 and 480V", None),
    ];
    for (text, want) in cases {
        let text = norm::plain(text);
        assert_eq!(&span(&text), want, "{text}");
    }
    assert!(dates::is_iso("2020") && dates::is_iso("2020-12"));
    assert!(!dates::is_iso("2020-00") && !dates::is_iso("202") && !dates::is_iso("2020/12"));
}

fn section(text: &str) -> Option<sections::Section> {
    sections::heading(&lines::Line::new(text)).map(|(s, _)| s)
}

#[test]
fn headings_in_english_and_arabic() {
    use sections::Section::*;
    let cases = [
        ("EXPERIENCE", Some(Work)),
        ("Work History:", Some(Work)),
        ("Professional Experience", Some(Work)),
        ("EMPLOYMENT", Some(Work)),
        ("Education & Training", Some(Education)),
        ("Academic Background", Some(Education)),
        ("CORE COMPETENCIES", Some(Skills)),
        ("Technical Skills", Some(Skills)),
        ("Licenses & Certifications", Some(Certificates)),
        ("Languages", Some(Languages)),
        ("Projects", Some(Projects)),
        ("About Me", Some(Summary)),
        ("Volunteer Experience", Some(Volunteer)),
        ("Honors & Awards", Some(Awards)),
        ("REFERENCES", Some(Other)),
        ("E X P E R I E N C E", Some(Work)),
        ("الخبرات", Some(Work)),
        ("الخبرة العملية:", Some(Work)),
        ("التعليم", Some(Education)),
        ("المهارات", Some(Skills)),
        ("اللغات", Some(Languages)),
        ("الشهادات", Some(Certificates)),
        ("المشاريع", Some(Projects)),
        ("نبذة", Some(Summary)),
        ("Experience at Acme was great", None),
        ("Senior Engineer", None),
        ("Skills: Go, SQL", Some(Skills)),
        ("Email: skills@example.com", None),
    ];
    for (text, want) in cases {
        assert_eq!(section(text), want, "{text}");
    }
    // A category line in a skills section is not a languages section.
    let lines = lines::lines(
        "SKILLS\nLanguages: Go, Rust\nTools: Git\nLanguages: English (native), French\n",
    );
    let blocks = sections::blocks(lines);
    let kinds: Vec<sections::Section> = blocks.iter().map(|b| b.section).collect();
    assert_eq!(kinds, [Skills, Languages, Skills], "{blocks:#?}");
    assert_eq!(blocks[0].lines.len(), 2);
}

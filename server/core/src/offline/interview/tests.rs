use super::*;

const BACKEND: &str = "Senior Backend Engineer at Ledgerly. You know Rust, PostgreSQL and Kubernetes, and you will mentor two engineers.";
const NURSE: &str =
    "Staff Nurse on a surgical ward. Patient care, IV therapy and wound care; night shifts.";

fn ask(job: &str, title: &str, depth: Depth, count: u32) -> QuestionsInput {
    QuestionsInput {
        job: job.into(),
        job_title: title.into(),
        company: "Ledgerly".into(),
        depth,
        interviewer_name: "Grace Hopper".into(),
        interviewer_role: "Engineering Manager".into(),
        count,
        focus: Focus::Mixed,
    }
}

fn arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[test]
fn the_bank_is_bilingual_and_its_placeholders_match() {
    let all = bank::BEHAVIORAL
        .iter()
        .chain(bank::OPENERS)
        .chain(bank::ROLE.iter().flat_map(|(_, list)| list.iter()))
        .chain(bank::PER_SKILL)
        .chain(bank::COMPANY)
        .chain(bank::INTERVIEWER);
    let mut n = 0;
    for entry in all {
        n += 1;
        assert!(!entry.en.is_empty() && arabic(entry.ar), "{}", entry.en);
        assert!(!entry.points.is_empty(), "{}", entry.en);
        for holder in ["{skill}", "{company}", "{name}", "{role}"] {
            assert_eq!(
                entry.en.contains(holder),
                entry.ar.contains(holder),
                "{holder} in {}",
                entry.en
            );
        }
    }
    assert!(n >= 230, "{n} questions");
    assert!(
        bank::ROLE.iter().all(|(_, list)| list.len() >= 16),
        "every role family has its questions"
    );
    assert_eq!(
        bank::ROLE.len(),
        bank::FAMILIES.len() + 1,
        "a list per family, and the general one"
    );
}

#[test]
fn questions_follow_the_job_the_depth_and_the_count() {
    let t = Taxonomy::builtin();
    let plain = questions(
        t,
        &ask(BACKEND, "Senior Backend Engineer", Depth::Job, 6),
        OutputLang::En,
    );
    assert_eq!(plain.questions.len(), 6);
    assert_eq!(plain.questions[0].category, "opener");
    let categories: Vec<&str> = plain
        .questions
        .iter()
        .map(|q| q.category.as_str())
        .collect();
    for wanted in ["technical", "behavioral", "role"] {
        assert!(categories.contains(&wanted), "{wanted} in {categories:?}");
    }
    assert!(!categories.contains(&"company") && !categories.contains(&"interviewer"));
    let technical: Vec<&str> = plain
        .questions
        .iter()
        .filter(|q| q.category == "technical")
        .map(|q| q.text.as_str())
        .collect();
    assert!(
        technical
            .iter()
            .any(|q| ["Rust", "PostgreSQL", "Kubernetes"]
                .iter()
                .any(|s| q.contains(s))),
        "{technical:?}"
    );
    // Senior roles get the leadership stories first.
    let behavioral = plain
        .questions
        .iter()
        .find(|q| q.category == "behavioral")
        .expect("one");
    let senior: Vec<&str> = bank::BEHAVIORAL[bank::BEHAVIORAL.len() - bank::SENIOR_BEHAVIORAL..]
        .iter()
        .map(|e| e.en)
        .collect();
    assert!(
        senior.contains(&behavioral.text.as_str()),
        "{}",
        behavioral.text
    );
    let mut texts: Vec<&str> = plain.questions.iter().map(|q| q.text.as_str()).collect();
    texts.sort_unstable();
    texts.dedup();
    assert_eq!(texts.len(), 6, "no question twice");
    // The same job asks the same; deeper depths add the company and the interviewer.
    assert_eq!(
        plain,
        questions(
            t,
            &ask(BACKEND, "Senior Backend Engineer", Depth::Job, 6),
            OutputLang::En
        )
    );
    let deep = questions(
        t,
        &ask(BACKEND, "Senior Backend Engineer", Depth::Interviewer, 6),
        OutputLang::En,
    );
    let company = deep
        .questions
        .iter()
        .find(|q| q.category == "company")
        .expect("company");
    assert!(company.text.contains("Ledgerly"), "{}", company.text);
    let person = deep
        .questions
        .iter()
        .find(|q| q.category == "interviewer")
        .expect("interviewer");
    assert!(person.text.contains("Grace Hopper"), "{}", person.text);
    // A nurse is asked nurse's questions, in Arabic when asked.
    let nurse = questions(t, &ask(NURSE, "Staff Nurse", Depth::Job, 8), OutputLang::Ar);
    assert_eq!(family("Staff Nurse", NURSE), "healthcare");
    let role = nurse
        .questions
        .iter()
        .find(|q| q.category == "role")
        .expect("role");
    let healthcare: Vec<&str> = bank::ROLE
        .iter()
        .find(|(f, _)| *f == "healthcare")
        .map(|(_, l)| l.iter().map(|e| e.ar).collect())
        .unwrap_or_default();
    assert!(healthcare.contains(&role.text.as_str()), "{}", role.text);
    assert!(nurse.questions.iter().all(|q| arabic(&q.text)));
    assert_eq!(
        questions(t, &ask(BACKEND, "", Depth::Job, 99), OutputLang::En)
            .questions
            .len(),
        15
    );
    // The kind of interview shifts the mix.
    let count = |focus: Focus, category: &str| {
        let input = QuestionsInput {
            focus,
            ..ask(BACKEND, "Senior Backend Engineer", Depth::Job, 7)
        };
        questions(t, &input, OutputLang::En)
            .questions
            .iter()
            .filter(|q| q.category == category)
            .count()
    };
    assert!(count(Focus::Technical, "technical") > count(Focus::Mixed, "technical"));
    assert!(count(Focus::Behavioral, "behavioral") > count(Focus::Mixed, "behavioral"));
    assert_eq!(count(Focus::Behavioral, "technical"), 0);
    assert!(
        count(Focus::Screening, "opener") >= 4,
        "a phone screen asks the screening questions"
    );
}

fn judged(category: &str, answer: &str, lang: OutputLang) -> Evaluation {
    let entry = &bank::BEHAVIORAL[2];
    evaluate(
        Taxonomy::builtin(),
        &EvaluateInput {
            question: MockQuestion {
                category: category.into(),
                text: entry.en.into(),
                key_points: entry.points.iter().map(|p| (*p).to_owned()).collect(),
            },
            answer: answer.into(),
            job: BACKEND.into(),
        },
        lang,
    )
}

#[test]
fn a_strong_star_answer_scores_above_a_vague_one() {
    let strong = judged(
        "behavioral",
        "When our payment launch at Ledgerly moved up by two weeks, I was the backend lead and the deadline \
         looked impossible. I listed every task, decided with the product manager which ones were must-haves, \
         and planned the work so the riskiest part, the PostgreSQL migration, came first. I paired with a \
         colleague on it and set up a daily fifteen-minute check-in to prioritise what was left. As a result \
         we shipped on time, with zero incidents in the first month, and the same plan cut our next release \
         from 6 weeks to 4. I learned to agree the cut early and to say it out loud.",
        OutputLang::En,
    );
    let vague = judged(
        "behavioral",
        "I always work hard and deadlines are fine for me.",
        OutputLang::En,
    );
    assert!(strong.score >= 8, "{strong:?}");
    assert!(vague.score <= 3, "{vague:?}");
    assert!(strong.rubric && vague.rubric);
    assert!(strong.missed.is_empty(), "{:?}", strong.missed);
    assert!(
        vague.improvements.iter().any(|i| i.contains("result")),
        "{vague:?}"
    );
    assert_eq!(judged("behavioral", "   ", OutputLang::En).score, 0);
    // The same story told to another question is off the mark.
    let off = evaluate(
        Taxonomy::builtin(),
        &EvaluateInput {
            question: MockQuestion {
                category: "opener".into(),
                text: bank::OPENERS[2].en.into(),
                key_points: bank::OPENERS[2].points.iter().map(|p| (*p).to_owned()).collect(),
            },
            answer: "I fixed the printer on the third floor when it jammed, and as a result everyone could print again by 10 am; I was proud of it.".into(),
            job: BACKEND.into(),
        },
        OutputLang::En,
    );
    assert!(off.score <= 6, "{off:?}");
    assert!(
        off.improvements[0].starts_with("Answer the question asked"),
        "{off:?}"
    );
    let strong_ar = judged(
        "behavioral",
        "عندما قُدّم موعد إطلاق نظام المدفوعات أسبوعين، كنت مسؤولة الواجهة الخلفية. قمت بترتيب المهام مع مدير المنتج \
         وقررت أن نبدأ بترحيل قاعدة بيانات PostgreSQL لأنه الأخطر، وعملت مع زميلة عليه، ونظمت اجتماعًا يوميًا قصيرًا \
         لمتابعة الأولويات. النتيجة أننا أطلقنا في الموعد دون أي عطل خلال الشهر الأول، وخفضنا مدة الإصدار التالي من ستة \
         أسابيع إلى أربعة. وتعلمت أن الاتفاق المبكر على ما يُؤجَّل يوفر الكثير.",
        OutputLang::Ar,
    );
    let vague_ar = judged("behavioral", "أنا أعمل بجد دائمًا.", OutputLang::Ar);
    assert!(
        strong_ar.score > vague_ar.score + 3,
        "{strong_ar:?} {vague_ar:?}"
    );
    assert!(vague_ar.improvements.iter().all(|i| arabic(i)));
}

#[test]
fn the_analysis_averages_and_names_what_to_practise() {
    let tip = "Add specifics: numbers, names of tools, sizes, dates.".to_owned();
    let input = AnalyzeInput {
        answers: vec![
            Answered {
                category: "behavioral".into(),
                question: "Deadline?".into(),
                score: 9,
                skipped: false,
                improvements: vec![],
            },
            Answered {
                category: "technical".into(),
                question: "Rust?".into(),
                score: 4,
                skipped: false,
                improvements: vec![tip.clone()],
            },
            Answered {
                category: "technical".into(),
                question: "SQL?".into(),
                score: 6,
                skipped: false,
                improvements: vec![tip.clone()],
            },
            Answered {
                category: "role".into(),
                question: "Design?".into(),
                score: 0,
                skipped: true,
                improvements: vec![],
            },
        ],
    };
    let a = analyze(&input, OutputLang::En);
    assert_eq!(a.average, 4.8);
    assert_eq!(
        a.by_category[1],
        CategoryScore {
            category: "technical".into(),
            score: 5.0
        }
    );
    assert_eq!(a.strongest.as_deref(), Some("Deadline?"));
    assert_eq!(a.weakest.as_deref(), Some("Design?"));
    assert_eq!(a.practise[0], tip);
    assert!(
        a.practise
            .iter()
            .any(|p| p.contains("1 question(s) skipped"))
    );
    assert!(a.summary.contains("rubric"));
}

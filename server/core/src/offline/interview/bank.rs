//! The offline question bank, in English and Arabic: behavioural questions
//! (answered best with STAR: situation, task, action, result), questions per
//! role family, technical questions made for each skill the job names,
//! questions about the company and about the interviewer. Each has the key
//! points a good answer covers, which the rubric looks for.

/// One question in both languages, with its key points (English words the
/// rubric looks for, and their Arabic counterparts).
pub struct Entry {
    pub en: &'static str,
    pub ar: &'static str,
    pub points: &'static [&'static str],
}

const fn q(en: &'static str, ar: &'static str, points: &'static [&'static str]) -> Entry {
    Entry { en, ar, points }
}

/// Behavioural questions; `senior` ones are asked of senior roles first.
pub const BEHAVIORAL: &[Entry] = &[
    q(
        "Tell me about a time you disagreed with a colleague. What did you do, and how did it end?",
        "حدّثني عن موقف اختلفت فيه مع زميل. ماذا فعلت، وكيف انتهى الأمر؟",
        &["listen", "compromise", "result", "relationship"],
    ),
    q(
        "Describe a project that failed or went badly. What did you learn from it?",
        "صف مشروعًا فشل أو سار بشكل سيئ. ماذا تعلّمت منه؟",
        &["mistake", "learn", "change", "result"],
    ),
    q(
        "Tell me about a time you had to meet a tight deadline.",
        "حدّثني عن مرة اضطررت فيها إلى الالتزام بموعد نهائي ضيق.",
        &["prioritise", "plan", "deadline", "result"],
    ),
    q(
        "Give an example of when you took the initiative without being asked.",
        "أعطني مثالًا على مبادرة قمت بها دون أن يطلب منك أحد.",
        &["initiative", "problem", "action", "impact"],
    ),
    q(
        "Tell me about a time you received difficult feedback. How did you respond?",
        "حدّثني عن مرة تلقيت فيها ملاحظات صعبة. كيف تعاملت معها؟",
        &["feedback", "listen", "improve", "change"],
    ),
    q(
        "Describe a situation where you had to learn something new quickly.",
        "صف موقفًا اضطررت فيه إلى تعلّم شيء جديد بسرعة.",
        &["learn", "resources", "apply", "result"],
    ),
    q(
        "Tell me about a time you made a mistake at work. What happened next?",
        "حدّثني عن خطأ ارتكبته في العمل. ماذا حدث بعده؟",
        &["mistake", "own", "fix", "prevent"],
    ),
    q(
        "Describe a time you had to work with someone difficult.",
        "صف مرة اضطررت فيها إلى العمل مع شخص صعب.",
        &["understand", "communicate", "outcome", "team"],
    ),
    q(
        "Tell me about your proudest achievement at work.",
        "حدّثني عن أكثر إنجاز تفخر به في عملك.",
        &["goal", "action", "result", "impact"],
    ),
    q(
        "Give an example of how you handled several priorities at once.",
        "أعطني مثالًا على كيفية تعاملك مع عدة أولويات في وقت واحد.",
        &["prioritise", "urgent", "communicate", "deliver"],
    ),
    q(
        "Tell me about a time you had to explain something complex to someone without your background.",
        "حدّثني عن مرة شرحت فيها أمرًا معقدًا لشخص ليست لديه خلفيتك.",
        &["simple", "example", "audience", "understand"],
    ),
    q(
        "Describe a decision you made with incomplete information.",
        "صف قرارًا اتخذته بمعلومات ناقصة.",
        &["risk", "data", "decide", "result"],
    ),
    q(
        "Tell me about a time you improved a process.",
        "حدّثني عن مرة حسّنت فيها طريقة عمل.",
        &["problem", "change", "measure", "result"],
    ),
    q(
        "Give an example of a time you helped a teammate succeed.",
        "أعطني مثالًا على مرة ساعدت فيها زميلًا على النجاح.",
        &["help", "support", "team", "result"],
    ),
    q(
        "Tell me about a time you had to say no to a request.",
        "حدّثني عن مرة اضطررت فيها إلى رفض طلب.",
        &["reason", "alternative", "communicate", "relationship"],
    ),
    q(
        "Describe a time you dealt with an unhappy customer or user.",
        "صف مرة تعاملت فيها مع عميل أو مستخدم غير راضٍ.",
        &["listen", "empathy", "solve", "follow"],
    ),
    q(
        "Tell me about a goal you set for yourself and how you reached it.",
        "حدّثني عن هدف وضعته لنفسك وكيف حققته.",
        &["goal", "plan", "progress", "result"],
    ),
    q(
        "Describe a time you had to adapt to a big change at work.",
        "صف مرة اضطررت فيها إلى التكيّف مع تغيير كبير في العمل.",
        &["change", "adapt", "learn", "result"],
    ),
    q(
        "Tell me about a time you had to persuade a sceptical colleague.",
        "حدّثني عن مرة اضطررت فيها إلى إقناع زميل متشكك.",
        &["listen", "evidence", "persuade", "result"],
    ),
    q(
        "Describe a time you went beyond what your role required.",
        "صف مرة تجاوزت فيها ما يتطلبه دورك.",
        &["initiative", "action", "impact", "result"],
    ),
    q(
        "Tell me about a time you worked with people from another team or culture.",
        "حدّثني عن مرة عملت فيها مع أشخاص من فريق أو ثقافة أخرى.",
        &["communicate", "respect", "goal", "result"],
    ),
    q(
        "Describe a time you noticed a problem before anyone else did.",
        "صف مرة لاحظت فيها مشكلة قبل أي شخص آخر.",
        &["notice", "act", "prevent", "result"],
    ),
    q(
        "Tell me about a time you had to deliver bad news.",
        "حدّثني عن مرة اضطررت فيها إلى إيصال خبر سيئ.",
        &["honest", "prepare", "options", "relationship"],
    ),
    q(
        "Describe a time you balanced work for two managers or clients.",
        "صف مرة وازنت فيها بين عمل لمديرين أو عميلين.",
        &["prioritise", "communicate", "agree", "deliver"],
    ),
    q(
        "Tell me about a time you simplified something complicated.",
        "حدّثني عن مرة بسّطت فيها شيئًا معقدًا.",
        &["problem", "simplify", "measure", "result"],
    ),
    q(
        "Describe a time you made a decision that was unpopular.",
        "صف مرة اتخذت فيها قرارًا لم يكن محبوبًا.",
        &["reason", "communicate", "listen", "result"],
    ),
    q(
        "Tell me about a time you used data to change someone's mind.",
        "حدّثني عن مرة استخدمت فيها البيانات لتغيير رأي أحدهم.",
        &["data", "analysis", "persuade", "result"],
    ),
    q(
        "Describe a time you were under a lot of pressure. How did you cope?",
        "صف وقتًا كنت فيه تحت ضغط كبير. كيف تعاملت معه؟",
        &["calm", "prioritise", "support", "result"],
    ),
    q(
        "Tell me about a time you taught yourself a tool or method to get a job done.",
        "حدّثني عن مرة علّمت فيها نفسك أداة أو طريقة لإنجاز عمل.",
        &["learn", "practice", "apply", "result"],
    ),
    q(
        "Describe a time you asked for help. What happened?",
        "صف مرة طلبت فيها المساعدة. ماذا حدث؟",
        &["ask", "learn", "team", "result"],
    ),
    q(
        "Tell me about a time you led a team through a difficult period.",
        "حدّثني عن مرة قدت فيها فريقًا خلال فترة صعبة.",
        &["lead", "team", "decision", "result"],
    ),
    q(
        "Describe how you have mentored or grown someone on your team.",
        "صف كيف وجّهت أحد أعضاء فريقك أو ساعدته على النمو.",
        &["mentor", "feedback", "growth", "result"],
    ),
    q(
        "Tell me about a time you influenced a decision without having authority.",
        "حدّثني عن مرة أثّرت فيها في قرار دون أن تملك صلاحية.",
        &["influence", "data", "stakeholders", "result"],
    ),
    q(
        "Describe a time you had to balance quality against speed.",
        "صف مرة اضطررت فيها إلى الموازنة بين الجودة والسرعة.",
        &["trade-off", "risk", "decision", "result"],
    ),
    q(
        "Tell me about a time you set the direction for a project others worked on.",
        "حدّثني عن مرة حدّدت فيها اتجاه مشروع عمل عليه آخرون.",
        &["vision", "plan", "align", "result"],
    ),
    q(
        "Give an example of a conflict inside your team that you resolved.",
        "أعطني مثالًا على خلاف داخل فريقك قمت بحلّه.",
        &["conflict", "listen", "agree", "result"],
    ),
];

/// How many of `BEHAVIORAL`, from the end, lean senior (leading, influencing).
pub const SENIOR_BEHAVIORAL: usize = 6;

/// Openers asked of every role.
pub const OPENERS: &[Entry] = &[
    q(
        "Walk me through your background and what brings you to this role.",
        "حدّثني عن خلفيتك وما الذي جاء بك إلى هذه الوظيفة.",
        &["experience", "skills", "role", "motivation"],
    ),
    q(
        "Why are you leaving, or did you leave, your current role?",
        "لماذا تترك، أو تركت، وظيفتك الحالية؟",
        &["growth", "positive", "goal", "role"],
    ),
    q(
        "Where do you want to be in three years?",
        "أين تريد أن تكون بعد ثلاث سنوات؟",
        &["goal", "growth", "skills", "role"],
    ),
];

/// The role families the bank knows, with words that mark them in a job.
pub const FAMILIES: &[(&str, &[&str])] = &[
    (
        "software",
        &[
            "software",
            "developer",
            "engineer",
            "backend",
            "frontend",
            "devops",
            "programmer",
            "full stack",
            "مطور",
            "مهندس برمجيات",
        ],
    ),
    (
        "data",
        &[
            "data",
            "analyst",
            "scientist",
            "machine learning",
            "analytics",
            "بيانات",
            "محلل",
        ],
    ),
    (
        "healthcare",
        &[
            "nurse",
            "nursing",
            "clinical",
            "patient",
            "hospital",
            "physician",
            "ممرض",
            "تمريض",
            "مستشفى",
        ],
    ),
    (
        "finance",
        &[
            "accountant",
            "accounting",
            "finance",
            "audit",
            "bookkeeping",
            "tax",
            "محاسب",
            "مالية",
            "تدقيق",
        ],
    ),
    (
        "sales",
        &[
            "sales",
            "marketing",
            "account executive",
            "business development",
            "seo",
            "مبيعات",
            "تسويق",
        ],
    ),
    (
        "design",
        &["designer", "design", "ux", "ui", "figma", "مصمم", "تصميم"],
    ),
    (
        "product",
        &[
            "product manager",
            "project manager",
            "scrum",
            "program manager",
            "مدير منتج",
            "مدير مشروع",
        ],
    ),
    (
        "support",
        &[
            "support",
            "customer service",
            "operations",
            "logistics",
            "دعم",
            "خدمة العملاء",
            "عمليات",
        ],
    ),
];

/// Questions per role family, in `FAMILIES` order, then the general ones.
pub const ROLE: &[(&str, &[Entry])] = &[
    (
        "software",
        &[
            q(
                "How do you make sure the code you ship works and keeps working?",
                "كيف تتأكد من أن الشيفرة التي تطلقها تعمل وتبقى عاملة؟",
                &["tests", "review", "monitoring", "rollback"],
            ),
            q(
                "Describe a system you designed. What were the main trade-offs?",
                "صف نظامًا صمّمته. ما أهم الموازنات التي قمت بها؟",
                &["design", "trade-off", "scale", "reliability"],
            ),
            q(
                "How do you approach a bug you cannot reproduce?",
                "كيف تتعامل مع خلل لا تستطيع إعادة إنتاجه؟",
                &["logs", "hypothesis", "reproduce", "fix"],
            ),
            q(
                "Tell me about a time you improved performance. How did you measure it?",
                "حدّثني عن مرة حسّنت فيها الأداء. كيف قسته؟",
                &["measure", "profile", "bottleneck", "result"],
            ),
            q(
                "How do you review someone else's code?",
                "كيف تراجع شيفرة كتبها غيرك؟",
                &["readability", "correctness", "tests", "kind"],
            ),
            q(
                "What do you do when requirements are unclear?",
                "ماذا تفعل حين تكون المتطلبات غير واضحة؟",
                &["questions", "stakeholders", "prototype", "agree"],
            ),
        ],
    ),
    (
        "data",
        &[
            q(
                "Walk me through an analysis from question to decision.",
                "اشرح لي تحليلًا قمت به من السؤال إلى القرار.",
                &["question", "data", "method", "decision"],
            ),
            q(
                "How do you check that your data is clean and trustworthy?",
                "كيف تتحقق من أن بياناتك نظيفة وجديرة بالثقة؟",
                &["validation", "missing", "outliers", "source"],
            ),
            q(
                "How would you explain a model's result to a non-technical manager?",
                "كيف تشرح نتيجة نموذج لمدير غير تقني؟",
                &["simple", "impact", "uncertainty", "visual"],
            ),
            q(
                "Tell me about a metric you defined. Why that one?",
                "حدّثني عن مقياس عرّفته. لماذا اخترته؟",
                &["metric", "goal", "bias", "decision"],
            ),
            q(
                "How do you decide if an A/B test result is real?",
                "كيف تقرر أن نتيجة اختبار A/B حقيقية؟",
                &["significance", "sample", "duration", "bias"],
            ),
            q(
                "What do you do when the data contradicts what stakeholders expect?",
                "ماذا تفعل حين تناقض البيانات توقعات أصحاب المصلحة؟",
                &["evidence", "communicate", "check", "recommend"],
            ),
        ],
    ),
    (
        "healthcare",
        &[
            q(
                "How do you prioritise care when several patients need you at once?",
                "كيف ترتب أولويات الرعاية حين يحتاجك عدة مرضى في وقت واحد؟",
                &["triage", "safety", "escalate", "communicate"],
            ),
            q(
                "Tell me about a time you noticed a patient's condition getting worse.",
                "حدّثني عن مرة لاحظت فيها تدهور حالة مريض.",
                &["observe", "escalate", "act", "outcome"],
            ),
            q(
                "How do you make sure medication is given safely?",
                "كيف تتأكد من إعطاء الدواء بأمان؟",
                &["check", "rights", "allergies", "document"],
            ),
            q(
                "Describe how you support a frightened patient or family.",
                "صف كيف تدعم مريضًا أو عائلة خائفة.",
                &["empathy", "explain", "listen", "reassure"],
            ),
            q(
                "How do you hand over care at the end of a shift?",
                "كيف تسلّم الرعاية في نهاية المناوبة؟",
                &["handover", "structure", "risks", "document"],
            ),
            q(
                "Tell me about a time you disagreed with a care decision.",
                "حدّثني عن مرة اختلفت فيها مع قرار رعاية.",
                &["patient", "evidence", "escalate", "respect"],
            ),
        ],
    ),
    (
        "finance",
        &[
            q(
                "Walk me through how you close the month.",
                "اشرح لي كيف تقفل الحسابات في نهاية الشهر.",
                &["reconcile", "accruals", "review", "deadline"],
            ),
            q(
                "Tell me about an error you found in the numbers. What did you do?",
                "حدّثني عن خطأ وجدته في الأرقام. ماذا فعلت؟",
                &["investigate", "root cause", "correct", "control"],
            ),
            q(
                "How do you keep up with changes in tax or accounting rules?",
                "كيف تواكب التغييرات في قواعد الضرائب أو المحاسبة؟",
                &["standards", "learn", "apply", "advise"],
            ),
            q(
                "How would you explain a variance to a budget holder?",
                "كيف تشرح انحرافًا عن الميزانية لمسؤول الميزانية؟",
                &["variance", "cause", "impact", "action"],
            ),
            q(
                "Describe a control you put in place or improved.",
                "صف ضابطًا رقابيًا وضعته أو حسّنته.",
                &["risk", "control", "process", "result"],
            ),
            q(
                "How do you handle a deadline when the data is late?",
                "كيف تتعامل مع موعد نهائي حين تتأخر البيانات؟",
                &["communicate", "estimate", "prioritise", "deliver"],
            ),
        ],
    ),
    (
        "sales",
        &[
            q(
                "Walk me through a deal you won from first contact to close.",
                "اشرح لي صفقة ربحتها من أول تواصل حتى الإغلاق.",
                &["prospect", "needs", "objection", "close"],
            ),
            q(
                "How do you handle an objection about price?",
                "كيف تتعامل مع اعتراض على السعر؟",
                &["value", "listen", "questions", "close"],
            ),
            q(
                "Tell me about a campaign you ran. How did you measure it?",
                "حدّثني عن حملة أدرتها. كيف قست نتائجها؟",
                &["audience", "channel", "metric", "result"],
            ),
            q(
                "How do you build a pipeline when leads are scarce?",
                "كيف تبني مسار مبيعات حين تقل العملاء المحتملون؟",
                &["prospect", "network", "outreach", "target"],
            ),
            q(
                "Tell me about a deal you lost. What did you learn?",
                "حدّثني عن صفقة خسرتها. ماذا تعلّمت؟",
                &["reason", "learn", "change", "follow"],
            ),
            q(
                "How do you keep a customer after the sale?",
                "كيف تحافظ على العميل بعد البيع؟",
                &["relationship", "value", "follow", "renewal"],
            ),
        ],
    ),
    (
        "design",
        &[
            q(
                "Walk me through a design from problem to shipped product.",
                "اشرح لي تصميمًا من المشكلة حتى المنتج المُطلق.",
                &["research", "problem", "iterate", "result"],
            ),
            q(
                "How do you test whether a design works for users?",
                "كيف تختبر ما إذا كان التصميم يناسب المستخدمين؟",
                &["usability", "users", "test", "iterate"],
            ),
            q(
                "Tell me about a time you disagreed with a stakeholder about a design.",
                "حدّثني عن مرة اختلفت فيها مع صاحب مصلحة حول تصميم.",
                &["evidence", "users", "listen", "agree"],
            ),
            q(
                "How do you make designs accessible?",
                "كيف تجعل التصاميم سهلة الوصول للجميع؟",
                &["contrast", "keyboard", "screen reader", "standards"],
            ),
            q(
                "How do you work with engineers on the details?",
                "كيف تعمل مع المهندسين على التفاصيل؟",
                &["handoff", "constraints", "communicate", "review"],
            ),
            q(
                "Describe a design system or pattern you created or improved.",
                "صف نظام تصميم أو نمطًا أنشأته أو حسّنته.",
                &["consistency", "components", "documentation", "adoption"],
            ),
        ],
    ),
    (
        "product",
        &[
            q(
                "How do you decide what to build next?",
                "كيف تقرر ما الذي يُبنى بعد ذلك؟",
                &["users", "data", "impact", "prioritise"],
            ),
            q(
                "Tell me about a product or project that missed its goal. What did you do?",
                "حدّثني عن منتج أو مشروع لم يحقق هدفه. ماذا فعلت؟",
                &["goal", "learn", "adjust", "communicate"],
            ),
            q(
                "How do you keep a project on track when scope grows?",
                "كيف تبقي المشروع على المسار حين يتوسّع نطاقه؟",
                &["scope", "trade-off", "stakeholders", "plan"],
            ),
            q(
                "How do you measure whether a feature succeeded?",
                "كيف تقيس نجاح ميزة ما؟",
                &["metric", "baseline", "users", "result"],
            ),
            q(
                "Describe how you run planning with a team.",
                "صف كيف تدير التخطيط مع فريق.",
                &["goals", "estimate", "priorities", "commit"],
            ),
            q(
                "How do you say no to a senior stakeholder?",
                "كيف ترفض طلبًا لصاحب مصلحة كبير؟",
                &["reason", "data", "alternative", "relationship"],
            ),
        ],
    ),
    (
        "support",
        &[
            q(
                "Tell me about a difficult customer problem you solved.",
                "حدّثني عن مشكلة صعبة لعميل قمت بحلّها.",
                &["listen", "diagnose", "solve", "follow"],
            ),
            q(
                "How do you handle a queue that keeps growing?",
                "كيف تتعامل مع قائمة طلبات تتزايد باستمرار؟",
                &["prioritise", "triage", "escalate", "communicate"],
            ),
            q(
                "How do you turn repeated problems into fixes?",
                "كيف تحوّل المشكلات المتكررة إلى حلول دائمة؟",
                &["pattern", "root cause", "feedback", "process"],
            ),
            q(
                "Tell me about a time you improved a process or a metric in operations.",
                "حدّثني عن مرة حسّنت فيها عملية أو مؤشرًا في العمليات.",
                &["measure", "change", "result", "process"],
            ),
            q(
                "How do you keep calm with an angry caller?",
                "كيف تحافظ على هدوئك مع متصل غاضب؟",
                &["empathy", "listen", "calm", "solution"],
            ),
            q(
                "How do you document what you learn for the team?",
                "كيف توثق ما تتعلمه لفائدة الفريق؟",
                &["knowledge base", "clear", "update", "share"],
            ),
        ],
    ),
    (
        "general",
        &[
            q(
                "What would you focus on in your first 90 days here?",
                "على ماذا ستركز في أول 90 يومًا هنا؟",
                &["learn", "people", "goals", "quick wins"],
            ),
            q(
                "How do you organise your week?",
                "كيف تنظم أسبوعك؟",
                &["plan", "prioritise", "tools", "review"],
            ),
            q(
                "What part of this role would be hardest for you, and how would you handle it?",
                "ما أصعب جزء في هذه الوظيفة بالنسبة لك، وكيف ستتعامل معه؟",
                &["honest", "plan", "learn", "support"],
            ),
            q(
                "Tell me about a skill you have improved in the last year.",
                "حدّثني عن مهارة طوّرتها خلال العام الماضي.",
                &["skill", "practice", "feedback", "result"],
            ),
            q(
                "How do you like to receive feedback?",
                "كيف تفضّل تلقي الملاحظات؟",
                &["regular", "specific", "act", "growth"],
            ),
            q(
                "Describe the best team you have worked in. What made it work?",
                "صف أفضل فريق عملت فيه. ما الذي جعله ناجحًا؟",
                &["trust", "communication", "goals", "support"],
            ),
        ],
    ),
];

/// Technical questions made for one skill: `{skill}` is its name.
pub const PER_SKILL: &[Entry] = &[
    q(
        "Tell me about the hardest problem you solved with {skill}.",
        "حدّثني عن أصعب مشكلة حللتها باستخدام {skill}.",
        &["problem", "approach", "result"],
    ),
    q(
        "How would you explain {skill} to a new colleague, and where have you used it?",
        "كيف تشرح {skill} لزميل جديد، وأين استخدمته؟",
        &["explain", "example", "experience"],
    ),
    q(
        "What goes wrong most often with {skill}, and how do you avoid it?",
        "ما أكثر ما يسوء عادة مع {skill}، وكيف تتجنبه؟",
        &["pitfall", "prevent", "experience"],
    ),
    q(
        "How do you check that work done with {skill} is correct?",
        "كيف تتحقق من صحة العمل المنجز باستخدام {skill}؟",
        &["test", "review", "measure"],
    ),
    q(
        "When would you not use {skill}? What would you choose instead?",
        "متى لا تستخدم {skill}؟ وماذا تختار بدلًا منه؟",
        &["trade-off", "alternative", "context"],
    ),
    q(
        "How have you kept your {skill} knowledge current?",
        "كيف تحافظ على معرفتك بـ{skill} محدّثة؟",
        &["learn", "practice", "recent"],
    ),
    q(
        "Describe a piece of work you are proud of that used {skill}. What was your part?",
        "صف عملًا تفخر به استخدمت فيه {skill}. ما كان دورك؟",
        &["project", "role", "result"],
    ),
    q(
        "If you joined us tomorrow, how would you get up to speed with how we use {skill}?",
        "لو انضممت إلينا غدًا، كيف ستتعرف بسرعة على طريقة استخدامنا لـ{skill}؟",
        &["learn", "ask", "plan"],
    ),
    q(
        "Tell me about a mistake you made with {skill} and what you changed afterwards.",
        "حدّثني عن خطأ ارتكبته في {skill} وما الذي غيّرته بعده.",
        &["mistake", "fix", "learn"],
    ),
    q(
        "How would you teach {skill} to a junior colleague?",
        "كيف ستعلّم {skill} لزميل مبتدئ؟",
        &["explain", "example", "practice"],
    ),
];

/// Questions about the company (`{company}`).
pub const COMPANY: &[Entry] = &[
    q(
        "What do you know about {company}, and why do you want to work here?",
        "ماذا تعرف عن {company}، ولماذا تريد العمل فيها؟",
        &["research", "product", "values", "motivation"],
    ),
    q(
        "How would you help {company} reach its goals in your first year?",
        "كيف ستساعد {company} على تحقيق أهدافها في عامك الأول؟",
        &["goals", "skills", "impact", "plan"],
    ),
    q(
        "Who do you see as {company}'s competitors, and what sets {company} apart?",
        "من ترى منافسي {company}، وما الذي يميزها؟",
        &["market", "competitors", "strengths", "research"],
    ),
    q(
        "Which of {company}'s values means the most to you, and why?",
        "أي قيم {company} يعني لك أكثر، ولماذا؟",
        &["values", "example", "fit", "culture"],
    ),
];

/// Questions shaped by the interviewer (`{name}`, `{role}`).
pub const INTERVIEWER: &[Entry] = &[
    q(
        "{name} is the {role}. What would you want them to know about how you work?",
        "{name} يشغل منصب {role}. ماذا تريد أن يعرف عن طريقة عملك؟",
        &["strengths", "collaboration", "example", "communication"],
    ),
    q(
        "As {role}, {name} will ask how you would work with their team. How would you?",
        "بصفته {role}، سيسألك {name} كيف ستعمل مع فريقه. كيف ستفعل؟",
        &["team", "communication", "expectations", "example"],
    ),
    q(
        "What questions would you ask {name} at the end of this interview?",
        "ما الأسئلة التي ستطرحها على {name} في نهاية هذه المقابلة؟",
        &["team", "goals", "success", "culture"],
    ),
];

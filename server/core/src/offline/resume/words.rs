//! The words that tell a job title from an employer, a school from a degree,
//! in English and Arabic.

use super::lexicon::List;
use super::norm::{bare_arabic, has_arabic, key, words};

/// Words of job titles.
static TITLE_WORDS: List = List::new(
    "engineer|developer|programmer|manager|director|nurse|teacher|accountant|electrician|\
     analyst|designer|consultant|specialist|assistant|intern|officer|coordinator|technician|\
     lead|head|administrator|representative|supervisor|associate|architect|scientist|\
     researcher|lecturer|instructor|tutor|professor|clerk|cashier|driver|apprentice|journeyman|\
     foreman|executive|advisor|adviser|auditor|bookkeeper|controller|counselor|counsellor|\
     barista|chef|cook|waiter|waitress|therapist|pharmacist|physician|doctor|surgeon|midwife|\
     paramedic|caregiver|carer|receptionist|secretary|agent|operator|mechanic|plumber|welder|\
     carpenter|editor|writer|journalist|photographer|marketer|strategist|planner|buyer|\
     recruiter|trainer|coach|founder|cofounder|owner|president|ceo|cto|cfo|coo|vp|chief|\
     principal|fellow|resident|attendant|inspector|surveyor|estimator|salesperson|teller|\
     banker|lawyer|attorney|paralegal|solicitor|librarian|psychologist|dentist|hygienist|\
     technologist|dietitian|nutritionist|installer|fitter|machinist|laborer|labourer|porter|\
     guard|senior|junior|sre|tester|expert|partner|translator|interpreter|educator|volunteer|\
     ambassador|steward|stewardess|pilot|handler|storekeeper|merchandiser|bartender|\
     housekeeper",
);

/// Stems of Arabic job titles ("مهندس" also matches "مهندسة").
static TITLE_STEMS_AR: List = List::new(
    "مهندس|مطور|مبرمج|مدير|ممرض|معلم|مدرس|محاسب|مدقق|مراجع|فني|أخصائي|أخصائية|محلل|مصمم|مشرف|\
     منسق|مساعد|مستشار|رئيس|كهربائي|مندوب|موظف|طبيب|صيدلي|باحث|محاضر|متدرب|سكرتير|مسؤول|مراقب|\
     مفتش|سائق|أمين|مترجم|صحفي|نائب|قائد|خبير|أستاذ|كاتب|ممثل|وكيل",
);

/// Words of employers' names.
static COMPANY_WORDS: List = List::new(
    "inc|ltd|llc|llp|plc|corp|corporation|co|company|group|gmbh|ag|bv|pty|limited|holdings|\
     hospital|infirmary|clinic|bank|solutions|technologies|services|systems|labs|lab|studio|\
     studios|partners|consulting|consultants|agency|agence|authority|ministry|council|trust|nhs|\
     foundation|association|society|center|centre|contractors|construction|industries|\
     manufacturing|logistics|software|healthcare|pharmacy|hotel|hotels|restaurant|cafe|café|\
     store|stores|market|airlines|airways|bureau|board|firm|enterprises|ventures|media|\
     networks|communications|telecom|energy|power|capital|insurance|motors|retail|coop|\
     cooperative|church|camp|club|organization|organisation|ngo|government|payments|bakery|\
     factory|plant|mills|farms|dynamics|health",
);

/// Words of schools' names (English and other Latin-script languages).
static SCHOOL_WORDS: List = List::new(
    "university|universidad|universidade|université|universite|universität|universitat|\
     università|universita|college|school|academy|institute|institut|instituto|polytechnic|\
     polytechnique|conservatory|lycée|lycee|hochschule|école|ecole|seminary|coláiste|colaiste",
);

/// Arabic words of employers' names, without "ال".
static COMPANY_WORDS_AR: List = List::new(
    "شركة|مؤسسة|مجموعة|مستشفى|بنك|مصرف|وزارة|هيئة|مركز|مصنع|عيادة|مكتب|جمعية|مجمع|مختبر|فندق|مطعم|\
     بلدية|أمانة|صيدلية",
);

/// Arabic words of schools' names, without "ال".
static SCHOOL_WORDS_AR: List = List::new("مدرسة|جامعة|كلية|معهد|أكاديمية|مدارس");

/// How much a text reads as a job title and as an organisation's name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Role {
    pub title: u8,
    pub company: u8,
}

fn is_school_word(w: &str) -> bool {
    SCHOOL_WORDS.has(w) || SCHOOL_WORDS_AR.has(bare_arabic(w))
}

fn is_company_word(w: &str) -> bool {
    COMPANY_WORDS.has(w) || COMPANY_WORDS_AR.has(bare_arabic(w)) || is_school_word(w)
}

fn is_title_word(w: &str) -> bool {
    if TITLE_WORDS.has(w) || TITLE_WORDS.has(w.trim_end_matches('s')) {
        return true;
    }
    let bare = bare_arabic(w);
    has_arabic(w) && TITLE_STEMS_AR.iter().any(|s| bare.starts_with(s))
}

/// Counts title words and organisation words; a word is only ever one of them
/// ("مدرسة" is a school, not a teacher).
pub(super) fn role(text: &str) -> Role {
    let mut role = Role::default();
    for w in words(text) {
        if is_company_word(&w) {
            role.company = role.company.saturating_add(1);
        } else if is_title_word(&w) {
            role.title = role.title.saturating_add(1);
        }
    }
    role
}

/// Whether a text names a school.
pub(super) fn is_school(text: &str) -> bool {
    words(text).iter().any(|w| is_school_word(w))
}

/// Levels of skill and fluency.
static LEVELS: List = List::new(
    "beginner|elementary|basic|novice|intermediate|conversational|good|advanced|proficient|\
     professional|expert|fluent|native|bilingual|mother tongue|first language|working|limited|\
     full|excellent|very good|upper intermediate|pre intermediate|native speaker|\
     full professional proficiency|professional working proficiency|\
     limited working proficiency|elementary proficiency|native or bilingual proficiency|\
     a1|a2|b1|b2|c1|c2|level|مبتدئ|متوسط|متقدم|خبير|ممتاز|ممتازة|جيد|جيدة|جيد جدا|اللغة الأم|\
     اللغة الأصلية|الأم|طلاقة|بطلاقة|محادثة|أساسي|أساسية|متوسطة|متقدمة",
);

/// Whether a text is a level of skill or fluency ("Advanced", "C1", "ممتازة",
/// "Intermediate (B1)").
pub(super) fn is_level(text: &str) -> bool {
    let k = key(text);
    !k.is_empty()
        && (LEVELS.has(&k) || k.ends_with(" proficiency") || k.split(' ').all(|w| LEVELS.has(w)))
}

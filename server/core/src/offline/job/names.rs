//! Names in prose: runs of capitalised words ("Cedar & Pine Studio is
//! hiring", "team at Northwind"), labelled company values, Arabic announcements
//! ("تعلن شركة … عن") and places ("based in Berlin, Germany", "بمدينة جدة").

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

const CONNECTORS: [&str; 6] = ["&", "and", "of", "de", "for", "the"];
const ABBREVIATIONS: [&str; 9] = [
    "inc.", "ltd.", "co.", "corp.", "llc.", "st.", "s.a.", "plc.", "gmbh.",
];
const NOT_NAMES: [&str; 18] = [
    "we", "i", "you", "they", "he", "she", "it", "our", "your", "this", "that", "who", "everyone",
    "us", "the", "a", "an", "team",
];

fn capitalised(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A word's text without the punctuation around it, and whether a
/// sentence-level mark (",", ".", ";" …) ends it.
fn unpunctuated(word: &str) -> (&str, bool) {
    if ABBREVIATIONS.contains(&word.to_lowercase().as_str()) {
        return (word, false);
    }
    let core = word.trim_end_matches([',', '.', ';', ':', '!', '?', ')', '"', '”', '،']);
    let core = core.trim_start_matches(['(', '"', '“']);
    (
        core,
        core.len() < word.trim_start_matches(['(', '"', '“']).len(),
    )
}

/// The run of capitalised words that starts `text` ("Acme Corp, a fintech" →
/// "Acme Corp"); `commas` lets it go on past that many commas ("Berlin,
/// Germany"). Arabic text gives its first words up to a punctuation mark.
fn run_after(text: &str, max_words: usize, commas: usize) -> Option<String> {
    let text = text.trim();
    if text.chars().next().is_some_and(is_arabic) {
        let cut = text
            .find(['،', ',', '.', '(', ')', '-', '|', ':', '؛', '\n'])
            .unwrap_or(text.len());
        let words: Vec<&str> = text[..cut].split_whitespace().take(max_words).collect();
        return Some(words.join(" ")).filter(|w| !w.is_empty());
    }
    let mut words: Vec<&str> = Vec::new();
    let mut commas_left = commas;
    for word in text.split_whitespace().take(max_words + 4) {
        let (core, ends) = unpunctuated(word);
        let possessive = core.strip_suffix("'s").or_else(|| core.strip_suffix("’s"));
        let core = possessive.unwrap_or(core);
        let fits = capitalised(core) || (!words.is_empty() && CONNECTORS.contains(&core));
        if core.is_empty() || !fits || words.len() == max_words {
            break;
        }
        words.push(core);
        let comma = word.ends_with(',');
        if possessive.is_some() || (ends && !(comma && commas_left > 0)) {
            break;
        }
        if comma {
            commas_left -= 1;
            if let Some(last) = words.last_mut() {
                *last = word;
            }
        }
    }
    while words
        .last()
        .is_some_and(|w| CONNECTORS.contains(w) || w.ends_with(','))
    {
        let last = words.pop().unwrap_or_default();
        if let Some(kept) = last
            .strip_suffix(',')
            .filter(|k| !k.is_empty() && !CONNECTORS.contains(k))
        {
            words.push(kept);
            break;
        }
    }
    let name = words.join(" ");
    (!name.is_empty() && !NOT_NAMES.contains(&name.to_lowercase().as_str())).then_some(name)
}

/// The name at the start of `text` (after " at ", say).
pub(super) fn name_run(text: &str) -> Option<String> {
    run_after(text, 6, 0)
}

/// A labelled company value: all of it up to a bracket, dash or comma.
pub(super) fn name_value(text: &str) -> Option<String> {
    let text = super::text::one_line(text);
    let cut = [" (", " - ", " – ", " — ", " | ", ", ", "; ", " ، ", "، "]
        .iter()
        .filter_map(|sep| text.find(sep))
        .min()
        .unwrap_or(text.len());
    let mut name = text[..cut].trim().to_owned();
    if name.ends_with('.')
        && !ABBREVIATIONS
            .iter()
            .any(|a| name.to_lowercase().ends_with(a))
    {
        name.pop();
    }
    (!name.is_empty()
        && name.split_whitespace().count() <= 8
        && !NOT_NAMES.contains(&name.to_lowercase().as_str()))
    .then_some(name)
}

/// The capitalised run that ends `text` ("Today, Northwind Traders" → "Northwind Traders").
fn run_before(text: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for word in text.split_whitespace().rev().take(6) {
        let (core, ends) = unpunctuated(word);
        if ends || core.is_empty() || !(capitalised(core) || CONNECTORS.contains(&core)) {
            break;
        }
        words.push(core);
    }
    while words.last().is_some_and(|w| CONNECTORS.contains(w)) {
        words.pop();
    }
    words.reverse();
    // "The Platform Team is hiring" names a team, not the company.
    let group = words.last().is_some_and(|w| {
        ["team", "department", "group", "squad", "division", "unit"]
            .contains(&w.to_lowercase().as_str())
    });
    let name = words.join(" ");
    (!name.is_empty() && !group && !NOT_NAMES.contains(&name.to_lowercase().as_str()))
        .then_some(name)
}

/// The hiring company the prose names: "X is hiring", "About X", "تعلن X عن",
/// "join X", "team at X".
pub(super) fn company_before(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    // The start of the line `at` is on, looking back at most 200 bytes.
    let line_start = |at: usize| {
        let mut from = at.saturating_sub(200);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        text[from..at].rfind('\n').map_or(from, |n| from + n + 1)
    };
    for verb in [
        " is hiring",
        " are hiring",
        " is looking for",
        " are looking for",
        " is seeking",
        " is recruiting",
        " is searching for",
    ] {
        for (at, _) in lower.match_indices(verb) {
            if let Some(name) = run_before(&text[line_start(at)..at]) {
                return Some(name);
            }
        }
    }
    for line in text.lines() {
        let line = super::text::bare(line);
        if let Some(rest) = line.strip_prefix("About ") {
            let first = rest
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_lowercase();
            let generic = [
                "the", "this", "our", "your", "you", "us", "me", "working", "life", "benefits",
                "role", "team", "position", "job", "company",
            ];
            if let Some(name) =
                run_after(rest, 6, 0).filter(|n| n.len() + 1 >= rest.trim_end_matches(':').len())
                && !generic.contains(&first.as_str())
            {
                return Some(name);
            }
        }
    }
    if let Some(name) = announcer(text) {
        return Some(name);
    }
    // "At Zentrix, we build …"
    for line in text.lines() {
        let line = super::text::bare(line);
        if let Some(rest) = line.strip_prefix("At ")
            && let Some((name, after)) = rest.split_once(", ")
            && ["we ", "we're ", "our "]
                .iter()
                .any(|w| after.to_lowercase().starts_with(w))
            && let Some(name) = name_run(name).filter(|n| n.len() == name.len())
        {
            return Some(name);
        }
    }
    for lead in [
        "join ",
        "team at ",
        "careers at ",
        "work at ",
        "working at ",
    ] {
        for (at, _) in lower.match_indices(lead) {
            let boundary = at == 0 || !lower[..at].ends_with(|c: char| c.is_alphanumeric());
            if boundary && let Some(name) = name_run(&text[at + lead.len()..]) {
                return Some(name);
            }
        }
    }
    None
}

/// The announcer of an Arabic posting: "تعلن شركة الأفق عن …" or
/// "مستشفى الشفاء بمدينة جدة يعلن عن …".
fn announcer(text: &str) -> Option<String> {
    let short = |name: &str| {
        let name = name.trim();
        (!name.is_empty()
            && name.split_whitespace().count() <= 7
            && !name.contains(['،', ',', '.', ':', '\n']))
        .then(|| name.to_owned())
    };
    for verb in ["تعلن ", "يعلن "] {
        for (at, _) in text.match_indices(verb) {
            let rest = &text[at + verb.len()..];
            if let Some(end) = rest.find(" عن ")
                && let Some(name) = short(&rest[..end])
            {
                return Some(name);
            }
            if rest.starts_with("عن ") {
                let start = text[..at].rfind(['\n', '.', '،']).map_or(0, |n| n + 1);
                let before = text[start..at].trim();
                let cut = [" بمدينة ", " في "]
                    .iter()
                    .filter_map(|w| before.find(w))
                    .min()
                    .unwrap_or(before.len());
                if let Some(name) = short(&before[..cut]) {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// A place the prose names: "based in Berlin, Germany", "بمدينة جدة".
pub(super) fn place_after(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    for lead in ["based in ", "located in ", "office in ", "offices in "] {
        for (at, _) in lower.match_indices(lead) {
            if let Some(place) = run_after(&text[at + lead.len()..], 5, 2) {
                return Some(place);
            }
        }
    }
    for lead in ["في مدينة ", "بمدينة "] {
        if let Some(at) = text.find(lead) {
            let words: Vec<&str> = text[at + lead.len()..].split_whitespace().take(2).collect();
            let first = words.first()?.trim_end_matches(['،', ',', '.', '؛']);
            let second = words
                .get(1)
                .filter(|w| w.starts_with("ال") && !words[0].ends_with(['،', ',', '.']))
                .map(|w| w.trim_end_matches(['،', ',', '.', '؛']));
            return Some(match second {
                Some(second) => format!("{first} {second}"),
                None => first.to_owned(),
            });
        }
    }
    None
}

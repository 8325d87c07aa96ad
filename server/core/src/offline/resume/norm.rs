//! Characters made plain, and text folded for comparison: one case, one form
//! of each Arabic letter, no diacritics, ASCII digits.

/// What a character of the input becomes: Arabic-Indic digits in ASCII,
/// no-break spaces as spaces, invisible direction and width marks dropped,
/// line separators as newlines, other control characters as spaces.
pub(super) fn plain_char(c: char) -> Option<char> {
    match c {
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + 0x30),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + 0x30),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{3000}' => Some(' '),
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{061C}' => None,
        '\r' | '\u{000B}' | '\u{000C}' | '\u{2028}' | '\u{2029}' | '\u{0085}' => Some('\n'),
        '\t' | '\n' => Some(c),
        c if c.is_control() => Some(' '),
        c => Some(c),
    }
}

/// Text made plain (see `plain_char`), with `\r\n` as one newline.
pub(super) fn plain(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter_map(plain_char)
        .collect()
}

fn is_arabic_mark(c: char) -> bool {
    ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}' || c == '\u{0640}'
}

/// Lower case; alef, yeh and teh marbuta in one form; no Arabic diacritics or
/// tatweel.
pub(super) fn fold(text: &str) -> String {
    text.chars()
        .filter_map(plain_char)
        .filter(|c| !is_arabic_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            other => other,
        })
        .collect()
}

/// Folded, with everything but letters and digits as single spaces: how
/// headings are looked up and claims compared.
pub(super) fn key(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether a letter is Arabic.
pub(super) fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
        || ('\u{0750}'..='\u{077F}').contains(&c)
        || ('\u{FB50}'..='\u{FDFF}').contains(&c)
        || ('\u{FE70}'..='\u{FEFF}').contains(&c)
}

/// "ar" when most letters are Arabic, else "en".
pub(super) fn language(text: &str) -> &'static str {
    let (mut arabic, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if is_arabic(c) {
            arabic += 1;
        } else {
            other += 1;
        }
    }
    if arabic > other { "ar" } else { "en" }
}

/// The words of `text`, folded: letters and digits, split on everything else.
pub(super) fn words(text: &str) -> Vec<String> {
    key(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// An Arabic word without its article ("المدرسة" → "مدرسه"), folded.
pub(super) fn bare_arabic(word: &str) -> &str {
    for prefix in ["وال", "بال", "لل", "ال"] {
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().count() >= 2
        {
            return rest;
        }
    }
    word
}

/// Whether `text` has a letter or digit: something to say.
pub(super) fn has_text(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// Whether `text` has an Arabic letter.
pub(super) fn has_arabic(text: &str) -> bool {
    text.chars().any(is_arabic)
}

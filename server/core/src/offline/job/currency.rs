//! Currencies as postings write them: ISO codes, signs ("$", "CA$", "€"),
//! Arabic names ("ريال", "درهم") and a few English words.

/// ISO 4217 codes in use.
const ISO_4217: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD \
    BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD \
    EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD \
    IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL \
    MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK \
    PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC \
    SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD \
    XOF XPF YER ZAR ZMW ZWG";

/// Whether `code` is an ISO 4217 code, as written (upper case).
pub(super) fn is_currency(code: &str) -> bool {
    code.len() == 3 && ISO_4217.split_whitespace().any(|c| c == code)
}

/// A currency field as an ISO code, if it is one (any case).
pub(super) fn iso(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_uppercase();
    is_currency(&code).then_some(code)
}

/// Signs and words that name a currency, longest first where one starts another.
pub(super) const MARKERS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("CA$", "CAD"),
    ("C$", "CAD"),
    ("AU$", "AUD"),
    ("A$", "AUD"),
    ("NZ$", "NZD"),
    ("SG$", "SGD"),
    ("S$", "SGD"),
    ("HK$", "HKD"),
    ("R$", "BRL"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₺", "TRY"),
    ("₩", "KRW"),
    ("₦", "NGN"),
    ("zł", "PLN"),
    ("ر.س", "SAR"),
    ("د.إ", "AED"),
    ("ج.م", "EGP"),
    ("د.ك", "KWD"),
    ("ر.ق", "QAR"),
    ("ريال قطري", "QAR"),
    ("ريال عماني", "OMR"),
    ("ريال", "SAR"),
    ("درهم مغربي", "MAD"),
    ("درهم", "AED"),
    ("جنيه إسترليني", "GBP"),
    ("جنيه استرليني", "GBP"),
    ("جنيه", "EGP"),
    ("دينار كويتي", "KWD"),
    ("دينار بحريني", "BHD"),
    ("دينار أردني", "JOD"),
    ("دينار اردني", "JOD"),
    ("دولار", "USD"),
    ("يورو", "EUR"),
];

/// Words (whole, any case) that name a currency.
const WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("riyals", "SAR"),
    ("riyal", "SAR"),
    ("sr", "SAR"),
    ("dirhams", "AED"),
    ("dhs", "AED"),
];

/// Every currency marker of `text`: (start, end, code).
pub(super) fn markers(text: &str) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let before = text[..i].chars().next_back();
        let edge = |c: Option<char>| !c.is_some_and(char::is_alphabetic);
        let found = MARKERS
            .iter()
            .find(|(m, _)| rest.starts_with(m))
            .map(|(m, code)| (m.len(), *code))
            .or_else(|| {
                let word: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .collect();
                if word.is_empty() || !edge(before) {
                    return None;
                }
                let code = if is_currency(&word) {
                    ISO_4217.split_whitespace().find(|c| *c == word)
                } else {
                    let lower = word.to_lowercase();
                    WORDS
                        .iter()
                        .find(|(w, _)| *w == lower && (lower != "sr" || word == "SR"))
                        .map(|(_, code)| *code)
                };
                code.map(|code| (word.len(), code))
            });
        match found {
            Some((len, code)) => {
                out.push((i, i + len, code));
                i += len;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// The currency written closest to `text[start..end]`, if close enough.
pub(super) fn currency_near(
    marks: &[(usize, usize, &'static str)],
    start: usize,
    end: usize,
) -> Option<String> {
    marks
        .iter()
        .filter_map(|&(from, to, code)| {
            let distance = if to <= start {
                (start - to) * 2
            } else {
                from.saturating_sub(end)
            };
            (distance <= 28).then_some((distance, code))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, code)| code.to_owned())
}

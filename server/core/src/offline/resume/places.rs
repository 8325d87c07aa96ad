//! Places as resumes write them: "Austin, TX", "Leeds, United Kingdom",
//! "Montreal, QC, Canada", "الرياض، المملكة العربية السعودية", "Remote".

use super::lexicon::{List, Map};
use super::model::Location;
use super::norm::{has_arabic, key};
use super::segments::commas;
use super::words::role;

/// Country names and their ISO 3166-1 alpha-2 codes.
static COUNTRIES: Map = Map::new(
    "united states=US|united states of america=US|usa=US|us=US|united kingdom=GB|uk=GB|\
     england=GB|scotland=GB|wales=GB|great britain=GB|ireland=IE|canada=CA|australia=AU|\
     new zealand=NZ|germany=DE|france=FR|spain=ES|portugal=PT|italy=IT|netherlands=NL|\
     belgium=BE|switzerland=CH|austria=AT|sweden=SE|norway=NO|denmark=DK|finland=FI|poland=PL|\
     greece=GR|turkey=TR|türkiye=TR|india=IN|pakistan=PK|bangladesh=BD|philippines=PH|\
     indonesia=ID|malaysia=MY|singapore=SG|china=CN|japan=JP|south korea=KR|nigeria=NG|\
     ghana=GH|kenya=KE|south africa=ZA|ethiopia=ET|brazil=BR|mexico=MX|argentina=AR|\
     colombia=CO|chile=CL|saudi arabia=SA|ksa=SA|united arab emirates=AE|uae=AE|egypt=EG|\
     jordan=JO|lebanon=LB|syria=SY|iraq=IQ|kuwait=KW|qatar=QA|bahrain=BH|oman=OM|yemen=YE|\
     morocco=MA|algeria=DZ|tunisia=TN|libya=LY|sudan=SD|palestine=PS|iran=IR|السعودية=SA|\
     المملكة العربية السعودية=SA|مصر=EG|جمهورية مصر العربية=EG|الإمارات=AE|\
     الإمارات العربية المتحدة=AE|الأردن=JO|قطر=QA|الكويت=KW|البحرين=BH|عمان=OM|سلطنة عمان=OM|\
     لبنان=LB|سوريا=SY|العراق=IQ|اليمن=YE|المغرب=MA|الجزائر=DZ|تونس=TN|ليبيا=LY|السودان=SD|\
     فلسطين=PS",
);

/// Work places that are not places.
static MODES: List =
    List::new("remote|hybrid|onsite|on site|fully remote|remote first|عن بعد|هجين");

/// The ISO code of a country name.
pub(super) fn country_code(text: &str) -> Option<&'static str> {
    COUNTRIES.get(&key(text))
}

/// A state or province code ("TX", "ON").
fn is_region_code(text: &str) -> bool {
    let t = text.trim();
    t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase())
}

/// "Remote", "Hybrid", "عن بعد".
pub(super) fn is_mode(text: &str) -> bool {
    MODES.has(&key(text))
}

/// A part of an address without its house number and postcode ("Bristol BS1 5TR" → "Bristol").
fn without_numbers(part: &str) -> Option<String> {
    let words: Vec<&str> = part.split_whitespace().collect();
    if words
        .first()
        .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()))
        && words.len() > 1
    {
        return None; // a street: "14 Elm Row"
    }
    let kept: Vec<&str> = words
        .into_iter()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .collect();
    (!kept.is_empty()).then(|| kept.join(" "))
}

/// A word group that may be a city: 1–3 words of letters, capitalised (or
/// Arabic), no job or organisation words.
pub(super) fn city_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let r = role(text);
    !words.is_empty()
        && words.len() <= 3
        && r.title == 0
        && r.company == 0
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
                && (has_arabic(w) || w.chars().next().is_some_and(char::is_uppercase))
        })
}

/// Whether the last part of a place is a country or a region code.
pub(super) fn is_place_end(text: &str) -> bool {
    is_region_code(text) || country_code(text).is_some()
}

/// A whole text as a place: "City, ST", "City, Country", "City, ST, Country",
/// a country, or a work mode.
pub(super) fn is_place(text: &str) -> bool {
    if is_mode(text) || country_code(text).is_some() {
        return true;
    }
    let parts: Vec<String> = commas(text)
        .iter()
        .filter_map(|p| without_numbers(p))
        .collect();
    let end_ok = match parts.as_slice() {
        [_, last] => is_place_end(last),
        [_, _, last] => country_code(last).is_some(),
        _ => false,
    };
    end_ok && parts[..parts.len() - 1].iter().all(|p| city_like(p))
}

/// A place as city, region and country code.
pub(super) fn location(text: &str) -> Location {
    let parts: Vec<String> = commas(text)
        .iter()
        .filter_map(|p| without_numbers(p))
        .collect();
    let mut loc = Location::default();
    let mut rest: &[String] = &parts;
    if let Some(last) = rest.last()
        && let Some(code) = country_code(last)
    {
        loc.country_code = Some(code.to_owned());
        rest = &rest[..rest.len() - 1];
    }
    match rest {
        [] => {}
        [city] => loc.city = Some(city.clone()),
        [.., city, region] => {
            loc.city = Some(city.clone());
            loc.region = Some(region.clone());
        }
    }
    loc
}

//! iCalendar (RFC 5545) for interviews: one event for a download, all of a
//! user's for the calendar feed. Times are UTC (`…Z`), text is escaped
//! (backslash, semicolon, comma, line breaks) and lines are folded at 75 octets
//! without splitting a character; lines end in CRLF.

use jiff::Timestamp;

/// One interview as a calendar event.
pub struct Event<'a> {
    pub uid: String,
    /// Unix milliseconds.
    pub stamp: i64,
    pub start: i64,
    pub end: i64,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    pub cancelled: bool,
}

/// A time as an RFC 5545 UTC date-time: `20261201T140000Z`.
fn utc(ms: i64) -> String {
    Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string())
        .unwrap_or_else(|_| "19700101T000000Z".to_owned())
}

/// Text as a TEXT value: `\`, `;`, `,` and line breaks escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets, with CRLF after each part.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
}

/// A calendar of `events`, named `name`.
pub fn calendar(name: &str, events: &[Event<'_>]) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Jobforge//Interviews//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    push_line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for event in events {
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}", escape(&event.uid)));
        push_line(&mut out, &format!("DTSTAMP:{}", utc(event.stamp)));
        push_line(&mut out, &format!("DTSTART:{}", utc(event.start)));
        push_line(&mut out, &format!("DTEND:{}", utc(event.end)));
        push_line(&mut out, &format!("SUMMARY:{}", escape(event.summary)));
        if !event.location.is_empty() {
            push_line(&mut out, &format!("LOCATION:{}", escape(event.location)));
        }
        if !event.description.is_empty() {
            push_line(
                &mut out,
                &format!("DESCRIPTION:{}", escape(event.description)),
            );
        }
        let status = if event.cancelled {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        push_line(&mut out, &format!("STATUS:{status}"));
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_long_lines_folded_between_characters() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = "ب".repeat(100);
        let cal = calendar(
            "Interviews",
            &[Event {
                uid: "interview-1@jobforge".into(),
                stamp: 0,
                start: 1_796_133_600_000,
                end: 1_796_137_200_000,
                summary: &long,
                location: "",
                description: "",
                cancelled: false,
            }],
        );
        assert!(cal.contains("DTSTART:20261201T140000Z\r\n"), "{cal}");
        assert!(cal.contains("DTEND:20261201T150000Z\r\n"), "{cal}");
        for line in cal.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Unfolded, the summary is whole again.
        let unfolded = cal.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{long}\r\n")));
        assert!(!cal.contains("LOCATION"));
    }
}

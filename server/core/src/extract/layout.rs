//! Reading order for text placed on a page: glyphs with positions in, lines of
//! text out, column by column.
//!
//! A page is cut into bands where a horizontal strip holds no text across the
//! whole width; neighbouring bands that share a vertical gutter (an empty strip
//! with text on both sides) are joined back into one region and read column by
//! column, so a sidebar beside the main column is read whole before it, and a
//! heading that spans both columns is read first. Columns go left to right, or
//! right to left on a right-to-left page. Within a line, glyphs are ordered by
//! position; a right-to-left line is turned from the order it is drawn in into
//! the order it is read in, keeping runs of Latin letters and digits as they are.

/// One glyph (or ligature) as drawn: top-left origin, in points.
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    /// Left edge.
    pub x: f64,
    /// Baseline, measured down from the top of the page.
    pub y: f64,
    /// Advance width.
    pub width: f64,
    /// Font size as drawn.
    pub size: f64,
    pub text: String,
    /// The order it was drawn in on its page.
    pub order: usize,
    /// Its width is a guess (the font's widths could not be read), so its
    /// position is too: its line keeps the drawing order.
    pub guessed: bool,
}

/// A line of text in a region, with the region's left and right edges.
#[derive(Clone, Debug)]
struct Line {
    segments: Vec<Segment>,
    edges: (f64, f64),
}

impl Line {
    fn x0(&self) -> f64 {
        self.segments
            .iter()
            .map(|s| s.x0)
            .fold(f64::INFINITY, f64::min)
    }
    fn x1(&self) -> f64 {
        self.segments
            .iter()
            .map(|s| s.x1)
            .fold(f64::NEG_INFINITY, f64::max)
    }
    fn size(&self) -> f64 {
        self.segments.iter().map(|s| s.size).fold(0.0, f64::max)
    }
    fn y(&self) -> f64 {
        self.segments[0].y
    }
}

/// A run of glyphs on one baseline with no wide gap inside.
#[derive(Clone, Debug)]
struct Segment {
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    glyphs: Vec<Glyph>,
}

impl Segment {
    fn top(&self) -> f64 {
        self.y - self.size * 0.8
    }
    fn bottom(&self) -> f64 {
        self.y + self.size * 0.25
    }
}

/// The text of one page's glyphs in reading order, a line per line of text and a
/// blank line where the text leaves a gap.
pub fn page_text(glyphs: Vec<Glyph>) -> String {
    let glyphs: Vec<Glyph> = glyphs
        .into_iter()
        .filter(|g| g.size.is_finite() && g.x.is_finite() && g.y.is_finite() && g.size > 0.5)
        .collect();
    if glyphs.is_empty() {
        return String::new();
    }
    let rtl = mostly_rtl(glyphs.iter().map(|g| g.text.as_str()));
    let segments = segments(glyphs);
    let mut lines: Vec<Line> = Vec::new();
    read_region(segments, rtl, &mut lines);
    render(lines, rtl)
}

/// Whether a text's strong letters are mostly right-to-left ones.
fn mostly_rtl<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    let (mut rtl, mut ltr) = (0usize, 0usize);
    for c in texts.flat_map(str::chars) {
        if is_rtl(c) {
            rtl += 1;
        } else if c.is_alphabetic() {
            ltr += 1;
        }
    }
    rtl > ltr
}

fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && !c.is_numeric()
}

/// Cuts lines of glyphs into segments at gaps wider than the font would leave
/// between words.
fn segments(mut glyphs: Vec<Glyph>) -> Vec<Segment> {
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    for glyph in glyphs {
        match rows.last_mut() {
            Some(row) if (row[0].y - glyph.y).abs() <= row[0].size.min(glyph.size) * 0.35 => {
                row.push(glyph)
            }
            _ => rows.push(vec![glyph]),
        }
    }
    let mut out = Vec::new();
    for mut row in rows {
        if row.iter().any(|g| g.guessed) {
            row.sort_by_key(|g| g.order);
        } else {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
        }
        let mut current: Option<Segment> = None;
        for glyph in row {
            let end = glyph.x + glyph.width.max(0.0);
            match current.as_mut() {
                Some(seg) if glyph.x - seg.x1 < seg.size.max(glyph.size) * 1.6 => {
                    seg.x1 = seg.x1.max(end);
                    seg.size = seg.size.max(glyph.size);
                    seg.glyphs.push(glyph);
                }
                _ => {
                    out.extend(current.take());
                    current = Some(Segment {
                        x0: glyph.x,
                        x1: end,
                        y: glyph.y,
                        size: glyph.size,
                        glyphs: vec![glyph],
                    });
                }
            }
        }
        out.extend(current);
    }
    out
}

/// Horizontal bands: groups of segments separated by strips with no text.
fn bands(mut segments: Vec<Segment>) -> Vec<Vec<Segment>> {
    segments.sort_by(|a, b| a.top().total_cmp(&b.top()));
    let mut out: Vec<Vec<Segment>> = Vec::new();
    let mut bottom = f64::NEG_INFINITY;
    for seg in segments {
        if seg.top() > bottom || out.is_empty() {
            out.push(Vec::new());
        }
        bottom = bottom.max(seg.bottom());
        if let Some(band) = out.last_mut() {
            band.push(seg);
        }
    }
    out
}

/// The widest empty vertical strip with text on both sides, if one is wide enough
/// to be a gutter between columns: `(left, right)`.
fn gutter(segments: &[Segment]) -> Option<(f64, f64)> {
    let size = median(segments.iter().map(|s| s.size).collect());
    free(segments)
        .into_iter()
        .filter(|(a, b)| a.is_finite() && b.is_finite() && b - a >= size * 1.6)
        .reduce(|best, g| if g.1 - g.0 > best.1 - best.0 { g } else { best })
}

fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return 10.0;
    }
    values.sort_by(f64::total_cmp);
    values[(values.len() - 1) / 2]
}

/// The free horizontal stretches of a band (between and beside its text).
fn free(band: &[Segment]) -> Vec<(f64, f64)> {
    let mut spans: Vec<(f64, f64)> = band.iter().map(|s| (s.x0, s.x1)).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = Vec::new();
    let mut reach = f64::NEG_INFINITY;
    for (x0, x1) in spans {
        if x0 > reach {
            out.push((reach, x0));
        }
        reach = reach.max(x1);
    }
    out.push((reach, f64::INFINITY));
    out
}

/// `gutter` narrowed to what is also free in `band`, if that is still wide
/// enough to part two columns.
fn narrow(gutter: (f64, f64), band: &[Segment], min: f64) -> Option<(f64, f64)> {
    free(band)
        .into_iter()
        .map(|(a, b)| (a.max(gutter.0), b.min(gutter.1)))
        .filter(|(a, b)| b - a >= min)
        .max_by(|x, y| (x.1 - x.0).total_cmp(&(y.1 - y.0)))
}

/// Reads a region: bands top to bottom. A band with a gutter starts a run of
/// neighbouring bands with no text across it (bands above and below that hold
/// only one column's text join the run); the run is read column by column when
/// it looks like columns rather than lines with a far-off part (dates at the
/// right margin).
fn read_region(segments: Vec<Segment>, rtl: bool, lines: &mut Vec<Line>) {
    let size = median(segments.iter().map(|s| s.size).collect());
    let min = size * 1.6;
    let edges = (
        segments.iter().map(|s| s.x0).fold(f64::INFINITY, f64::min),
        segments
            .iter()
            .map(|s| s.x1)
            .fold(f64::NEG_INFINITY, f64::max),
    );
    let bands = bands(segments);
    let mut i = 0;
    while i < bands.len() {
        let Some((k, found)) = (i..bands.len()).find_map(|k| gutter(&bands[k]).map(|g| (k, g)))
        else {
            for band in &bands[i..] {
                push_lines(band.clone(), edges, lines);
            }
            return;
        };
        let mut shared = found;
        let mut start = k;
        while start > i {
            let Some(g) = narrow(shared, &bands[start - 1], min) else {
                break;
            };
            shared = g;
            start -= 1;
        }
        let mut end = k + 1;
        while end < bands.len() {
            let Some(g) = narrow(shared, &bands[end], min) else {
                break;
            };
            shared = g;
            end += 1;
        }
        for band in &bands[i..start] {
            push_lines(band.clone(), edges, lines);
        }
        let region: Vec<Segment> = bands[start..end].iter().flatten().cloned().collect();
        let cut = (shared.0 + shared.1) / 2.0;
        if looks_like_columns(&region, cut) {
            let (left, right): (Vec<Segment>, Vec<Segment>) =
                region.into_iter().partition(|s| s.x1 <= cut);
            let (first, second) = if rtl { (right, left) } else { (left, right) };
            read_region(first, rtl, lines);
            read_region(second, rtl, lines);
        } else {
            push_lines(region, edges, lines);
        }
        i = end;
    }
}

/// Whether the text on the two sides of `cut` is two columns: each side has
/// several lines, and they mostly do not share baselines with the other side
/// (a title with its dates at the right margin shares its baseline), or the
/// narrower side is wide, as a sidebar is and a column of dates is not.
fn looks_like_columns(segments: &[Segment], cut: f64) -> bool {
    let rows = |left: bool| {
        let mut ys: Vec<f64> = segments
            .iter()
            .filter(|s| (s.x1 <= cut) == left)
            .map(|s| s.y)
            .collect();
        ys.sort_by(f64::total_cmp);
        ys.dedup_by(|a, b| (*a - *b).abs() < 1.0);
        ys
    };
    let (left, right) = (rows(true), rows(false));
    if left.len().min(right.len()) < 2 {
        return false;
    }
    let (few, many) = if left.len() <= right.len() {
        (&left, &right)
    } else {
        (&right, &left)
    };
    let shared = few
        .iter()
        .filter(|y| many.iter().any(|m| (*m - **y).abs() < 1.5))
        .count();
    let width = |left: bool| {
        let side = segments.iter().filter(|s| (s.x1 <= cut) == left);
        let x0 = side.clone().map(|s| s.x0).fold(f64::INFINITY, f64::min);
        let x1 = side.map(|s| s.x1).fold(f64::NEG_INFINITY, f64::max);
        (x1 - x0).max(0.0)
    };
    let (lw, rw) = (width(true), width(false));
    let narrow_share = lw.min(rw) / (lw + rw).max(1.0);
    (shared as f64) < 0.7 * few.len() as f64 || (narrow_share >= 0.28 && few.len() >= 3)
}

/// Groups a region's segments into lines, top to bottom.
fn push_lines(mut segments: Vec<Segment>, edges: (f64, f64), lines: &mut Vec<Line>) {
    segments.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let start = lines.len();
    for seg in segments {
        match lines[start..].last_mut() {
            Some(line)
                if (line.segments[0].y - seg.y).abs()
                    <= line.segments[0].size.min(seg.size) * 0.35 =>
            {
                line.segments.push(seg)
            }
            _ => lines.push(Line {
                segments: vec![seg],
                edges,
            }),
        }
    }
}

/// The drawn width of the first word of a segment (the rightmost one in a
/// right-to-left line).
fn first_word_width(seg: &Segment, rtl: bool) -> f64 {
    let glyphs: Vec<&Glyph> = if rtl {
        seg.glyphs.iter().rev().collect()
    } else {
        seg.glyphs.iter().collect()
    };
    let word: Vec<&&Glyph> = glyphs.iter().take_while(|g| g.text != " ").collect();
    let (Some(first), Some(last)) = (word.first(), word.last()) else {
        return 0.0;
    };
    let x0 = first.x.min(last.x);
    let x1 = (first.x + first.width).max(last.x + last.width);
    x1 - x0
}

/// Whether `next` goes on from `line`, wrapped because the column was too
/// narrow: `next`'s first word would not have fitted after `line` before the
/// column's edge, `next` starts at the column's near edge in the same size
/// right below, and it is not a new item.
fn continues(
    line: &Line,
    next: &Line,
    text: &str,
    next_text: &str,
    rtl: bool,
    filled: usize,
) -> bool {
    if line.segments.len() != 1 || next.segments.len() != 1 || line.edges != next.edges {
        return false;
    }
    let size = line.size();
    let word = first_word_width(&next.segments[0], rtl) + size * 0.3;
    // The next line starts where this one did, or a little in (after a bullet).
    let (wrapped, indent) = if rtl {
        (line.x0() - word < line.edges.0, line.x1() - next.x1())
    } else {
        (line.x1() + word > line.edges.1, next.x0() - line.x0())
    };
    let aligned = indent > -size * 0.5 && indent < size * 2.5;
    let gap = next.y() - line.y();
    // A wrapped line fills most of its column; a heading is short, or shouts.
    let long = line.x1() - line.x0() >= (line.edges.1 - line.edges.0) * 0.6;
    let heading = |t: &str| !rtl && !t.chars().any(char::is_lowercase);
    let first = next_text.trim_start().chars().next();
    let ends = text.trim_end().chars().last();
    // Where the next line starts a word in lower case, or this one ends in a
    // comma or dash, it goes on; otherwise the column must really be full here
    // (other lines reach its edge too) and this line must not end a sentence.
    let lower = first.is_some_and(char::is_lowercase);
    let joiner = ends.is_some_and(|c| matches!(c, ',' | '،' | '–' | '-' | '&' | '/'));
    let sentence = ends.is_some_and(|c| matches!(c, '.' | ')' | '!' | '?' | '؟'));
    let fits = lower || joiner || (filled >= 2 && !sentence);
    let item = next_text
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '•' | '-' | '*' | '▪' | '●' | '◦' | '‣' | '–' | '·'));
    wrapped
        && aligned
        && long
        && fits
        && !heading(text)
        && !heading(next_text)
        && (next.size() - size).abs() < 0.5
        && gap > 0.0
        && gap < size * 1.9
        && !item
        && !text.trim_end().ends_with(':')
}

/// Writes lines out, with a blank line where the gap above a line is clearly
/// larger than the page's usual line spacing (fonts differ: Arabic lines stand
/// further apart than Latin ones).
fn render(lines: Vec<Line>, page_rtl: bool) -> String {
    let gaps: Vec<f64> = lines
        .windows(2)
        .map(|w| w[1].y() - w[0].y())
        .filter(|g| *g > 0.0)
        .collect();
    let spacing = median(gaps);
    let texts: Vec<String> = lines.iter().map(|line| line_text(line, page_rtl)).collect();
    // How many lines reach the far edge of their column.
    let filled = |edges: (f64, f64), rtl: bool| {
        lines
            .iter()
            .filter(|l| l.edges == edges)
            .filter(|l| {
                if rtl {
                    l.x0() <= edges.0 + l.size()
                } else {
                    l.x1() >= edges.1 - l.size()
                }
            })
            .count()
    };
    let mut out = String::new();
    for (k, line) in lines.iter().enumerate() {
        if k > 0 {
            let last = &lines[k - 1];
            let gap = line.y() - last.y();
            let rtl = page_rtl && texts[k].chars().any(is_rtl);
            if continues(
                last,
                line,
                &texts[k - 1],
                &texts[k],
                rtl,
                filled(last.edges, rtl),
            ) {
                out.push(' ');
                out.push_str(texts[k].trim());
                continue;
            }
            out.push('\n');
            // Lines read out of order (a new column) or far apart get a blank line.
            if gap < 0.0 || gap > (spacing * 1.35).max(last.size().max(line.size()) * 1.2) {
                out.push('\n');
            }
        }
        out.push_str(texts[k].trim_end());
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// A line's text in reading order.
fn line_text(line: &Line, page_rtl: bool) -> String {
    let text = drawn(&line.segments, false);
    // A line is right to left if its letters mostly are, or, on a right-to-left
    // page, if it has any right-to-left letter or no Latin letters at all.
    let latin = text.chars().any(|c| c.is_alphabetic() && !is_rtl(c));
    let rtl = if page_rtl {
        text.chars().any(is_rtl) || !latin
    } else {
        mostly_rtl(std::iter::once(text.as_str()))
    };
    if rtl {
        visual_to_logical(&line.segments)
    } else {
        text
    }
}

/// Whether the gap before `glyph` (from `end`, where the glyph before it
/// ended) is a gap between words. When the text is drawn with spaces of its
/// own (`spaced`), only a wide gap counts; a combining mark never starts a word.
fn word_gap(glyph: &Glyph, end: f64, spaced: bool) -> bool {
    let mark = glyph.text.chars().next().is_some_and(
        |c| matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0300}'..='\u{036F}'),
    );
    let em = if spaced { 1.0 } else { 0.25 };
    !mark && !glyph.text.starts_with(' ') && glyph.x - end > glyph.size * em
}

/// Whether a segment's text has space characters of its own.
fn spaced(seg: &Segment) -> bool {
    seg.glyphs.iter().any(|g| g.text == " ")
}

/// A line's glyphs left to right as drawn, with a space where a gap is a word
/// gap and four between segments. With `turned`, a glyph that stands for
/// several right-to-left letters (a lam-alef) is turned around too, so the
/// text is in pure drawing order.
fn drawn(segments: &[Segment], turned: bool) -> String {
    let mut text = String::new();
    for (k, seg) in segments.iter().enumerate() {
        if k > 0 {
            text.push_str("    ");
        }
        let mut end: Option<f64> = None;
        let spaced = spaced(seg);
        for glyph in &seg.glyphs {
            if let Some(end) = end
                && word_gap(glyph, end, spaced)
                && !text.ends_with(' ')
            {
                text.push(' ');
            }
            if turned && glyph.text.chars().count() > 1 && glyph.text.chars().any(is_rtl) {
                text.extend(glyph.text.chars().rev());
            } else {
                text.push_str(&glyph.text);
            }
            end = Some(glyph.x + glyph.width);
        }
    }
    text
}

/// A right-to-left line from its glyphs in drawing order (left to right): the
/// Unicode bidirectional algorithm, run over the pure drawing order with a
/// right-to-left paragraph, gives back the reading order (reversing
/// right-to-left runs while keeping left-to-right ones, Latin words and
/// numbers, is its own inverse).
fn visual_to_logical(line: &[Segment]) -> String {
    let drawn = drawn(line, true);
    let info = unicode_bidi::BidiInfo::new(&drawn, Some(unicode_bidi::Level::rtl()));
    match info.paragraphs.first() {
        Some(paragraph) => info
            .reorder_line(paragraph, paragraph.range.clone())
            .into_owned(),
        None => drawn,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs for `text` from `x` on baseline `y`, 10 pt, 5 pt a character.
    fn run(x: f64, y: f64, text: &str) -> Vec<Glyph> {
        sized(x, y, text, 10.0)
    }

    fn sized(x: f64, y: f64, text: &str, size: f64) -> Vec<Glyph> {
        let advance = size / 2.0;
        text.chars()
            .enumerate()
            .filter(|(_, c)| *c != ' ')
            .map(|(i, c)| Glyph {
                x: x + advance * i as f64,
                y,
                width: advance,
                size,
                text: c.to_string(),
                order: i,
                guessed: false,
            })
            .collect()
    }

    #[test]
    fn words_lines_and_gaps() {
        let mut glyphs = sized(50.0, 96.0, "Jane Doe", 16.0);
        glyphs.extend(run(50.0, 112.0, "Engineer"));
        glyphs.extend(run(50.0, 150.0, "EXPERIENCE"));
        assert_eq!(page_text(glyphs), "Jane Doe\nEngineer\n\nEXPERIENCE\n");
    }

    #[test]
    fn a_sidebar_is_read_before_the_main_column() {
        let mut glyphs = run(50.0, 60.0, "JANE DOE");
        for (k, (side, main)) in [
            ("CONTACT", "EXPERIENCE"),
            ("jane@example.com", "Engineer at Acme"),
            ("SKILLS", "Led the team that rebuilt the ledger"),
            ("Rust", "Built the ledger"),
        ]
        .iter()
        .enumerate()
        {
            let y = 100.0 + 12.0 * k as f64;
            glyphs.extend(run(50.0, y, side));
            glyphs.extend(run(200.0, y, main));
        }
        glyphs.extend(run(200.0, 160.0, "EDUCATION"));
        let text = page_text(glyphs);
        assert_eq!(
            text,
            "JANE DOE\n\nCONTACT\njane@example.com\nSKILLS\nRust\n\nEXPERIENCE\nEngineer at Acme\nLed the team that rebuilt the ledger\nBuilt the ledger\n\nEDUCATION\n"
        );
    }

    #[test]
    fn lines_wrapped_by_a_narrow_column_are_joined() {
        let mut glyphs = run(50.0, 100.0, "Led the rewrite of the settlement service");
        glyphs.extend(run(50.0, 112.0, "in Rust, cutting latency by 80 percent."));
        glyphs.extend(run(50.0, 124.0, "Designed the ledger schema that records"));
        glyphs.extend(run(50.0, 136.0, "Transactions for 3M customers"));
        glyphs.extend(run(50.0, 148.0, "Short line."));
        glyphs.extend(run(50.0, 160.0, "Next item"));
        // "in" and "Transactions" would not have fitted on the lines above them
        // (which run to the column's edge); "Next" would have, after "line.".
        assert_eq!(
            page_text(glyphs),
            "Led the rewrite of the settlement service in Rust, cutting latency by 80 percent.\n\
             Designed the ledger schema that records Transactions for 3M customers\n\
             Short line.\nNext item\n"
        );
    }

    #[test]
    fn a_date_at_the_right_margin_stays_on_its_line() {
        let mut glyphs = run(50.0, 100.0, "Engineer, Acme");
        glyphs.extend(run(400.0, 100.0, "2020 - 2023"));
        glyphs.extend(run(50.0, 112.0, "Built the ledger for the whole bank"));
        let text = page_text(glyphs);
        assert_eq!(
            text,
            "Engineer, Acme    2020 - 2023\nBuilt the ledger for the whole bank\n"
        );
    }

    #[test]
    fn a_right_to_left_line_is_read_right_to_left_with_latin_kept() {
        // "مطور برمجيات Rust 2020" drawn: "Rust 2020" at the left, then the
        // Arabic words at the right, their letters drawn in reverse.
        let mut glyphs = run(50.0, 100.0, "Rust 2020");
        for (i, c) in "تايجمرب روطم"
            .chars()
            .enumerate()
            .filter(|(_, c)| *c != ' ')
        {
            glyphs.push(Glyph {
                x: 110.0 + 5.0 * i as f64,
                y: 100.0,
                width: 5.0,
                size: 10.0,
                text: c.to_string(),
                order: 100 + i,
                guessed: false,
            });
        }
        assert_eq!(page_text(glyphs), "مطور برمجيات Rust 2020\n");
    }

    #[test]
    fn junk_positions_are_dropped() {
        let mut glyphs = run(50.0, 100.0, "ok");
        glyphs.push(Glyph {
            x: f64::NAN,
            y: 100.0,
            width: 5.0,
            size: 10.0,
            text: "x".into(),
            order: 9,
            guessed: false,
        });
        assert_eq!(page_text(glyphs), "ok\n");
        assert_eq!(page_text(Vec::new()), "");
    }
}

//! Lines that sit under the wrong heading: a job of a sidebar-interleaved
//! layout between "SKILLS" items, and jobs of a resume with no headings.

use super::dates;
use super::lines::Line;
use super::sections::{Block, Section, continues};

fn dated(section: Section) -> bool {
    matches!(
        section,
        Section::Work | Section::Volunteer | Section::Education | Section::Projects
    )
}

/// Whether a line holds a date range (two dates, or one and "until now").
fn has_range(line: &Line) -> bool {
    !line.bullet
        && line.text.split_whitespace().count() <= 25
        && dates::find(&line.text).is_some_and(|s| !s.single)
}

/// Where the heading lines of the entry dated on line `r` start: at most
/// `max` lines up, not past a list item, and not past an empty line.
fn group_start(lines: &[Line], r: usize, max: usize) -> usize {
    let mut start = r;
    if lines.get(r).is_some_and(|l| l.blank_before) {
        return start;
    }
    while start > 0 && r - start < max && !lines[start - 1].bullet {
        start -= 1;
        if lines[start].blank_before {
            break;
        }
    }
    start
}

/// How many lines come before the dates in an entry of this section.
fn header_size(lines: &[Line]) -> usize {
    lines
        .iter()
        .position(has_range)
        .map_or(0, |r| r - group_start(lines, r, 3))
}

/// Entries of a sidebar-interleaved layout that landed under a sidebar
/// heading (a job between "SKILLS" items) go back to the last dated section:
/// a date range there, the lines above it as many as that section's entries
/// have, and the list items after it.
pub(super) fn rehome(blocks: &mut [Block]) {
    for b in 1..blocks.len() {
        if dated(blocks[b].section) {
            continue;
        }
        let Some(target) = (0..b).rev().find(|t| dated(blocks[*t].section)) else {
            continue;
        };
        let k = header_size(&blocks[target].lines);
        let mut lines = std::mem::take(&mut blocks[b].lines);
        let mut moved = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let followed = lines.get(i + 1).is_some_and(|l| l.bullet);
            if !has_range(&lines[i]) || !followed {
                i += 1;
                continue;
            }
            let start = group_start(&lines, i, k);
            let mut end = i + 1;
            while end < lines.len() && (lines[end].bullet || continues(&lines[end])) {
                end += 1;
            }
            let mut entry: Vec<Line> = lines.drain(start..end).collect();
            if let Some(first) = entry.first_mut() {
                first.blank_before = true;
            }
            moved.extend(entry);
            i = start;
        }
        blocks[b].lines = lines;
        blocks[target].lines.extend(moved);
    }
}

/// A resume with no headings at all: the lines from the first job on are work.
pub(super) fn split_headless(blocks: &mut Vec<Block>) {
    let Some(block) = blocks.first_mut() else {
        return;
    };
    let ranges = block.lines.iter().filter(|l| has_range(l)).count();
    let Some(r) = block.lines.iter().position(has_range) else {
        return;
    };
    let start = group_start(&block.lines, r, 2);
    if ranges < 2 || start == 0 {
        return;
    }
    let mut work = Block::new(Section::Work, "");
    work.lines = block.lines.split_off(start);
    blocks.push(work);
}

//! Text copied from a two-column PDF with its layout kept (`pdftotext
//! -layout`): a sidebar and a main column side by side on each row. When many
//! rows break at the same column after a wide gap, and other rows start there,
//! the rows are cut at that column and the sidebar is read first, then the
//! main column.

/// The narrowest left column that counts as a column.
const MIN_COLUMN: usize = 15;
/// How far a row's second part may start from the column.
const SLACK: usize = 3;

/// Where a row's parts start: its indent, and each text after a gap of 3+ spaces.
fn starts(chars: &[char]) -> (usize, Vec<usize>) {
    let indent = chars.iter().take_while(|c| **c == ' ').count();
    let mut gaps = Vec::new();
    let mut run = 0;
    for (i, c) in chars.iter().enumerate().skip(indent) {
        if *c == ' ' {
            run += 1;
        } else {
            if run >= 3 {
                gaps.push(i);
            }
            run = 0;
        }
    }
    (indent, gaps)
}

/// The rows of a page as one column after the other: each row, and whether it
/// is the first row of the second column.
pub(super) fn one_column(rows: &[String]) -> Vec<(String, bool)> {
    let chars: Vec<Vec<char>> = rows
        .iter()
        .map(|r| r.trim_end().chars().collect())
        .collect();
    let shapes: Vec<(usize, Vec<usize>)> = chars.iter().map(|c| starts(c)).collect();
    let plain = || rows.iter().map(|r| (r.clone(), false)).collect();
    let mut counts = std::collections::HashMap::<usize, usize>::new();
    for (_, gaps) in &shapes {
        if let Some(first) = gaps.first() {
            *counts.entry(*first).or_default() += 1;
        }
    }
    let Some(column) = counts
        .iter()
        .max_by_key(|(at, n)| (**n, std::cmp::Reverse(**at)))
        .map(|(at, _)| *at)
    else {
        return plain();
    };
    let near = |at: usize| at + SLACK >= column && at <= column + SLACK;
    let nonempty = chars.iter().filter(|c| !c.is_empty()).count();
    let split_rows = shapes
        .iter()
        .filter(|(_, gaps)| gaps.iter().any(|g| near(*g)))
        .count();
    let right_only = shapes
        .iter()
        .zip(&chars)
        .filter(|((indent, _), c)| !c.is_empty() && *indent + SLACK >= column)
        .count();
    if column < MIN_COLUMN || split_rows < 3 || right_only < 3 || split_rows * 10 < nonempty {
        return plain();
    }
    let first = shapes
        .iter()
        .position(|(_, gaps)| gaps.iter().any(|g| near(*g)))
        .unwrap_or(0);
    let mut out: Vec<(String, bool)> = chars[..first]
        .iter()
        .map(|c| (c.iter().collect::<String>(), false))
        .collect();
    let mut left = Vec::new();
    let mut right = Vec::new();
    for (c, (indent, gaps)) in chars.iter().zip(&shapes).skip(first) {
        if c.is_empty() {
            left.push(String::new());
            right.push(String::new());
        } else if *indent + SLACK >= column {
            right.push(c.iter().collect());
        } else if let Some(cut) = gaps.iter().find(|g| **g + SLACK >= column) {
            left.push(c[..*cut].iter().collect());
            right.push(c[*cut..].iter().collect());
        } else {
            left.push(c.iter().collect());
        }
    }
    out.extend(left.into_iter().map(|l| (l, false)));
    let mut first_right = true;
    for r in right {
        let start = first_right && !r.trim().is_empty();
        if start {
            first_right = false;
        }
        out.push((r, start));
    }
    out
}

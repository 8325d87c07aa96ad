//! Side-by-side differences of two versions: their JSON Resume documents,
//! pretty-printed, compared line by line (longest common subsequence).

pub use crate::model::resume::DiffRow;

/// Lines past this are compared as wholly changed (a resume is far shorter).
const MAX_LINES: usize = 4000;

/// The rows that turn `left` into `right`; a removed line and an added line
/// next to each other show as one changed row.
pub fn side_by_side(left: &str, right: &str) -> Vec<DiffRow> {
    let a: Vec<&str> = left.lines().collect();
    let b: Vec<&str> = right.lines().collect();
    if a.len() > MAX_LINES || b.len() > MAX_LINES {
        return pair(
            a.iter().map(|l| (*l).to_owned()).collect(),
            b.iter().map(|l| (*l).to_owned()).collect(),
        );
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut rows = Vec::new();
    let (mut removed, mut added): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            rows.extend(pair(
                std::mem::take(&mut removed),
                std::mem::take(&mut added),
            ));
            rows.push(DiffRow {
                kind: "same".into(),
                left: Some(a[i].to_owned()),
                right: Some(b[j].to_owned()),
            });
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            added.push(b[j].to_owned());
            j += 1;
        } else {
            removed.push(a[i].to_owned());
            i += 1;
        }
    }
    rows.extend(pair(removed, added));
    rows
}

/// Removed and added runs side by side: changed rows, then the rest.
fn pair(removed: Vec<String>, added: Vec<String>) -> Vec<DiffRow> {
    let rows = removed.len().max(added.len());
    let (mut removed, mut added) = (removed.into_iter(), added.into_iter());
    (0..rows)
        .map(|_| {
            let (left, right) = (removed.next(), added.next());
            let kind = match (&left, &right) {
                (Some(_), Some(_)) => "changed",
                (Some(_), None) => "removed",
                _ => "added",
            };
            DiffRow {
                kind: kind.into(),
                left,
                right,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(rows: &[DiffRow]) -> Vec<&str> {
        rows.iter().map(|r| r.kind.as_str()).collect()
    }

    #[test]
    fn changes_line_up_side_by_side() {
        let left = "{\n  \"name\": \"Ada\",\n  \"label\": \"Engineer\",\n  \"city\": \"London\"\n}";
        let right = "{\n  \"name\": \"Ada\",\n  \"label\": \"Principal Engineer\",\n  \"city\": \"London\",\n  \"x\": 1\n}";
        let rows = side_by_side(left, right);
        assert_eq!(
            kinds(&rows),
            ["same", "same", "changed", "changed", "added", "same"]
        );
        assert_eq!(rows[2].left.as_deref(), Some("  \"label\": \"Engineer\","));
        assert_eq!(
            rows[2].right.as_deref(),
            Some("  \"label\": \"Principal Engineer\",")
        );
        assert!(side_by_side(left, left).iter().all(|r| r.kind == "same"));
        assert_eq!(kinds(&side_by_side("a\nb", "")), ["removed", "removed"]);
    }
}

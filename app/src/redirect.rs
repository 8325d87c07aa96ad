//! Where a redirect may send the browser: only to paths on this site.

/// True for a path on this site: it starts with one `/`, has no backslash (which
/// browsers treat as `/`) and no control characters (header splitting).
pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/"));
        assert!(is_local_path("/jobs/3?view=list"));
        assert!(!is_local_path("//evil.example/"));
        assert!(!is_local_path("https://evil.example/"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("jobs"));
        assert!(!is_local_path(""));
        assert!(!is_local_path("/a\r\nSet-Cookie: x=1"));
    }
}

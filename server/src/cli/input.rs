//! Reading the CLI's input files: size-checked before they are read, UTF-8 only;
//! `-` reads standard input (with the same limit).

use std::io::Read;
use std::path::Path;

use crate::error::ServerError;

/// Files larger than this are refused before they are read.
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// The bytes of `path` (or stdin for `-`), refused past `MAX_BYTES`; `what`
/// names the argument in errors.
pub fn read_bytes(path: &Path, what: &str) -> Result<Vec<u8>, ServerError> {
    let fail = |reason: String| ServerError::Input(format!("{what} {}: {reason}", path.display()));
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| fail(e.to_string()))?;
        if bytes.len() as u64 > MAX_BYTES {
            return Err(fail(format!("more than the {MAX_BYTES} bytes allowed")));
        }
        return Ok(bytes);
    }
    let size = std::fs::metadata(path)
        .map_err(|e| fail(e.to_string()))?
        .len();
    if size > MAX_BYTES {
        return Err(fail(format!(
            "{size} bytes is more than the {MAX_BYTES} allowed"
        )));
    }
    std::fs::read(path).map_err(|e| fail(e.to_string()))
}

/// The text of `path` (or stdin for `-`); `what` names the argument in errors.
pub fn read_text(path: &Path, what: &str) -> Result<String, ServerError> {
    let bytes = read_bytes(path, what)?;
    String::from_utf8(bytes)
        .map_err(|_| ServerError::Input(format!("{what} {}: not UTF-8 text", path.display())))
}

/// The JSON of `path` (or stdin for `-`).
pub fn read_json(path: &Path, what: &str) -> Result<serde_json::Value, ServerError> {
    let text = read_text(path, what)?;
    serde_json::from_str(&text)
        .map_err(|e| ServerError::Input(format!("{what} {}: not JSON ({e})", path.display())))
}

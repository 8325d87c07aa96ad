//! Where a user's files live: `DATA_DIR/files/USER_ID/`, under generated names,
//! never under the names they were uploaded with.

use std::path::{Path, PathBuf};

/// The folder of one user's files (it may not exist yet).
pub fn user_dir(data_dir: &Path, user_id: i64) -> PathBuf {
    data_dir.join("files").join(user_id.to_string())
}

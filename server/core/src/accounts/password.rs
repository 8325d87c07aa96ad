//! Password policy and argon2id hashing (m = 19 MiB, t = 2, p = 1, the OWASP
//! minimum), run on the blocking pool so a login never stalls the async runtime.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use super::AccountError;
use crate::model::Problem;

pub const MIN_LEN: usize = 8;
pub const MAX_LEN: usize = 128;

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
});

fn argon2() -> Argon2<'static> {
    // 19 MiB, 2 passes, 1 lane: constants within argon2's limits.
    let params = Params::new(19 * 1024, 2, 1, None).expect("argon2 parameters are in range");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Refuses passwords that are too short, too long, common, or the email itself.
/// Length counts characters, not bytes, so Arabic passwords are measured fairly.
pub fn check_password_policy(password: &str, email: &str) -> Result<(), AccountError> {
    let invalid = |problem| AccountError::Invalid {
        field: "password",
        problem,
    };
    let length = password.chars().count();
    if length < MIN_LEN {
        return Err(invalid(Problem::TooShort {
            min: MIN_LEN as u32,
        }));
    }
    if length > MAX_LEN {
        return Err(invalid(Problem::TooLong {
            max: MAX_LEN as u32,
        }));
    }
    let lowered = password.to_lowercase();
    if COMMON.contains(lowered.as_str()) {
        return Err(invalid(Problem::CommonPassword));
    }
    if !email.is_empty() && lowered == email.to_lowercase() {
        return Err(invalid(Problem::SameAsEmail));
    }
    Ok(())
}

/// A PHC-format argon2id hash. Its `Debug` never shows the hash.
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHash(String);

impl PasswordHash {
    pub fn from_stored(phc: String) -> Self {
        Self(phc)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PasswordHash(<redacted>)")
    }
}

/// A random 20-character password from an alphabet without look-alikes, for
/// accounts made on the command line.
pub fn generate_password() -> Result<String, AccountError> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    const LEN: usize = 20;
    // Bytes at or above `limit` are skipped, so every letter is equally likely.
    let limit = 256 - 256 % ALPHABET.len();
    let mut out = String::with_capacity(LEN);
    let mut buf = [0u8; 32];
    while out.len() < LEN {
        getrandom::fill(&mut buf).map_err(|e| AccountError::Hashing(e.to_string()))?;
        for byte in buf.iter().map(|b| usize::from(*b)).filter(|b| *b < limit) {
            if out.len() < LEN {
                out.push(char::from(ALPHABET[byte % ALPHABET.len()]));
            }
        }
    }
    Ok(out)
}

pub async fn hash_password(password: String) -> Result<PasswordHash, AccountError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| PasswordHash(hash.to_string()))
            .map_err(|e| AccountError::Hashing(e.to_string()))
    })
    .await
    .map_err(|e| AccountError::Hashing(e.to_string()))?
}

/// True when `password` matches `hash`. A malformed stored hash is a mismatch.
pub async fn verify_password(password: String, hash: PasswordHash) -> Result<bool, AccountError> {
    tokio::task::spawn_blocking(move || {
        let Ok(parsed) = argon2::password_hash::PasswordHash::new(hash.as_str()) else {
            tracing::error!("a stored password hash is malformed");
            return false;
        };
        argon2()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
    .await
    .map_err(|e| AccountError::Hashing(e.to_string()))
}

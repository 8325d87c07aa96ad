//! The instance key: 64 random bytes generated on first start and kept in the data
//! folder, so sessions and encrypted settings survive a restart.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use thiserror::Error;

pub const KEY_FILE: &str = "instance.key";
const KEY_LEN: usize = 64;

#[derive(Debug, Error)]
pub enum KeyError {
    #[error("cannot read the instance key {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write the instance key {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the instance key {path} is damaged: expected {KEY_LEN} bytes as hex; restore it from a backup (a new key signs out every user and loses encrypted settings)"
    )]
    Malformed { path: PathBuf },
    #[error("no randomness from the operating system: {0}")]
    Random(getrandom::Error),
    #[error("cannot seal a secret")]
    Seal,
}

/// The secret behind session cookies and settings encryption.
#[derive(Clone)]
pub struct InstanceKey([u8; KEY_LEN]);

impl fmt::Debug for InstanceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("InstanceKey(<redacted>)")
    }
}

impl InstanceKey {
    pub fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// Reads `data_dir/instance.key`, creating it (mode 0600) the first time.
    pub fn load_or_create(data_dir: &Path) -> Result<Self, KeyError> {
        let path = data_dir.join(KEY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Self::parse(text.trim()).ok_or(KeyError::Malformed { path }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Self::create(&path),
            Err(source) => Err(KeyError::Read { path, source }),
        }
    }

    fn parse(hex_text: &str) -> Option<Self> {
        let bytes = hex::decode(hex_text).ok()?;
        bytes.try_into().ok().map(Self)
    }

    /// Writes a new key to a private temporary file, then links it into place: the
    /// link appears whole or not at all, so a process starting at the same moment
    /// never reads a half-written key, and the first of two racing keys wins.
    fn create(path: &Path) -> Result<Self, KeyError> {
        let mut bytes = [0u8; KEY_LEN];
        getrandom::fill(&mut bytes).map_err(KeyError::Random)?;
        let write_err = |source| KeyError::Write {
            path: path.to_owned(),
            source,
        };
        let mut suffix = [0u8; 8];
        getrandom::fill(&mut suffix).map_err(KeyError::Random)?;
        let temp = path.with_extension(format!(
            "tmp-{}-{}",
            std::process::id(),
            hex::encode(suffix)
        ));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let written = options.open(&temp).and_then(|mut file| {
            file.write_all(hex::encode(bytes).as_bytes())?;
            file.sync_all()
        });
        if let Err(source) = written {
            let _ = std::fs::remove_file(&temp);
            return Err(write_err(source));
        }
        let linked = std::fs::hard_link(&temp, path);
        let _ = std::fs::remove_file(&temp);
        match linked {
            Ok(()) => {
                tracing::info!(path = %path.display(), "generated a new instance key");
                Ok(Self(bytes))
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Self::load_or_create(path.parent().unwrap_or(Path::new(".")))
            }
            Err(source) => Err(write_err(source)),
        }
    }
}

/// A secret sealed under the instance key could not be opened.
#[derive(Debug, Error, PartialEq, Eq)]
#[error(
    "a stored secret cannot be opened: the instance key changed, or the data was altered or moved"
)]
pub struct SealError;

impl InstanceKey {
    /// The encryption key for secrets at rest, derived from the instance key.
    fn secrets_key(&self) -> chacha20poly1305::Key {
        use blake2::{Blake2b512, Digest};
        let digest = Blake2b512::new()
            .chain_update(b"jobforge.secrets.v1")
            .chain_update(self.0)
            .finalize();
        *chacha20poly1305::Key::from_slice(&digest[..32])
    }

    /// Encrypts `secret` (XChaCha20-Poly1305, random nonce). `context` names what
    /// and whose it is (`user:42:ai_key`): a sealed value opens only with the same.
    pub fn seal(&self, context: &str, secret: &str) -> Result<String, KeyError> {
        use chacha20poly1305::aead::{Aead, KeyInit, Payload};
        use chacha20poly1305::{XChaCha20Poly1305, XNonce};
        let mut nonce = [0u8; 24];
        getrandom::fill(&mut nonce).map_err(KeyError::Random)?;
        let cipher = XChaCha20Poly1305::new(&self.secrets_key());
        let sealed = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: secret.as_bytes(),
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| KeyError::Seal)?;
        Ok(format!("v1:{}:{}", hex::encode(nonce), hex::encode(sealed)))
    }

    /// Opens what `seal` made with the same `context`.
    pub fn open(&self, context: &str, sealed: &str) -> Result<String, SealError> {
        use chacha20poly1305::aead::{Aead, KeyInit, Payload};
        use chacha20poly1305::{XChaCha20Poly1305, XNonce};
        let mut parts = sealed.splitn(3, ':');
        let (Some("v1"), Some(nonce), Some(data)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(SealError);
        };
        let nonce = hex::decode(nonce).map_err(|_| SealError)?;
        let data = hex::decode(data).map_err(|_| SealError)?;
        if nonce.len() != 24 {
            return Err(SealError);
        }
        let cipher = XChaCha20Poly1305::new(&self.secrets_key());
        let plain = cipher
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &data,
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| SealError)?;
        String::from_utf8(plain).map_err(|_| SealError)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_secrets_open_only_with_their_context_and_key() {
        let key = InstanceKey([7u8; KEY_LEN]);
        let sealed = key.seal("user:1:ai_key", "sk-secret-1234").expect("seal");
        assert!(!sealed.contains("sk-secret"), "{sealed}");
        assert_ne!(
            sealed,
            key.seal("user:1:ai_key", "sk-secret-1234").expect("again"),
            "fresh nonce"
        );
        assert_eq!(
            key.open("user:1:ai_key", &sealed).as_deref(),
            Ok("sk-secret-1234")
        );
        assert_eq!(
            key.open("user:2:ai_key", &sealed),
            Err(SealError),
            "moved to another user"
        );
        assert_eq!(
            InstanceKey([8u8; KEY_LEN]).open("user:1:ai_key", &sealed),
            Err(SealError)
        );
        let mut tampered = sealed.clone();
        tampered.pop();
        tampered.push('0');
        assert!(key.open("user:1:ai_key", &tampered).is_err() || tampered == sealed);
        assert_eq!(key.open("user:1:ai_key", "garbage"), Err(SealError));
    }

    #[test]
    fn key_is_created_once_and_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = InstanceKey::load_or_create(dir.path()).expect("create");
        let second = InstanceKey::load_or_create(dir.path()).expect("load");
        assert_eq!(first.as_bytes(), second.as_bytes());
        assert_ne!(first.as_bytes(), &[0u8; KEY_LEN]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEY_FILE))
                .expect("metadata")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn processes_starting_together_share_one_whole_key() {
        for _ in 0..20 {
            let dir = tempfile::tempdir().expect("temp dir");
            let keys: Vec<[u8; KEY_LEN]> = std::thread::scope(|scope| {
                let racers: Vec<_> = (0..8)
                    .map(|_| {
                        scope.spawn(|| {
                            InstanceKey::load_or_create(dir.path()).map(|k| *k.as_bytes())
                        })
                    })
                    .collect();
                racers
                    .into_iter()
                    .map(|r| r.join().expect("thread").expect("a whole key"))
                    .collect()
            });
            assert!(keys.windows(2).all(|w| w[0] == w[1]), "one key for all");
            let left: Vec<_> = std::fs::read_dir(dir.path())
                .expect("dir")
                .flatten()
                .collect();
            assert_eq!(left.len(), 1, "no temporary files are left");
        }
    }

    #[test]
    fn a_damaged_key_is_refused_not_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join(KEY_FILE), "not hex").expect("write");
        let err = InstanceKey::load_or_create(dir.path()).expect_err("damaged key");
        assert!(err.to_string().contains("damaged"), "{err}");
        let kept = std::fs::read_to_string(dir.path().join(KEY_FILE)).expect("read");
        assert_eq!(kept, "not hex");
    }

    #[test]
    fn debug_does_not_print_the_key() {
        let key = InstanceKey([7u8; KEY_LEN]);
        assert_eq!(format!("{key:?}"), "InstanceKey(<redacted>)");
    }
}

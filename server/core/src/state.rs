//! What every request handler and server function can reach.

use std::sync::Arc;
use std::time::Instant;

use crate::db::Store;
use crate::keys::InstanceKey;
use crate::mail::Mailer;
use crate::settings::Settings;

#[derive(Clone, Debug)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub settings: Arc<Settings>,
    pub key: InstanceKey,
    pub mailer: Mailer,
    /// The instance's model (per-user keys come on top of this later).
    pub ai: Arc<dyn crate::ai::LlmBackend>,
    pub started_at: Instant,
}

//! The offline engine as a backend: it has no model to chat with. Tasks check
//! `provider()` and run their offline method instead; a chat reaching here is a
//! bug in the caller, reported as `AiError::Offline`.

use async_trait::async_trait;

use super::{AiError, ChatRequest, ChatResponse, LlmBackend, ProviderKind};

#[derive(Clone, Copy, Debug, Default)]
pub struct Offline;

#[async_trait]
impl LlmBackend for Offline {
    fn provider(&self) -> ProviderKind {
        ProviderKind::Offline
    }

    fn model(&self) -> &str {
        "offline"
    }

    async fn chat(&self, _request: &ChatRequest) -> Result<ChatResponse, AiError> {
        Err(AiError::Offline)
    }
}

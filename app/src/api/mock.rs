//! Mock interviews: the history, one session, starting, answering or skipping
//! a question, and ending early. Every function works on the signed-in user's
//! own sessions and jobs; another user's answers 404, as if it did not exist.

use jobforge_core::model::mock::{MockSummary, MockView};
use leptos::prelude::*;

use super::ApiError;

#[server(endpoint = "mock/history")]
pub async fn mock_history() -> Result<Vec<MockSummary>, ApiError> {
    imp::mock_history().await.map_err(super::ssr::reject)
}

#[server(endpoint = "mock/view")]
pub async fn mock_session(id: i64) -> Result<MockView, ApiError> {
    imp::mock_session(id).await.map_err(super::ssr::reject)
}

/// Prepares the questions and starts a session; goes on to it.
#[server(endpoint = "mock/start")]
pub async fn start_mock(
    job: i64,
    depth: String,
    count: u32,
    #[server(default)] interviewer_name: String,
    #[server(default)] interviewer_role: String,
    #[server(default)] focus: String,
    #[server(default)] lang: String,
) -> Result<(), ApiError> {
    imp::start_mock(
        job,
        depth,
        count,
        interviewer_name,
        interviewer_role,
        focus,
        lang,
    )
    .await
    .map_err(super::ssr::reject)
}

/// Answers the question at `position`, or skips it with `skip=true`.
#[server(endpoint = "mock/answer")]
pub async fn answer_mock(
    id: i64,
    position: i32,
    #[server(default)] answer: String,
    #[server(default)] skip: bool,
) -> Result<(), ApiError> {
    imp::answer_mock(id, position, answer, skip)
        .await
        .map_err(super::ssr::reject)
}

/// Ends a session early; the questions not asked do not count.
#[server(endpoint = "mock/end")]
pub async fn end_mock(id: i64) -> Result<(), ApiError> {
    imp::end_mock(id).await.map_err(super::ssr::reject)
}

#[cfg(feature = "ssr")]
mod imp {
    use jobforge_core::mock::{self, StartMock};
    use jobforge_core::model::mock::{MockSummary, MockView};

    use crate::api::ApiError;
    use crate::api::ssr::{app_state, is_plain_form, output_lang, require_user};

    fn page(id: i64) -> String {
        format!("/mock/{id}")
    }

    pub async fn mock_history() -> Result<Vec<MockSummary>, ApiError> {
        let user = require_user().await?;
        Ok(mock::history(app_state()?.store.as_ref(), user.id).await?)
    }

    pub async fn mock_session(id: i64) -> Result<MockView, ApiError> {
        let user = require_user().await?;
        Ok(mock::view(
            app_state()?.store.as_ref(),
            user.id,
            id,
            jobforge_core::jobs::now_ms(),
        )
        .await?)
    }

    pub async fn start_mock(
        job: i64,
        depth: String,
        count: u32,
        interviewer_name: String,
        interviewer_role: String,
        focus: String,
        lang: String,
    ) -> Result<(), ApiError> {
        let user = require_user().await?;
        let lang = output_lang(&lang, &user, "lang")?;
        let ask = StartMock {
            job_id: job,
            depth,
            count,
            interviewer_name,
            interviewer_role,
            focus,
            lang,
        };
        let id = mock::start(&app_state()?, user.id, &ask).await?;
        leptos_axum::redirect(&page(id));
        Ok(())
    }

    pub async fn answer_mock(
        id: i64,
        position: i32,
        answer: String,
        skip: bool,
    ) -> Result<(), ApiError> {
        let user = require_user().await?;
        mock::answer(&app_state()?, user.id, id, position, &answer, skip).await?;
        if is_plain_form() {
            leptos_axum::redirect(&page(id));
        }
        Ok(())
    }

    pub async fn end_mock(id: i64) -> Result<(), ApiError> {
        let user = require_user().await?;
        mock::finish(&app_state()?, user.id, id).await?;
        if is_plain_form() {
            leptos_axum::redirect(&page(id));
        }
        Ok(())
    }
}

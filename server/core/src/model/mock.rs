//! What pages see of mock interviews: the questions, each answer's feedback,
//! the analysis of a session and the history.

use serde::{Deserialize, Serialize};

/// A question of a mock interview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(schemars::JsonSchema))]
pub struct MockQuestion {
    /// `opener`, `behavioral`, `technical`, `role`, `company` or `interviewer`.
    pub category: String,
    pub text: String,
    /// What a good answer covers.
    pub key_points: Vec<String>,
}

/// The feedback on one answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(schemars::JsonSchema))]
pub struct Evaluation {
    /// 0 to 10.
    pub score: u8,
    pub strengths: Vec<String>,
    pub improvements: Vec<String>,
    /// The question's key points the answer did not cover.
    pub missed: Vec<String>,
    /// Scored by the offline rubric, not a language model.
    pub rubric: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(schemars::JsonSchema))]
pub struct CategoryScore {
    pub category: String,
    /// Average, 0 to 10, one decimal.
    pub score: f32,
}

/// The overall analysis of a session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(schemars::JsonSchema))]
pub struct SessionAnalysis {
    /// Average over the questions asked, 0 to 10, one decimal.
    pub average: f32,
    pub by_category: Vec<CategoryScore>,
    pub strongest: Option<String>,
    pub weakest: Option<String>,
    /// What to practise next.
    pub practise: Vec<String>,
    pub summary: String,
    pub rubric: bool,
}

/// One question of a session as its page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MockStep {
    pub position: i32,
    pub question: MockQuestion,
    pub answer: String,
    pub skipped: bool,
    /// Seconds from the question to its answer, by the server's clock.
    pub seconds: Option<i32>,
    pub evaluation: Option<Evaluation>,
}

/// A session with what has been asked so far.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MockView {
    pub id: i64,
    pub job_id: i64,
    pub job_title: String,
    /// `job`, `company` or `interviewer`.
    pub depth: String,
    pub total: i32,
    /// The questions asked so far, the current one last while it runs.
    pub steps: Vec<MockStep>,
    /// The position of the question waiting for an answer.
    pub current: Option<i32>,
    /// Seconds since the current question was asked, when the page was made.
    pub waited: i64,
    pub finished: bool,
    pub analysis: Option<SessionAnalysis>,
    pub created_at: i64,
}

/// A session in the history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MockSummary {
    pub id: i64,
    pub job_title: String,
    pub created_at: i64,
    pub answered: i32,
    pub total: i32,
    pub finished: bool,
    /// The average, 0 to 10, once finished.
    pub average: Option<f32>,
}

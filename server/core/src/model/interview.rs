//! What pages see of interviews, and the interview form.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewKind {
    PhoneScreen,
    VideoCall,
    InPerson,
    Technical,
    Behavioral,
    Panel,
    Final,
    Other,
}

impl InterviewKind {
    pub const ALL: [InterviewKind; 8] = [
        InterviewKind::PhoneScreen,
        InterviewKind::VideoCall,
        InterviewKind::InPerson,
        InterviewKind::Technical,
        InterviewKind::Behavioral,
        InterviewKind::Panel,
        InterviewKind::Final,
        InterviewKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            InterviewKind::PhoneScreen => "phone_screen",
            InterviewKind::VideoCall => "video_call",
            InterviewKind::InPerson => "in_person",
            InterviewKind::Technical => "technical",
            InterviewKind::Behavioral => "behavioral",
            InterviewKind::Panel => "panel",
            InterviewKind::Final => "final",
            InterviewKind::Other => "other",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Pending,
    Passed,
    Failed,
    Cancelled,
    NoShow,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::Pending,
        Outcome::Passed,
        Outcome::Failed,
        Outcome::Cancelled,
        Outcome::NoShow,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pending => "pending",
            Outcome::Passed => "passed",
            Outcome::Failed => "failed",
            Outcome::Cancelled => "cancelled",
            Outcome::NoShow => "no_show",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == name)
    }
}

/// Someone the user meets at an interview.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interviewer {
    #[serde(default)]
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub linkedin: String,
    #[serde(default)]
    pub notes: String,
}

/// The interview form as typed; the service checks every field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewForm {
    /// The job's id.
    #[serde(default)]
    pub job: String,
    /// YYYY-MM-DD
    #[serde(default)]
    pub date: String,
    /// HH:MM (24 hours)
    #[serde(default)]
    pub time: String,
    /// An IANA time zone, such as Europe/London.
    #[serde(default)]
    pub time_zone: String,
    /// Minutes.
    #[serde(default)]
    pub duration: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub round: String,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub prep_notes: String,
    /// "on" for a reminder mail the day before.
    #[serde(default)]
    pub remind: String,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub feedback: String,
}

/// One interview with everything its page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewView {
    pub id: i64,
    pub job_id: i64,
    pub job_title: String,
    pub company: Option<String>,
    /// Unix milliseconds.
    pub starts_at: i64,
    pub time_zone: String,
    /// The start in its time zone: YYYY-MM-DD and HH:MM.
    pub date: String,
    pub time: String,
    pub duration_minutes: i32,
    pub kind: InterviewKind,
    pub round: i32,
    pub location: String,
    pub prep_notes: String,
    pub outcome: Outcome,
    pub feedback: String,
    pub remind: bool,
    pub interviewers: Vec<Interviewer>,
}

impl InterviewView {
    /// When it ends (unix milliseconds).
    pub fn ends_at(&self) -> i64 {
        self.starts_at + i64::from(self.duration_minutes) * 60_000
    }
}

/// The user's interviews: upcoming (soonest first) and past (latest first).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewList {
    pub upcoming: Vec<InterviewView>,
    pub past: Vec<InterviewView>,
    /// The private calendar feed's address, once the user has made one.
    pub feed_url: Option<String>,
    /// The server's time (unix milliseconds), for "this month" and "this week".
    pub now: i64,
}

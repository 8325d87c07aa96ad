//! The job tracker's shared types: statuses, work modes, job types, the board's
//! filter, and what pages see of a job, its timeline, notes and contacts.

use serde::{Deserialize, Serialize};

/// An enum stored and sent as its snake_case name, with every value in order.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

named_enum!(
    /// Where an application stands; the board's columns, in order.
    Status {
        Interested => "interested",
        Applied => "applied",
        InterviewScheduled => "interview_scheduled",
        InterviewCompleted => "interview_completed",
        OfferReceived => "offer_received",
        Accepted => "accepted",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
    }
);

/// How a job is named in lists: "Title — Company", or the title alone.
pub fn job_label(title: &str, company: Option<&str>) -> String {
    match company.map(str::trim) {
        Some(company) if !company.is_empty() => format!("{title} — {company}"),
        _ => title.to_owned(),
    }
}

impl Status {
    /// Whether reaching this status means the employer answered (for the
    /// response rate): an interview or an offer.
    pub fn is_response(self) -> bool {
        matches!(
            self,
            Status::InterviewScheduled
                | Status::InterviewCompleted
                | Status::OfferReceived
                | Status::Accepted
        )
    }
}

named_enum!(
    WorkMode {
        Onsite => "onsite",
        Hybrid => "hybrid",
        Remote => "remote",
    }
);

named_enum!(
    JobType {
        FullTime => "full_time",
        PartTime => "part_time",
        Contract => "contract",
        Internship => "internship",
        Temporary => "temporary",
    }
);

named_enum!(
    /// How the board and the list are ordered.
    Sort {
        Position => "position",
        Updated => "updated",
        Created => "created",
        Deadline => "deadline",
        Score => "score",
    }
);

/// What a job needs, as parsed from its description.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirements {
    pub skills: Vec<String>,
    pub years: Option<u32>,
    pub education: Option<String>,
    pub keywords: Vec<String>,
}

/// A job as a form sends it: every field as typed, checked by the server.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JobForm {
    pub title: String,
    pub company: String,
    pub company_website: String,
    pub location: String,
    /// `onsite`, `hybrid`, `remote` or empty.
    pub work_mode: String,
    /// `full_time`, …, or empty.
    pub job_type: String,
    pub salary_min: String,
    pub salary_max: String,
    pub salary_currency: String,
    pub source_url: String,
    /// Markdown.
    pub description: String,
    /// `en` or `ar`; empty: detected from the description.
    pub language: String,
    /// Comma-separated.
    pub tags: String,
    /// YYYY-MM-DD or empty.
    pub deadline: String,
    /// A status name; empty: `interested`.
    pub status: String,
}

/// A job on the board: what its card shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobCard {
    pub id: i64,
    pub title: String,
    pub company: Option<String>,
    pub location: String,
    pub work_mode: Option<WorkMode>,
    pub job_type: Option<JobType>,
    pub match_score: Option<u8>,
    /// The score was computed against another resume or version than the
    /// primary resume's newest; the background rescore is on its way.
    #[serde(default)]
    pub score_stale: bool,
    pub status: Status,
    pub position: i64,
    pub deadline: Option<String>,
    pub tags: Vec<String>,
    /// Unix milliseconds.
    pub status_changed_at: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One status change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub from: Option<Status>,
    pub to: Status,
    /// Unix milliseconds.
    pub at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: i64,
    pub body: String,
    pub created_at: i64,
}

/// A person met through a job (a recruiter, an interviewer).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    pub id: i64,
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub linkedin: String,
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Company {
    pub id: i64,
    pub name: String,
    pub website: String,
    pub notes: String,
}

/// How well the primary resume fits a job (the offline scorer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobFit {
    pub resume_id: i64,
    /// The version of the resume scored (its newest).
    #[serde(default)]
    pub resume_version: i32,
    pub resume_title: String,
    /// 0–100.
    pub score: u8,
    /// (part, score 0–100, weight in percent): `hard_skills`, `soft_skills`,
    /// `title`, `seniority`, `education`, `keywords`.
    pub parts: Vec<(String, u8, u8)>,
    pub matched: Vec<String>,
    pub missing: Vec<String>,
    pub explanation: String,
}

/// Everything the job page shows of one job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobDetail {
    pub card: JobCard,
    pub company: Option<Company>,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub salary_currency: String,
    pub source_url: String,
    /// Markdown, as saved.
    pub description: String,
    /// The description as safe HTML (rendered and sanitised on the server).
    pub description_html: String,
    pub requirements: Requirements,
    pub language: String,
    pub applied_at: Option<i64>,
    pub timeline: Vec<StatusChange>,
    pub notes: Vec<Note>,
    pub contacts: Vec<Contact>,
    /// Against the user's primary resume, if they have one.
    pub fit: Option<JobFit>,
}

/// The board's filter, search and order; every part is in the page's URL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BoardFilter {
    pub status: Option<Status>,
    pub work_mode: Option<WorkMode>,
    pub job_type: Option<JobType>,
    /// A company name (any case).
    pub company: Option<String>,
    /// A tag name (any case).
    pub tag: Option<String>,
    /// Words looked for in the title, the company and the description.
    pub q: Option<String>,
    pub sort: Option<Sort>,
}

/// A job the dashboard lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardJob {
    pub id: i64,
    pub title: String,
    pub company: Option<String>,
    /// A date (YYYY-MM-DD) that goes with it, such as its deadline.
    pub when: Option<String>,
}

/// One move on the board.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub job_id: i64,
    pub title: String,
    pub from: Option<Status>,
    pub to: Status,
    pub at: i64,
}

/// One week of the activity chart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekCount {
    /// Unix milliseconds.
    pub start: i64,
    pub applied: u32,
    /// Status changes (arrivals not counted).
    pub moves: u32,
}

/// Where the search stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub now: i64,
    pub total: u32,
    pub by_status: Vec<(Status, u32)>,
    pub applied_this_week: u32,
    pub applied_last_four_weeks: u32,
    /// Percent of applied jobs that reached an interview or an offer.
    pub response_rate: Option<u8>,
    pub average_score: Option<u8>,
    /// (stage, jobs that reached it): interested, applied, interview, offer, accepted.
    pub funnel: Vec<(Status, u32)>,
    /// Oldest week first.
    pub weekly: Vec<WeekCount>,
    pub interviews: Vec<DashboardJob>,
    pub deadlines: Vec<DashboardJob>,
    /// Newest first.
    pub recent: Vec<Activity>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_in_order() {
        assert_eq!(Status::ALL.len(), 8);
        assert_eq!(Status::ALL[0], Status::Interested);
        assert_eq!(Status::ALL[7], Status::Withdrawn);
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(*status));
        }
        assert_eq!(JobType::parse("full_time"), Some(JobType::FullTime));
        assert_eq!(WorkMode::parse("Remote"), None);
        assert_eq!(
            serde_json::to_string(&Status::OfferReceived)
                .ok()
                .as_deref(),
            Some("\"offer_received\"")
        );
    }
}

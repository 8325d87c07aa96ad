//! The offline engine: useful, deterministic results with no model and no
//! network, labelled "made without a language model". Its parts so far: the skill
//! taxonomy, text tools (HTML to text, dates, keywords) and the match scorer.
//! Later issues add section detection, the ATS checker, letter and report
//! templates and the question bank.

pub mod analyze;
pub mod cover_letter;
pub mod interview;
pub mod job;
pub mod requirements;
pub mod resume;
pub mod score;
pub mod skills;
pub mod task;
pub mod taxonomy;
pub mod text;

pub use analyze::{Analysis, AnalyzeInput, ResumeAnalyzeTask};
pub use job::{JobParseInput, JobParseTask, ParsedJob, ParsedRequirements, parse_job};
pub use requirements::requirements;
pub use score::{MatchScore, score};
pub use skills::{SkillsExtractTask, SkillsInput};
pub use task::{MatchInput, MatchScoreTask};
pub use taxonomy::Taxonomy;

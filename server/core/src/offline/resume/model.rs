//! The parsed resume: the part of JSON Resume (jsonresume.org) that a strict
//! provider schema can express. Optional values are `Option`, lists are `Vec`;
//! dates are `YYYY-MM`, or `YYYY` when only the year is written.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ParsedResume {
    pub basics: Basics,
    /// Jobs, in the resume's order.
    pub work: Vec<Work>,
    /// Unpaid roles.
    pub volunteer: Vec<Volunteer>,
    pub education: Vec<Education>,
    pub awards: Vec<Award>,
    /// Certificates, licences and courses.
    pub certificates: Vec<Certificate>,
    /// Skills as the resume groups them.
    pub skills: Vec<Skill>,
    /// Spoken languages.
    pub languages: Vec<Language>,
    pub projects: Vec<Project>,
    pub meta: Meta,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Basics {
    /// The person's name.
    pub name: Option<String>,
    /// Their headline, e.g. "Registered Nurse".
    pub label: Option<String>,
    pub email: Option<String>,
    /// As written.
    pub phone: Option<String>,
    /// A personal website.
    pub url: Option<String>,
    pub summary: Option<String>,
    pub location: Location,
    /// LinkedIn, GitHub and other profiles.
    pub profiles: Vec<Profile>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub city: Option<String>,
    /// A state, province or region.
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2, e.g. "GB", "SA".
    pub country_code: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    /// "LinkedIn", "GitHub", …
    pub network: String,
    pub username: Option<String>,
    pub url: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Work {
    /// The employer, as written.
    pub name: Option<String>,
    /// The job title, as written.
    pub position: Option<String>,
    pub location: Option<String>,
    /// `YYYY-MM` or `YYYY`.
    pub start_date: Option<String>,
    /// `YYYY-MM` or `YYYY`; null while the job is current.
    pub end_date: Option<String>,
    /// Prose about the job.
    pub summary: Option<String>,
    /// The job's bullet points, as written.
    pub highlights: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Volunteer {
    pub organization: Option<String>,
    pub position: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub summary: Option<String>,
    pub highlights: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Education {
    /// The school, as written.
    pub institution: Option<String>,
    /// The field of study, e.g. "Computer Science".
    pub area: Option<String>,
    /// The degree, e.g. "BSc", "Master of Arts", "Diploma".
    pub study_type: Option<String>,
    pub start_date: Option<String>,
    /// The graduation date when only one date is given.
    pub end_date: Option<String>,
    /// GPA, grade or honours, as written.
    pub score: Option<String>,
    pub courses: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Award {
    pub title: String,
    pub date: Option<String>,
    pub awarder: Option<String>,
    pub summary: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Certificate {
    /// As written.
    pub name: String,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Skill {
    /// The group's name ("Databases"), or the skill's when it has a level.
    pub name: Option<String>,
    /// "Advanced", "Native", …
    pub level: Option<String>,
    /// The skills, by the taxonomy's names where it knows them.
    pub keywords: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Language {
    pub language: String,
    pub fluency: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Project {
    pub name: String,
    pub description: Option<String>,
    pub highlights: Vec<String>,
    pub url: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// `en` or `ar`: the resume's language.
    pub language: String,
}

impl Default for Meta {
    fn default() -> Self {
        Meta {
            language: "en".into(),
        }
    }
}

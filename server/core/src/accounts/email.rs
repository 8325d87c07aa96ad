use super::AccountError;
use crate::model::Problem;

/// Trims and lower-cases an email address and checks its shape: one `@`, a local
/// part, a domain with a dot, no spaces, at most 254 characters.
pub fn normalize_email(input: &str) -> Result<String, AccountError> {
    let invalid = |problem| AccountError::Invalid {
        field: "email",
        problem,
    };
    let email = input.trim().to_lowercase();
    if email.is_empty() {
        return Err(invalid(Problem::Required));
    }
    if email.chars().count() > 254 {
        return Err(invalid(Problem::TooLong { max: 254 }));
    }
    if email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid(Problem::EmailShape));
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Err(invalid(Problem::EmailShape));
    };
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains('@');
    if local.is_empty() || local.len() > 64 || !domain_ok {
        return Err(invalid(Problem::EmailShape));
    }
    Ok(email)
}

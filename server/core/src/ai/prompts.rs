//! Prompt templates, one file per task and output language under `prompts/`
//! (`match.score.en.txt`, `match.score.ar.txt`, …). A file holds a
//! `=== system ===` part and a `=== user ===` part; `{{name}}` is replaced by the
//! task's value of that name, and `{{language}}` by the output language's name.

use super::task::{OutputLang, Prompt};

/// A task's templates in each output language.
#[derive(Clone, Copy, Debug)]
pub struct Templates {
    pub en: &'static str,
    pub ar: &'static str,
}

impl Templates {
    pub fn get(&self, lang: OutputLang) -> &'static str {
        match lang {
            OutputLang::En => self.en,
            OutputLang::Ar => self.ar,
        }
    }
}

/// The templates of task `$name`, read into the binary at build time.
#[macro_export]
macro_rules! prompt_templates {
    ($name:literal) => {
        $crate::ai::prompts::Templates {
            en: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/prompts/",
                $name,
                ".en.txt"
            )),
            ar: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/prompts/",
                $name,
                ".ar.txt"
            )),
        }
    };
}

const SYSTEM: &str = "=== system ===";
const USER: &str = "=== user ===";

/// The two parts of a template, or what is wrong with its shape.
pub fn parts(template: &str) -> Result<(&str, &str), String> {
    let rest = template
        .trim_start()
        .strip_prefix(SYSTEM)
        .ok_or_else(|| format!("a template starts with '{SYSTEM}'"))?;
    let (system, user) = rest
        .split_once(USER)
        .ok_or_else(|| format!("a template has a '{USER}' part"))?;
    Ok((system.trim(), user.trim()))
}

/// The `{{name}}` placeholders of `text`, in order of first use.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        let name = after[..end].trim();
        if !names.contains(&name) {
            names.push(name);
        }
        rest = &after[end + 2..];
    }
    names
}

/// Fills one part in a single pass, so a value that itself contains `{{…}}`
/// (text from a resume, say) is never filled again.
fn fill(text: &str, values: &[(&str, String)], lang: OutputLang) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .ok_or_else(|| "a '{{' is never closed".to_owned())?;
        let name = after[..end].trim();
        if name == "language" {
            out.push_str(lang.english_name());
        } else {
            let value = values
                .iter()
                .find(|(n, _)| *n == name)
                .ok_or_else(|| format!("no value for '{{{{{name}}}}}'"))?;
            out.push_str(&value.1);
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The prompt from `template` with `values` filled in.
pub fn render(
    template: &str,
    values: &[(&str, String)],
    lang: OutputLang,
) -> Result<Prompt, String> {
    let (system, user) = parts(template)?;
    Ok(Prompt {
        system: fill(system, values, lang)?,
        user: fill(user, values, lang)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "=== system ===\nWrite in {{language}}.\n=== user ===\nJOB: {{job}}\n{{ job }}";

    #[test]
    fn values_are_filled_once_and_missing_ones_are_named() {
        let prompt = render(T, &[("job", "{{job}} x".into())], OutputLang::Ar).expect("renders");
        assert_eq!(prompt.system, "Write in Arabic.");
        assert_eq!(prompt.user, "JOB: {{job}} x\n{{job}} x");
        let err = render(T, &[], OutputLang::En).expect_err("missing value");
        assert!(err.contains("{{job}}"), "{err}");
        assert_eq!(placeholders(T), vec!["language", "job"]);
        assert!(render("no parts", &[], OutputLang::En).is_err());
    }
}

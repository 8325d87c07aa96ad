use leptos::prelude::*;

/// The `aria-describedby` of a field: its hint, if it has one, and its problem,
/// while there is one.
pub(crate) fn described_by(
    has_hint: bool,
    error: Signal<Option<String>>,
    hint_id: String,
    error_id: String,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint_id.clone());
        }
        if error.get().is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A labelled input with its hint and, when the server refused it, its problem,
/// tied together for screen readers (`aria-describedby`, `aria-invalid`).
#[component]
pub fn Field(
    name: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = false)] required: bool,
    /// The value the field starts with.
    #[prop(optional, into)]
    value: Option<String>,
    /// The problem to show, in the page's language.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = described_by(hint.is_some(), error, hint_id.clone(), error_id.clone());
    view! {
        <div class="flex flex-col gap-1">
            <label for=id.clone() class="font-medium">{label}</label>
            <input
                id=id
                name=name
                type=kind
                autocomplete=autocomplete
                required=required
                value=value
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described_by
                class="rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 aria-[invalid=true]:border-red-600 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
            />
            {hint.map(|text| view! {
                <p id=hint_id class="text-sm text-stone-600 dark:text-stone-400">{text}</p>
            })}
            {move || error.get().map(|text| view! {
                <p id=error_id.clone() class="text-sm font-medium text-red-700 dark:text-red-400">{text}</p>
            })}
        </div>
    }
}

/// A labelled choice among fixed options (`(value, label)`), with its problem.
#[component]
pub fn SelectField(
    name: &'static str,
    label: &'static str,
    options: Vec<(&'static str, &'static str)>,
    /// The option chosen at first.
    #[prop(into)]
    selected: String,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let chosen = value == selected;
            view! { <option value=value selected=chosen>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="flex flex-col gap-1">
            <label for=id.clone() class="font-medium">{label}</label>
            <select
                id=id
                name=name
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby={
                    let error_id = error_id.clone();
                    move || error.get().is_some().then(|| error_id.clone())
                }
                class="rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 aria-[invalid=true]:border-red-600 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
            >
                {options}
            </select>
            {move || error.get().map(|text| view! {
                <p id=error_id.clone() class="text-sm font-medium text-red-700 dark:text-red-400">{text}</p>
            })}
        </div>
    }
}

/// A labelled multi-line text, with its hint and problem.
#[component]
pub fn TextArea(
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = 8)] rows: u32,
    #[prop(optional, into)] value: Option<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = described_by(hint.is_some(), error, hint_id.clone(), error_id.clone());
    // The text child is what the server renders; the property fills a textarea
    // the browser builds itself (a text child there is not its value).
    let text = value.unwrap_or_default();
    let property = text.clone();
    view! {
        <div class="flex flex-col gap-1">
            <label for=id.clone() class="font-medium">{label}</label>
            <textarea
                prop:value=property
                id=id
                name=name
                rows=rows
                dir="auto"
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described_by
                class="rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 aria-[invalid=true]:border-red-600 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
            >
                {text}
            </textarea>
            {hint.map(|text| view! {
                <p id=hint_id class="text-sm text-stone-600 dark:text-stone-400">{text}</p>
            })}
            {move || error.get().map(|text| view! {
                <p id=error_id.clone() class="text-sm font-medium text-red-700 dark:text-red-400">{text}</p>
            })}
        </div>
    }
}

//! Markdown drawn as elements from `markdown::tree` (never as HTML), so the same
//! code shows a saved document on the server and a live preview in the browser,
//! and nothing a user typed can become markup.

use jobforge_core::markdown::tree::{Block, Span};
use leptos::prelude::*;

fn span(s: Span) -> AnyView {
    if s.text == "\n" {
        return view! { <br /> }.into_any();
    }
    let mut body = if s.code {
        view! { <code class="rounded bg-stone-100 px-1 text-sm dark:bg-stone-800">{s.text}</code> }
            .into_any()
    } else {
        s.text.into_any()
    };
    if s.emph {
        body = view! { <em>{body}</em> }.into_any();
    }
    if s.strong {
        body = view! { <strong>{body}</strong> }.into_any();
    }
    match s.link {
        Some(href) => view! {
            <a href=href class="text-teal-800 underline dark:text-teal-300" rel="noopener noreferrer nofollow" target="_blank">{body}</a>
        }
        .into_any(),
        None => body,
    }
}

fn spans(list: Vec<Span>) -> Vec<AnyView> {
    list.into_iter().map(span).collect()
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Heading { level, spans: s } => {
            let body = spans(s);
            match level {
                1 => view! { <h2 class="text-xl font-semibold" dir="auto">{body}</h2> }.into_any(),
                2 => view! { <h3 class="text-lg font-semibold" dir="auto">{body}</h3> }.into_any(),
                _ => view! { <h4 class="font-semibold" dir="auto">{body}</h4> }.into_any(),
            }
        }
        Block::Para { spans: s } => view! { <p dir="auto">{spans(s)}</p> }.into_any(),
        Block::List { ordered, items } => {
            let items = items
                .into_iter()
                .map(|item| view! { <li>{blocks(item)}</li> })
                .collect_view();
            if ordered {
                view! { <ol class="list-decimal ps-6">{items}</ol> }.into_any()
            } else {
                view! { <ul class="list-disc ps-6">{items}</ul> }.into_any()
            }
        }
        Block::Quote { blocks: inner } => view! {
            <blockquote class="border-s-4 border-stone-300 ps-3 text-stone-700 dark:border-stone-600 dark:text-stone-300">{blocks(inner)}</blockquote>
        }
        .into_any(),
        Block::Code { text } => view! {
            <pre class="overflow-x-auto rounded bg-stone-100 p-3 text-sm dark:bg-stone-800" dir="ltr"><code>{text}</code></pre>
        }
        .into_any(),
        Block::Rule => view! { <hr class="border-stone-300 dark:border-stone-700" /> }.into_any(),
    }
}

fn blocks(list: Vec<Block>) -> Vec<AnyView> {
    list.into_iter().map(block).collect()
}

/// The blocks of `markdown`, drawn.
pub fn markdown_view(markdown: &str) -> Vec<AnyView> {
    blocks(jobforge_core::markdown::tree::blocks(markdown))
}

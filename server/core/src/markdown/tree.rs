//! Markdown read into plain blocks of styled text: headings, paragraphs, lists,
//! quotes, code and rules. Raw HTML is dropped and a link keeps its address only
//! when it is `http`, `https` or `mailto`, so whatever draws the tree (the
//! browser's preview, the PDF template) never meets markup it did not make.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

/// A run of text in one style. A hard line break is a span whose text is "\n".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub text: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub strong: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub emph: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub code: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !b
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    Heading {
        level: u8,
        spans: Vec<Span>,
    },
    Para {
        spans: Vec<Span>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
    Quote {
        blocks: Vec<Block>,
    },
    Code {
        text: String,
    },
    Rule,
}

/// The address a link may keep, or none.
fn safe_link(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
        .then(|| url.trim().to_owned())
}

/// What is open while reading: the blocks of a container, and the spans of the
/// paragraph or heading being read.
enum Open {
    Root(Vec<Block>),
    Quote(Vec<Block>),
    List(bool, Vec<Vec<Block>>),
    Item(Vec<Block>),
    Text(Option<u8>, Vec<Span>),
    Code(String),
}

#[derive(Default)]
struct Style {
    strong: u32,
    emph: u32,
    links: Vec<Option<String>>,
}

struct Reader {
    stack: Vec<Open>,
    style: Style,
}

impl Reader {
    fn push_block(&mut self, block: Block) {
        match self.stack.last_mut() {
            Some(Open::Root(blocks) | Open::Quote(blocks) | Open::Item(blocks)) => {
                blocks.push(block)
            }
            // A block inside a list item's loose text: close nothing, keep it.
            Some(Open::List(_, items)) => items.push(vec![block]),
            _ => {}
        }
    }

    /// The spans being written to; a tight list item's text opens a paragraph.
    fn spans(&mut self) -> Option<&mut Vec<Span>> {
        if matches!(self.stack.last(), Some(Open::Item(_))) {
            self.stack.push(Open::Text(None, Vec::new()));
        }
        match self.stack.last_mut() {
            Some(Open::Text(_, spans)) => Some(spans),
            _ => None,
        }
    }

    fn text(&mut self, text: &str, code: bool) {
        if let Some(Open::Code(buffer)) = self.stack.last_mut() {
            buffer.push_str(text);
            return;
        }
        let span = Span {
            text: text.to_owned(),
            strong: self.style.strong > 0,
            emph: self.style.emph > 0,
            code,
            link: self.style.links.last().cloned().flatten(),
        };
        if let Some(spans) = self.spans() {
            match spans.last_mut() {
                Some(last)
                    if last.strong == span.strong
                        && last.emph == span.emph
                        && last.code == span.code
                        && last.link == span.link
                        && last.text != "\n"
                        && span.text != "\n" =>
                {
                    last.text.push_str(&span.text)
                }
                _ => spans.push(span),
            }
        }
    }

    /// Closes an open paragraph left by a tight list item.
    fn close_loose_text(&mut self) {
        if let Some(Open::Text(None, _)) = self.stack.last()
            && self.stack.len() >= 2
            && matches!(self.stack[self.stack.len() - 2], Open::Item(_))
            && let Some(Open::Text(_, spans)) = self.stack.pop()
            && !spans.is_empty()
        {
            self.push_block(Block::Para { spans });
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.close_loose_text();
                self.stack.push(Open::Text(None, Vec::new()))
            }
            Tag::Heading { level, .. } => {
                self.close_loose_text();
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                self.stack.push(Open::Text(Some(level), Vec::new()))
            }
            Tag::BlockQuote(_) => {
                self.close_loose_text();
                self.stack.push(Open::Quote(Vec::new()))
            }
            Tag::CodeBlock(_) => {
                self.close_loose_text();
                self.stack.push(Open::Code(String::new()))
            }
            Tag::List(first) => {
                self.close_loose_text();
                self.stack.push(Open::List(first.is_some(), Vec::new()))
            }
            Tag::Item => self.stack.push(Open::Item(Vec::new())),
            Tag::Strong => self.style.strong += 1,
            Tag::Emphasis => self.style.emph += 1,
            Tag::Link { dest_url, .. } => self.style.links.push(safe_link(&dest_url)),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) => {
                if let Some(Open::Text(level, spans)) = self.stack.pop() {
                    if spans.is_empty() {
                        return;
                    }
                    self.push_block(match level {
                        Some(level) => Block::Heading { level, spans },
                        None => Block::Para { spans },
                    });
                }
            }
            TagEnd::BlockQuote(_) => {
                self.close_loose_text();
                if let Some(Open::Quote(blocks)) = self.stack.pop() {
                    self.push_block(Block::Quote { blocks });
                }
            }
            TagEnd::CodeBlock => {
                if let Some(Open::Code(text)) = self.stack.pop() {
                    self.push_block(Block::Code {
                        text: text.trim_end_matches('\n').to_owned(),
                    });
                }
            }
            TagEnd::Item => {
                self.close_loose_text();
                if let Some(Open::Item(blocks)) = self.stack.pop()
                    && let Some(Open::List(_, items)) = self.stack.last_mut()
                {
                    items.push(blocks);
                }
            }
            TagEnd::List(_) => {
                if let Some(Open::List(ordered, items)) = self.stack.pop() {
                    self.push_block(Block::List { ordered, items });
                }
            }
            TagEnd::Strong => self.style.strong = self.style.strong.saturating_sub(1),
            TagEnd::Emphasis => self.style.emph = self.style.emph.saturating_sub(1),
            TagEnd::Link => {
                self.style.links.pop();
            }
            _ => {}
        }
    }
}

/// The blocks of `markdown`.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut reader = Reader {
        stack: vec![Open::Root(Vec::new())],
        style: Style::default(),
    };
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(tag) => reader.start(tag),
            Event::End(tag) => reader.end(tag),
            Event::Text(text) => reader.text(&text, false),
            Event::Code(text) => reader.text(&text, true),
            Event::SoftBreak => reader.text(" ", false),
            Event::HardBreak => reader.text("\n", false),
            Event::Rule => {
                reader.close_loose_text();
                reader.push_block(Block::Rule)
            }
            // Raw HTML, footnotes, math and the rest are not kept.
            _ => {}
        }
    }
    reader.close_loose_text();
    match reader.stack.into_iter().next() {
        Some(Open::Root(blocks)) => blocks,
        _ => Vec::new(),
    }
}

/// Words in `markdown` (runs with a letter or digit in them) and the minutes
/// they take to read at 200 words a minute, at least one.
pub fn reading(markdown: &str) -> (usize, usize) {
    let words = markdown
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    (words, words.div_ceil(200).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Span {
        Span {
            text: text.into(),
            ..Span::default()
        }
    }

    #[test]
    fn blocks_and_styles_are_read() {
        let tree = blocks(
            "# Dear team\n\nI built **fast** and *careful* APIs, see [site](https://a.example).  \nThanks\n\n\
             - one\n- two `code`\n\n1. first\n\n> quoted\n\n```\nlet x = 1;\n```\n\n---\n",
        );
        assert_eq!(
            tree[0],
            Block::Heading {
                level: 1,
                spans: vec![plain("Dear team")]
            }
        );
        let Block::Para { spans } = &tree[1] else {
            panic!("{tree:?}")
        };
        assert_eq!(spans[0], plain("I built "));
        assert!(spans[1].strong && spans[1].text == "fast");
        assert!(spans[3].emph && spans[3].text == "careful");
        assert_eq!(spans[5].link.as_deref(), Some("https://a.example"));
        assert!(spans.iter().any(|s| s.text == "\n"), "{spans:?}");
        assert_eq!(
            tree[2],
            Block::List {
                ordered: false,
                items: vec![
                    vec![Block::Para {
                        spans: vec![plain("one")]
                    }],
                    vec![Block::Para {
                        spans: vec![
                            plain("two "),
                            Span {
                                text: "code".into(),
                                code: true,
                                ..Span::default()
                            }
                        ]
                    }],
                ]
            }
        );
        assert!(matches!(&tree[3], Block::List { ordered: true, items } if items.len() == 1));
        assert!(matches!(&tree[4], Block::Quote { blocks } if blocks.len() == 1));
        assert_eq!(
            tree[5],
            Block::Code {
                text: "let x = 1;".into()
            }
        );
        assert_eq!(tree[6], Block::Rule);
        assert_eq!(tree.len(), 7);
    }

    #[test]
    fn html_and_unsafe_links_are_dropped() {
        let tree = blocks(
            "<script>alert(1)</script>\n\nHi <b onclick=x>there</b> [x](javascript:alert(1)) [m](mailto:a@b.c)",
        );
        let text = serde_json::to_string(&tree).unwrap_or_default();
        assert!(
            !text.contains("script") && !text.contains("onclick"),
            "{text}"
        );
        assert!(!text.contains("javascript"), "{text}");
        assert!(text.contains("mailto:a@b.c"), "{text}");
        assert_eq!(tree.len(), 1, "{tree:?}");
    }

    #[test]
    fn reading_counts_words_and_minutes() {
        assert_eq!(reading("Hello, world - again"), (3, 1));
        assert_eq!(reading(""), (0, 1));
        assert_eq!(reading(&"word ".repeat(401)), (401, 3));
    }
}

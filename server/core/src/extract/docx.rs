//! Text from a Word document (.docx): the zip is opened with limits against zip
//! bombs (entry count, declared and real uncompressed size, compression ratio),
//! then the headers and the body are read with quick-xml: paragraphs as lines,
//! table cells in order, tabs and breaks kept. Hidden text (`w:vanish`), deleted
//! text and field codes are not what a reader sees, so they are left out, and a
//! text box's fallback copy is not read twice.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

use super::{ExtractError, Limits};

/// Whether `bytes` (a zip) is a Word document: it has `word/document.xml`.
pub fn is_docx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .map(|zip| zip.index_for_name("word/document.xml").is_some())
        .unwrap_or(false)
}

/// The text of a .docx: page headers first, then the body.
pub fn text(bytes: &[u8], limits: &Limits) -> Result<String, ExtractError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ExtractError::Corrupt(format!("the Word file cannot be opened ({e})")))?;
    if zip.len() > limits.max_zip_entries {
        return Err(ExtractError::ZipBomb(format!(
            "it holds {} files, more than the {} allowed",
            zip.len(),
            limits.max_zip_entries
        )));
    }
    let mut declared: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| ExtractError::Corrupt(format!("the Word file is damaged ({e})")))?;
        declared = declared.saturating_add(entry.size());
        let ratio = entry.size() / entry.compressed_size().max(1);
        if entry.size() > 1 << 20 && ratio > limits.max_zip_ratio {
            return Err(ExtractError::ZipBomb(format!(
                "{} expands {ratio} times, more than the {} allowed",
                entry.name().map(|n| n.into_owned()).unwrap_or_default(),
                limits.max_zip_ratio
            )));
        }
    }
    if declared > limits.max_unzipped {
        return Err(ExtractError::ZipBomb(format!(
            "it expands to {declared} bytes, more than the {} allowed",
            limits.max_unzipped
        )));
    }
    let mut parts: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|name| name.starts_with("word/header") && name.ends_with(".xml"))
        .map(|name| name.into_owned())
        .collect();
    parts.sort();
    if zip.index_for_name("word/document.xml").is_none() {
        return Err(ExtractError::Corrupt(
            "the file is a zip archive but not a Word document".into(),
        ));
    }
    parts.push("word/document.xml".into());
    let mut budget = limits.max_unzipped;
    let mut out = String::new();
    for part in parts {
        let entry = zip
            .by_name(&part)
            .map_err(|e| ExtractError::Corrupt(format!("{part} cannot be read ({e})")))?;
        // The real size, whatever the archive claims.
        let mut xml = Vec::new();
        entry
            .take(budget + 1)
            .read_to_end(&mut xml)
            .map_err(|e| ExtractError::Corrupt(format!("{part} cannot be read ({e})")))?;
        if xml.len() as u64 > budget {
            return Err(ExtractError::ZipBomb(format!(
                "it expands to more than the {} bytes allowed",
                limits.max_unzipped
            )));
        }
        budget -= xml.len() as u64;
        let text = xml_text(&xml)?;
        if !text.trim().is_empty() {
            out.push_str(text.trim_end());
            out.push_str("\n\n");
        }
    }
    Ok(out)
}

/// The visible text of one WordprocessingML part.
fn xml_text(xml: &[u8]) -> Result<String, ExtractError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = String::new();
    let mut buf = Vec::new();
    // Inside `w:t`; the current run is hidden; depth inside skipped elements.
    let mut in_text = false;
    let mut hidden = false;
    let mut skip = 0usize;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| ExtractError::Corrupt(format!("the document's XML is damaged ({e})")))?;
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                if matches!(name.as_ref(), b"Fallback" | b"delText" | b"instrText") {
                    skip += 1;
                } else if skip == 0 {
                    match name.as_ref() {
                        b"r" => hidden = false,
                        b"t" => in_text = true,
                        b"vanish" => hidden = !switched_off(&e),
                        _ => {}
                    }
                }
            }
            Event::Empty(e) if skip == 0 => match e.local_name().as_ref() {
                b"tab" => out.push('\t'),
                b"br" | b"cr" => out.push('\n'),
                b"vanish" => hidden = !switched_off(&e),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"Fallback" | b"delText" | b"instrText" => skip = skip.saturating_sub(1),
                _ if skip > 0 => {}
                b"t" => in_text = false,
                b"p" => out.push('\n'),
                b"tc" if !out.ends_with('\n') => out.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text && !hidden && skip == 0 => {
                let text = t.xml_content().map_err(|e| {
                    ExtractError::Corrupt(format!("the document's XML is damaged ({e})"))
                })?;
                out.push_str(&text);
            }
            Event::GeneralRef(r) if in_text && !hidden && skip == 0 => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    out.push(c);
                } else {
                    let name = r.decode().unwrap_or_default();
                    out.push_str(match name.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// `<w:vanish w:val="false"/>` and `"0"` switch hiding off.
fn switched_off(e: &quick_xml::events::BytesStart) -> bool {
    e.attributes().flatten().any(|a| {
        a.key.local_name().as_ref() == b"val"
            && matches!(a.value.as_ref(), b"0" | b"false" | b"off")
    })
}

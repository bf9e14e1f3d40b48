//! The article's text, where the editor selects words: a statement the
//! engine missed, or the right words of the statement in focus.

use factline_core::{Anchor, Correction, StatementKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    pub text: String,
    /// The statement in focus: its number on the page and its anchor.
    pub focused: Option<(usize, Anchor)>,
    pub on_correct: Callback<Correction>,
}

/// The byte offset in `text` of a selection's offset, which the browser
/// counts in UTF-16 code units.
fn byte_offset(text: &str, utf16: u32) -> usize {
    let mut units = 0;
    for (index, character) in text.char_indices() {
        if units >= utf16 {
            return index;
        }
        units += character.len_utf16() as u32;
    }
    text.len()
}

/// The words between two selection offsets, without the spaces around them.
pub fn anchor_between(text: &str, from: u32, to: u32) -> Option<Anchor> {
    let (from, to) = (from.min(to), from.max(to));
    let (start, end) = (byte_offset(text, from), byte_offset(text, to));
    let words = text.get(start..end)?;
    let start = start + (words.len() - words.trim_start().len());
    let words = words.trim();
    (!words.is_empty()).then(|| Anchor {
        start,
        end: start + words.len(),
        text: words.to_string(),
    })
}

/// How much of a long article the panel shows at once: a few pages around
/// the statement in focus. Laying out a megabyte of text would hold up the
/// page for longer than any other step of the review.
const SHOWN: usize = 24_000;

/// The part of `text` the panel shows, as a byte range: all of a short
/// text, else whole paragraphs around `around` (the statement in focus).
pub fn shown_part(text: &str, around: (usize, usize)) -> std::ops::Range<usize> {
    if text.len() <= SHOWN {
        return 0..text.len();
    }
    let middle = (around.0 + around.1) / 2;
    let wanted_start = middle.saturating_sub(SHOWN / 2).min(text.len());
    let wanted_end = (wanted_start + SHOWN).min(text.len());
    let paragraph_before = |at: usize| {
        let at = (0..=at)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        text.get(..at)
            .and_then(|head| head.rfind("\n\n"))
            .map_or(0, |found| found + 2)
    };
    let paragraph_after = |at: usize| {
        let at = (at..=text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(text.len());
        text.get(at..)
            .and_then(|tail| tail.find("\n\n"))
            .map_or(text.len(), |found| at + found)
    };
    paragraph_before(wanted_start)..paragraph_after(wanted_end)
}

/// What the editor has selected in `#source-text`, when the selection lies
/// inside its text; `shown` is where that text starts in the article.
fn selection_in_source(text: &str, shown: std::ops::Range<usize>) -> Option<Anchor> {
    let window = web_sys::window()?;
    let source = window
        .document()?
        .get_element_by_id("source-text")?
        .first_child()?;
    let selection = window.get_selection().ok()??;
    let (anchor, focus) = (selection.anchor_node()?, selection.focus_node()?);
    if !anchor.is_same_node(Some(&source)) || !focus.is_same_node(Some(&source)) {
        return None;
    }
    let part = text.get(shown.clone())?;
    let anchor = anchor_between(part, selection.anchor_offset(), selection.focus_offset())?;
    Some(Anchor {
        start: anchor.start + shown.start,
        end: anchor.end + shown.start,
        text: anchor.text,
    })
}

/// A quotation's words follow its opening mark; other words are reported.
fn kind_of_selection(text: &str, at: &Anchor) -> StatementKind {
    let before = text.get(..at.start).unwrap_or_default().trim_end();
    if before.ends_with(['"', '\u{201c}']) {
        StatementKind::Direct
    } else {
        StatementKind::Indirect
    }
}

/// A correction made of the source's text, the words selected in it and the
/// statement in focus, if it applies to them.
type MakeCorrection = fn(&str, Anchor, Option<Anchor>) -> Option<Correction>;

/// A button's handler that makes a correction of the selected words and
/// clears the selection once it is made.
fn acting_on_selection(
    selected: &UseStateHandle<Option<Anchor>>,
    focused: Option<Anchor>,
    text: String,
    on_correct: Callback<Correction>,
    make: MakeCorrection,
) -> Callback<MouseEvent> {
    let selected = selected.clone();
    Callback::from(move |_: MouseEvent| {
        let correction = (*selected)
            .clone()
            .and_then(|words| make(&text, words, focused.clone()));
        if let Some(correction) = correction {
            on_correct.emit(correction);
            selected.set(None);
        }
    })
}

#[component]
pub fn Source(props: &SourceProps) -> Html {
    let selected = use_state(|| None::<Anchor>);
    let around = props
        .focused
        .as_ref()
        .map_or((0, 0), |(_, at)| (at.start, at.end));
    let shown = shown_part(&props.text, around);
    let on_select = {
        let (selected, text, shown) = (selected.clone(), props.text.clone(), shown.clone());
        Callback::from(move |()| selected.set(selection_in_source(&text, shown.clone())))
    };
    let focused = props.focused.as_ref().map(|(_, at)| at.clone());
    let act = |make: MakeCorrection| {
        let on_correct = props.on_correct.clone();
        acting_on_selection(
            &selected,
            focused.clone(),
            props.text.clone(),
            on_correct,
            make,
        )
    };
    let on_add = act(|text, at, _| {
        let kind = kind_of_selection(text, &at);
        Some(Correction::Add {
            at,
            kind,
            speaker: None,
        })
    });
    let on_respan = act(|_, to, focused| focused.map(|at| Correction::SetSpan { at, to }));
    let on_split = act(|_, second, focused| focused.map(|at| Correction::Split { at, second }));
    let chosen = (*selected).clone();
    html! {
        <section class="editor-source" aria-labelledby="source-title">
            <h2 id="source-title">{ "The text" }</h2>
            <p class="editor-hint">{ "Select words to add a statement the engine missed, or to give the statement in focus its right words." }</p>
            if shown.len() < props.text.len() {
                <p class="editor-hint">{ "A long article: this is the part around the statement in focus." }</p>
            }
            // Focusable, so that keyboard users scroll it (and select in it
            // with the browser's caret browsing).
            <div id="source-text" class="source-text" tabindex="0" aria-label="The article, to select words in"
                onmouseup={on_select.reform(|_: MouseEvent| ())} onkeyup={on_select.reform(|_: KeyboardEvent| ())}>
                { props.text.get(shown).unwrap_or_default() }
            </div>
            <SelectionActions {chosen} focused={props.focused.as_ref().map(|(number, _)| *number)}
                {on_add} {on_respan} {on_split} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SelectionActionsProps {
    /// The words selected, if any.
    chosen: Option<Anchor>,
    /// The number on the page of the statement in focus, if any.
    focused: Option<usize>,
    on_add: Callback<MouseEvent>,
    on_respan: Callback<MouseEvent>,
    on_split: Callback<MouseEvent>,
}

/// What the editor can do with the selected words: add them as a
/// statement, or make them the words of the statement in focus or split
/// them off it.
#[component]
fn SelectionActions(props: &SelectionActionsProps) -> Html {
    let none = props.chosen.is_none();
    html! {
        <div class="selection-actions" aria-live="polite">
            if let Some(at) = &props.chosen {
                <p class="selected">{ "Selected: " }<mark>{ &at.text }</mark></p>
            }
            <button type="button" onclick={props.on_add.clone()} disabled={none}>{ "Add as a statement" }</button>
            if let Some(number) = props.focused {
                <button type="button" onclick={props.on_respan.clone()} disabled={none}>
                    { format!("Make these statement {}'s words", number + 1) }
                </button>
                <button type="button" onclick={props.on_split.clone()} disabled={none}>
                    { format!("Split these words off statement {}", number + 1) }
                </button>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selection_becomes_the_words_it_covers_without_surrounding_spaces() {
        let text = "Ana said “the café will close” on Monday.";
        let cases = [
            ("whole words", 10, 29, Some("the café will close")),
            ("backwards", 29, 10, Some("the café will close")),
            ("spaces around", 4, 9, Some("said")),
            ("only spaces", 8, 9, None),
            ("past the end", 34, 400, Some("Monday.")),
        ];
        for (name, from, to, words) in cases {
            let anchor = anchor_between(text, from, to);
            assert_eq!(anchor.as_ref().map(|a| a.text.as_str()), words, "{name}");
            if let Some(anchor) = anchor {
                assert_eq!(
                    text.get(anchor.start..anchor.end),
                    Some(anchor.text.as_str()),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn a_long_text_shows_whole_paragraphs_around_the_statement_in_focus() {
        let paragraph = "Ana said the café would close. ".repeat(40);
        let text = vec![paragraph.trim_end(); 60].join("\n\n");
        assert!(text.len() > SHOWN);
        let short = "Short.\n\nText.";
        assert_eq!(shown_part(short, (0, 6)), 0..short.len());
        for around in [
            (0, 10),
            (text.len() / 2, text.len() / 2 + 30),
            (text.len() - 5, text.len()),
        ] {
            let part = shown_part(&text, around);
            assert!(
                part.start <= around.0 && around.1 <= part.end,
                "{around:?} in {part:?}"
            );
            assert!(part.len() <= SHOWN + 2 * paragraph.len(), "{part:?}");
            let starts_paragraph =
                part.start == 0 || text.get(..part.start).is_some_and(|h| h.ends_with("\n\n"));
            let ends_paragraph = part.end == text.len()
                || text.get(part.end..).is_some_and(|t| t.starts_with("\n\n"));
            assert!(starts_paragraph && ends_paragraph, "{part:?}");
        }
    }

    #[test]
    fn words_after_an_opening_quotation_mark_are_a_quote() {
        let text = "Ana said “the café will close” and that rents rose.";
        let quote = anchor_between(text, 10, 29).expect("words");
        let reported = anchor_between(text, 40, 51).expect("words");
        assert_eq!(kind_of_selection(text, &quote), StatementKind::Direct);
        assert_eq!(kind_of_selection(text, &reported), StatementKind::Indirect);
    }
}

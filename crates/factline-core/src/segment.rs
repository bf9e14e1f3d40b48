//! Splits an article into paragraphs and sentences over the shared token
//! list, and sets feed and page boilerplate aside: "The post … appeared first
//! on …" footers (whose title and source become metadata), "Read More" lines,
//! related-story headlines, captions, bylines and datelines.

use crate::lex::{is_capitalized, is_in_capitals, tokenize, Kind, Lexicon, Mark, Token};

/// A run of tokens inside the engine: `first..end` as token indices into
/// the article's token list, half-open, so `end` is the token after the
/// last one. Byte ranges of the text, the unit of the dataset's spans, are
/// worked out from it only when a stage's finding is written down
/// (`record`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Span {
    pub first: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(first: usize, end: usize) -> Span {
        Span { first, end }
    }

    /// How many tokens it holds.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.first)
    }

    /// Whether token `i` lies inside it.
    pub fn contains(self, i: usize) -> bool {
        self.first <= i && i < self.end
    }

    /// Its token indices, in text order.
    pub fn indices(self) -> std::ops::Range<usize> {
        self.first..self.end
    }
}

/// A paragraph or sentence: a run of tokens, `first..end` as token indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    pub first: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Set aside from reporting: never a statement, a speaker or a time.
    pub boilerplate: bool,
    /// Set aside only for its form, as a headline is (no final punctuation,
    /// or title case), not as page furniture. Such a line may also be body
    /// text (a list item, a line of statistics), so figures read it.
    pub headline: bool,
}

/// The article's text and tokens, as every stage reads its words: a word
/// out of range (or out of the window a stage reads) is empty, so a rule can
/// look around a token without checking bounds first.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Document<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// The tokens `first..end` this reader sees; the whole text by default.
    pub first: usize,
    pub end: usize,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Document<'a> {
        Document {
            text,
            tokens,
            first: 0,
            end: tokens.len(),
        }
    }

    /// The same document seen only through tokens `first..end`.
    pub fn within(self, first: usize, end: usize) -> Document<'a> {
        Document { first, end, ..self }
    }

    /// Token `i`, if it lies in the window.
    pub fn token(&self, i: usize) -> Option<&'a Token> {
        self.tokens
            .get(i)
            .filter(|_| i >= self.first && i < self.end)
    }

    /// The text of token `i`; empty outside the window.
    pub fn word(&self, i: usize) -> &'a str {
        self.token(i).map_or("", |t| t.text(self.text))
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.token(i).is_some_and(Token::is_word)
    }
}

/// The segmented article.
#[derive(Debug, Default)]
pub(crate) struct Segments {
    pub tokens: Vec<Token>,
    pub paragraphs: Vec<Block>,
    pub sentences: Vec<Block>,
    /// The datelines before paragraphs ("JOHANNESBURG, August 7 (Xinhua)
    /// --"), which no sentence holds: their place is metadata, but their
    /// date says when the report was filed, and the times read it.
    pub datelines: Vec<Span>,
    pub title: Option<String>,
    pub source: Option<String>,
}

/// Paragraph openings that mark page furniture rather than reporting.
const FURNITURE: &[&str] = &[
    "read more",
    "related:",
    "related stories",
    "related coverage",
    "related articles",
    "related content",
    "cover photo",
    "photo:",
    "photo credit",
    "photos:",
    "image:",
    "image credit",
    "images:",
    "credit:",
    "caption:",
    "file photo",
    "file -",
    "file –",
    "sign up",
    "subscribe",
    "follow us",
    "copyright",
    "©",
    "all rights reserved",
    "click here",
    "watch:",
    "watch the",
    "video:",
    "advertisement",
    "this article originally",
    "this story originally",
    "originally published",
    "(photo",
    "[photo",
    "share this",
    "listen to",
    "more:",
    "see also",
    "also read",
    "contributing:",
    "reporting by",
    "editing by",
    "(reporting by",
];

/// The first words of the furniture openings, to skip the full test cheaply.
static FURNITURE_OPENERS: Lexicon = Lexicon::new(&[
    "read",
    "related",
    "cover",
    "photo",
    "photos",
    "image",
    "images",
    "credit",
    "caption",
    "file",
    "sign",
    "subscribe",
    "follow",
    "copyright",
    "all",
    "click",
    "watch",
    "video",
    "advertisement",
    "this",
    "originally",
    "share",
    "listen",
    "more",
    "see",
    "also",
    "contributing",
    "reporting",
    "editing",
]);

/// Words that a sentence keeps in lower case but a title-case headline
/// capitalises.
static HEADLINE_CAPITALS: Lexicon = Lexicon::new(&[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "won't", "won’t",
    "can", "could", "would", "should", "with", "for", "from", "over", "into", "after", "about",
    "says", "said", "not", "at", "on", "in", "to", "of", "and", "or", "but", "as", "by", "than",
    "that", "this", "its", "his", "her", "their", "against", "amid", "before", "under",
]);

/// Words that open an ordinary sentence; after a dotted abbreviation such as
/// "U.S." they show that the dot also ended the sentence.
static SENTENCE_STARTERS: Lexicon = Lexicon::new(&[
    "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "this", "that", "a", "an",
    "there", "his", "her", "their", "its", "however", "on", "at", "for", "as", "after", "when",
    "while", "if", "so", "yet", "still", "now", "then", "these", "those", "some", "many", "most",
]);

impl Segments {
    pub fn text_of<'a>(&self, text: &'a str, first: usize, end: usize) -> &'a str {
        match (
            self.tokens.get(first),
            end.checked_sub(1).and_then(|l| self.tokens.get(l)),
        ) {
            (Some(a), Some(b)) if a.start() <= b.end() => {
                text.get(a.start()..b.end()).unwrap_or("")
            }
            _ => "",
        }
    }

    /// The sentence holding token `index`, found by binary search.
    pub fn sentence_of(&self, index: usize) -> Option<usize> {
        let at = self.sentences.partition_point(|s| s.end <= index);
        self.sentences
            .get(at)
            .filter(|s| s.first <= index && index < s.end)
            .map(|_| at)
    }
}

/// Segments the text.
pub(crate) fn segment(text: &str) -> Segments {
    let tokens = tokenize(text);
    let mut segments = Segments {
        tokens,
        ..Segments::default()
    };
    let mut first = 0;
    let mut before = None;
    for i in 1..=segments.tokens.len() {
        if i == segments.tokens.len() || segments.tokens[i].newline_before {
            let paragraph = segments.paragraphs.len();
            let set_aside = match before {
                Some(SetAside::UnfinishedNote) if on_next_line(text, &segments.tokens, first) => {
                    note_line(text, &segments.tokens[first..i])
                }
                _ => furniture(text, &mut segments, first, i),
            };
            before = set_aside;
            let block = Block {
                first,
                end: i,
                paragraph,
                boilerplate: set_aside.is_some(),
                headline: set_aside == Some(SetAside::Headline),
            };
            segments.paragraphs.push(block);
            split_sentences(text, &mut segments, block);
            first = i;
        }
    }
    segments
}

/// Why a paragraph is set aside from reporting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SetAside {
    /// A feed footer, a byline or a line opened like furniture ("Read more").
    Furniture,
    /// A line shaped like a headline: no final punctuation, or title case.
    Headline,
    /// A line of an editor's note that ends unfinished: copy pasted from a
    /// web page keeps the page's line breaks, so the note goes on in the
    /// next line ("Editor’s note: Ann Lee regularly" / "incites riots.").
    UnfinishedNote,
}

/// Decides whether a paragraph is set aside, and why, reading a feed
/// footer's title and source on the way.
fn furniture(text: &str, segments: &mut Segments, first: usize, end: usize) -> Option<SetAside> {
    let para = segments.text_of(text, first, end);
    if let Some((title, source)) = feed_footer(para) {
        segments.title = Some(title.to_string()).filter(|t| !t.is_empty());
        segments.source = Some(source.to_string()).filter(|s| !s.is_empty());
        return Some(SetAside::Furniture);
    }
    let tokens = segments.tokens.get(first..end).unwrap_or(&[]);
    if is_editors_note(para, tokens) {
        return note_line(text, tokens);
    }
    if opens_like_furniture(para, tokens) || is_byline(text, tokens) {
        return Some(SetAside::Furniture);
    }
    headline_shape(text, tokens)
}

/// How a line of an editor's note is set aside: as furniture, or as a line
/// the note goes on from.
fn note_line(text: &str, tokens: &[Token]) -> Option<SetAside> {
    Some(if ends_finished(text, tokens) {
        SetAside::Furniture
    } else {
        SetAside::UnfinishedNote
    })
}

/// Whether the paragraph opening at token `first` is the next line of the
/// one before, with no blank line between them: a hard-wrapped paragraph.
fn on_next_line(text: &str, tokens: &[Token], first: usize) -> bool {
    let gap = match first.checked_sub(1).and_then(|last| tokens.get(last)) {
        Some(last) => text.get(last.end()..tokens[first].start()).unwrap_or(""),
        None => return false,
    };
    gap.matches('\n').count() == 1
}

/// The title and source of a feed's footer: "The post TITLE appeared first
/// on SOURCE."
fn feed_footer(para: &str) -> Option<(&str, &str)> {
    let rest = para.strip_prefix("The post ")?;
    let at = rest.find(" appeared first on ")?;
    let title = rest.get(..at).unwrap_or("").trim();
    let source = rest.get(at + " appeared first on ".len()..).unwrap_or("");
    Some((title, source.trim().trim_end_matches('.')))
}

/// Whether a short line opens as furniture does ("Read more", "©").
fn opens_like_furniture(para: &str, tokens: &[Token]) -> bool {
    // Furniture lines are short; long paragraphs skip the prefix tests.
    let may_be_furniture = tokens.first().is_some_and(|t| {
        FURNITURE_OPENERS.contains_key(t.key) || matches!(t.kind, Kind::Punct('©' | '(' | '['))
    });
    if tokens.len() > 40 || !may_be_furniture {
        return false;
    }
    let cut = para.char_indices().nth(24).map_or(para.len(), |(at, _)| at);
    let prefix = para.get(..cut).unwrap_or(para).to_lowercase();
    FURNITURE.iter().any(|p| prefix.starts_with(p))
}

/// Whether a paragraph is an editor's note the publisher sets on its
/// stories, page furniture as a byline is: "Editor’s note: Ann Lee is a
/// serial fabulist who has pledged to close every pier." It opens
/// "Editor's note:" and is short; a long note that corrects the story
/// ("Editor's Note: An article on Monday reported that … On Wednesday,
/// however, the harbor master said …") reports what was found, and is read.
fn is_editors_note(para: &str, tokens: &[Token]) -> bool {
    const NOTE_WORDS: usize = 60;
    // Web copy often joins the words with no-break spaces.
    let opening: String = para
        .chars()
        .take(14)
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let opens = opening.to_lowercase().replace('’', "'") == "editor's note:";
    opens && tokens.iter().filter(|t| t.is_word()).count() <= NOTE_WORDS
}

/// Whether a line is a byline: "By Jane Doe and John Roe, Reuters".
fn is_byline(text: &str, tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| t.is_word()).map(|t| t.text(text));
    let opens = words.next() == Some("By") && words.next().is_some_and(is_capitalized);
    opens && tokens.iter().filter(|t| t.is_word()).count() <= 10
}

/// Whether a line is shaped like a headline, caption or related-story link:
/// short with no final punctuation, or in title case.
fn headline_shape(text: &str, tokens: &[Token]) -> Option<SetAside> {
    let mut words = 0;
    let mut long = 0;
    let mut capitalized = 0;
    let mut headline_words = 0;
    for token in tokens.iter().filter(|t| t.is_word()) {
        let word = token.text(text);
        if words > 0 && is_capitalized(word) && HEADLINE_CAPITALS.contains_key(token.key) {
            headline_words += 1;
        }
        words += 1;
        if word.len() >= 4 {
            long += 1;
            capitalized += usize::from(is_capitalized(word));
        }
    }
    if !ends_finished(text, tokens) && words <= 30 {
        return Some(SetAside::Headline);
    }
    // A headline in title case: most of its longer words are capitalised,
    // including words a sentence keeps in lower case. A sentence full of
    // names ("President Ana Lopez met the council") is not one.
    let title_case = capitalized * 5 >= long * 4 && (headline_words > 0 || capitalized == long);
    (words <= 25 && long >= 4 && title_case).then_some(SetAside::Headline)
}

/// Whether a line ends with final punctuation, before any closing quotation
/// mark or bracket.
fn ends_finished(text: &str, tokens: &[Token]) -> bool {
    let last_real = tokens
        .iter()
        .rev()
        .find(|t| !t.is_quote() && !t.is_punct(')') && !t.is_punct(']'));
    last_real.is_some_and(|t| {
        matches!(t.kind, Kind::Punct('.' | '!' | '?' | '…' | ':' | ';'))
            || (t.is_word() && t.text(text).ends_with('.'))
    })
}

/// The most tokens a sentence holds. Rules read a sentence from its start to
/// a cue and from a cue to its end, so in a text without sentence ends every
/// cue would read the whole text and the work would grow with the square of
/// its length. The longest sentence in the 1,211 benchmark articles has 220
/// tokens; a longer run is cut into pieces of this length.
const MAX_SENTENCE_TOKENS: usize = 512;

/// Adds a sentence, cut into pieces of at most `MAX_SENTENCE_TOKENS` tokens.
fn push_sentence(sentences: &mut Vec<Block>, sentence: Block) {
    let mut first = sentence.first;
    while first < sentence.end {
        let end = sentence.end.min(first + MAX_SENTENCE_TOKENS);
        sentences.push(Block {
            first,
            end,
            ..sentence
        });
        first = end;
    }
}

/// Splits one paragraph into sentences at final punctuation followed by a
/// capital, a digit or an opening quotation mark.
fn split_sentences(text: &str, segments: &mut Segments, paragraph: Block) {
    let Block { first, end, .. } = paragraph;
    let mut start = dateline_end(text, &segments.tokens, first, end);
    if start > first {
        segments.datelines.push(Span { first, end: start });
    }
    let mut i = start;
    while i < end {
        let mut next = i + 1;
        if is_stop(text, &segments.tokens, i) {
            next = after_closing_marks(&segments.tokens, next, end);
            if opens_sentence(text, segments.tokens.get(next).filter(|_| next < end)) {
                let sentence = Block {
                    first: start,
                    end: next,
                    ..paragraph
                };
                push_sentence(&mut segments.sentences, sentence);
                start = next;
            }
        }
        i = next;
    }
    push_sentence(
        &mut segments.sentences,
        Block {
            first: start,
            ..paragraph
        },
    );
}

/// Whether the token at `i` may end a sentence: a full stop, "!", "?" or
/// "…", or a dotted abbreviation when an ordinary sentence opener follows
/// it.
fn is_stop(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = tokens[i].text(text);
    match tokens[i].kind {
        Kind::Punct('.' | '!' | '?' | '…') => true,
        Kind::Word if word.ends_with('.') && word.len() > 2 => tokens.get(i + 1).is_some_and(|n| {
            SENTENCE_STARTERS.contains(n.text(text)) && is_capitalized(n.text(text))
        }),
        _ => false,
    }
}

/// The first token from `next` (before `end`) that is not a closing mark
/// or bracket: those belong to the sentence they close.
fn after_closing_marks(tokens: &[Token], mut next: usize, end: usize) -> usize {
    while let Some(t) = tokens.get(next).filter(|_| next < end) {
        let closes = matches!(
            t.kind,
            Kind::Quote(Mark::Close) | Kind::Punct(')' | ']' | '’' | '\'')
        ) || (t.kind == Kind::Quote(Mark::Straight) && !t.space_before);
        if !closes {
            break;
        }
        next += 1;
    }
    next
}

/// Whether `token` may open a sentence after a stop: a quotation mark, a
/// number, a bracket or a capitalised word.
fn opens_sentence(text: &str, token: Option<&Token>) -> bool {
    token.is_some_and(|t| {
        t.is_quote()
            || t.kind == Kind::Number
            || t.is_punct('(')
            || t.is_punct('‘')
            || (t.is_word() && is_capitalized(t.text(text)))
    })
}

/// The first token after a dateline such as "WASHINGTON (AP) —",
/// "(NEXSTAR) —" or "LONDON, Dec. 3 (Reuters) -", or `first` when the
/// paragraph has none. The dateline's place and date are metadata, not
/// reporting.
fn dateline_end(text: &str, tokens: &[Token], first: usize, end: usize) -> usize {
    let limit = end.min(first + 14);
    for i in first..limit {
        let token = tokens[i];
        let dash = matches!(token.kind, Kind::Punct('—' | '–' | '_'))
            || (token.is_punct('-') && token.space_before);
        // An Indian or Pakistani dateline ends on a colon: "NEW DELHI:".
        let colon = token.is_punct(':');
        if (dash || colon) && i > first {
            let head = &tokens[first..i];
            let fits = if colon {
                words_in_capitals(text, head)
            } else {
                is_dateline_head(text, head)
            };
            return if fits { i + 1 } else { first };
        }
        let allowed = token.is_word()
            || token.kind == Kind::Number
            || matches!(token.kind, Kind::Punct(',' | '(' | ')' | '.'));
        if !allowed {
            return first;
        }
    }
    first
}

/// Whether the words of `head`, before a dash, are a dateline's: in
/// capitals, or a month or an outlet ("LONDON, Dec. 3 (Reuters)"), or a
/// place in capitals and then, after a comma, capitalised words that say
/// where it is ("LAGOS, Nigeria (AP)", "GATINEAU, Que."). A sentence that
/// opens with a name before a dash has no comma after a word in capitals
/// ("US President Jo Roe — who …").
fn is_dateline_head(text: &str, head: &[Token]) -> bool {
    let words = || head.iter().filter(|t| t.is_word());
    let known = |w: &str| {
        is_in_capitals(w)
            || crate::grammar::month_number(w).is_some()
            || DATELINE_OUTLETS.contains(w)
    };
    if words().next().is_none() {
        return false;
    }
    if words().all(|t| known(t.text(text))) {
        return true;
    }
    let place = head.iter().take_while(|t| !t.is_punct(','));
    let place_in_capitals = words_in_capitals(text, &head[..place.count()]);
    let comma = head.iter().any(|t| t.is_punct(','));
    let capitalised = words().all(|t| is_capitalized(t.text(text)) || known(t.text(text)));
    place_in_capitals && comma && capitalised
}

/// Whether `tokens` hold a word and every word in them is in capitals.
fn words_in_capitals(text: &str, tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| t.is_word()).peekable();
    words.peek().is_some() && words.all(|t| is_in_capitals(t.text(text)))
}

/// News agencies and outlets a dateline names in brackets or before its dash:
/// "(Reuters) —", "WASHINGTON (AP) —".
static DATELINE_OUTLETS: Lexicon = Lexicon::new(&[
    "Reuters",
    "Nexstar",
    "AP",
    "AFP",
    "CNN",
    "Bloomberg",
    "Xinhua",
]);

#[cfg(test)]
mod tests {
    use super::segment;

    fn sentences(text: &str) -> Vec<(&str, bool)> {
        let s = segment(text);
        s.sentences
            .iter()
            .map(|b| (s.text_of(text, b.first, b.end), b.boilerplate))
            .collect()
    }

    #[test]
    fn sentences_split_after_final_punctuation_but_not_abbreviations() {
        let cases = [
            (
                "Sen. Jane Roe (D-Md.) spoke. It was Dec. 3. The U.S. Army left.",
                vec![
                    "Sen. Jane Roe (D-Md.) spoke.",
                    "It was Dec. 3.",
                    "The U.S. Army left.",
                ],
            ),
            (
                "The mayor said no. Residents said the No. 2 pier was full.",
                vec![
                    "The mayor said no.",
                    "Residents said the No. 2 pier was full.",
                ],
            ),
            (
                "“We are full.” She left. He moved to the U.S. He stayed.",
                vec![
                    "“We are full.”",
                    "She left.",
                    "He moved to the U.S.",
                    "He stayed.",
                ],
            ),
        ];
        for (text, expected) in cases {
            let got: Vec<&str> = sentences(text).into_iter().map(|(s, _)| s).collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn boilerplate_paragraphs_are_set_aside() {
        let cases = [
            ("Read More News", true),
            ("Cover Photo:", true),
            ("By Jane Doe and John Roe", true),
            ("Mayor at the harbour", true),
            ("Storm Hits Coast, Thousands Lose Power Overnight.", true),
            ("The mayor said the city was full.", false),
            ("The mayor said:", false),
            (
                "Editor’s Note: Ann Lee is a fabulist who pledged to shut the pier.",
                true,
            ),
            (
                "Editor's note: Ann Lee is a fabulist who pledged to shut the pier.",
                true,
            ),
            (
                "Editor’s\u{a0}note:\u{a0}Ann Lee is a fabulist who pledged to shut the pier.",
                true,
            ),
            (
                "Note: Ann Lee is a fabulist who pledged to shut the pier.",
                false,
            ),
        ];
        for (text, boilerplate) in cases {
            assert_eq!(sentences(text)[0].1, boilerplate, "{text}");
        }
    }

    #[test]
    fn a_hard_wrapped_editors_note_is_set_aside_to_its_end() {
        let text = "Editor’s note: Ann Lee regularly\nmisleads voters and has\npledged to close all 12 piers.\nThe mayor said the pier was sold.\n\nEditor’s note: Ann Lee is a fabulist\n\nThe harbor master said it was full.";
        let got: Vec<(&str, bool)> = sentences(text);
        assert_eq!(
            got,
            vec![
                ("Editor’s note: Ann Lee regularly", true),
                ("misleads voters and has", true),
                ("pledged to close all 12 piers.", true),
                ("The mayor said the pier was sold.", false),
                ("Editor’s note: Ann Lee is a fabulist", true),
                ("The harbor master said it was full.", false),
            ]
        );
    }

    #[test]
    fn feed_footer_gives_title_and_source() {
        let text = "Body.\n\nThe post Rain Returns appeared first on The Daily Example.";
        let s = segment(text);
        assert_eq!(s.title.as_deref(), Some("Rain Returns"));
        assert_eq!(s.source.as_deref(), Some("The Daily Example"));
        assert!(s.paragraphs[1].boilerplate);
    }

    #[test]
    fn dateline_is_not_part_of_the_first_sentence() {
        let cases = [
            ("(NEXSTAR) — The mayor spoke.", "The mayor spoke."),
            ("WASHINGTON (AP) — The mayor spoke.", "The mayor spoke."),
            ("LAGOS, Nigeria (AP) — The mayor spoke.", "The mayor spoke."),
            ("GATINEAU, Que. — The mayor spoke.", "The mayor spoke."),
            ("NEW DELHI: The mayor spoke.", "The mayor spoke."),
            (
                "US President Jo Roe — a lawyer — spoke.",
                "US President Jo Roe — a lawyer — spoke.",
            ),
            ("Note: The mayor spoke.", "Note: The mayor spoke."),
            (
                "The mayor — a lawyer — spoke.",
                "The mayor — a lawyer — spoke.",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text)[0].0, expected, "{text}");
        }
    }
}

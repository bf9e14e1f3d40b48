//! Auto-height for iframes: the page tells its host how tall its content is,
//! on load and on every change, so the host can size the iframe with no inner
//! scrollbar; and it asks the host to scroll what the reader opened into view,
//! since an iframe as tall as its content cannot scroll by itself.
//!
//! Three messages go out, carrying only a height or an offset:
//!
//! - pym.js's protocol (`pymxPYMx{id}xPYMxheightxPYMx{px}`), so sites that
//!   already embed with pym.js need nothing of ours; pym's `width` message from
//!   the parent is answered with the height, as pym children do;
//! - AMP's `embed-size` request, `{"sentinel":"amp","type":"embed-size",
//!   "height":px}` as a JSON string, which an AMP page's `amp-iframe
//!   resizable` reads (AMP parses a message that is a JSON string) and
//!   `static/embed.js` reads on other host pages. One message serves both,
//!   so an AMP page needs nothing of ours and the page carries no code to
//!   tell AMP from other hosts;
//! - pym's `scrollToChildPos` with the offset of what the reader opened from
//!   the frame's top, which pym.js and `static/embed.js` both answer by
//!   scrolling the host page there (embed.js reads it whatever the id, which
//!   is empty where pym did not make the frame).
//!
//! Messages in are read only when they come from the parent window and are
//! short (anything else is dropped before its data is copied), only in
//! pym's exact shape or as `static/embed.js`'s greeting, and, when pym names
//! the parent's URL, only from that origin. Heights go to the parent's
//! origin once it is known, from pym's `parentUrl` or from that greeting,
//! and to any origin only until then.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Document, HtmlElement, MessageEvent, ResizeObserver, Window};

use crate::launch::{url_pairs, Theme};
use crate::route::percent_encode;

/// pym.js's separator between the fields of a message.
const PYM_SEPARATOR: &str = "xPYMx";

/// The longest message from the parent that is read at all: room for the
/// host script's greeting with a long address; pym's width request is far
/// shorter. A longer one is dropped before it is copied into the page's
/// memory, which never shrinks.
const MAX_MESSAGE_LENGTH: u32 = 2048;

/// What `static/embed.js` answers to this page's first height, from the host
/// page's own origin and followed by that page's address (without its
/// hash), so that messages need not be posted to any origin and links to a
/// statement can be links to the host's article.
const HOST_GREETING: &str = "factline:host ";

/// How the page asks its host to scroll to an offset of the page.
type ScrollHost = Box<dyn Fn(i32)>;

thread_local! {
    /// Asks the host page to scroll an offset of this page into view; set
    /// once [`report_height_to_host`] has found a host.
    static SCROLL_HOST: RefCell<Option<ScrollHost>> = const { RefCell::new(None) };
    /// The host page's address, as its host script greeted this page.
    static HOST_PAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The link to `statement` (`ARTICLE/ID`) on the host page, when its host
/// script told this page its address: `…/story.html#factline=ARTICLE/ID`,
/// which that script opens. `None` elsewhere, where links go to the full
/// page instead.
pub fn host_link(statement: &str) -> Option<String> {
    HOST_PAGE.with_borrow(|page| {
        let page = page.as_ref()?;
        Some(format!("{page}#factline={}", percent_encode(statement)))
    })
}

/// Asks the host page, when the page is in a frame, to bring the point
/// `top` pixels below the frame's visible top into its own view, as pym.js
/// and `static/embed.js` do on pym's `scrollToChildPos`. In a frame as tall
/// as its content nothing scrolls inside, so only the host can show what
/// the reader opened.
pub fn scroll_host_to(top: f64) {
    SCROLL_HOST.with_borrow(|scroll| {
        if let Some(scroll) = scroll {
            scroll(top as i32);
        }
    });
}

/// Whether the page is in a frame, with a host page around it.
pub fn in_frame() -> bool {
    SCROLL_HOST.with_borrow(Option::is_some)
}

/// Starts reporting the page's height to its parent for the life of the
/// page, when the page is in a frame; does nothing otherwise.
pub fn report_height_to_host() {
    let Some((window, parent, document, body)) = framed_page() else {
        return;
    };
    let query = window.location().search().unwrap_or_default();
    let child = PymChild::from_query(&query);
    // Where messages go: the parent's origin once known. Sizes and offsets
    // are not secret, so until then any origin may have them.
    let target = Rc::new(RefCell::new(child.parent_origin.clone()));
    let post = {
        let (parent, target) = (parent.clone(), target.clone());
        move |message: &str| {
            let target = target.borrow();
            let origin = target.as_deref().unwrap_or("*");
            let _ = parent.post_message(&JsValue::from_str(message), origin);
        }
    };
    let report = {
        let (window, child, post) = (window.clone(), child.clone(), post.clone());
        move || {
            // An empty page is never the embed's height: until the app has
            // rendered a view the build-time picture does not show, the
            // body is empty, and a height of 0 would collapse the frame,
            // pulling the host's text up only to push it down again.
            if let Some(height) = content_height(&window).filter(|&height| height > 0) {
                for message in child.height_messages(height) {
                    post(&message);
                }
            }
        }
    };
    if !observe_size(&body, report.clone()) {
        return;
    }
    let moved = moves_of_address(&window);
    let id = child.id.clone().unwrap_or_default();
    SCROLL_HOST.set(Some(Box::new({
        let report = report.clone();
        move |top: i32| {
            if moved.get() || document.has_focus().unwrap_or_default() {
                // The height first, so that the host has made the frame tall
                // enough to hold the point it scrolls to.
                report();
                post(&pym_message(
                    &id,
                    "scrollToChildPos",
                    &top.max(0).to_string(),
                ));
            }
        }
    })));
    listen_to_host(&window, parent, child, target, report);
}

/// The page's window, its parent, document and body, when the page is in a
/// frame.
fn framed_page() -> Option<(Window, Window, Document, HtmlElement)> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return None;
    }
    let document = window.document()?;
    let body = document.body()?;
    Some((window, parent, document, body))
}

/// Calls `report` on load (the observer's first call) and on every change
/// of the content's size, for the life of the page; false where the
/// browser has no ResizeObserver.
fn observe_size(body: &HtmlElement, report: impl Fn() + 'static) -> bool {
    let on_resize = Closure::<dyn Fn()>::new(report);
    let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return false;
    };
    observer.observe(body);
    on_resize.forget();
    true
}

/// Whether a link has moved the frame's address (a host page opening a
/// statement, Back, Forward). The host scrolls only for what the reader
/// did: that, or a choice made in the frame (it has the focus); the view
/// the embed opens with never pulls the host page to the frame. A move of
/// the address fires `popstate` before `hashchange`, and this listener,
/// added before the app's, hears it before the app renders the new route.
fn moves_of_address(window: &Window) -> Rc<Cell<bool>> {
    let moved = Rc::new(Cell::new(false));
    let on_move = {
        let moved = moved.clone();
        Closure::<dyn Fn()>::new(move || moved.set(true))
    };
    let _ = window.add_event_listener_with_callback("popstate", on_move.as_ref().unchecked_ref());
    on_move.forget();
    moved
}

/// Reads the parent's messages for the life of the page: the host script's
/// greeting, which names the parent's origin and the host page's address,
/// and pym's requests for the height, which `report` answers.
fn listen_to_host(
    window: &Window,
    parent: Window,
    child: PymChild,
    target: Rc<RefCell<Option<String>>>,
    report: impl Fn() + 'static,
) {
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        // A cross-origin parent is a WindowProxy that fails `instanceof
        // Window`, so it is compared by identity.
        let from_parent = event.source().is_some_and(|source| {
            AsRef::<JsValue>::as_ref(&source) == AsRef::<JsValue>::as_ref(&parent)
        });
        if !from_parent {
            return;
        }
        let data = event.data();
        let Some(text) = data
            .dyn_ref::<js_sys::JsString>()
            .filter(|text| text.length() <= MAX_MESSAGE_LENGTH)
        else {
            return;
        };
        let text = String::from(text);
        let origin = event.origin();
        if let Some(page) = text.strip_prefix(HOST_GREETING) {
            if origin != "null" && target.borrow().is_none() {
                // An address is believed only on its own origin's word.
                if origin_of(page).as_ref() == Some(&origin) {
                    HOST_PAGE.set(Some(page.to_string()));
                }
                *target.borrow_mut() = Some(origin);
            }
        } else if child.accepts(&origin, &text) {
            report();
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    // The handler lives as long as the page.
    on_message.forget();
}

/// The page the build makes for embeds: `index.html` with a build-time
/// picture of the embed's first view instead of the full page's.
const EMBED_PAGE: &str = "embed.html";

/// What a producer may change about an embed besides its theme, in the
/// Embed control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedOption {
    /// Readers of the host's article get no theme switch (`hide=theme`).
    HideThemeSwitch,
    /// Readers get the search but no filters (`hide=filters`).
    HideFilters,
    /// The frame keeps the snippet's height and its content scrolls inside
    /// (`data-factline="fixed"`, which `static/embed.js` leaves unsized).
    FixedHeight,
}

/// The options a producer chose, all off at first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    pub hide_theme_switch: bool,
    pub hide_filters: bool,
    pub fixed_height: bool,
}

impl EmbedOptions {
    fn flag(&mut self, option: EmbedOption) -> &mut bool {
        match option {
            EmbedOption::HideThemeSwitch => &mut self.hide_theme_switch,
            EmbedOption::HideFilters => &mut self.hide_filters,
            EmbedOption::FixedHeight => &mut self.fixed_height,
        }
    }

    pub fn toggle(&mut self, option: EmbedOption) {
        let flag = self.flag(option);
        *flag = !*flag;
    }

    pub fn has(mut self, option: EmbedOption) -> bool {
        *self.flag(option)
    }

    /// The `hide=` option of the embed's address, which the page reads
    /// (`LaunchOptions::hide`) and its stylesheet follows.
    fn hide(self) -> Option<&'static str> {
        match (self.hide_theme_switch, self.hide_filters) {
            (true, true) => Some("hide=theme+filters"),
            (true, false) => Some("hide=theme"),
            (false, true) => Some("hide=filters"),
            (false, false) => None,
        }
    }
}

/// The address that shows `page_url`'s view in embed mode, in `theme` and
/// with `options`: the embed's page ([`EMBED_PAGE`], in place of
/// `index.html`), with the same query and hash, `embed=1` first in the
/// query, `theme=` the theme unless it is `auto` (an embed follows its
/// host's system by default, and the build-time picture shows only at
/// `?embed=1`), then what the options hide.
pub fn embed_url(page_url: &str, theme: Theme, options: EmbedOptions) -> String {
    with_embed(page_url, Some((theme, options)))
}

/// The address of `page_url`'s view as a full page, for links out of an embed.
pub fn full_page_url(page_url: &str) -> String {
    with_embed(page_url, None)
}

/// `page_url` as an embed in a theme with options (`Some`), or as the full
/// page.
fn with_embed(page_url: &str, embed: Option<(Theme, EmbedOptions)>) -> String {
    let (before_hash, hash) = page_url.split_once('#').unwrap_or((page_url, ""));
    let (base, query) = before_hash.split_once('?').unwrap_or((before_hash, ""));
    let mut pairs: Vec<&str> = embed.map(|_| "embed=1").into_iter().collect();
    if let Some((theme, options)) = embed {
        pairs.extend(match theme {
            Theme::Light => Some("theme=light"),
            Theme::Dark => Some("theme=dark"),
            Theme::Auto => None,
        });
        pairs.extend(options.hide());
    }
    let embed = embed.is_some();
    // An embed's theme and what it hides are the ones chosen, never ones
    // its address came with.
    pairs.extend(query.split('&').filter(|pair| {
        let key = pair.split('=').next();
        !pair.is_empty()
            && key != Some("embed")
            && !(embed && matches!(key, Some("theme" | "hide")))
    }));
    let mut url = page_for(base, embed);
    if !pairs.is_empty() {
        url.push('?');
        url.push_str(&pairs.join("&"));
    }
    if !hash.is_empty() {
        url.push('#');
        url.push_str(hash);
    }
    url
}

/// The page of `base` that shows the full page or the embed: the app's own
/// pages (the folder, `index.html`, [`EMBED_PAGE`]) swap, other paths stay.
fn page_for(base: &str, embed: bool) -> String {
    let (folder, file) = match base.rsplit_once('/') {
        Some((folder, file)) => (base.get(..=folder.len()).unwrap_or(base), file),
        None => ("", base),
    };
    match (embed, file) {
        (true, "" | "index.html") => format!("{folder}{EMBED_PAGE}"),
        (false, EMBED_PAGE) if folder.is_empty() => "./".to_string(),
        (false, EMBED_PAGE) => folder.to_string(),
        _ => base.to_string(),
    }
}

/// The HTML a newsroom pastes to embed `page_url`'s view in `theme` with
/// `options`: a lazy, sandboxed iframe at full width, and the host script
/// that sizes it to its content (unless its height is fixed), scrolls to
/// what opens in it and links to its statements on the host page.
///
/// The sandbox lets the page run and read its dataset (scripts, same origin)
/// and open links in new, unsandboxed tabs; it gives no top navigation, forms
/// or downloads.
pub fn embed_snippet(page_url: &str, theme: Theme, options: EmbedOptions) -> String {
    let src = embed_url(page_url, theme, options);
    let (before_hash, _) = page_url.split_once('#').unwrap_or((page_url, ""));
    let (page, _) = before_hash.split_once('?').unwrap_or((before_hash, ""));
    let folder = page
        .rfind('/')
        .map_or(page, |slash| page.get(..=slash).unwrap_or(page));
    format!(
        "<iframe src=\"{}\" title=\"factline: who said what, with which numbers, when\" \
         width=\"100%\" height=\"600\" loading=\"lazy\" style=\"border:0;width:100%\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" \
         allow=\"clipboard-write\" data-factline{}></iframe>\n\
         <script src=\"{}embed.js\" async></script>",
        escape_attribute(&src),
        if options.fixed_height {
            "=\"fixed\""
        } else {
            ""
        },
        escape_attribute(folder)
    )
}

/// Escapes text for a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The height of the page's content in CSS pixels, rounded up.
fn content_height(window: &Window) -> Option<u32> {
    let body = window.document()?.body()?;
    let height = body.get_bounding_client_rect().height().ceil();
    (height.is_finite() && height >= 0.0).then_some(height as u32)
}

/// What pym.js told this page about itself in the iframe's URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct PymChild {
    /// The id pym.js gave the iframe (`childId`); factline's own messages need none.
    id: Option<String>,
    /// The parent page's origin, from pym's `parentUrl`, when it names one.
    parent_origin: Option<String>,
}

impl PymChild {
    fn from_query(query: &str) -> PymChild {
        let mut child = PymChild::default();
        for (key, value) in url_pairs(query.trim_start_matches('?')) {
            match key {
                "childId" if !value.is_empty() => child.id = Some(value),
                "parentUrl" => child.parent_origin = origin_of(&value),
                _ => {}
            }
        }
        child
    }

    /// The messages that announce `height`: AMP's `embed-size`, which
    /// `static/embed.js` reads too, and pym's when pym.js made the iframe.
    fn height_messages(&self, height: u32) -> Vec<String> {
        let mut messages = vec![format!(
            r#"{{"sentinel":"amp","type":"embed-size","height":{height}}}"#
        )];
        if let Some(id) = &self.id {
            messages.push(pym_message(id, "height", &height.to_string()));
        }
        messages
    }

    /// Whether a message from the parent is pym's request for the height: its
    /// `width` message for this child, from the parent's origin when known.
    fn accepts(&self, origin: &str, message: &str) -> bool {
        let Some(id) = &self.id else {
            return false;
        };
        if self
            .parent_origin
            .as_deref()
            .is_some_and(|parent| parent != origin)
        {
            return false;
        }
        let prefix = pym_message(id, "width", "");
        message
            .strip_prefix(prefix.as_str())
            .is_some_and(|width| !width.is_empty() && width.bytes().all(|b| b.is_ascii_digit()))
    }
}

fn pym_message(id: &str, kind: &str, value: &str) -> String {
    format!("pym{PYM_SEPARATOR}{id}{PYM_SEPARATOR}{kind}{PYM_SEPARATOR}{value}")
}

/// `https://news.example/a/b?c` → `https://news.example`.
fn origin_of(url: &str) -> Option<String> {
    let at = url.as_bytes().windows(3).position(|w| w == b"://")?;
    let (scheme, rest) = (url.get(..at)?, url.get(at + 3..)?);
    let host = rest.split(['/', '?', '#']).next()?;
    (!scheme.is_empty() && !host.is_empty()).then(|| format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::{
        embed_snippet, embed_url, full_page_url, origin_of, EmbedOption, EmbedOptions, PymChild,
    };
    use crate::launch::Theme;

    #[test]
    fn embed_url_keeps_query_and_hash_and_puts_embed_first() {
        let cases = [
            (
                "https://x.github.io/factline/",
                "https://x.github.io/factline/embed.html?embed=1",
            ),
            (
                "https://x.github.io/factline/index.html?theme=dark&embed=0#view=speakers&speaker=p1",
                // The address's theme gives way to the chosen one, here auto.
                "https://x.github.io/factline/embed.html?embed=1#view=speakers&speaker=p1",
            ),
            (
                "http://127.0.0.1:8080/#statement=a/s1",
                "http://127.0.0.1:8080/embed.html?embed=1#statement=a/s1",
            ),
            // No address yet (the build-time picture): the embed page, relative.
            ("", "embed.html?embed=1"),
            // A page the build did not make keeps its path.
            (
                "https://news.example/factline.html",
                "https://news.example/factline.html?embed=1",
            ),
        ];
        for (page, embed) in cases {
            assert_eq!(
                embed_url(page, Theme::Auto, EmbedOptions::default()),
                embed,
                "{page}"
            );
        }
    }

    #[test]
    fn embed_url_carries_the_chosen_theme_in_place_of_the_addresss() {
        let page = "https://x.github.io/f/?theme=light&data=d.json#view=figures";
        let cases = [
            (
                Theme::Dark,
                "https://x.github.io/f/embed.html?embed=1&theme=dark&data=d.json#view=figures",
            ),
            (
                Theme::Light,
                "https://x.github.io/f/embed.html?embed=1&theme=light&data=d.json#view=figures",
            ),
            (
                Theme::Auto,
                "https://x.github.io/f/embed.html?embed=1&data=d.json#view=figures",
            ),
        ];
        for (theme, embed) in cases {
            assert_eq!(
                embed_url(page, theme, EmbedOptions::default()),
                embed,
                "{theme:?}"
            );
        }
    }

    #[test]
    fn embed_url_hides_what_the_options_hide_in_place_of_the_addresss() {
        let page = "https://x.github.io/f/?hide=theme&data=d.json#view=figures";
        let cases = [
            (false, false, "?embed=1&theme=dark&data=d.json"),
            (true, false, "?embed=1&theme=dark&hide=theme&data=d.json"),
            (false, true, "?embed=1&theme=dark&hide=filters&data=d.json"),
            (
                true,
                true,
                "?embed=1&theme=dark&hide=theme+filters&data=d.json",
            ),
        ];
        for (hide_theme_switch, hide_filters, query) in cases {
            let options = EmbedOptions {
                hide_theme_switch,
                hide_filters,
                fixed_height: false,
            };
            assert_eq!(
                embed_url(page, Theme::Dark, options),
                format!("https://x.github.io/f/embed.html{query}#view=figures")
            );
        }
    }

    #[test]
    fn full_page_url_drops_only_the_embed_option() {
        assert_eq!(
            full_page_url("https://x.github.io/f/?embed=1&theme=dark#view=figures"),
            "https://x.github.io/f/?theme=dark#view=figures"
        );
        assert_eq!(
            full_page_url("https://x.github.io/f/?embed=1"),
            "https://x.github.io/f/"
        );
        assert_eq!(
            full_page_url("https://x.github.io/f/embed.html?embed=1#view=figures"),
            "https://x.github.io/f/#view=figures"
        );
        // The build-time picture of the embed knows no address: relative.
        assert_eq!(full_page_url("embed.html?embed=1"), "./");
    }

    #[test]
    fn embed_snippet_is_a_sandboxed_lazy_iframe_with_the_host_script() {
        let snippet = embed_snippet(
            "https://x.github.io/factline/?data=d.json#view=figures",
            Theme::Auto,
            EmbedOptions::default(),
        );
        assert!(snippet.starts_with(
            r#"<iframe src="https://x.github.io/factline/embed.html?embed=1&amp;data=d.json#view=figures" title="#
        ));
        for part in [
            r#"loading="lazy""#,
            r#"width="100%""#,
            r#"sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox""#,
            "data-factline></iframe>",
            r#"<script src="https://x.github.io/factline/embed.js" async></script>"#,
        ] {
            assert!(snippet.contains(part), "{part} in {snippet}");
        }
    }

    #[test]
    fn a_fixed_height_snippet_marks_its_frame_for_the_host_script() {
        let options = EmbedOptions {
            fixed_height: true,
            ..EmbedOptions::default()
        };
        let snippet = embed_snippet("https://x.github.io/f/", Theme::Auto, options);
        assert!(snippet.contains(r#"height="600""#), "{snippet}");
        assert!(
            snippet.contains(r#"data-factline="fixed"></iframe>"#),
            "{snippet}"
        );
        assert!(
            snippet.ends_with(r#"<script src="https://x.github.io/f/embed.js" async></script>"#)
        );
    }

    #[test]
    fn each_option_toggles_alone() {
        let mut options = EmbedOptions::default();
        options.toggle(EmbedOption::HideFilters);
        assert!(options.has(EmbedOption::HideFilters));
        assert!(
            !options.has(EmbedOption::HideThemeSwitch) && !options.has(EmbedOption::FixedHeight)
        );
        options.toggle(EmbedOption::HideFilters);
        assert_eq!(options, EmbedOptions::default());
    }

    #[test]
    fn reads_pyms_child_id_and_parent_origin() {
        let child = PymChild::from_query(
            "?embed=1&initialWidth=640&childId=factline-1&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2Fstory%3Fa%3D1",
        );
        assert_eq!(child.id.as_deref(), Some("factline-1"));
        assert_eq!(child.parent_origin.as_deref(), Some("https://news.example"));
    }

    #[test]
    fn announces_height_to_amp_and_embed_js_and_to_pym() {
        let child = PymChild::from_query("childId=c1");
        assert_eq!(
            child.height_messages(420),
            vec![
                r#"{"sentinel":"amp","type":"embed-size","height":420}"#.to_string(),
                "pymxPYMxc1xPYMxheightxPYMx420".to_string(),
            ]
        );
        assert_eq!(PymChild::default().height_messages(7).len(), 1);
    }

    #[test]
    fn answers_only_pym_width_messages_for_this_child_from_the_parent_origin() {
        let child = PymChild::from_query("childId=c1&parentUrl=https%3A%2F%2Fnews.example%2Fx");
        let cases = [
            ("https://news.example", "pymxPYMxc1xPYMxwidthxPYMx640", true),
            (
                "https://evil.example",
                "pymxPYMxc1xPYMxwidthxPYMx640",
                false,
            ),
            (
                "https://news.example",
                "pymxPYMxc2xPYMxwidthxPYMx640",
                false,
            ),
            ("https://news.example", "pymxPYMxc1xPYMxwidthxPYMx", false),
            (
                "https://news.example",
                "pymxPYMxc1xPYMxwidthxPYMx640<script>",
                false,
            ),
            (
                "https://news.example",
                "pymxPYMxc1xPYMxnavigateToxPYMx640",
                false,
            ),
        ];
        for (origin, message, accepted) in cases {
            assert_eq!(
                child.accepts(origin, message),
                accepted,
                "{origin} {message}"
            );
        }
        assert!(!PymChild::default().accepts("https://news.example", "pymxPYMxxPYMxwidthxPYMx1"));
    }

    #[test]
    fn finds_the_origin_of_a_url() {
        assert_eq!(
            origin_of("http://127.0.0.1:8080/a").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(origin_of("news.example/a"), None);
    }
}

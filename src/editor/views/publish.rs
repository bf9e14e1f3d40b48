//! Downloading the reviewed dataset, and how to publish it.

use yew::prelude::*;

use crate::editor::download::download;
use crate::editor::draft::{corrected_dataset, corrections_file, Draft};

/// A button that offers the file `name` of type `mime` with the content
/// `make` gives when pressed; `on_notice` hears how it went.
fn download_button(
    label: &str,
    (name, mime): (&'static str, &'static str),
    make: impl Fn() -> String + 'static,
    on_notice: &Callback<String>,
) -> Html {
    let on_notice = on_notice.clone();
    let onclick = Callback::from(move |_| {
        let notice = match download(name, mime, &make()) {
            Ok(()) => format!("Downloaded {name}."),
            Err(problem) => problem,
        };
        on_notice.emit(notice);
    });
    html! { <button type="button" class="editor-primary" {onclick}>{ label }</button> }
}

/// The downloads and the publishing guide, once an article has been read.
pub fn publish(draft: &Draft, on_notice: Callback<String>) -> Html {
    if draft
        .articles
        .iter()
        .all(|article| article.reading().is_none())
    {
        return html! {};
    }
    let dataset = std::rc::Rc::new(corrected_dataset(draft));
    let json = {
        let dataset = dataset.clone();
        move || dataset.to_json()
    };
    let csv = {
        let dataset = dataset.clone();
        move || dataset.to_csv()
    };
    let page = move || dataset.to_html();
    let corrections = corrections_file(draft);
    let corrections_json = move || serde_json::to_string_pretty(&corrections).unwrap_or_default();
    html! {
        <section class="publish" aria-labelledby="publish-title">
            <h2 id="publish-title">{ "Publish" }</h2>
            <div class="publish-downloads">
                { download_button("Download dataset (JSON)", ("dataset.json", "application/json"), json, &on_notice) }
                { download_button("Download statements (CSV)", ("statements.csv", "text/csv"), csv, &on_notice) }
                { download_button("Download timeline (HTML)", ("timeline.html", "text/html"), page, &on_notice) }
                { download_button("Download corrections", ("corrections.json", "application/json"), corrections_json, &on_notice) }
            </div>
            <ol class="publish-guide">
                <li>{ "Review every statement: the dataset marks each as accepted or corrected, and readers see which ones an editor checked." }</li>
                <li>{ "In your site's repository on GitHub, open static/dataset.json, choose Edit (or upload the file in its place) and commit: the Pages workflow publishes the new timeline." }</li>
                <li>{ "On the published page, open Embed and copy the snippet into your article." }</li>
                <li>{ "The CSV opens in a spreadsheet, one row per statement; the HTML file is the timeline on its own, to send, archive or print: it needs no network and no scripts." }</li>
                <li>{ "Keep corrections.json: when a newer factline reads the articles again, factline correct lays your corrections over its reading and names any that no longer fit." }</li>
            </ol>
        </section>
    }
}

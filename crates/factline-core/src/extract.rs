//! Turning articles given as text into analysed ones: [`Article::extract`]
//! runs the engine over one article, and [`Dataset::from_json`] reads a
//! dataset file and extracts the articles it gives only as text. These sit
//! above the engine's stages and the dataset format, so that the format
//! depends on no stage and every stage may use the format's types.

use crate::dataset::{
    Article, ArticleMeta, Dataset, DatasetError, DatasetSource, SourceArticle, VERSION,
};

impl Dataset {
    /// Reads a dataset from JSON, checks it, and extracts the articles that
    /// come as text only.
    ///
    /// Every span must lie on the text and read what its `text` says, and
    /// every reference must name something in its article. The error names
    /// the JSON path of the first problem, so an editor can find it.
    pub fn from_json(json: &str) -> Result<Dataset, DatasetError> {
        let source = DatasetSource::from_json(json)?;
        let articles = source
            .articles
            .into_iter()
            .map(|article| match article {
                SourceArticle::Analysed(article) => article,
                SourceArticle::TextOnly(meta, text) => Article::extract(meta, text),
            })
            .collect();
        Ok(Dataset {
            version: VERSION,
            articles,
        })
    }
}

impl Article {
    /// Analyses `text` and builds the article from what the engine finds.
    pub fn extract(meta: ArticleMeta, text: String) -> Article {
        let analysis = crate::analyze(&text, meta.published);
        Article {
            id: meta.id,
            title: meta.title.or(analysis.title).unwrap_or_default(),
            source: meta.source.or(analysis.source).unwrap_or_default(),
            url: meta.url,
            published: meta.published,
            published_note: meta.published_note,
            text,
            speakers: analysis.speakers,
            statements: analysis.statements,
            figures: analysis.figures,
            times: analysis.times,
        }
    }
}

//! Turning articles given as text into analysed ones: [`Article::extract`]
//! runs the engine over one article, and [`Dataset::from_json`] reads a
//! dataset file and extracts the articles it gives only as text
//! ([`Dataset::from_json_afresh`] every article, for a newer engine's
//! reading to lay an editor's corrections over). These sit
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
        Dataset::extracted(json, |article| article)
    }

    /// Reads a dataset like [`Dataset::from_json`], with the same checks,
    /// but extracts every article afresh from its text: an analysed
    /// article's statements, speakers, figures and times are set aside for
    /// what this engine reads, so that an editor's corrections can be laid
    /// over a newer engine's reading (see [`crate::corrections`]).
    pub fn from_json_afresh(json: &str) -> Result<Dataset, DatasetError> {
        Dataset::extracted(json, Article::extracted_afresh)
    }

    /// Reads and checks a dataset, extracts the articles given as text and
    /// makes of each analysed article what `analysed` makes of it.
    fn extracted(
        json: &str,
        analysed: impl Fn(Article) -> Article,
    ) -> Result<Dataset, DatasetError> {
        let source = DatasetSource::from_json(json)?;
        let articles = source
            .articles
            .into_iter()
            .map(|article| match article {
                SourceArticle::Analysed(article) => analysed(article),
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
        let mut article = Article {
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
        };
        crate::rates::set_rates(&mut article);
        article
    }

    /// The article as the engine reads its text now. An empty title or
    /// source is what a file that left it out reads as, so the engine may
    /// take it from the text's feed footer, as it would have then.
    fn extracted_afresh(self) -> Article {
        let given = |field: String| Some(field).filter(|field| !field.is_empty());
        let meta = ArticleMeta {
            id: self.id,
            title: given(self.title),
            source: given(self.source),
            url: self.url,
            published: self.published,
            published_note: self.published_note,
        };
        Article::extract(meta, self.text)
    }
}

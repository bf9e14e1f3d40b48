//! A statement's figures and its time, each to accept, correct or remove:
//! a figure's value, unit, qualifier and period, with the rate per day the
//! page derives from it, and a time's days.

use factline_core::{
    Anchor, Article, Correction, DayRange, Figure, FigureRule, ReadingEvidence, Review, Statement,
    Time, TimeRule,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::editor::draft::review_label;
use crate::rates::{basis_label, rate_amount, rate_of};

/// The anchor of a figure or a time: its span and words.
fn anchor(start: usize, end: usize, text: &str) -> Anchor {
    Anchor {
        start,
        end,
        text: text.to_string(),
    }
}

/// Why the engine read a figure or time so: what its rule recognises, and
/// the words it was tied to after `tie` ("the period", "looks ahead by").
/// An editor's own reading has none.
fn reading(
    evidence: Option<&ReadingEvidence>,
    explain: fn(&str) -> Option<&'static str>,
    tie: &str,
) -> Html {
    let Some(evidence) = evidence else {
        return Html::default();
    };
    let what = explain(&evidence.rule).unwrap_or(&evidence.rule);
    html! {
        <span class="fact-why">
            { format!("Rule: {what}") }
            if let Some(tied_to) = &evidence.tied_to {
                { format!("; {tie} ") }<mark class="hl-cue">{ &tied_to.text }</mark>
            }
            { "." }
        </span>
    }
}

/// What a time's evidence ties it to: the time it was counted a year back
/// from or counted from, or the word that pointed it ahead of publication.
fn time_tie(time: &Time) -> &'static str {
    let rule = time
        .evidence
        .as_ref()
        .and_then(|e| TimeRule::from_name(&e.rule));
    match rule {
        Some(TimeRule::YearEarlier) => "counted a year back from",
        Some(TimeRule::CountedFromEarlier) => "counted from",
        _ => "it looks ahead of publication because of",
    }
}

/// The figures and the times of a statement, as rows to review.
pub fn facts(statement: &Statement, article: &Article, on_correct: &Callback<Correction>) -> Html {
    let figures = statement
        .figures
        .iter()
        .filter_map(|id| article.figures.iter().find(|figure| &figure.id == id));
    // The statement's own time, and the times inside its words, which the
    // engine may have left unattached.
    let times = article.times.iter().filter(|time| {
        statement.time.as_ref() == Some(&time.id)
            || (statement.start <= time.start && time.end <= statement.end)
    });
    html! {
        <ul class="facts">
            { for figures.map(|figure| html! {
                <FigureRow key={figure.id.clone()} figure={figure.clone()} rate={rate_on_page(figure)}
                    times={article.times.clone()} on_correct={on_correct.clone()} />
            }) }
            { for times.map(|time| html! {
                <TimeRow key={time.id.clone()} time={time.clone()} on_correct={on_correct.clone()} />
            }) }
        </ul>
    }
}

/// The corrections that accept and remove one fact.
struct FactDecisions {
    accept: Correction,
    remove: Correction,
}

/// Accept, Edit and Remove for one fact; `editing` shows its form.
fn fact_buttons(
    review: Option<Review>,
    decisions: FactDecisions,
    editing: &UseStateHandle<bool>,
    on_correct: &Callback<Correction>,
) -> Html {
    let FactDecisions { accept, remove } = decisions;
    let accept = on_correct.reform(move |_: MouseEvent| accept.clone());
    let remove = on_correct.reform(move |_: MouseEvent| remove.clone());
    let edit = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(!*editing))
    };
    html! {
        <>
            <span class="review-state">{ review_label(review) }</span>
            <button type="button" onclick={accept}>{ "Accept" }</button>
            <button type="button" onclick={edit} aria-expanded={editing.to_string()}>{ "Edit" }</button>
            <button type="button" onclick={remove}>{ "Remove" }</button>
        </>
    }
}

/// The rate per day the reader's page derives from a figure, in the
/// words it shows it in, so that the editor checks it before publishing.
fn rate_on_page(figure: &Figure) -> String {
    match rate_of(figure) {
        Some(rate) => format!(
            "On the page: {} per day, derived from {}.",
            rate_amount(figure, &rate),
            basis_label(figure, &rate)
        ),
        None => "The page derives no rate per day from it.".to_string(),
    }
}

#[derive(Properties, PartialEq)]
struct FigureRowProps {
    figure: Figure,
    /// What the reader's page derives from the figure ([`rate_on_page`]).
    rate: String,
    times: Vec<Time>,
    on_correct: Callback<Correction>,
}

#[component]
fn FigureRow(props: &FigureRowProps) -> Html {
    let figure = &props.figure;
    let editing = use_state(|| false);
    let at = anchor(figure.start, figure.end, &figure.text);
    let period = figure
        .period
        .as_ref()
        .and_then(|id| props.times.iter().find(|time| &time.id == id));
    let summary = match period {
        Some(time) => format!("{} · over {}", figure.text, time.text),
        None => figure.text.clone(),
    };
    html! {
        <li class="fact">
            <span class="fact-name">{ "Figure: " }<mark>{ summary }</mark></span>
            { reading(
                figure.evidence.as_ref(),
                |rule| FigureRule::from_name(rule).map(FigureRule::explanation),
                "the period, the time nearest to it in its sentence, is",
            ) }
            <span class="fact-rate">{ &props.rate }</span>
            { fact_buttons(figure.review, FactDecisions {
                accept: Correction::AcceptFigure { at: at.clone() },
                remove: Correction::RemoveFigure { at: at.clone() },
            }, &editing, &props.on_correct) }
            if *editing {
                <FigureForm figure={figure.clone()} times={props.times.clone()} {at}
                    on_correct={props.on_correct.clone()} on_done={Callback::from(move |()| editing.set(false))} />
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct FigureFormProps {
    figure: Figure,
    times: Vec<Time>,
    at: Anchor,
    on_correct: Callback<Correction>,
    on_done: Callback<()>,
}

/// The text of a form's fields, kept as typed: the page re-renders while
/// the editor types (a focus change is an action), and fields that took
/// their value from the figure would go back to it.
type Fields<const N: usize> = UseStateHandle<[String; N]>;

/// Keeps field `index` as the value `value_of` reads from each event.
fn kept_into<E: 'static, const N: usize>(
    fields: &Fields<N>,
    index: usize,
    value_of: fn(&E) -> Option<String>,
) -> Callback<E> {
    let fields = fields.clone();
    Callback::from(move |event: E| {
        let Some(value) = value_of(&event) else {
            return;
        };
        let mut typed = (*fields).clone();
        if let Some(field) = typed.get_mut(index) {
            *field = value;
        }
        fields.set(typed);
    })
}

/// Keeps field `index` as typed.
fn typed_into<const N: usize>(fields: &Fields<N>, index: usize) -> Callback<InputEvent> {
    kept_into(fields, index, |event: &InputEvent| {
        event
            .target_dyn_into::<HtmlInputElement>()
            .map(|input| input.value())
    })
}

/// Keeps field `index` as the option chosen in a select.
fn chosen_into<const N: usize>(fields: &Fields<N>, index: usize) -> Callback<Event> {
    kept_into(fields, index, |event: &Event| {
        event
            .target_dyn_into::<HtmlSelectElement>()
            .map(|select| select.value())
    })
}

/// The correction the figure form's fields say, or what is wrong with them.
fn figure_correction(
    [value, unit, qualifier, period]: &[String; 4],
    at: &Anchor,
    times: &[Time],
) -> Result<Correction, &'static str> {
    let value = value
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
        .ok_or("The value must be a number, such as 4.5 or 12000.")?;
    let period = times
        .iter()
        .find(|time| &time.id == period)
        .map(|time| anchor(time.start, time.end, &time.text));
    Ok(Correction::SetFigure {
        at: at.clone(),
        value,
        unit: filled(unit),
        qualifier: filled(qualifier),
        period,
    })
}

/// A field's text, `None` when empty.
fn filled(text: &str) -> Option<String> {
    Some(text.trim().to_string()).filter(|text| !text.is_empty())
}

#[component]
fn FigureForm(props: &FigureFormProps) -> Html {
    let figure = &props.figure;
    let fields: Fields<4> = use_state(|| {
        let period = figure.period.clone().unwrap_or_default();
        [
            figure.value.to_string(),
            figure.unit.clone().unwrap_or_default(),
            figure.qualifier.clone().unwrap_or_default(),
            period,
        ]
    });
    let ids =
        ["value", "unit", "qualifier", "period"].map(|part| format!("figure-{part}-{}", figure.id));
    let problem = use_state(|| None::<&'static str>);
    let on_save = {
        let (fields, at, times) = (fields.clone(), props.at.clone(), props.times.clone());
        let (on_correct, on_done, problem) = (
            props.on_correct.clone(),
            props.on_done.clone(),
            problem.clone(),
        );
        Callback::from(
            move |_: MouseEvent| match figure_correction(&fields, &at, &times) {
                Ok(correction) => {
                    on_correct.emit(correction);
                    on_done.emit(());
                }
                Err(message) => problem.set(Some(message)),
            },
        )
    };
    html! {
        <div class="fact-form" role="group" aria-label={format!("Correct the figure {}", figure.text)}>
            <label for={ids[0].clone()}>{ "Value" }</label>
            <input id={ids[0].clone()} type="text" inputmode="decimal" value={fields[0].clone()} oninput={typed_into(&fields, 0)} />
            <label for={ids[1].clone()}>{ "Unit" }</label>
            <input id={ids[1].clone()} type="text" value={fields[1].clone()} oninput={typed_into(&fields, 1)} />
            <label for={ids[2].clone()}>{ "Qualifier" }</label>
            <input id={ids[2].clone()} type="text" value={fields[2].clone()} oninput={typed_into(&fields, 2)} />
            <label for={ids[3].clone()}>{ "Period" }</label>
            <select id={ids[3].clone()} onchange={chosen_into(&fields, 3)}>
                <option value="" selected={fields[3].is_empty()}>{ "None" }</option>
                { for props.times.iter().map(|time| html! {
                    <option value={time.id.clone()} selected={fields[3] == time.id}>{ &time.text }</option>
                }) }
            </select>
            if let Some(problem) = *problem {
                <p class="editor-hint is-missing" role="alert">{ problem }</p>
            }
            <button type="button" onclick={on_save}>{ "Save figure" }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TimeRowProps {
    time: Time,
    on_correct: Callback<Correction>,
}

fn days(range: Option<DayRange>) -> String {
    match range {
        Some(range) if range.start == range.end => range.start.to_string(),
        Some(range) => format!("{} to {}", range.start, range.end),
        None => "not resolved".to_string(),
    }
}

#[component]
fn TimeRow(props: &TimeRowProps) -> Html {
    let time = &props.time;
    let editing = use_state(|| false);
    let at = anchor(time.start, time.end, &time.text);
    let range = time.resolved;
    let fields: Fields<2> = use_state(|| {
        [
            range.map(|r| r.start.to_string()).unwrap_or_default(),
            range.map(|r| r.end.to_string()).unwrap_or_default(),
        ]
    });
    let ids = ["from", "to"].map(|part| format!("time-{part}-{}", time.id));
    let on_save = {
        let (fields, at, editing, on_correct) = (
            fields.clone(),
            at.clone(),
            editing.clone(),
            props.on_correct.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let [from, to] = &*fields;
            let resolved = match (from.parse().ok(), to.parse().ok()) {
                (Some(start), Some(end)) => Some(DayRange { start, end }),
                (Some(start), None) => Some(DayRange { start, end: start }),
                _ => None,
            };
            on_correct.emit(Correction::SetTime {
                at: at.clone(),
                resolved,
            });
            editing.set(false);
        })
    };
    html! {
        <li class="fact">
            <span class="fact-name">{ "When: " }<mark>{ &time.text }</mark>{ format!(" → {}", days(range)) }</span>
            { reading(
                time.evidence.as_ref(),
                |rule| TimeRule::from_name(rule).map(TimeRule::explanation),
                time_tie(time),
            ) }
            { fact_buttons(time.review, FactDecisions {
                accept: Correction::AcceptTime { at: at.clone() },
                remove: Correction::RemoveTime { at },
            }, &editing, &props.on_correct) }
            if *editing {
                <div class="fact-form" role="group" aria-label={format!("Correct the days of {}", time.text)}>
                    <label for={ids[0].clone()}>{ "From" }</label>
                    <input id={ids[0].clone()} type="date" value={fields[0].clone()} oninput={typed_into(&fields, 0)} />
                    <label for={ids[1].clone()}>{ "To" }</label>
                    <input id={ids[1].clone()} type="date" value={fields[1].clone()} oninput={typed_into(&fields, 1)} />
                    <button type="button" onclick={on_save}>{ "Save days" }</button>
                </div>
            }
        </li>
    }
}

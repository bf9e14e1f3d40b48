//! Word classes that more than one stage asks about, in one place: the
//! names of months, days and holidays, number words, the nouns that name people,
//! roles and organisations, and the function words around them. A stage
//! asks here rather than another stage, so stages depend only on the ones
//! before them.

mod calendar_words;
mod datelines;
mod first_names;
mod numbers;
mod people;
mod phrases;

pub(crate) use calendar_words::{
    decade_word, fiscal_home, holiday_date, is_calendar_word, month_number, weekday_number,
    without_possessive, FiscalHome, HolidayDate, HolidayDay, CLOCK_WORDS, MONTH_FIRST_NAMES,
    MONTH_PREPOSITIONS, ONE_DAY_NOUNS, PLURAL_DAY_PARTS, TIME_ZONES, WHOLE_WORDS,
};
pub(crate) use datelines::dateline_country;
pub(crate) use first_names::{first_name_pronoun, is_first_name};
pub(crate) use numbers::{
    home_dollar, number_word, ordinal_word, AMOUNT_SIGNS, APPROXIMATIONS, CHANGE_VERBS,
    CHANGE_VERB_BASES, CURRENCY_WORDS, DOLLAR_COUNTRIES, LABEL_NOUNS, LIMITERS, MEASURES,
    NUMBER_WORDS, SPAN_BACK_WORDS, TEMPERATURE_SCALES, TWO_PART_MEASURES, UNIT_NAMES,
    US_DOLLAR_WIRES,
};
pub(crate) use people::{
    is_abstract_noun, is_agency_name, is_business_noun, is_common_noun_name,
    is_generic_organization_noun, is_member_word, is_name_with_apostrophe_s, is_organization_head,
    is_public_body, is_role_head, is_source_noun, office_head, opens_object,
    opens_participle_object, owns_object, ANONYMOUS_HEADS, BUSINESS_RELATIONS, COMMON_SOURCES,
    COURTESY_TITLES, GENERATIONS, INTRODUCING_DETERMINERS, ISSUED_DOCUMENTS, NAME_PARTICLES,
    NAME_PREPOSITIONS, NATIONS, NEWS_OUTLETS, OBJECT_PREPOSITIONS, OFFICE_QUALIFIERS,
    ORGANIZATION_HEADS, ORGANIZATION_NOUN_HEADS, ORGANIZATION_ROLES, OWNER_ADJECTIVES,
    PERSON_NOUNS, PLACE_PREPOSITIONS, PLURAL_TITLES, POST_NOMINALS, RESEARCH_DOCUMENTS,
    SPEAKING_PLACES, SPEECH_SETTINGS,
};
pub(crate) use phrases::{
    is_determiner, is_irregular_past, is_participle_before, is_past_tense, is_role_adjective,
    is_verb_after_singular, is_verb_form, ADDING_CONJUNCTIONS, ARTICLES, BE_FORMS, CLAUSE_JOINERS,
    DISTRIBUTIVES, HAVE_FORMS, INDEFINITE_ARTICLES, MODAL_VERBS, RELATIVE_CLAUSE_OPENERS,
};

//! Nouns that name people, their roles and organisations, and the objects
//! that describe them ("a spokesman for the company").

use crate::lex::{is_capitalized, word_in, word_is, Lexicon, Table};

use super::phrases::{is_determiner, is_participle_before};

/// Role nouns that can stand before a name or head an appositive.
static ROLE_HEADS: Lexicon = Lexicon::new(&[
    "engineer",
    "planner",
    "architect",
    "investigator",
    "coordinator",
    "specialist",
    "ranger",
    "warden",
    "firefighter",
    "paramedic",
    "counsel",
    "hopeful",
    "moderator",
    "frontrunner",
    "front-runner",
    "challenger",
    "incumbent",
    "president",
    "vice",
    "secretary",
    "minister",
    "governor",
    "gov",
    "mayor",
    "senator",
    "sen",
    "representative",
    "rep",
    "congressman",
    "congresswoman",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "ceo",
    // Offices the press writes as capitals: "the PM said", "the CM said",
    // "Local MP Jo Roe".
    "cfo",
    "coo",
    "cto",
    "pm",
    "cm",
    // India's Chief Justice: "the CJI observed".
    "cji",
    "mp",
    "mla",
    "mep",
    "msp",
    "judge",
    "justice",
    "attorney",
    "ambassador",
    "commissioner",
    "officer",
    "general",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    // Military ranks, in full and cut short: "Adm. Tobin Marsh", "Brig. Ada
    // Quist". "Major" and "private" are left out: in lower case they are
    // as often adjectives ("a major donor").
    "admiral",
    "adm",
    "commodore",
    "cmdr",
    "brigadier",
    "brig",
    "colonel",
    "corporal",
    "cpl",
    "pvt",
    "maj",
    "detective",
    "sheriff",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "candidate",
    "nominee",
    "founder",
    "professor",
    "prof",
    "dr",
    "doctor",
    "economist",
    "analyst",
    "lawyer",
    "coach",
    "manager",
    "executive",
    "editor",
    "correspondent",
    "strategist",
    "surgeon",
    "pollster",
    "aide",
    "speaker",
    "whip",
    "lawmaker",
    "councilman",
    "councilwoman",
    "councilmember",
    "superintendent",
    "administrator",
    "commander",
    "captain",
    "lieutenant",
    "sergeant",
    "trooper",
    "deputy",
    "head",
    "dean",
    "physician",
    "scientist",
    "researcher",
    "activist",
    "expert",
    "author",
    "host",
    "anchor",
    "owner",
    "chairperson",
    "treasurer",
    "comptroller",
    "auditor",
    "prosecutor",
    "inspector",
    "premier",
    "envoy",
    "diplomat",
    "negotiator",
    "organizer",
    "consultant",
    "partner",
    "official",
    "president-elect",
    "nurse",
    "teacher",
    "pastor",
    "rabbi",
    "bishop",
    "cardinal",
    "imam",
    "supervisor",
    "commissioner",
    "historian",
    "professor",
    "principal",
    "agent",
    "worker",
    "resident",
    "owner",
    "member",
    "delegate",
    "assemblyman",
    "assemblywoman",
    "legislator",
    // British and Commonwealth offices and police ranks, often abbreviated
    // without a dot: "Cllr Ada Quist", "Det Supt Tom Vale", "DCI Jo Roe".
    "councillor",
    "cllr",
    "constable",
    "supt",
    "insp",
    "det",
    "dci",
    "dcs",
    "coroner",
    "magistrate",
    "barrister",
    "solicitor",
    // The occupations of the people news quotes: "Senior advocate Ravi
    // Quist" (an Indian court's), "Dairy farmer Tom Vale", "Ada Quist, a
    // nursing student,".
    "advocate",
    "student",
    "farmer",
    // Also a business: "the miner" means the one the article named unless
    // a person has the role.
    "miner",
    // The British press's word for who runs a club or a business, and a
    // sports report's players: "United boss Anna Quist", "England skipper
    // Tom Vale", "Harbor striker Jo Roe".
    "boss",
    "skipper",
    "striker",
    "midfielder",
    "goalkeeper",
    // Who a local story quotes, written before the name: "Neighbour Sarah
    // Lin, 52, said", "Witness Tom Vale said".
    "neighbour",
    "neighbor",
    "witness",
    "shopkeeper",
    "volunteer",
    "priest",
    "vicar",
    "archbishop",
    "chef",
    "actor",
    "actress",
    "singer",
    "songwriter",
    "writer",
    "novelist",
    "journalist",
    "reporter",
    "columnist",
    "photographer",
    "filmmaker",
    "entrepreneur",
    "investor",
    "banker",
    "trader",
    "accountant",
    "retiree",
    "pilot",
    "driver",
    "psychologist",
    "psychiatrist",
    "pharmacist",
    "epidemiologist",
    "virologist",
    "lecturer",
    "campaigner",
    "organiser",
    // An opposition party's spokesperson on a portfolio: "Conservative
    // critic Rachel Dunmore" (Canada), "Trump critic Jo Roe".
    "critic",
]);

/// Heads of anonymous sources.
pub(crate) static ANONYMOUS_HEADS: Lexicon = Lexicon::new(&[
    "official",
    "officials",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "person",
    "people",
    "diplomat",
    "diplomats",
    "insider",
    "insiders",
    "staffer",
    "staffers",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "representative",
    "representatives",
    // "Those close to him say".
    "those",
    // A family speaks as one unnamed source: "the victim's family said".
    "family",
]);

/// Nouns for people who are not named.
pub(crate) static PERSON_NOUNS: Lexicon = Lexicon::new(&[
    "friend",
    "someone",
    "somebody",
    "relative",
    "neighbor",
    "neighbour",
    "colleague",
    "confidant",
    "supporter",
    "voter",
    "resident",
    "witness",
    "lawyer",
    "attorney",
    "woman",
    "man",
    "student",
    "aide",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "official",
    "person",
    "insider",
    "mother",
    "father",
    "parent",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "widow",
    "cousin",
    "uncle",
    "aunt",
    "family",
    "families",
    // People by the part they take in an event or a place: "One attendee,
    // who …, said", "a volunteer at the shelter".
    "attendee",
    "participant",
    "volunteer",
    "delegate",
    "member",
    "worker",
    "employee",
    "customer",
    "client",
    "patient",
    "victim",
    "survivor",
    "veteran",
    "protester",
    "demonstrator",
    "activist",
    "organizer",
    "organiser",
    "observer",
    "passenger",
    "visitor",
    "guest",
    "fan",
    "viewer",
    "caller",
    "shopper",
    "owner",
    "tenant",
    "citizen",
    "immigrant",
    "refugee",
    "retiree",
    "teenager",
    "teacher",
    "nurse",
    "farmer",
    "pastor",
    "bystander",
    "onlooker",
    "juror",
    "inmate",
    "soldier",
]);

/// Plural common nouns that speak as groups ("Experts said").
pub(crate) static COMMON_SOURCES: Lexicon = Lexicon::new(&[
    "experts",
    "critics",
    "analysts",
    "police",
    "authorities",
    "residents",
    "witnesses",
    "investigators",
    "prosecutors",
    "researchers",
    "scientists",
    "economists",
    "lawmakers",
    "protesters",
    "supporters",
    "opponents",
    "voters",
    "doctors",
    "teachers",
    "parents",
    "republicans",
    "democrats",
    "leaders",
    "observers",
    "advocates",
    "activists",
    "organizers",
    "proponents",
    "allies",
    "associates",
    // "Others said" is a group, though capitalised at a sentence's start
    // like a name.
    "others",
]);

/// Businesses whose names end in "'s", which the press writes that way in
/// every use: "Moody's said", "Moody's Investors Service". Elsewhere a
/// word with "'s" owns what follows it, and the name is the word without it,
/// so a name that is also a surname's possessive ("Christie's", "Kohl's")
/// stays out.
static NAMES_WITH_APOSTROPHE_S: Lexicon = Lexicon::new(&[
    "moody's",
    "poor's",
    "mcdonald's",
    "sainsbury's",
    "lloyd's",
    "sotheby's",
    "macy's",
    "kellogg's",
    "domino's",
    "applebee's",
    "barron's",
]);

/// Roles held in an organisation, not for a person: "chief executive of
/// Pellow Advice", "an analyst at Quorvane". Aides, lawyers and directors
/// work "for" a person or a campaign, so only "of" and "at" count with these.
pub(crate) static ORGANIZATION_ROLES: Lexicon = Lexicon::new(&[
    "executive",
    "chairman",
    "chairwoman",
    "director",
    "president",
    "founder",
    "analyst",
    "economist",
    "researcher",
    "professor",
    "fellow",
    "partner",
    "employee",
    "ceo",
]);

/// What one business is to another, which the press writes before its name:
/// "Harbor Gas owner Quellix", "Zap parent Vornio", "phone maker Quorvane".
/// A person's name stands there too ("club owner Tom Quill"), so a name with a
/// first name, or one the text has given in full, stays a person's.
pub(crate) static BUSINESS_RELATIONS: Lexicon =
    Lexicon::new(&["owner", "parent", "maker", "subsidiary"]);

/// Prepositions that say where a body is, after its head: "Police in
/// Lagos", "officials at the embassy".
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &["in", "at"];

/// Documents a body issues, which a name speaks "in" right before its verb:
/// "Quorvane Mining in a statement said", "Pellow in a regulatory filing
/// said". A person speaks in a letter or a post as well, so those are not here.
pub(crate) static ISSUED_DOCUMENTS: Lexicon = Lexicon::new(&["statement", "filing", "release"]);

/// Documents research bodies publish, whose issuer's name goes between "a"
/// or "an" and the noun: "an Oxfam report", "a Brookings study", "a Gallup
/// poll". People write letters, posts and tweets ("a Clinton
/// email"), so those are not here.
pub(crate) static RESEARCH_DOCUMENTS: Lexicon =
    Lexicon::new(&["report", "study", "survey", "poll", "analysis", "audit"]);

/// Words before a role's head that make it another office, so that a
/// role without them is not meant: "the chief minister" is no foreign
/// minister, "the deputy mayor" no mayor. Other words before the head say
/// where or of what the office is ("the Harbor senator", "the majority
/// leader"), which a role often leaves out.
pub(crate) static OFFICE_QUALIFIERS: Lexicon = Lexicon::new(&[
    "chief",
    "prime",
    "deputy",
    "vice",
    "assistant",
    "associate",
    "junior",
    "first",
    "lieutenant",
    "foreign",
    "finance",
    "defence",
    "defense",
    "health",
    "home",
    "interior",
    "education",
    "justice",
    "trade",
    "energy",
    "environment",
    "transport",
    "labour",
    "agriculture",
    "treasury",
]);

/// Whether a word is the name of a business written with "'s" (either
/// apostrophe): "Moody's", "McDonald’s".
pub(crate) fn is_name_with_apostrophe_s(word: &str) -> bool {
    NAMES_WITH_APOSTROPHE_S.contains(&word.replace('’', "'"))
}

/// Heads of organisations, in names ("the Labor Department") and alone ("the agency").
pub(crate) static ORGANIZATION_HEADS: Lexicon = Lexicon::new(&[
    "department",
    "ministry",
    "agency",
    "commission",
    "committee",
    "council",
    "patrol",
    "police",
    "party",
    "university",
    "institute",
    "bank",
    "association",
    "union",
    "inc",
    "corp",
    "co",
    "company",
    "group",
    "house",
    "senate",
    "congress",
    "court",
    "office",
    "bureau",
    "service",
    "administration",
    "government",
    "campaign",
    "foundation",
    "center",
    "centre",
    "board",
    "authority",
    "times",
    "post",
    "news",
    "network",
    "fund",
    "organization",
    "organisation",
    "federation",
    "league",
    "club",
    "army",
    "navy",
    "guard",
    "force",
    "firm",
    "ltd",
    "llc",
    "journal",
    "press",
    "reuters",
    "tribune",
    "agencies",
    "nations",
    "coalition",
    "secretariat",
    "hospital",
    "school",
    "exchange",
    "corporation",
    "cabinet",
    "parliament",
    "pentagon",
    // The offices that speak for a government: "the Kremlin said", "the
    // Treasury said".
    "kremlin",
    "treasury",
    "vatican",
    "institution",
    "alliance",
    "society",
    "caucus",
    // The last word of a news outlet's name: "the Harbor Gazette".
    "gazette",
    "herald",
    "register",
    "chronicle",
    "examiner",
    "inquirer",
    "courier",
]);

/// Organisation heads that news writing uses for any organisation it has
/// just named, whatever its name ends with: "The Tax Foundation … the group
/// said". The nouns for a business are in [`BUSINESS_NOUNS`].
static GENERIC_ORGANIZATION_NOUNS: Lexicon = Lexicon::new(&[
    "group",
    "agency",
    "organization",
    "organisation",
    // What a body does, which the press calls it by once named: "Pellow
    // Watch … the charity said".
    "charity",
    "regulator",
    "watchdog",
    "broadcaster",
    "nonprofit",
]);

/// Nouns for a business, which news writing uses for the business it has
/// just named ("Twitter said … The company added", "Pellow Insight … the
/// consultancy said"), and never for a public body: after "Police said",
/// "the company" is some other organisation.
static BUSINESS_NOUNS: Lexicon = Lexicon::new(&[
    "company",
    "firm",
    "consultancy",
    "retailer",
    "lender",
    "insurer",
    "airline",
    "carmaker",
    "automaker",
    "manufacturer",
    "supermarket",
    "carrier",
    "telco",
    "utility",
    "drugmaker",
    "chipmaker",
    "conglomerate",
    "miner",
    // A bank's own name often ends in another word ("Harbour Bancorp",
    // "Quorvane Capital"): "the bank" is the business just named.
    "bank",
    "steelmaker",
    "homebuilder",
    "shipbuilder",
]);

/// The last words of the names of public bodies, which no noun for a
/// business refers back to: "Harbor Police", "the Home Office", "the
/// Ministry of Defence" (see [`is_public_body`]).
static PUBLIC_BODY_HEADS: Lexicon = Lexicon::new(&[
    "police",
    "ministry",
    "department",
    "government",
    "council",
    "court",
    "parliament",
    "congress",
    "senate",
    "army",
    "navy",
    "patrol",
    "guard",
    "office",
    "administration",
    "secretariat",
    "cabinet",
    "kremlin",
    "treasury",
    "pentagon",
    "vatican",
]);

/// Nouns the press uses for an organisation whose name ends in another
/// head: a British or Commonwealth police force is "the force" ("West
/// Yorkshire Police said … The force added"), and a British department of
/// state named an "Office" is "the department" ("The Home Office said …
/// The department added").
pub(crate) static ORGANIZATION_NOUN_HEADS: Table<&str> =
    Table::new(&[("force", "police"), ("department", "office")]);

/// The heads of the names of government agencies whose name says no
/// "Agency", which the press goes on to call "the agency": "the Federal
/// Aviation Administration", "the Bureau of Land Management", "the Forest
/// Service", "the Port Authority".
static AGENCY_NAME_HEADS: Lexicon = Lexicon::new(&[
    "administration",
    "bureau",
    "commission",
    "service",
    "authority",
]);

/// Whether an organisation's name, as written, is an agency's by its head
/// (its last word, or its first before "of"), capitalised as a name's is:
/// "Federal Aviation Administration", "Bureau of Land Management", but not
/// "the Obama administration".
pub(crate) fn is_agency_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let head = words
        .iter()
        .position(|word| *word == "of")
        .unwrap_or(words.len());
    head > 0 && is_capitalized(words[head - 1]) && AGENCY_NAME_HEADS.contains(words[head - 1])
}

/// Whether a capitalised `word` ends an organisation's name: a body's head
/// in any case ("Department", "Police") or one that names a body only
/// when capitalised ("Research", "Centers", `CAPITALISED_ORGANIZATION_HEADS`).
pub(crate) fn is_organization_head(word: &str) -> bool {
    ORGANIZATION_HEADS.contains(word) || CAPITALISED_ORGANIZATION_HEADS.contains(word)
}

/// Whether `word` is a common noun that refers back to an organisation
/// just named: a generic one ("the group") or a business's ("the company").
pub(crate) fn is_generic_organization_noun(word: &str) -> bool {
    GENERIC_ORGANIZATION_NOUNS.contains(word) || BUSINESS_NOUNS.contains(word)
}

/// Whether `word` is a noun for a business ("the company", "the lender").
pub(crate) fn is_business_noun(word: &str) -> bool {
    BUSINESS_NOUNS.contains(word)
}

/// Whether an organisation's name, given by its words in lower case, is a
/// public body's by its head ("harbor police", "ministry of defence") or
/// its first word before "of" ("the Ministry of Defence").
pub(crate) fn is_public_body(words: &[String]) -> bool {
    let head = words
        .iter()
        .position(|word| word == "of")
        .unwrap_or(words.len());
    head > 0 && PUBLIC_BODY_HEADS.contains(&words[head - 1])
}

/// Words that end an organisation's name when it capitalises them ("Edison
/// Research", "Harbor Public Radio"), but in lower case are common nouns
/// that name no one ("Greenberg's research", "social media").
static CAPITALISED_ORGANIZATION_HEADS: Lexicon = Lexicon::new(&[
    "research",
    "magazine",
    "radio",
    "television",
    "tv",
    "media",
    "broadcasting",
    // The words only a business's name ends with: "Quorvane Airways",
    // "Pellow Holdings", "Vornio Motors".
    "airways",
    "airlines",
    "holdings",
    "plc",
    "limited",
    "motors",
    "industries",
    "pharmaceuticals",
    "technologies",
    "bancorp",
    "ventures",
    "enterprises",
    "laboratories",
    // Bodies named by what they are: "the Australian Energy Regulator",
    // "the Employment Tribunal", "the Wellcome Trust".
    "regulator",
    "tribunal",
    "trust",
    "alliance",
    "forum",
    "observatory",
    "cooperative",
    // Bodies named in the plural: "the Centers for Disease Control and
    // Prevention", "the National Institutes of Health".
    "centers",
    "centres",
    "institutes",
]);

/// News outlets and agencies the press names by one word: "Xinhua
/// reported", "told Axios", "told CNN". Some are also surnames
/// ("Bloomberg", "Forbes", "Fox"), which a first name before them in the
/// article shows.
pub(crate) static NEWS_OUTLETS: Lexicon = Lexicon::new(&[
    "cnn",
    "abc",
    "cbs",
    "nbc",
    "fox",
    "msnbc",
    "npr",
    "politico",
    "axios",
    "vox",
    "breitbart",
    "bloomberg",
    "slate",
    "salon",
    "mediaite",
    "newsweek",
    "forbes",
    "semafor",
    "xinhua",
    "tass",
    "interfax",
    "yonhap",
    "kyodo",
    "bernama",
    "reuters",
]);

/// Nations whose names close the names of their national bodies:
/// "Statistics Canada", "Public Health England", "Air India", "Tourism
/// Australia".
pub(crate) static NATIONS: Lexicon = Lexicon::new(&[
    "canada",
    "australia",
    "india",
    "england",
    "scotland",
    "wales",
    "ireland",
    "britain",
    "zealand",
    "pakistan",
    "nigeria",
    "kenya",
    "singapore",
    "malaysia",
    "africa",
    "france",
    "germany",
    "japan",
    "china",
]);

/// Countries and capitals that news writing lets speak for their
/// governments ("China said", "Moscow responded"): a place-like source,
/// read as an organisation, never a person. Places that are as often a
/// person's name ("Jordan", "Georgia") are left out, and a place word the
/// article writes after a first name is a surname (see `speakers`).
pub(crate) static SPEAKING_PLACES: Lexicon = Lexicon::new(&[
    "china",
    "russia",
    "iran",
    "israel",
    "japan",
    "india",
    "pakistan",
    "afghanistan",
    "iraq",
    "syria",
    "turkey",
    "egypt",
    "germany",
    "france",
    "britain",
    "ukraine",
    "mexico",
    "canada",
    "brazil",
    "venezuela",
    "cuba",
    "qatar",
    "lebanon",
    "yemen",
    "libya",
    "nigeria",
    "kenya",
    "ethiopia",
    "taiwan",
    "vietnam",
    "indonesia",
    "australia",
    "italy",
    "spain",
    "poland",
    "greece",
    "hungary",
    "sweden",
    "norway",
    "denmark",
    "finland",
    "belgium",
    "switzerland",
    "austria",
    "argentina",
    "colombia",
    "sudan",
    "somalia",
    "algeria",
    "morocco",
    "bahrain",
    "kuwait",
    "america",
    "philippines",
    "saudi arabia",
    "south africa",
    "north korea",
    "south korea",
    "united states",
    "united kingdom",
    "netherlands",
    "moscow",
    "beijing",
    "tehran",
    "pyongyang",
    "seoul",
    "tokyo",
    "kyiv",
    "kiev",
    "london",
    "paris",
    "berlin",
    "brussels",
    "ankara",
    "damascus",
    "baghdad",
    "kabul",
    "islamabad",
    "new delhi",
    "jerusalem",
    "cairo",
    "riyadh",
    "havana",
    "caracas",
    "ottawa",
    "taipei",
    "hanoi",
    "doha",
    "tripoli",
    "washington",
    "new zealand",
    "ireland",
    "bangladesh",
    "sri lanka",
    "nepal",
    "malaysia",
    "thailand",
    "singapore",
    "canberra",
    "dublin",
    "dhaka",
    "madrid",
    "warsaw",
    // The other sovereign states, so that a story from anywhere lets its
    // countries speak ("Tanzania said"). Left out are names as often a
    // person's: Chad, Georgia, Jordan.
    "albania",
    "andorra",
    "angola",
    "armenia",
    "azerbaijan",
    "bahamas",
    "barbados",
    "belarus",
    "belize",
    "benin",
    "bhutan",
    "bolivia",
    "bosnia",
    "botswana",
    "brunei",
    "bulgaria",
    "burkina faso",
    "burundi",
    "cambodia",
    "cameroon",
    "chile",
    "congo",
    "costa rica",
    "croatia",
    "cyprus",
    "czech republic",
    "czechia",
    "djibouti",
    "ecuador",
    "el salvador",
    "eritrea",
    "estonia",
    "eswatini",
    "fiji",
    "gabon",
    "gambia",
    "ghana",
    "guatemala",
    "guinea",
    "guyana",
    "haiti",
    "honduras",
    "iceland",
    "ivory coast",
    "jamaica",
    "kazakhstan",
    "kosovo",
    "kyrgyzstan",
    "laos",
    "latvia",
    "lesotho",
    "liberia",
    "lithuania",
    "luxembourg",
    "madagascar",
    "malawi",
    "maldives",
    "mali",
    "malta",
    "mauritania",
    "mauritius",
    "moldova",
    "monaco",
    "mongolia",
    "montenegro",
    "mozambique",
    "myanmar",
    "namibia",
    "nicaragua",
    "niger",
    "north macedonia",
    "oman",
    "panama",
    "papua new guinea",
    "paraguay",
    "peru",
    "portugal",
    "romania",
    "rwanda",
    "senegal",
    "serbia",
    "sierra leone",
    "slovakia",
    "slovenia",
    "south sudan",
    "suriname",
    "tajikistan",
    "tanzania",
    "togo",
    "tunisia",
    "turkmenistan",
    "uganda",
    "united arab emirates",
    "uruguay",
    "uzbekistan",
    "zambia",
    "zimbabwe",
    // The street of a prime minister's office speaks for the government
    // as a capital does: "Downing Street said".
    "downing street",
    // London's police speak by the name of their headquarters.
    "scotland yard",
]);

/// Titles in the plural, written once before the names of the several
/// people who hold them: "Sens. Tom Quill of Ohio and Ada Vane of Utah".
pub(crate) static PLURAL_TITLES: Lexicon = Lexicon::new(&[
    "sens",
    "senators",
    "reps",
    "representatives",
    "govs",
    "governors",
    "drs",
    "profs",
    "messrs",
]);

/// Titles that say a person's degree or rank, not the job the article
/// gives them: a role written after the name says more ("Dr. Maria Lopez,
/// the port's chief engineer").
pub(crate) static COURTESY_TITLES: Lexicon = Lexicon::new(&["dr", "doctor", "prof", "professor"]);

/// Letters written after a name that say what the person is: a seat in a
/// parliament ("Ada Quist MP", "MSP", "MLA", "TD"), a rank at the bar ("Tom
/// Vale KC") or an honour or degree ("OBE", "PhD"). They are no part of the
/// name, so that a later "Quist" is the same person.
pub(crate) static POST_NOMINALS: Lexicon = Lexicon::new(&[
    "mp", "msp", "mla", "mpp", "mha", "mna", "mep", "td", "qc", "kc", "obe", "mbe", "cbe", "dbe",
    "kbe", "gbe", "frs", "phd", "ao",
]);

/// The words that open a description introducing someone: "One resident,
/// Tom Lee, said", "A local farmer, Bo Tate, said".
pub(crate) static INTRODUCING_DETERMINERS: Lexicon = Lexicon::new(&["a", "an", "one", "another"]);

/// The generations written after a name ("Tobin Marsh Jr.", "Ada Quist
/// III"), which are no surname.
pub(crate) static GENERATIONS: Lexicon = Lexicon::new(&["jr", "sr", "ii", "iii", "iv"]);

/// Prepositions whose object can follow a source: "a spokesman for the company".
pub(crate) static OBJECT_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "for", "of", "at", "in", "with", "from", "on", "near", "to", "around", "across", "through",
    "into", "behind",
]);

/// Adjectives between a source and its object: "people familiar with the
/// talks", "officials briefed on the plan", "sources privy to the talks".
pub(crate) static OWNER_ADJECTIVES: Lexicon = Lexicon::new(&[
    "familiar",
    "close",
    "knowledgeable",
    "briefed",
    "involved",
    "privy",
]);

/// Where, when and how words are said rather than who says them: after
/// "in", "at" or "on" these make a phrase about the speech, not the speaker's
/// description ("a spokesman in a statement", "an aide at a news
/// conference", "a source on a conference call").
pub(crate) static SPEECH_SETTINGS: Lexicon = Lexicon::new(&[
    "statement",
    "statements",
    "interview",
    "interviews",
    "email",
    "release",
    "conference",
    "briefing",
    "call",
    "speech",
    "hearing",
    "rally",
    "event",
    "appearance",
    "debate",
    "tweet",
    "post",
    "letter",
    "video",
    "broadcast",
    "show",
    "program",
    "programme",
    "podcast",
    "radio",
    "television",
    "phone",
    "telephone",
    "remarks",
    "testimony",
    "meeting",
    "session",
    "op-ed",
    "column",
    "blog",
    "filing",
    "court",
    // When, not where: "officials involved at the time".
    "time",
    "moment",
]);

/// Endings of the capitalised nouns for a member of a party, a nation or a
/// faith: "Republican", "Democrat", "Chinese", "Socialist", "Israeli",
/// "Catholic", "Shiite".
const MEMBER_ENDINGS: &[&str] = &["an", "crat", "ese", "ist", "i", "ic", "ite"];

/// Whether `word` is a capitalised noun for a member of a party, a nation
/// or a faith, by its ending; an acronym ("CNN") or a name ("Reuters") is
/// none.
pub(crate) fn is_member_word(word: &str) -> bool {
    let mut letters = word.chars();
    let lower_after_capital =
        letters.next().is_some_and(char::is_uppercase) && letters.all(|c| c.is_lowercase());
    lower_after_capital && MEMBER_ENDINGS.iter().any(|ending| word.ends_with(ending))
}

pub(crate) fn is_role_head(word: &str) -> bool {
    let bare = crate::lex::without_dot(word);
    ROLE_HEADS.contains(bare)
        || bare
            .split('-')
            .next_back()
            .is_some_and(|last| last != bare && ROLE_HEADS.contains(last))
}

/// The index of the head of the office that `words` (after "the") name,
/// when they name one: a title ending in a role head ("interim director", "Chief
/// Minister"), with what it is of or for ("of the Harbor Port Authority",
/// "for Health") or else in capitals ("Prime Minister"). Before a comma
/// and a name an office describes the name ("The Minister for Health, Ada
/// Quist, said"); read as a name, its last word would be a person's.
pub(crate) fn office_head(words: &[&str]) -> Option<usize> {
    let joiner = |word: &&str| word_in(word, &["of", "for", "the", "and"]);
    let title_end = words
        .iter()
        .position(|word| NAME_PREPOSITIONS.contains(word))
        .unwrap_or(words.len());
    let (title, object) = words.split_at(title_end);
    // The title ends in its role head, so an organisation with an office
    // in its name ("the Office of the Director of National Intelligence")
    // is no office.
    let titled = title.len() <= 4 && title.last().is_some_and(|word| is_role_head(word));
    let in_capitals = object.is_empty() && title.iter().all(|word| is_capitalized(word));
    let with_object = object.iter().any(|word| is_capitalized(word))
        && object
            .iter()
            .all(|word| is_capitalized(word) || joiner(word));
    (titled && (in_capitals || with_object)).then(|| title_end - 1)
}

/// Whether `preposition` followed by `next` opens a prepositional object:
/// "to" does before a noun phrase ("close to the campaign", "adviser to
/// Scott Walker"), not before a verb ("a prosecutor to investigate").
pub(crate) fn opens_object(preposition: &str, next: &str) -> bool {
    OBJECT_PREPOSITIONS.contains(preposition)
        && (!word_is(preposition, "to")
            || is_capitalized(next)
            || is_determiner(next)
            // People, not a verb: "speaking to reporters".
            || next.ends_with('s') && is_source_noun(next)
            || word_in(
                next,
                &[
                    "him", "her", "them", "me", "us", "this", "that", "these", "those",
                ],
            ))
}

/// Whether `preposition`, after `participle` and before `next`, opens an
/// object that describes the noun before the participle: "voters going to
/// the polls", "emails obtained by Vox" (the agent of a passive participle;
/// "responded by saying" names none).
pub(crate) fn opens_participle_object(participle: &str, preposition: &str, next: &str) -> bool {
    is_participle_before(participle, preposition)
        && (opens_object(preposition, next) || word_is(preposition, "by") && !next.ends_with("ing"))
}

/// Whether a lower-case head noun can carry a prepositional object as a
/// source: people ("a spokesman for the company") or, after a determiner, an
/// organisation ("the government in Beijing").
pub(crate) fn owns_object(head: &str, before: Option<&str>) -> bool {
    is_source_noun(head) || ORGANIZATION_HEADS.contains(head) && before.is_some_and(is_determiner)
}

/// Whether a common noun names people who can speak for themselves:
/// "spokesman", "officials", "experts", "members", "the head".
pub(crate) fn is_source_noun(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    // "witness" is singular; "witnesses" → "witness".
    let es_singular = word.strip_suffix("es");
    ANONYMOUS_HEADS.contains(word)
        || COMMON_SOURCES.contains(word)
        || PERSON_NOUNS.contains(word)
        || PERSON_NOUNS.contains(singular)
        || es_singular.is_some_and(|singular| PERSON_NOUNS.contains(singular))
        || is_role_head(singular)
        || is_role_head(word)
}

/// Endings of abstract nouns, which end no person's name: "Journalism",
/// "Stewardship", "Integrity".
const ABSTRACT_NOUN_ENDINGS: &[&str] = &["ism", "ship", "ity", "ness", "tion", "ment"];

/// Whether a name of two or more words, `words` in lower case, is made of
/// common nouns as an organisation's is, and no person's: it opens with a
/// plural noun for people ("Tenants Advice", "Parents Union") or ends on an
/// abstract noun ("Coastal Stewardship", "Western Journalism"), and opens
/// with no first name ("Jane Ness" stays a person).
pub(crate) fn is_common_noun_name(words: &[String]) -> bool {
    let [first, .., last] = words else {
        return false;
    };
    let people_plural = first
        .strip_suffix('s')
        .is_some_and(|singular| PERSON_NOUNS.contains(singular) && !first.ends_with("ss"));
    (people_plural || is_abstract_noun(last)) && !crate::grammar::is_first_name(first)
}

/// Whether `word`, in lower case, is an abstract noun by its ending, which
/// no surname has: "journalism", "stewardship", "regulation".
pub(crate) fn is_abstract_noun(word: &str) -> bool {
    ABSTRACT_NOUN_ENDINGS.iter().any(|ending| {
        word.strip_suffix(ending)
            .is_some_and(|stem| stem.len() >= 3)
    })
}

/// The prepositions that go on with the name of a body or a title: "Bank
/// of America", "the Center for American Progress", "Secretary of State".
pub(crate) static NAME_PREPOSITIONS: Lexicon = Lexicon::new(&["of", "for"]);

/// Lower-case particles inside a person's name: "Bill de Blasio", "Martin
/// van Buren", "Osama bin Laden".
pub(crate) static NAME_PARTICLES: Lexicon = Lexicon::new(&[
    "de", "van", "von", "da", "del", "della", "di", "du", "le", "la", "bin", "al", "el", "der",
    "den", "dos",
]);

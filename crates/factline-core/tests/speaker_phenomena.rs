//! Who speaks: one test per way news writing names a speaker that is more
//! than the words given as the source, each a table of small made-up
//! snippets. Every snippet is invented for the test.

use factline_core::{analyze, Analysis, Day, SpeakerKind, StatementKind};

/// Each attributed statement's text with its speaker's name and kind, or
/// an empty name when it has none.
fn speakers(text: &str) -> Vec<(String, String, Option<SpeakerKind>)> {
    let analysis: Analysis = analyze(text, Day::new(2023, 12, 28));
    analysis
        .statements
        .iter()
        .filter(|s| s.kind != StatementKind::Narration)
        .map(|s| {
            let speaker = analysis
                .speakers
                .iter()
                .find(|p| Some(&p.id) == s.speaker.as_ref());
            (
                s.text.clone(),
                speaker.map_or(String::new(), |p| p.name.clone()),
                speaker.map(|p| p.kind),
            )
        })
        .collect()
}

/// A snippet and its statements: (text, speaker's name, speaker's kind).
type SpeakerCase<'a> = (&'a str, &'a [(&'a str, &'a str, Option<SpeakerKind>)]);

fn expect_speakers(cases: &[SpeakerCase]) {
    for (text, expected) in cases {
        let want: Vec<(String, String, Option<SpeakerKind>)> = expected
            .iter()
            .map(|(t, s, k)| (t.to_string(), s.to_string(), *k))
            .collect();
        assert_eq!(speakers(text), want, "{text}");
    }
}

const GROUP: Option<SpeakerKind> = Some(SpeakerKind::Group);
const ANONYMOUS: Option<SpeakerKind> = Some(SpeakerKind::Anonymous);

#[test]
fn a_count_of_people_speaks_as_a_group() {
    expect_speakers(&[
        (
            "One in five said the plan had failed.",
            &[("the plan had failed", "One in five", GROUP)],
        ),
        (
            "About two in three said they would vote.",
            &[("they would vote", "About two in three", GROUP)],
        ),
        (
            "Most of them said the shop was closing.",
            &[("the shop was closing", "Most of them", GROUP)],
        ),
        (
            "As many as three-fourths of them say the town is safer.",
            &[(
                "the town is safer",
                "As many as three-fourths of them",
                GROUP,
            )],
        ),
        (
            "Many in the crowd said the mayor was right.",
            &[("the mayor was right", "Many in the crowd", GROUP)],
        ),
        (
            "All but two said the council should act.",
            &[("the council should act", "All but two", GROUP)],
        ),
        (
            "Majorities in all five say the tax is too high.",
            &[("the tax is too high", "Majorities in all five", GROUP)],
        ),
        (
            "Those around him say the governor is tired.",
            &[("the governor is tired", "Those around him", GROUP)],
        ),
        (
            "A majority of voters said the tax was too high.",
            &[("the tax was too high", "A majority of voters", GROUP)],
        ),
        (
            "Some 20 percent of the workers said they would strike.",
            &[("they would strike", "Some 20 percent of the workers", GROUP)],
        ),
        (
            "One of his aides said the trip was off.",
            &[("the trip was off", "One of his aides", ANONYMOUS)],
        ),
        // A count that names its one person is that person.
        (
            "One of his aides, Jane Roe, said the trip was off.",
            &[("the trip was off", "Jane Roe", Some(SpeakerKind::Person))],
        ),
        // What a count is not: a name after "in" stays the name.
        (
            "In Ohio, Jane Roe said the count was over.",
            &[("the count was over", "Jane Roe", Some(SpeakerKind::Person))],
        ),
    ]);
}

#[test]
fn an_unnamed_source_is_named_with_its_description() {
    expect_speakers(&[
        (
            "The talks stalled, according to a source at the city's water board.",
            &[(
                "The talks stalled",
                "a source at the city's water board",
                ANONYMOUS,
            )],
        ),
        (
            "The meeting ran late, according to people in attendance.",
            &[("The meeting ran late", "people in attendance", ANONYMOUS)],
        ),
        (
            "The deal is close, according to a source involved in the talks.",
            &[(
                "The deal is close",
                "a source involved in the talks",
                ANONYMOUS,
            )],
        ),
        (
            "“We are ready,” said one person with knowledge of the plan.",
            &[(
                "We are ready,",
                "one person with knowledge of the plan",
                ANONYMOUS,
            )],
        ),
        // An object cut before "and" might name only half of it.
        (
            "The vote is safe, according to the chairs from Jefferson and Adams counties.",
            &[("The vote is safe", "the chairs", GROUP)],
        ),
        (
            "The deal is near, according to aides involved in the talks and planning.",
            &[("The deal is near", "aides involved in the talks", ANONYMOUS)],
        ),
        // A phrase about the speech is no description of the speaker.
        (
            "“We are ready,” said a spokesman in a statement.",
            &[("We are ready,", "a spokesman", ANONYMOUS)],
        ),
        (
            "The plant will close, according to a source on Tuesday.",
            &[("The plant will close", "a source", ANONYMOUS)],
        ),
        (
            "The name was on the list, according to officials involved at the time.",
            &[("The name was on the list", "officials involved", ANONYMOUS)],
        ),
        // A list of names in the object is what the source speaks for; its
        // last name is not the speaker.
        (
            "A spokesman for Harlow and Finch said the firm would appeal.",
            &[(
                "the firm would appeal",
                "A spokesman for Harlow and Finch",
                ANONYMOUS,
            )],
        ),
        (
            "A spokesperson for the Department of Roads and Bridges said the toll would stay.",
            &[(
                "the toll would stay",
                "A spokesperson for the Department of Roads and Bridges",
                ANONYMOUS,
            )],
        ),
        // An ordinal picks among the unnamed sources with that head.
        (
            "A police official said the car was found.\n\n\
             Another police official said the driver had fled.\n\n\
             The tests may take a week, the first police official said.",
            &[
                ("the car was found", "A police official", ANONYMOUS),
                ("the driver had fled", "Another police official", ANONYMOUS),
                ("The tests may take a week", "A police official", ANONYMOUS),
            ],
        ),
    ]);
}

/// A lead may name an office before its holder, as releases and reports
/// do: "the Education Secretary has announced …", then "Education
/// Secretary Gillian Keegan said". The one person named with that role in
/// the next sentence is meant, when no one had the role before and no
/// mention used it before. A role met again, a holder named later or with
/// another role, or two holders, leave it unresolved.
#[test]
fn a_role_in_a_lead_is_the_holder_named_just_after() {
    const PERSON: Option<SpeakerKind> = Some(SpeakerKind::Person);
    expect_speakers(&[
        (
            "Rural schools will share new funding, the Education Secretary has announced.\n\n\
             Education Secretary Gillian Keegan said the money would reach 340 schools.",
            &[
                (
                    "Rural schools will share new funding",
                    "Gillian Keegan",
                    PERSON,
                ),
                (
                    "the money would reach 340 schools",
                    "Gillian Keegan",
                    PERSON,
                ),
            ],
        ),
        (
            "The senator said the bill was unfair.\n\n\
             \"It is wrong,\" the senator said.\n\n\
             Sen. Ann Cole said the bill was fair.",
            &[
                ("the bill was unfair", "", None),
                ("It is wrong,", "", None),
                ("the bill was fair", "Ann Cole", PERSON),
            ],
        ),
        (
            "The mayor said the road would close.\n\n\
             Police Chief Dan Moss said it would reopen in May.",
            &[
                ("the road would close", "", None),
                ("it would reopen in May", "Dan Moss", PERSON),
            ],
        ),
        (
            "The mayor said the road would close.\n\nResidents were angry.\n\n\
             Mayor Ann Lee said it would reopen in May.",
            &[
                ("the road would close", "", None),
                ("it would reopen in May", "Ann Lee", PERSON),
            ],
        ),
    ]);
}

#[test]
fn a_member_of_a_party_or_nation_is_no_name() {
    expect_speakers(&[
        (
            "A Republican said the bill would pass.",
            &[("the bill would pass", "A Republican", ANONYMOUS)],
        ),
        (
            "The vote slipped, according to an American involved in the talks.",
            &[(
                "The vote slipped",
                "an American involved in the talks",
                ANONYMOUS,
            )],
        ),
        (
            "“We will win,” said one senior Democrat familiar with the plan.",
            &[(
                "We will win,",
                "one senior Democrat familiar with the plan",
                ANONYMOUS,
            )],
        ),
        (
            "“Jobs first,” the lifelong Republican said.",
            &[("Jobs first,", "the lifelong Republican", ANONYMOUS)],
        ),
        // An acronym or a name after the article is still a name.
        (
            "The race is tied, according to a CNN poll.",
            &[("The race is tied", "CNN", Some(SpeakerKind::Organization))],
        ),
        (
            "A Jane Roe said the bill would pass.",
            &[("the bill would pass", "Jane Roe", Some(SpeakerKind::Person))],
        ),
    ]);
}

#[test]
fn a_party_tag_in_parentheses_is_no_name() {
    expect_speakers(&[
        (
            "Jane Roe and Sen. Ted Cruz (R-Texas) said the bill would fail.",
            &[("the bill would fail", "Jane Roe and Ted Cruz", GROUP)],
        ),
        (
            "Rep. Bob Lee (D-Va.), the committee's ranking member, said he backed the deal.",
            &[("he backed the deal", "Bob Lee", Some(SpeakerKind::Person))],
        ),
    ]);
}

#[test]
fn a_surname_that_ends_like_a_plural_is_a_person() {
    expect_speakers(&[
        (
            "Bernie Sanders held a rally in Iowa. Sanders said the vote was close. “We will win,” he said.",
            &[
                (
                    "the vote was close",
                    "Bernie Sanders",
                    Some(SpeakerKind::Person),
                ),
                ("We will win,", "Bernie Sanders", Some(SpeakerKind::Person)),
            ],
        ),
        // Without a first name, or as a common noun, it stays a group.
        (
            "Organizers said the march would go ahead.",
            &[("the march would go ahead", "Organizers", GROUP)],
        ),
        (
            "Democrats said the bill would fail.",
            &[("the bill would fail", "Democrats", GROUP)],
        ),
    ]);
}

const PERSON: Option<SpeakerKind> = Some(SpeakerKind::Person);
const ORGANIZATION: Option<SpeakerKind> = Some(SpeakerKind::Organization);

/// A plural common noun capitalised only because it opens its sentence is
/// no person's name: the article writes it in lower case elsewhere. A
/// surname the article never writes in lower case stays a person.
#[test]
fn a_plural_noun_that_opens_its_sentence_is_a_group() {
    expect_speakers(&[
        (
            "The bill divides the town. Proponents say it would save money. Its proponents met on Monday.",
            &[("it would save money", "Proponents", GROUP)],
        ),
        (
            "Companies said the rule would cost jobs. Several companies met the council.",
            &[("the rule would cost jobs", "Companies", GROUP)],
        ),
        (
            "The bill divides the town. Williams said it would save money.",
            &[("it would save money", "Williams", PERSON)],
        ),
        // A plural name after "the" is a party or a family, not a person.
        (
            "The bill divides the town. The Moderates said it would save money.",
            &[("it would save money", "Moderates", GROUP)],
        ),
        (
            "The Vances said they were grateful for the help.",
            &[("they were grateful for the help", "Vances", GROUP)],
        ),
    ]);
}

#[test]
fn a_document_speaks_for_whoever_issued_it() {
    expect_speakers(&[
        (
            "Turnout rose 4 percent, according to a count by the Associated Press.",
            &[("Turnout rose 4 percent", "Associated Press", ORGANIZATION)],
        ),
        (
            "The fund lost 3 percent in May, according to data released Friday by state regulators.",
            &[("The fund lost 3 percent in May", "state regulators", GROUP)],
        ),
        (
            "The mill closed in 2019, according to a lawsuit filed in federal court by Jane Roe, a former worker.",
            &[("The mill closed in 2019", "Jane Roe", PERSON)],
        ),
        (
            "The mill will close, according to a tally from the Harbor Gazette.",
            &[("The mill will close", "Harbor Gazette", ORGANIZATION)],
        ),
        (
            "The mill lost money, according to a report Tuesday from the Harbor Gazette.",
            &[("The mill lost money", "Harbor Gazette", ORGANIZATION)],
        ),
        // Where a document was written is not who wrote it.
        (
            "The bridge is unsafe, according to a poll in Ohio.",
            &[("The bridge is unsafe", "", None)],
        ),
        (
            "The bridge is unsafe, according to a count from the river.",
            &[("The bridge is unsafe", "", None)],
        ),
        // A person chosen by someone speaks for themself.
        (
            "The plan will fail, according to an aide picked by Jane Roe.",
            &[("The plan will fail", "", None)],
        ),
        // Research "a" body issued: the name between "a" and the document
        // is an organisation's, unless the article gave it as a surname.
        (
            "An Oxfam report found that the richest 1% own half of all wealth.",
            &[(
                "the richest 1% own half of all wealth",
                "Oxfam",
                ORGANIZATION,
            )],
        ),
        (
            "A Quorvex study found that rents rose.",
            &[("rents rose", "Quorvex", ORGANIZATION)],
        ),
        (
            "Jane Quist led the inquiry. A Quist report found that rents rose.",
            &[("rents rose", "Jane Quist", PERSON)],
        ),
    ]);
}

#[test]
fn a_document_someone_owns_or_holds_is_not_its_issuers() {
    expect_speakers(&[
        (
            "“We will rebuild,” she said, according to excerpts of her speech released by the Harbor Club.",
            &[("We will rebuild,", "", None)],
        ),
        (
            "The mill will close, according to a letter obtained by the Harbor Gazette.",
            &[("The mill will close", "", None)],
        ),
        (
            "The mill will close, according to a count by the nonprofit E3G.",
            &[("The mill will close", "", None)],
        ),
        // A capitalised outlet's name is an organisation; in lower case the
        // same word names no one.
        (
            "The mill will close, according to a survey by Harbor Research.",
            &[("The mill will close", "Harbor Research", ORGANIZATION)],
        ),
        (
            "The mill will close, according to Roe's research.",
            &[("The mill will close", "", None)],
        ),
    ]);
}

#[test]
fn an_outlet_or_a_place_that_speaks_is_no_person() {
    expect_speakers(&[
        (
            "The Harbor Gazette said the mayor would resign.",
            &[("the mayor would resign", "Harbor Gazette", ORGANIZATION)],
        ),
        (
            "The Chicago Sun-Times reported that the mayor would resign.",
            &[("the mayor would resign", "Chicago Sun-Times", ORGANIZATION)],
        ),
        (
            "The Harbor Parents Alliance said the school would close.",
            &[(
                "the school would close",
                "Harbor Parents Alliance",
                ORGANIZATION,
            )],
        ),
        // A news outlet or agency known by one word.
        (
            "Xinhua reported that the talks had failed. Vox said the bill would pass.",
            &[
                ("the talks had failed", "Xinhua", ORGANIZATION),
                ("the bill would pass", "Vox", ORGANIZATION),
            ],
        ),
        // A surname the text gives after a first name stays a person's.
        (
            "Michael Bloomberg spoke first. Bloomberg said the bill would pass.",
            &[("the bill would pass", "Michael Bloomberg", PERSON)],
        ),
        (
            "China said the talks had failed.",
            &[("the talks had failed", "China", ORGANIZATION)],
        ),
        (
            "Moscow responded that the sanctions were illegal.",
            &[("the sanctions were illegal", "Moscow", ORGANIZATION)],
        ),
        // One capitalised word after "the", with its verb, is no person's
        // name; a plural is a group, and a surname the article gave stays
        // the person's.
        (
            "The Fed said the rate would stay. The Quorvex announced new fares.",
            &[("the rate would stay", "Fed", ORGANIZATION)],
        ),
        // An acronym spelled like a function word is a name, a name all in
        // capitals an organisation, and a middle initial part of a name.
        (
            "The WHO said deaths fell. WHO said cases rose.",
            &[
                ("deaths fell", "WHO", ORGANIZATION),
                ("cases rose", "WHO", ORGANIZATION),
            ],
        ),
        (
            "Bills will rise by 9 percent, the Quorvian Energy Regulator (QER) says.",
            &[(
                "Bills will rise by 9 percent",
                "Quorvian Energy Regulator",
                ORGANIZATION,
            )],
        ),
        (
            "HARBOR TODAY reported that the pier was shut.",
            &[("the pier was shut", "HARBOR TODAY", ORGANIZATION)],
        ),
        (
            "Samuel A. Quist said the pier was shut.",
            &[("the pier was shut", "Samuel A. Quist", PERSON)],
        ),
        // Particles inside a name belong to it.
        (
            "Ursula von der Quist said the deal was done.",
            &[("the deal was done", "Ursula von der Quist", PERSON)],
        ),
        (
            "The St Vincent de Quist Society warned that families were skipping meals.",
            &[(
                "families were skipping meals",
                "St Vincent de Quist Society",
                ORGANIZATION,
            )],
        ),
        (
            "The Clintons said the rate would stay.",
            &[("the rate would stay", "Clintons", GROUP)],
        ),
        (
            "The Liberal Democrats said the figures showed the scale of the crisis.",
            &[(
                "the figures showed the scale of the crisis",
                "Liberal Democrats",
                GROUP,
            )],
        ),
        // A body's head opening the source owns the place it is in.
        (
            "Police in Quorvo said on Monday that 12 people had died.",
            &[("12 people had died", "Police in Quorvo", ORGANIZATION)],
        ),
        // So does a body named in full: the place is where it sits, never
        // a person called by the place's name.
        (
            "The Department of Roads in Quorvo said the bridge would reopen.",
            &[(
                "the bridge would reopen",
                "Department of Roads in Quorvo",
                ORGANIZATION,
            )],
        ),
        (
            "The Ministry of Fisheries in Tarvia said catches had fallen.",
            &[(
                "catches had fallen",
                "Ministry of Fisheries in Tarvia",
                ORGANIZATION,
            )],
        ),
        (
            "Jane Quist of the Quorvo Institute in Tarvia said the data was sound.",
            &[("the data was sound", "Jane Quist", PERSON)],
        ),
        // A body named in the plural goes on with its name after "for",
        // up to the title and name of the person who speaks.
        (
            "Centers for Harbor Safety Director Jane Quist said the cost was high.",
            &[("the cost was high", "Jane Quist", PERSON)],
        ),
        (
            "Tanzania said the parts had come by sea. Uganda said the border would stay open.",
            &[
                ("the parts had come by sea", "Tanzania", ORGANIZATION),
                ("the border would stay open", "Uganda", ORGANIZATION),
            ],
        ),
        (
            "Sierra Leone said the mine would reopen.",
            &[("the mine would reopen", "Sierra Leone", ORGANIZATION)],
        ),
        (
            "The United States said the talks had failed.",
            &[("the talks had failed", "United States", ORGANIZATION)],
        ),
        // The offices that speak for a government.
        (
            "The Treasury said the figures were encouraging.",
            &[("the figures were encouraging", "Treasury", ORGANIZATION)],
        ),
        (
            "The Kremlin said the talks had failed.",
            &[("the talks had failed", "Kremlin", ORGANIZATION)],
        ),
        (
            "Downing Street said the minister had its full confidence.",
            &[(
                "the minister had its full confidence",
                "Downing Street",
                ORGANIZATION,
            )],
        ),
        // A national body named after its country; a person's name ends in
        // a country only after a first name.
        (
            "Statistics Canada said the economy grew in March.",
            &[(
                "the economy grew in March",
                "Statistics Canada",
                ORGANIZATION,
            )],
        ),
        (
            "Kathy Ireland said the line was selling well.",
            &[("the line was selling well", "Kathy Ireland", PERSON)],
        ),
        // A place's name the article gives a person is their surname.
        (
            "Kerry Washington spoke at the gala. Washington said the film was done.",
            &[("the film was done", "Washington", PERSON)],
        ),
    ]);
}

/// An organisation named with what it is "of" or "for" is known by its
/// whole name ("the Ministry of Health", "the Department of Justice"), and
/// a name ending in an organisation's head needs no "the" before its verb;
/// "the ministry" and "the council" then point back to it.
#[test]
fn the_ministry_or_the_council_is_the_organisation_named_before() {
    expect_speakers(&[
        (
            "The Ministry of Roads closed the bridge. The ministry said repairs would take a week.",
            &[(
                "repairs would take a week",
                "Ministry of Roads",
                ORGANIZATION,
            )],
        ),
        (
            "The Department of Justice opened an inquiry. The department said no one had been charged.",
            &[(
                "no one had been charged",
                "Department of Justice",
                ORGANIZATION,
            )],
        ),
        (
            "Harrow Vale District Council approved the budget. The council said bills would rise.",
            &[(
                "bills would rise",
                "Harrow Vale District Council",
                ORGANIZATION,
            )],
        ),
        // An imperative before a name is no organisation's subject.
        (
            "Follow Harbor Daily News reporter Jo Lane on Twitter.\n\nThe pier was shut, Harbor Daily News reported.",
            &[("The pier was shut", "Harbor Daily News", ORGANIZATION)],
        ),
        // A name that goes on after "to" or "for" in capitalised words is
        // the whole name.
        (
            "Turnout rose sharply, according to the organizer Alliance to Reclaim Our Schools.",
            &[(
                "Turnout rose sharply",
                "Alliance to Reclaim Our Schools",
                ORGANIZATION,
            )],
        ),
        (
            "Turnout rose sharply, according to The Alliance to Reclaim Our Schools.",
            &[(
                "Turnout rose sharply",
                "Alliance to Reclaim Our Schools",
                ORGANIZATION,
            )],
        ),
        (
            "The Committee to Protect Harbor Journalists said the reporter had been jailed.",
            &[(
                "the reporter had been jailed",
                "Committee to Protect Harbor Journalists",
                ORGANIZATION,
            )],
        ),
        // "The agency" is the one agency named before, whatever its name's
        // head ("Administration", "Bureau", "Service"), ahead of a business
        // that spoke since; with two agencies named it could be either.
        (
            "The Harbor Aviation Administration grounded the jets on Friday. Quorvane Airways said it would comply. The agency said the ban would last a week.",
            &[
                ("it would comply", "Quorvane Airways", ORGANIZATION),
                (
                    "the ban would last a week",
                    "Harbor Aviation Administration",
                    ORGANIZATION,
                ),
            ],
        ),
        (
            "The Harbor Aviation Administration grounded the jets. The Harbor Forest Service closed the road. Quorvane Airways said it would comply. The agency said the ban would last a week.",
            &[
                ("it would comply", "Quorvane Airways", ORGANIZATION),
                ("the ban would last a week", "", None),
            ],
        ),
    ]);
}

/// One word written as a brand or a web address is an outlet or company:
/// "HarborWatch", "FactFinder.org". Surnames with a capital inside
/// ("McConnell", "MacArthur", "DeSantis") stay people.
#[test]
fn a_brand_written_as_one_word_is_an_organisation() {
    expect_speakers(&[
        (
            "HarborWatch reported that the mayor would resign.",
            &[("the mayor would resign", "HarborWatch", ORGANIZATION)],
        ),
        (
            "FactFinder.org said the claim was false.",
            &[("the claim was false", "FactFinder.org", ORGANIZATION)],
        ),
        (
            "McConnell said the vote would wait.",
            &[("the vote would wait", "McConnell", PERSON)],
        ),
        (
            "MacArthur said the vote would wait.",
            &[("the vote would wait", "MacArthur", PERSON)],
        ),
        (
            "DeSantis said the vote would wait.",
            &[("the vote would wait", "DeSantis", PERSON)],
        ),
        (
            "Jo KarlsHalle founded the site. KarlsHalle said the vote would wait.",
            &[("the vote would wait", "KarlsHalle", PERSON)],
        ),
    ]);
}

#[test]
fn it_or_the_company_is_the_organisation_the_sentence_before_opened_with() {
    expect_speakers(&[
        (
            "The Federal Aviation Administration opened an inquiry on Monday. It said the plane had landed safely.",
            &[(
                "the plane had landed safely",
                "Federal Aviation Administration",
                ORGANIZATION,
            )],
        ),
        (
            "The Harbor Authority opened an inquiry on Monday. The agency said the ferry had docked safely.",
            &[("the ferry had docked safely", "Harbor Authority", ORGANIZATION)],
        ),
        // With nothing before it, "the company" after the reported clause
        // is the name the sentence opens with, when the article writes
        // that name capitalised inside a sentence too; a common word that
        // opens a sentence is none.
        (
            "Quorvane will cut 1,200 jobs, the company said. Shares of Quorvane fell.",
            &[("Quorvane will cut 1,200 jobs", "Quorvane", ORGANIZATION)],
        ),
        (
            "Proceeds will be used to repay debt, the company said.",
            &[("Proceeds will be used to repay debt", "", None)],
        ),
        // A news outlet named between is no other company.
        (
            "Quorvane Holdings will cut 1,200 jobs, the company said. \
             \u{201c}These are hard choices,\u{201d} chief executive Ana Lind said in a memo seen by Reuters. \
             In a statement, the company said the cuts would save money.",
            &[
                ("Quorvane Holdings will cut 1,200 jobs", "Quorvane Holdings", ORGANIZATION),
                ("These are hard choices,", "Ana Lind", PERSON),
                ("the cuts would save money", "Quorvane Holdings", ORGANIZATION),
            ],
        ),
        // A sentence that opens on "the" and a noun for an organisation
        // goes on about the one named with that noun, or the one the
        // sentence before opened with.
        (
            "The Reserve Bank of Quorvia kept rates unchanged on Friday. \
             The central bank projected growth of 7 percent. It also said inflation would ease.",
            &[("inflation would ease", "Reserve Bank of Quorvia", ORGANIZATION)],
        ),
        (
            "Quorvane Corp cut 200 jobs on Friday. The company reported a loss. It said sales would recover.",
            &[("sales would recover", "Quorvane Corp", ORGANIZATION)],
        ),
        // The acronym a name is given with in parentheses is a short name of
        // it, and with a day it acted on it may stand between the name and
        // its verb.
        (
            "The Reserve Bank of Quorvia (RBQ) on Friday kept rates unchanged. \
             It said inflation would ease. The RBQ said growth would slow.",
            &[
                ("inflation would ease", "Reserve Bank of Quorvia", ORGANIZATION),
                ("growth would slow", "Reserve Bank of Quorvia", ORGANIZATION),
            ],
        ),
        // A name whose object holds "and" is given its acronym whole,
        // never the words after the "and" alone.
        (
            "The Centers for Harbor Safety and Rescue (CHSR) said 12 boats were lost. \
             The CHSR said crews had been sent.",
            &[
                ("12 boats were lost", "Centers for Harbor Safety and Rescue", ORGANIZATION),
                (
                    "crews had been sent",
                    "Centers for Harbor Safety and Rescue",
                    ORGANIZATION,
                ),
            ],
        ),
        (
            "The Department of Roads and Urban Renewal (DRUR) said rents rose. \
             DRUR said aid would grow.",
            &[
                ("rents rose", "Department of Roads and Urban Renewal", ORGANIZATION),
                ("aid would grow", "Department of Roads and Urban Renewal", ORGANIZATION),
            ],
        ),
        // A verb whose past is its base is a past after a name in the
        // singular, where the present would end in "-s".
        (
            "Quorvane Corp cut 200 jobs on Friday. It said profits would fall.",
            &[("profits would fall", "Quorvane Corp", ORGANIZATION)],
        ),
        (
            "Harbor Power Company set new prices on Friday. The company said costs had risen.",
            &[("costs had risen", "Harbor Power Company", ORGANIZATION)],
        ),
        (
            "Quillo said it had closed 40 stores in May. The company said the rest would stay open.",
            &[
                ("it had closed 40 stores in May", "Quillo", ORGANIZATION),
                ("the rest would stay open", "Quillo", ORGANIZATION),
            ],
        ),
        // A police force is "the force".
        (
            "Harbor Police said a man had been arrested. The force said officers had worked hard.",
            &[
                ("a man had been arrested", "Harbor Police", ORGANIZATION),
                ("officers had worked hard", "Harbor Police", ORGANIZATION),
            ],
        ),
        // A British department of state is an "Office" and "the department".
        (
            "The Harbour Office said the report was unfair. The department said it would respond in full.",
            &[
                ("the report was unfair", "Harbour Office", ORGANIZATION),
                ("it would respond in full", "Harbour Office", ORGANIZATION),
            ],
        ),
        // A noun for a business never means a public body.
        (
            "Harbor Police said a man had been arrested. The company said its guard had called them.",
            &[
                ("a man had been arrested", "Harbor Police", ORGANIZATION),
                ("its guard had called them", "", None),
            ],
        ),
        // A person the article has shown is never "it".
        (
            "Jane Roe said the plant would close. It said the rest would stay open.",
            &[
                ("the plant would close", "Jane Roe", PERSON),
                ("the rest would stay open", "", None),
            ],
        ),
        (
            "Mr. Quillo said the plant would close. The company said the rest would stay open.",
            &[
                ("the plant would close", "Quillo", PERSON),
                ("the rest would stay open", "", None),
            ],
        ),
        // The owner of the subject is not the subject.
        (
            "The Harbor Authority's chief resigned on Monday. It said the ferry had docked safely.",
            &[("the ferry had docked safely", "", None)],
        ),
        // The press calls a business or a body by what it does: the
        // consultancy, the charity, the regulator. A name with no first
        // name the lexicon knows is that organisation.
        (
            "According to Pellow Insight, bills could fall by 16% in July. The consultancy said wholesale prices had dropped.",
            &[
                ("bills could fall by 16% in July", "Pellow Insight", ORGANIZATION),
                ("wholesale prices had dropped", "Pellow Insight", ORGANIZATION),
            ],
        ),
        (
            "Quillo said the price cap would rise. The regulator said suppliers must warn customers.",
            &[
                ("the price cap would rise", "Quillo", ORGANIZATION),
                ("suppliers must warn customers", "Quillo", ORGANIZATION),
            ],
        ),
        // The last organisation that spoke is what "the company" is about
        // two sentences on, unless another was named between.
        (
            "Harbor Airways Inc. said the flight was lost. Tom Lee lived in Ghent. The company confirmed he was on the plane.",
            &[
                ("the flight was lost", "Harbor Airways Inc.", ORGANIZATION),
                ("he was on the plane", "Harbor Airways Inc.", ORGANIZATION),
            ],
        ),
        (
            "Harbor Airways Inc. said the flight was lost. Tom Lee worked at Pellow Freight Co. in Ghent. The company confirmed he was on the plane.",
            &[
                ("the flight was lost", "Harbor Airways Inc.", ORGANIZATION),
                ("he was on the plane", "", None),
            ],
        ),
        // A person with a first name stays a person, and "the charity" is
        // then no one.
        (
            "Jane Quillo said the rise would push families into debt. The charity said more help was needed.",
            &[
                ("the rise would push families into debt", "Jane Quillo", PERSON),
                ("more help was needed", "", None),
            ],
        ),
    ]);
}

/// An office after a name is an appositive even when its name lists
/// portfolios joined by "and"; names after it make a list of people.
#[test]
fn an_office_that_lists_its_portfolios_is_the_persons_role() {
    expect_speakers(&[
        (
            "Ada Quist, Minister of Roads, Rail and Ports, said the bridge would open.",
            &[("the bridge would open", "Ada Quist", PERSON)],
        ),
        (
            "Ada Quist, Minister of Roads, Tom Vale and Bob Hart said the bridge would open.",
            &[(
                "the bridge would open",
                "Ada Quist, Minister of Roads, Tom Vale and Bob Hart",
                GROUP,
            )],
        ),
    ]);
    assert_eq!(
        roles("Ada Quist, Minister of Roads, Rail and Ports, said the bridge would open."),
        vec![(
            "Ada Quist".to_string(),
            Some("Minister of Roads, Rail and Ports".to_string())
        )]
    );
}

/// Each attributed statement's speaker with its role.
fn roles(text: &str) -> Vec<(String, Option<String>)> {
    let analysis: Analysis = analyze(text, Day::new(2023, 12, 28));
    analysis
        .statements
        .iter()
        .filter_map(|s| {
            let speaker = analysis
                .speakers
                .iter()
                .find(|p| Some(&p.id) == s.speaker.as_ref())?;
            Some((speaker.name.clone(), speaker.role.clone()))
        })
        .collect()
}

/// A snippet and its one attributed statement's speaker with the role.
type RoleCase<'a> = (&'a str, (&'a str, Option<&'a str>));

fn expect_roles(cases: &[RoleCase]) {
    for (text, (name, role)) in cases {
        let want = vec![(name.to_string(), role.map(str::to_string))];
        assert_eq!(roles(text), want, "{text}");
    }
}

/// A group's role is the role noun at its head, only where it says more
/// than the group's name.
#[test]
fn a_group_holds_its_role_noun_only_beside_more_words() {
    expect_roles(&[
        (
            "Residents of Quill said the pier was shut.",
            ("Residents of Quill", Some("residents")),
        ),
        ("Residents said the pier was shut.", ("Residents", None)),
    ]);
}

#[test]
fn a_role_before_a_name_is_the_persons_role() {
    let cases: &[RoleCase] = &[
        (
            "“We are ready,” said the hospital's chief surgeon, Dr. Jane Roe.",
            ("Jane Roe", Some("hospital's chief surgeon")),
        ),
        (
            "Chief surgeon Jane Roe said the hospital was ready.",
            ("Jane Roe", Some("Chief surgeon")),
        ),
        // Two roles joined by "and" are both the person's, wherever the
        // source was cut.
        (
            "The president and chief executive of Quorvane, Jane Roe, said the plant would reopen.",
            (
                "Jane Roe",
                Some("president and chief executive of Quorvane"),
            ),
        ),
        (
            "Quorvane's founder and chairman, Tom Lee, said the plant would reopen.",
            ("Tom Lee", Some("Quorvane's founder and chairman")),
        ),
        // A singular name in "-ss" is the body the role is in.
        (
            "Congress leader Jairam Ramesh said the plan had failed.",
            ("Jairam Ramesh", Some("Congress leader")),
        ),
        // An office with what it is of is whoever holds it.
        (
            "The interim director of the Harbor Aviation Administration said the plane was safe.",
            (
                "The interim director of the Harbor Aviation Administration",
                Some("interim director of the Harbor Aviation Administration"),
            ),
        ),
    ];
    // A role of something else, or one the text goes on to name, is no
    // unnamed office holder.
    for text in [
        "The senator from Vermont said the bill would pass.",
        "The former secretary of state said the bill would pass.",
    ] {
        assert_eq!(roles(text), vec![], "{text}");
    }
    expect_roles(cases);
}

/// The occupations news writing gives the people it quotes, before the name
/// or after it between commas, are their roles: an advocate in an Indian
/// court, a farmer, a student, a retiree.
#[test]
fn an_occupation_is_the_persons_role() {
    expect_roles(&[
        (
            "Senior advocate Ravi Quist, appearing for the petitioners, argued that the scheme was opaque.",
            ("Ravi Quist", Some("Senior advocate")),
        ),
        (
            "Dairy farmer Tom Vale said the drought had cost him dearly.",
            ("Tom Vale", Some("Dairy farmer")),
        ),
        (
            "Ada Quist, a nursing student, said the fees were too high.",
            ("Ada Quist", Some("nursing student")),
        ),
        (
            "Bo Tate, a retired pilot, said the runway was too short.",
            ("Bo Tate", Some("retired pilot")),
        ),
        (
            "Veteran journalist Jo Roe said the paper would close.",
            ("Jo Roe", Some("Veteran journalist")),
        ),
        // A description that opens the sentence before the name.
        (
            "One resident, Tom Lee, 67, said the water was brown.",
            ("Tom Lee", Some("resident")),
        ),
        (
            "A local farmer, Bo Tate, said the crops failed.",
            ("Bo Tate", Some("local farmer")),
        ),
        (
            "A trader in Lagos, Chidi Vask, 42, said prices had tripled.",
            ("Chidi Vask", Some("trader in Lagos")),
        ),
        (
            "Conservative critic Rachel Dunmore said the plan was overdue.",
            ("Rachel Dunmore", Some("Conservative critic")),
        ),
        (
            "Neighbour Sarah Lin, 52, said she heard screaming.",
            ("Sarah Lin", Some("Neighbour")),
        ),
        (
            "United boss Anna Quist said the foul was clear.",
            ("Anna Quist", Some("United boss")),
        ),
        // A body whose name runs over "of" or "for" is all of the role,
        // not the words after its "of".
        (
            "Bank of Quorvo CEO Ada Quist said rates would rise.",
            ("Ada Quist", Some("Bank of Quorvo CEO")),
        ),
        (
            "University of Tarvia economist Jane Roe said prices rose.",
            ("Jane Roe", Some("University of Tarvia economist")),
        ),
    ]);
    // Whose the office is, the sentence before says; when it does not, the
    // role stays as written.
    assert_eq!(
        roles("Quorvane said it would cut jobs. Its chief executive, Ada Quist, said fares would rise."),
        vec![
            ("Quorvane".to_string(), None),
            (
                "Ada Quist".to_string(),
                Some("Quorvane's chief executive".to_string())
            )
        ]
    );
    assert_eq!(
        roles("Quorvane Airways said it would cut jobs. Its chief executive, Ada Quist, said fares would rise."),
        vec![
            ("Quorvane Airways".to_string(), None),
            (
                "Ada Quist".to_string(),
                Some("Quorvane Airways' chief executive".to_string())
            )
        ]
    );
    // The same after the name.
    assert_eq!(
        roles("The Patients Union said waits were longer. Rachel Power, its chief executive, said: \"Each number is a person.\""),
        vec![
            ("Patients Union".to_string(), None),
            (
                "Rachel Power".to_string(),
                Some("Patients Union's chief executive".to_string())
            )
        ]
    );
    assert_eq!(
        roles("Sen. Tobin Marsh said he would run. His campaign manager, Ada Quist, said the race was close."),
        vec![
            ("Tobin Marsh".to_string(), Some("Sen.".to_string())),
            (
                "Ada Quist".to_string(),
                Some("His campaign manager".to_string())
            )
        ]
    );
    expect_roles(&[(
        "Its chief executive, Ada Quist, said fares would rise.",
        ("Ada Quist", Some("Its chief executive")),
    )]);
}

#[test]
fn partners_joined_by_a_slash_speak_together() {
    expect_speakers(&[
        (
            "The race is tied, according to a CNN/WMUR poll.",
            &[("The race is tied", "CNN/WMUR", ORGANIZATION)],
        ),
        (
            "The race is tied, according to a Harbor University/Boston Gazette poll.",
            &[(
                "The race is tied",
                "Harbor University/Boston Gazette",
                ORGANIZATION,
            )],
        ),
    ]);
}

/// A person the text introduces with an appositive ("Quorin Vask, 83, of
/// Springfield,") is a rival for a later "he" or "she" though the lexicon
/// knows no first name in the name: the pronoun may be theirs.
#[test]
fn a_person_introduced_with_an_unknown_first_name_is_a_rival_for_a_pronoun() {
    expect_speakers(&[
        (
            "Chief Justice Tobin Marsh spoke first. To understand it, Chief Justice Marsh said, one should visit. Quorin Vask, of Springfield, fought in the war. He said the museum was good.",
            &[
                ("To understand it, Chief Justice Marsh said, one should visit", "Tobin Marsh", PERSON),
                ("the museum was good", "", None),
            ],
        ),
        // No appositive, no introduction: a place or a firm's name is no rival.
        (
            "Chief Justice Tobin Marsh said the court was open. Harbor Quays is a new district. He said the museum was good.",
            &[
                ("the court was open", "Tobin Marsh", PERSON),
                ("the museum was good", "Tobin Marsh", PERSON),
            ],
        ),
    ]);
}

/// A person named in full whose first name fits the pronoun is a rival for
/// it, though a woman in the article shares the surname: after "Bill Vane
/// set a deadline", "He" may be Bill Vane, not the man who spoke before.
#[test]
fn a_full_name_whose_first_name_fits_is_a_rival_for_a_pronoun() {
    expect_speakers(&[(
        "Tom Quist said the plan would work. Mary Vane said she agreed. Bill Vane, her husband, set a deadline. He said it was firm.",
        &[
            ("the plan would work", "Tom Quist", PERSON),
            ("she agreed", "Mary Vane", PERSON),
            ("it was firm", "", None),
        ],
    ), (
        "Tom Quist said the plan would work. Mary Vane said she agreed. Board member Bill Vane, her husband, set a deadline. He said it was firm.",
        &[
            ("the plan would work", "Tom Quist", PERSON),
            ("she agreed", "Mary Vane", PERSON),
            ("it was firm", "", None),
        ],
    )]);
}

#[test]
fn a_pronoun_after_two_people_goes_to_the_one_it_fits_or_the_subject() {
    expect_speakers(&[
        // Only one of the two is a "he".
        (
            "Mayor Jane Roe met Governor Bob Lee on Monday. He said the deal was done.",
            &[("the deal was done", "Bob Lee", PERSON)],
        ),
        // Both could be: the sentence before is about its subject.
        (
            "Governor Bob Lee said the port would open. Mayor Sam Roe disagreed with the plan. He said the port would stay shut.",
            &[
                ("the port would open", "Bob Lee", PERSON),
                ("the port would stay shut", "Sam Roe", PERSON),
            ],
        ),
        // Neither shown to be a person the article knows: unresolved.
        (
            "Jane Roe met Bob Lee on Monday. He said the deal was done.",
            &[("the deal was done", "", None)],
        ),
        // A person the pronoun fits, named as an owner in its own sentence,
        // is as likely whom it means as a speaker whose pronoun is unknown.
        (
            "Judge Emery Vance said the case could go on. The ruling raised questions about Jane Quist's affidavit, in which she said her lawyers had returned every record.",
            &[
                ("the case could go on", "Emery Vance", PERSON),
                ("her lawyers had returned every record", "", None),
            ],
        ),
        // The sentence's own speaker stays the likelier one.
        (
            "Governor Emery Lee said the port would open. Lee later told reporters the video did not show Sam Roe's hand, but he said the guard saw a gun.",
            &[
                ("the port would open", "Emery Lee", PERSON),
                ("the video did not show Sam Roe's hand", "Emery Lee", PERSON),
                ("the guard saw a gun", "Emery Lee", PERSON),
            ],
        ),
        // A subject written with an honorific ("Mr. Lee") opens its
        // sentence as much as one without.
        (
            "Lee said the men were freed. Mr. Roe said the swap was fair. Mr. Lee met the families on Friday. \"I saw their pain,\" he said.",
            &[
                ("the men were freed", "Lee", PERSON),
                ("the swap was fair", "Roe", PERSON),
                ("I saw their pain,", "Lee", PERSON),
            ],
        ),
    ]);
}

/// A name written with digits in it is one name, not the letter after the
/// digits: "E3G", "B4Z".
#[test]
fn a_name_with_digits_in_it() {
    let found = speakers("Coal use fell by a third, according to a study by the nonprofit Q4Z.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, "Q4Z");
}

/// A title after a first name is a surname: "Howard Dean", "Angus King".
/// Before a name, or alone, it stays a title.
#[test]
fn a_title_after_a_first_name_is_a_surname() {
    expect_speakers(&[
        (
            "Howard Dean said the race was over.",
            &[("the race was over", "Howard Dean", PERSON)],
        ),
        (
            "Rep. Steve King said the bill was weak.",
            &[("the bill was weak", "Steve King", PERSON)],
        ),
        (
            "Judge Ana Ruiz said the bill was weak.",
            &[("the bill was weak", "Ana Ruiz", PERSON)],
        ),
    ]);
}

/// An office the press writes in capitals is a role, not an organisation:
/// "the CEO", "the PM", "Local MP Jo Roe".
#[test]
fn an_office_in_capitals_is_a_role() {
    for text in [
        "The CEO said the plan was sound.",
        "The PM said the plan was sound.",
    ] {
        let organizations: Vec<_> = speakers(text)
            .into_iter()
            .filter(|(_, _, kind)| *kind == ORGANIZATION)
            .collect();
        assert_eq!(organizations, vec![], "{text}");
    }
    expect_speakers(&[(
        "Local MP Jo Roe said the plan was sound.",
        &[("the plan was sound", "Jo Roe", PERSON)],
    )]);
}

/// A title of rank before a name ("Sir", "Dame", "Lord", "Shri") is how the
/// press addresses the person, not part of the name: the role before it stays
/// the role, a later surname is the same person, and the title tells the
/// pronoun. The same word with no name after it is a surname ("Ada Lord").
#[test]
fn a_title_of_rank_stays_out_of_the_name() {
    expect_speakers(&[
        (
            "Party leader Sir Tobin Marsh said the plan was fair. Marsh told reporters that taxes would not rise.",
            &[
                ("the plan was fair", "Tobin Marsh", PERSON),
                ("taxes would not rise", "Tobin Marsh", PERSON),
            ],
        ),
        (
            "Baroness Wick said the ruling was sound. Lady Wick added that the court must decide.",
            &[
                ("the ruling was sound", "Wick", PERSON),
                ("the court must decide", "Wick", PERSON),
            ],
        ),
        (
            "Health Minister R K Nanda opened the ward. Shri Nanda said the beds were ready.",
            &[("the beds were ready", "R K Nanda", PERSON)],
        ),
        (
            "Ada Lord, a former envoy, said the talks failed. “It was a mistake,” said Lord.",
            &[
                ("the talks failed", "Ada Lord", PERSON),
                ("It was a mistake,", "Ada Lord", PERSON),
            ],
        ),
        // Parliaments style their members "the Honourable".
        (
            "The Honourable Ada Quist said the bridge would open. Quist said tolls would end.",
            &[
                ("the bridge would open", "Ada Quist", PERSON),
                ("tolls would end", "Ada Quist", PERSON),
            ],
        ),
        (
            "The Hon. Ada Quist said the bridge would open.",
            &[("the bridge would open", "Ada Quist", PERSON)],
        ),
        // "Dame" tells "she", so the "he" is someone else.
        (
            "Judge Dame Olwen Pryce met Bo Tate, a lawyer, on Monday. He said the deal was done.",
            &[("the deal was done", "Bo Tate", PERSON)],
        ),
    ]);
    assert_eq!(
        roles("Prime Minister Sir Tobin Marsh said the plan was fair."),
        vec![(
            "Tobin Marsh".to_string(),
            Some("Prime Minister".to_string())
        )]
    );
}

/// A military rank before a name, written in full or cut short, is the
/// person's role, and the rank with the surname later is the same person:
/// "Adm. Tobin Q. Marsh Jr. … Admiral Marsh".
#[test]
fn a_military_rank_is_the_persons_role() {
    expect_roles(&[
        (
            "Adm. Tobin Q. Marsh Jr., who leads the fleet, said the sea was calm.",
            ("Tobin Q. Marsh Jr.", Some("Adm.")),
        ),
        (
            "Brig. Ada Quist said the base was safe.",
            ("Ada Quist", Some("Brig.")),
        ),
        (
            "Colonel Bo Tate said the base was safe.",
            ("Bo Tate", Some("Colonel")),
        ),
    ]);
    expect_speakers(&[
        (
            "Adm. Tobin Marsh, who leads the fleet, met President Ada Quist. Admiral Marsh makes no apologies. It is his job, he said, to speak.",
            &[("It is his job, he said, to speak", "Tobin Marsh", PERSON)],
        ),
        // A generation after the name is no surname: "Admiral Marsh" is
        // "Tobin Q. Marsh Jr.".
        (
            "Adm. Tobin Q. Marsh Jr. said the sea was calm. “We are ready,” Admiral Marsh said.",
            &[
                ("the sea was calm", "Tobin Q. Marsh Jr.", PERSON),
                ("We are ready,", "Tobin Q. Marsh Jr.", PERSON),
            ],
        ),
    ]);
}

/// An office refers back to the one person the article has given it, by its
/// initials ("the CM" for a Chief Minister, "the chief minister" for a CM) or
/// in capitals ("the Prime Minister"), whose words the role must have: with
/// two ministers "the Prime Minister" is still one person, "the minister"
/// no one.
#[test]
fn an_office_refers_back_to_the_one_person_who_holds_it() {
    expect_speakers(&[
        (
            "Chief Minister Ravi Kumar chaired the meeting. The CM said the funds were ready.",
            &[("the funds were ready", "Ravi Kumar", PERSON)],
        ),
        (
            "CM Ravi Kumar chaired the meeting. The chief minister said the funds were ready.",
            &[("the funds were ready", "Ravi Kumar", PERSON)],
        ),
        (
            "Chief Executive Officer Jo Roe opened the plant. The CEO said output would double.",
            &[("output would double", "Jo Roe", PERSON)],
        ),
        (
            "A bench headed by Chief Justice Ravi Kumar heard the plea. \"The voter has a right to know,\" the CJI observed.",
            &[("The voter has a right to know,", "Ravi Kumar", PERSON)],
        ),
        (
            "Prime Minister Jo Lee met Finance Minister Al Roe. The Prime Minister said the budget was sound. The minister said the rates would fall.",
            &[
                ("the budget was sound", "Jo Lee", PERSON),
                ("the rates would fall", "", None),
            ],
        ),
        (
            "Chief Minister Ravi Kumar met Deputy Chief Minister Anil Das. The CM said the talks went well.",
            &[("the talks went well", "", None)],
        ),
        // A word before the office's head must be in the role, in lower
        // case too: the chief minister is not the foreign minister. One
        // that only says when the role was held ("the former senator")
        // need not be.
        (
            "Foreign Minister Ravi Kumar spoke first. \"We are ready,\" the chief minister said.",
            &[("We are ready,", "", None)],
        ),
        (
            "Foreign Minister Ravi Kumar spoke first. \"We are ready,\" the foreign minister said.",
            &[("We are ready,", "Ravi Kumar", PERSON)],
        ),
        (
            "Sen. Ann Lee spoke first. \"We are ready,\" the former senator said.",
            &[("We are ready,", "Ann Lee", PERSON)],
        ),
        // A word that says where the office is picks the one whose role
        // says it; when none does, the role's head alone is read, as the
        // text may not have said where before.
        (
            "Harbor Sen. Ann Lee met Sen. Bob Roe. \"We are ready,\" the Harbor senator said.",
            &[("We are ready,", "Ann Lee", PERSON)],
        ),
        (
            "Sen. Ann Lee spoke first. \"We are ready,\" the Harbor senator said.",
            &[("We are ready,", "Ann Lee", PERSON)],
        ),
    ]);
}

/// A "she" never reaches a person whose first name tells "he", and a
/// pronoun reaches a person whose pronoun the text has not shown only while
/// no other person has been a sentence's subject since: the one it would
/// not fit may be the one the text has moved on to, and the pronoun then
/// means someone else.
#[test]
fn a_pronoun_reaches_a_person_of_unknown_pronoun_only_while_no_one_else_is_the_subject() {
    expect_speakers(&[
        (
            "“The port will open,” said Timothy Roe. “It will not,” she said.",
            &[
                ("The port will open,", "Timothy Roe", PERSON),
                ("It will not,", "", None),
            ],
        ),
        (
            "“The port will open,” Vance said. “It will,” she said.",
            &[
                ("The port will open,", "Vance", PERSON),
                ("It will,", "Vance", PERSON),
            ],
        ),
        (
            "“The port will open,” Vance said. Aaron Kall, a professor, doubted it. “It will not,” she said.",
            &[
                ("The port will open,", "Vance", PERSON),
                ("It will not,", "", None),
            ],
        ),
    ]);
}

#[test]
fn names_joined_by_an_ampersand_are_one_firm() {
    expect_speakers(&[
        (
            "Harlow & Finch said it would raise prices in March.",
            &[(
                "it would raise prices in March",
                "Harlow & Finch",
                ORGANIZATION,
            )],
        ),
        (
            "Jane Doe of Pell & Rowe Securities said the shares were cheap.",
            &[("the shares were cheap", "Jane Doe", PERSON)],
        ),
        // A text that spells "&" out joins a firm's letters with "and".
        (
            "QT and B said it would raise prices in March.",
            &[("it would raise prices in March", "QT and B", ORGANIZATION)],
        ),
        (
            "QTV and BRN said the merger would go ahead.",
            &[("the merger would go ahead", "QTV and BRN", GROUP)],
        ),
    ]);
}

#[test]
fn a_name_written_with_an_apostrophe_s_keeps_it() {
    expect_speakers(&[
        // A name never introduced that ends in "'s" before the verb is a
        // business named so, not a person called "Pembry".
        (
            "Pembry's said it would hire 3,000 staff.",
            &[("it would hire 3,000 staff", "Pembry's", ORGANIZATION)],
        ),
        // A surname the article has given is a person who "has said".
        (
            "Jane Doe runs the pier. Doe's said the pier will close.",
            &[("the pier will close", "Jane Doe", PERSON)],
        ),
        // Businesses the press always writes with "'s" keep it inside a
        // longer name too.
        (
            "Moody's Investors Service said the outlook was stable.",
            &[(
                "the outlook was stable",
                "Moody's Investors Service",
                ORGANIZATION,
            )],
        ),
        (
            "Standard & Poor's said it would cut the rating.",
            &[("it would cut the rating", "Standard & Poor's", ORGANIZATION)],
        ),
        (
            "Moody's said the outlook was negative.",
            &[("the outlook was negative", "Moody's", ORGANIZATION)],
        ),
    ]);
}

/// A name the text places where only an organisation stands is one, though
/// it has no organisation's word in it: after "the regulator" or "the
/// charity", or after a role and "of" or "at".
#[test]
fn a_name_in_an_organisations_place_is_an_organisation() {
    expect_speakers(&[
        (
            "Bills will rise, the energy regulator Quorvane announced. Quorvane said the cap would rise.",
            &[
                ("Bills will rise", "Quorvane", ORGANIZATION),
                ("the cap would rise", "Quorvane", ORGANIZATION),
            ],
        ),
        (
            "Jane Roe, chief executive of Pellow Advice, said families were struggling. Pellow Advice said more help was needed.",
            &[
                ("families were struggling", "Jane Roe", PERSON),
                ("more help was needed", "Pellow Advice", ORGANIZATION),
            ],
        ),
        (
            "The Quorish activist group Pellow Watch posted the video. Pellow Watch said the strike had hit a school.",
            &[("the strike had hit a school", "Pellow Watch", ORGANIZATION)],
        ),
        // A relation is no role: the son of a person is no organisation's.
        (
            "Tom Lee, the son of Bob Quill, said the farm was sold. Bob Quill said it was not.",
            &[
                ("the farm was sold", "Tom Lee", PERSON),
                ("it was not", "Bob Quill", PERSON),
            ],
        ),
        // A business named by what it owns or makes ("Harbor Gas owner
        // Quellix", "Zap parent Vornio") is one; an owner with a first name,
        // or one the text has named in full, is a person.
        (
            "Harbor Gas owner Quellix said profits rose sharply. Quellix said bills would fall.",
            &[
                ("profits rose sharply", "Quellix", ORGANIZATION),
                ("bills would fall", "Quellix", ORGANIZATION),
            ],
        ),
        (
            "Zap parent Vornio said the app would close.",
            &[("the app would close", "Vornio", ORGANIZATION)],
        ),
        (
            "Harbor United owner Tom Quill said the club was safe.",
            &[("the club was safe", "Tom Quill", PERSON)],
        ),
        (
            "Tom Quill said he had bought Zap last year. Zap owner Quill said the app would stay.",
            &[
                ("he had bought Zap last year", "Tom Quill", PERSON),
                ("the app would stay", "Tom Quill", PERSON),
            ],
        ),
        // A name that speaks "in a statement", "in a filing" or "in a
        // release" is the body that issued it; a person with a first name,
        // or one the text has named in full, stays a person.
        (
            "Quorvane Mining in a statement said it would appeal.",
            &[("it would appeal", "Quorvane Mining", ORGANIZATION)],
        ),
        (
            "Pellow in a regulatory filing said its profits fell.",
            &[("its profits fell", "Pellow", ORGANIZATION)],
        ),
        (
            "Jane Roe in a statement said she would appeal.",
            &[("she would appeal", "Jane Roe", PERSON)],
        ),
        (
            "Tom Quill lost the vote. Quill in a statement said he would appeal.",
            &[("he would appeal", "Tom Quill", PERSON)],
        ),
    ]);
}

/// A name the text describes as a business in an appositive ("Zapli, the
/// food delivery company,"), or whose last word only a business's name ends
/// with ("Quorvane Airways", "Pellow Holdings"), is an organisation, and
/// "the carrier" or "the company" later is that organisation.
#[test]
fn a_name_described_or_ending_as_a_business_is_an_organisation() {
    expect_speakers(&[
        (
            "Zapli, the food delivery company, said orders rose.",
            &[("orders rose", "Zapli", ORGANIZATION)],
        ),
        (
            "Quorvane, the national carrier, said flights would resume. The carrier said fares would rise.",
            &[
                ("flights would resume", "Quorvane", ORGANIZATION),
                ("fares would rise", "Quorvane", ORGANIZATION),
            ],
        ),
        (
            "Pellow, a Leeds-based lender, said arrears fell.",
            &[("arrears fell", "Pellow", ORGANIZATION)],
        ),
        (
            "Harbour Bancorp said it would cut 1,200 jobs. The bank said the cuts would be made by 2025.",
            &[
                ("it would cut 1,200 jobs", "Harbour Bancorp", ORGANIZATION),
                ("the cuts would be made by 2025", "Harbour Bancorp", ORGANIZATION),
            ],
        ),
        // After the reported clause, a noun for a business means the one
        // the clause opens with.
        (
            "Quorvane Motors will recall 120,000 cars over a faulty airbag, the automaker said on Friday.",
            &[(
                "Quorvane Motors will recall 120,000 cars over a faulty airbag",
                "Quorvane Motors",
                ORGANIZATION,
            )],
        ),
        // Named in full once, a business goes on by its first word.
        (
            "Harbour Bancorp said it would cut 1,200 jobs. Harbour in a statement said customers would be moved.",
            &[
                ("it would cut 1,200 jobs", "Harbour Bancorp", ORGANIZATION),
                ("customers would be moved", "Harbour Bancorp", ORGANIZATION),
            ],
        ),
        (
            "The Quist Foundation said it would close. Anna Quist founded it. Ms. Quist said it had done its work.",
            &[
                ("it would close", "Quist Foundation", ORGANIZATION),
                ("it had done its work", "Anna Quist", PERSON),
            ],
        ),
        (
            "Vornio Holdings said it would close the pit. The miner said copper prices fell.",
            &[
                ("it would close the pit", "Vornio Holdings", ORGANIZATION),
                ("copper prices fell", "Vornio Holdings", ORGANIZATION),
            ],
        ),
        // A miner the article has introduced is a person, not the business.
        (
            "Vornio Holdings said it would close the pit. Tom Lee, a miner, said the shaft was unsafe. The miner said he had warned the bosses.",
            &[
                ("it would close the pit", "Vornio Holdings", ORGANIZATION),
                ("the shaft was unsafe", "Tom Lee", PERSON),
                ("he had warned the bosses", "Tom Lee", PERSON),
            ],
        ),
        (
            "Quorvane Airways said on Tuesday it would cut 2,000 jobs. Its chief executive, Ada Quist, said the cuts were painful. The company said they would end by June.",
            &[
                ("it would cut 2,000 jobs", "Quorvane Airways", ORGANIZATION),
                ("the cuts were painful", "Ada Quist", PERSON),
                ("they would end by June", "Quorvane Airways", ORGANIZATION),
            ],
        ),
        (
            "Pellow Holdings said profit fell. Vornio Motors said sales rose. Harbor Industries Ltd said it would appeal.",
            &[
                ("profit fell", "Pellow Holdings", ORGANIZATION),
                ("sales rose", "Vornio Motors", ORGANIZATION),
                ("it would appeal", "Harbor Industries Ltd", ORGANIZATION),
            ],
        ),
        // A sentence that opens with "Its" goes on about an organisation
        // the sentence before opened with.
        (
            "Quorvane said flights would resume. Its chief executive, Ada Quist, said fares would rise.",
            &[
                ("flights would resume", "Quorvane", ORGANIZATION),
                ("fares would rise", "Ada Quist", PERSON),
            ],
        ),
        (
            "Zaptel said it had raised funds. The telco said prices would rise.",
            &[
                ("it had raised funds", "Zaptel", ORGANIZATION),
                ("prices would rise", "Zaptel", ORGANIZATION),
            ],
        ),
        // A person described by a job is still a person, and so is one
        // described by the business they run.
        (
            "Ada Quist, the company's founder, said orders rose.",
            &[("orders rose", "Ada Quist", PERSON)],
        ),
        (
            "Quist, a partner at the firm, said orders rose.",
            &[("orders rose", "Quist", PERSON)],
        ),
        (
            "Scotland Yard said a man had been arrested.",
            &[("a man had been arrested", "Scotland Yard", ORGANIZATION)],
        ),
    ]);
}

/// A sentence with no subject that names one person with a role ("Just
/// look at Mayor Sam Roe.", "Consider Senator Bob Lee.") is about that
/// person: a "he" right after it means them, not the last speaker.
#[test]
fn a_person_named_alone_in_the_sentence_before_is_whom_a_pronoun_means() {
    expect_speakers(&[
        (
            "“The port will open,” Governor Bob Lee said. Just look at Mayor Sam Roe. He said the port would stay shut.",
            &[
                ("The port will open,", "Bob Lee", PERSON),
                ("the port would stay shut", "Sam Roe", PERSON),
            ],
        ),
        (
            "“The port will open,” Governor Bob Lee said. Consider Mayor Sam Roe. He has said the port would stay shut.",
            &[
                ("The port will open,", "Bob Lee", PERSON),
                ("the port would stay shut", "Sam Roe", PERSON),
            ],
        ),
        // A person named in a quotation is whom the speaker talks about.
        (
            "Governor Bob Lee said the port would open. “I trust Mayor Sam Roe,” he said.",
            &[
                ("the port would open", "Bob Lee", PERSON),
                ("I trust Mayor Sam Roe,", "Bob Lee", PERSON),
            ],
        ),
    ]);
}

/// A person who is the subject of a clause opening the sentence ("When
/// Roe visited the port …", "While Roe toured …") is as much a rival for a
/// later "he" as a sentence's subject: the pronoun stays unresolved rather
/// than reach the last speaker. Named there alone with a role, the person
/// is what the sentence is about, and the pronoun means them.
#[test]
fn a_person_opening_a_clause_is_a_rival_for_a_pronoun() {
    expect_speakers(&[
        (
            "Mayor Sam Roe said the port would shut. “The port will open,” said Governor Bob Lee. When Roe visited the port the crowd booed. “It will stay shut,” he said.",
            &[
                ("the port would shut", "Sam Roe", PERSON),
                ("The port will open,", "Bob Lee", PERSON),
                ("It will stay shut,", "", None),
            ],
        ),
        (
            "Mayor Sam Roe said the port would shut. “The port will open,” said Governor Bob Lee. While Roe toured the docks, the crowd grew. He said the port would stay shut.",
            &[
                ("the port would shut", "Sam Roe", PERSON),
                ("The port will open,", "Bob Lee", PERSON),
                ("the port would stay shut", "", None),
            ],
        ),
        (
            "“The port will open,” said Governor Bob Lee. When Mayor Sam Roe visited the port he was booed. “It will stay shut,” he said.",
            &[
                ("The port will open,", "Bob Lee", PERSON),
                ("It will stay shut,", "Sam Roe", PERSON),
            ],
        ),
    ]);
}

/// A "they" means the last group that spoke only while the text is still on
/// it: the group spoke, or was named again, in the pronoun's sentence or
/// the few before. Further on, the text has moved to other people, and the
/// pronoun stays unresolved rather than reach the wrong group.
#[test]
fn a_they_reaches_a_group_only_while_the_text_is_on_it() {
    let far = "Company executives said the strike would hurt earnings. \
               The deal was reached on Friday. It covers six stores. \
               It lasts four years. Workers objected to being moved. \
               They also said jobs were going overseas.";
    let near = "Company executives said the strike would hurt earnings. \
                The deal was reached on Friday. It covers six stores. \
                The executives hope it holds. \
                They also said the stores would stay open.";
    expect_speakers(&[
        (
            far,
            &[
                ("the strike would hurt earnings", "Company executives", GROUP),
                ("jobs were going overseas", "", None),
            ],
        ),
        (
            near,
            &[
                ("the strike would hurt earnings", "Company executives", GROUP),
                ("the stores would stay open", "Company executives", GROUP),
            ],
        ),
        (
            "Company executives said the strike would hurt earnings. They said the stores would stay open.",
            &[
                ("the strike would hurt earnings", "Company executives", GROUP),
                ("the stores would stay open", "Company executives", GROUP),
            ],
        ),
    ]);
}

/// Other people in the plural who open a sentence after the group spoke
/// ("Several party aides have …") may be the ones a "they" means, which is
/// then left unresolved; the group named again by its own noun is no other.
#[test]
fn a_they_after_other_people_in_the_plural_stays_unresolved() {
    expect_speakers(&[
        (
            "Sens. Tom Quill of Ohio and Ada Vane of Utah said they would campaign with her. \
             Several Quorvane aides have named Ohio as a place to start. \
             She could win there, they suggested.",
            &[
                (
                    "they would campaign with her",
                    "Tom Quill and Ada Vane",
                    GROUP,
                ),
                ("She could win there", "", None),
            ],
        ),
        (
            "Tom Quill and Ada Vane said they would campaign with her. \
             Others named Ohio as a place to start. \
             She could win there, they suggested.",
            &[
                (
                    "they would campaign with her",
                    "Tom Quill and Ada Vane",
                    GROUP,
                ),
                ("She could win there", "", None),
            ],
        ),
        (
            "Company executives said the strike would hurt earnings. \
             The executives hope it holds. They said the stores would stay open.",
            &[
                (
                    "the strike would hurt earnings",
                    "Company executives",
                    GROUP,
                ),
                ("the stores would stay open", "Company executives", GROUP),
            ],
        ),
    ]);
}

/// A person the article names in full but who has not spoken yet is a
/// rival for a pronoun their first name fits once they are a sentence's
/// subject: after "Peter Roe attacked the plan.", "He said …" is not the last speaker's word, and the
/// pronoun stays unresolved rather than reach them.
#[test]
fn a_person_named_in_full_who_speaks_later_is_a_rival_for_a_pronoun() {
    expect_speakers(&[
        (
            "Governor Bob Lee said the port would open. Peter Roe attacked the plan. He said it had failed. “It is a mess,” said Peter Roe.",
            &[
                ("the port would open", "Bob Lee", PERSON),
                ("it had failed", "", None),
                ("It is a mess,", "Peter Roe", PERSON),
            ],
        ),
        // A "she" does not make her a rival for "he".
        (
            "Governor Bob Lee said the port would open. Jane Roe attacked the plan. He said it had failed. “It is a mess,” said Jane Roe.",
            &[
                ("the port would open", "Bob Lee", PERSON),
                ("it had failed", "Bob Lee", PERSON),
                ("It is a mess,", "Jane Roe", PERSON),
            ],
        ),
    ]);
}

#[test]
fn a_name_made_of_common_nouns_is_an_organisation() {
    expect_speakers(&[
        (
            "Tenants Advice said the rents had doubled.",
            &[("the rents had doubled", "Tenants Advice", ORGANIZATION)],
        ),
        (
            "Coastal Stewardship said the dunes were eroding.",
            &[("the dunes were eroding", "Coastal Stewardship", ORGANIZATION)],
        ),
        (
            "As reported by Harbour Journalism, the ferry was late again.\n\nHe said the timetable was “a fiction.”",
            &[
                ("the ferry was late again", "Harbour Journalism", ORGANIZATION),
                ("the timetable was “a fiction.”", "", None),
            ],
        ),
        (
            "Jane Roe said the rents had doubled.",
            &[("the rents had doubled", "Jane Roe", Some(SpeakerKind::Person))],
        ),
    ]);
}

#[test]
fn a_plural_abstract_noun_opening_a_sentence_names_no_speaker() {
    expect_speakers(&[
        (
            "The row over helmets goes on.\n\nRegulations issued by the council say pupils must wear helmets.",
            &[("pupils must wear helmets", "", None)],
        ),
        // Documents without an issuer say nothing for anyone.
        (
            "The plant is in trouble.\n\nReports said the plant would close.",
            &[("the plant would close", "", None)],
        ),
        (
            "The row over sleep goes on.\n\nGuidelines say children should sleep nine hours.",
            &[("children should sleep nine hours", "", None)],
        ),
        (
            "The race goes on.\n\nPolls suggest the race is tight.",
            &[("the race is tight", "", None)],
        ),
        (
            "Harbours said the port would close. Jane Harbours had run it for years.",
            &[("the port would close", "Harbours", Some(SpeakerKind::Person))],
        ),
        (
            "Critics said the council had gone too far.",
            &[("the council had gone too far", "Critics", GROUP)],
        ),
        (
            "The mayor is weighing a second term.\n\nAllies say she will run again.",
            &[("she will run again", "Allies", GROUP)],
        ),
    ]);
}

#[test]
fn a_capitalised_plural_of_a_member_word_is_a_group() {
    expect_speakers(&[
        (
            "The survey asked about rents. Catholics said the rents had doubled.",
            &[("the rents had doubled", "Catholics", GROUP)],
        ),
        (
            "Ann Lewis runs the port. Lewis said the port would close.",
            &[(
                "the port would close",
                "Ann Lewis",
                Some(SpeakerKind::Person),
            )],
        ),
    ]);
}

#[test]
fn things_a_known_person_owns_say_nothing() {
    expect_speakers(&[
        (
            "Ann Lee said the pier would close. Ms. Lee's eyes told the crowd the fight was over.",
            &[
                ("the pier would close", "Ann Lee", Some(SpeakerKind::Person)),
                ("the fight was over", "", None),
            ],
        ),
        (
            "Ann Lee said the pier would close. Ms. Lee's confidants said she was tired.",
            &[
                ("the pier would close", "Ann Lee", Some(SpeakerKind::Person)),
                ("she was tired", "Ms. Lee's confidants", GROUP),
            ],
        ),
    ]);
}

/// An office written in capitals, then the name of the one who holds it
/// between commas, is that person with the office as role, as a lower-case
/// description before a name is: "The Prime Minister, Tobin Marsh, said".
/// Read as a name, the office's last word would be a person called "State"
/// or "Health".
#[test]
fn a_capitalised_office_then_a_name_is_the_office_holder() {
    let cases: &[RoleCase] = &[
        (
            "The Prime Minister, Tobin Marsh, said the decision was final.",
            ("Tobin Marsh", Some("Prime Minister")),
        ),
        (
            "The Home Secretary, Ada Quist, said the plan was lawful.",
            ("Ada Quist", Some("Home Secretary")),
        ),
        (
            "Minister for Housing Ada Quist said the plan would work.",
            ("Ada Quist", Some("Minister for Housing")),
        ),
        (
            "The Chief Minister, R K Nanda, said the state would oppose the move.",
            ("R K Nanda", Some("Chief Minister")),
        ),
        (
            "The interim director of the Harbor Port Authority, Ada Quist, said the line would open.",
            ("Ada Quist", Some("interim director of the Harbor Port Authority")),
        ),
        (
            "The Secretary of State for Transport, Ada Quist, said the line would open.",
            ("Ada Quist", Some("Secretary of State for Transport")),
        ),
        (
            "The Minister for Health, the Hon. Ada Quist MP, said the reforms would save lives.",
            ("Ada Quist", Some("Minister for Health")),
        ),
    ];
    expect_roles(cases);
}

/// Letters after a name that say what the person is ("MP", "KC", "OBE")
/// are no part of it: "Ada Quist MP" is Ada Quist, whom "Quist" names later.
#[test]
fn letters_after_a_name_stay_out_of_it() {
    expect_speakers(&[
        (
            "Ada Quist MP said the vote was a disgrace. Quist added that she would appeal.",
            &[
                ("the vote was a disgrace", "Ada Quist", PERSON),
                ("she would appeal", "Ada Quist", PERSON),
            ],
        ),
        (
            "Tom Vale KC, representing the family, said the ruling was unjust.",
            &[("the ruling was unjust", "Tom Vale", PERSON)],
        ),
        (
            "Dame Olwen Pryce DBE said the award was a surprise.",
            &[("the award was a surprise", "Olwen Pryce", PERSON)],
        ),
    ]);
    assert_eq!(
        roles("The Hon. Ada Quist MP, Minister for Roads and Ports, said the bridge would open."),
        vec![(
            "Ada Quist".to_string(),
            Some("Minister for Roads and Ports".to_string())
        )]
    );
}

/// An office with the portfolio it is for, and no name, is whoever holds
/// it: the one person the article gave that office, or an unnamed holder.
/// It is never a person named by the portfolio ("Education").
#[test]
fn a_capitalised_office_with_its_portfolio_names_no_person_by_it() {
    assert_eq!(
        roles("The Secretary of State for Education said schools must stay open."),
        vec![(
            "The Secretary of State for Education".to_string(),
            Some("Secretary of State for Education".to_string())
        )]
    );
    assert_eq!(
        roles(
            "Ada Quist, the Minister for Health, opened the ward. The Minister for Health said the beds were ready."
        ),
        vec![("Ada Quist".to_string(), Some("Minister for Health".to_string()))]
    );
}

/// An appositive that says where a person works, opening with "of" ("Ada
/// Quist, of the Harbor Institute, said"), describes the name before it, as
/// one opening with "from" or "at" does; the name is the source.
#[test]
fn a_workplace_after_of_between_commas_describes_the_name() {
    expect_speakers(&[
        (
            "Ada Quist, of the Harbor Institute, said the tide was rising.",
            &[("the tide was rising", "Ada Quist", PERSON)],
        ),
        (
            "Supt Tom Vale, of Harbor Police, said the road would stay closed.",
            &[("the road would stay closed", "Tom Vale", PERSON)],
        ),
    ]);
}

/// British and Commonwealth offices and police ranks written before a name
/// without a dot ("Cllr", "Det Insp", "DCI") are its role, not its name.
#[test]
fn an_abbreviated_rank_before_a_name_is_its_role() {
    let cases: &[RoleCase] = &[
        (
            "Cllr Ada Quist said the council would review the plan.",
            ("Ada Quist", Some("Cllr")),
        ),
        (
            "Det Insp Tom Vale said the victim had been stabbed.",
            ("Tom Vale", Some("Det Insp")),
        ),
        (
            "DCI Jo Roe said the inquiry was going well.",
            ("Jo Roe", Some("DCI")),
        ),
    ];
    expect_roles(cases);
}

/// A surname after a title ("Treasurer Chalmers", "Dr Chalmers", "Sen.
/// Chalmers") is the one person the article has named in full with it, not
/// a second speaker called "Chalmers".
#[test]
fn a_titled_surname_is_the_person_named_in_full_before() {
    for text in [
        "Treasurer Jim Chalmers spoke on Monday. Treasurer Chalmers said the budget was responsible.",
        "Treasurer Jim Chalmers spoke on Monday. Dr Chalmers said the budget was responsible.",
        "Sen. Jim Chalmers spoke on Monday. Sen. Chalmers said the budget was responsible.",
    ] {
        expect_speakers(&[(
            text,
            &[("the budget was responsible", "Jim Chalmers", PERSON)],
        )]);
    }
}

/// A surname alone is the one person the article named in full with it
/// before, even where that person did not speak ("Jim Chalmers spoke to
/// reporters … Dr Chalmers said"). Two people with the surname, or a full
/// name only after the surname, leave the surname as written, and so does
/// an honorific of the other sex.
#[test]
fn a_surname_is_the_person_named_in_full_before_who_did_not_speak() {
    expect_speakers(&[
        (
            "Jim Chalmers spoke to reporters on Monday. Dr Chalmers said the budget was responsible.",
            &[("the budget was responsible", "Jim Chalmers", PERSON)],
        ),
        (
            "The bill was drafted by Anna Quist last year. Quist said it would pass.",
            &[("it would pass", "Anna Quist", PERSON)],
        ),
        (
            "Anna Quist and Tom Quist run the farm. Quist said it would close.",
            &[("it would close", "Quist", PERSON)],
        ),
        (
            "Quist said the farm would close. Anna Quist has run it since 1990.",
            &[("the farm would close", "Quist", PERSON)],
        ),
        (
            "The farm was bought by Anna Quist in 1990. Mr. Quist said it would close.",
            &[("it would close", "Quist", PERSON)],
        ),
    ]);
}

/// A family speaks as one unnamed source, whoever's it is: "the victim's
/// family said", and "the family" after it is the same source.
#[test]
fn a_family_is_an_unnamed_source() {
    expect_speakers(&[
        (
            "In a statement, the victim's family said the verdict was fair. The family added that they were grateful.",
            &[
                ("the verdict was fair", "the victim's family", ANONYMOUS),
                ("they were grateful", "the victim's family", ANONYMOUS),
            ],
        ),
        (
            "The family said they were devastated.",
            &[("they were devastated", "The family", ANONYMOUS)],
        ),
    ]);
}

/// "who" points to a person: past an appositive's prepositional phrase ("an
/// economist at the Harbor Institute in Quill who said …") it stands for
/// the one the appositive describes, never for a body or a place named
/// inside the phrase. A body that speaks takes "which".
#[test]
fn who_after_an_appositive_stands_for_the_person_it_describes() {
    expect_speakers(&[
        (
            "Roe cites the work of Ann Lee, an economist at the Harbor Institute in Quill who had concluded that rents rose.",
            &[("rents rose", "Ann Lee", PERSON)],
        ),
        (
            "Roe cites Tom Reyes, a professor of history at Quill University who said that the pier was old.",
            &[("the pier was old", "Tom Reyes", PERSON)],
        ),
        (
            "Roe cites a report by the Harbor Institute, which said that the pier was old.",
            &[("the pier was old", "Harbor Institute", ORGANIZATION)],
        ),
        // Past an appositive set off by commas, with a home town or a region
        // at its end.
        (
            "The levy was backed by Tom Reyes, 24, from Quill, who said that rents would fall.",
            &[("rents would fall", "Tom Reyes", PERSON)],
        ),
        (
            "The plan was derided by Ann Lee, the leader of the opposition in Vale, who suggested that the mayor should resign.",
            &[("the mayor should resign", "Ann Lee", PERSON)],
        ),
    ]);
}

/// Names joined by "and", each perhaps with a title before it and the place
/// it is from after it, speak together: the group is named by the names
/// alone, without their titles or places. A name after "of" that could be
/// an organisation's ("Bank of Quorn") keeps the list as written.
#[test]
fn names_joined_with_titles_and_places_speak_as_a_group() {
    expect_speakers(&[
        (
            "Sens. Tom Quill of Ohio and Ada Vane of Utah said the levy was unfair.",
            &[("the levy was unfair", "Tom Quill and Ada Vane", GROUP)],
        ),
        (
            "Gov. Tom Quill of Ohio and Mayor Ada Vane said the levy was unfair.",
            &[("the levy was unfair", "Tom Quill and Ada Vane", GROUP)],
        ),
        (
            "Tom Quill of Ohio, Ada Vane of Utah and Bo Lind of Iowa said the levy was unfair.",
            &[(
                "the levy was unfair",
                "Tom Quill, Ada Vane and Bo Lind",
                GROUP,
            )],
        ),
        (
            "Bank of Quorn and Vale Mining said the levy was unfair.",
            &[(
                "the levy was unfair",
                "Bank of Quorn and Vale Mining",
                GROUP,
            )],
        ),
    ]);
}

/// A description then names joined by "and" ("The two governors, Tom
/// Quill and Ada Vane,") is the named people together, never the last name
/// alone nor the place after it.
#[test]
fn a_description_then_names_joined_speak_as_a_group() {
    expect_speakers(&[
        (
            "The two governors, Tom Quill and Gov. Ada Vane, said the levy was unfair.",
            &[("the levy was unfair", "Tom Quill and Ada Vane", GROUP)],
        ),
        (
            "Two farmers, Tom Quill of Ohio and Ada Vane of Utah, said the levy was unfair.",
            &[("the levy was unfair", "Tom Quill and Ada Vane", GROUP)],
        ),
    ]);
}

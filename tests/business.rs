//! The business of the House on records written for each rule: Lords questions and report
//! stages, a Lords division, a resumed debate, the Northern Ireland Assembly's presiding
//! officer, collective attributions, and members taking part remotely.

use crate::util::{cmd, json, write};

fn summarise(name: &str, text: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), name, text.as_bytes());
    let o = cmd().args(["-f", "json"]).arg(&p).output().expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    json(&o)
}

/// Each debate's title, kind and stage, in order.
fn titles_kinds_stages(v: &serde_json::Value) -> Vec<(String, String, String)> {
    v["debates"]
        .as_array()
        .expect("debates")
        .iter()
        .map(|d| {
            (
                d["title"].as_str().unwrap_or("").to_string(),
                d["kind"].as_str().unwrap_or("").to_string(),
                d["stage"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn speakers(d: &serde_json::Value) -> Vec<(String, String)> {
    d["speakers"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| {
            (
                s["name"].as_str().unwrap_or("").to_string(),
                s["role"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

const LORDS: &str = r#"<publicwhip>
<major-heading id="uk.org.publicwhip/lords/2009-10-28a.1.0">Energy: Security and Prices &#8212; <i>Question</i></major-heading>
<speech id="a.1.1" speakerid="uk.org.publicwhip/lord/1" speakername="Lord Ezra"><p>To ask Her Majesty's Government what steps they are taking to secure energy supplies at reasonable prices this winter.</p></speech>
<speech id="a.1.2" speakerid="uk.org.publicwhip/lord/2" speakername="Lord Hunt of Kings Heath"><p>My Lords, we are taking many steps to secure supplies, and we will publish a report on prices before the winter.</p></speech>
<speech id="a.1.3" speakerid="uk.org.publicwhip/lord/3" speakername="The Earl of Onslow"><p>My Lords, does the Minister accept that the price of gas is too high for the pensioners of this country?</p></speech>
<speech id="a.1.4" speakerid="unknown" speakername="Noble Lords"><p>Oh!</p></speech>
<speech id="a.1.5" speakerid="uk.org.publicwhip/lord/3" speakername="Earl of Onslow"><p>My Lords, the noble Lord has not answered my question about the pensioners at all.</p></speech>
<major-heading id="uk.org.publicwhip/lords/2009-10-28a.2.0">Holocaust (Return of Cultural Objects) Bill &#8212; <i>Third Reading</i></major-heading>
<speech id="a.2.1" nospeaker="true"><p class="italic">Bill passed and returned to the Commons.</p></speech>
<major-heading id="uk.org.publicwhip/lords/2009-10-28a.3.0">Coroners and Justice Bill</major-heading>
<minor-heading id="a.3.1"><i>Report (3rd Day)</i></minor-heading>
<speech id="a.3.2" speakerid="uk.org.publicwhip/lord/4" speakername="Lord Thomas of Gresford"><p>My Lords, I beg to move Amendment 70, which would keep inquests into deaths in custody before a jury in every case.</p></speech>
<speech id="a.3.3" speakerid="uk.org.publicwhip/lord/5" speakername="Lord Bach"><p>My Lords, the Government cannot accept the amendment, because the coroner must keep the discretion the Bill gives.</p></speech>
<speech id="a.3.4" nospeaker="true"><p class="italic">Division on Amendment 70</p><p class="italic">Contents 66; Not-Contents 124.</p></speech>
<division id="a.3.5" divnumber="1"><divisioncount content="66" not-content="124"/></division>
<major-heading id="uk.org.publicwhip/lords/2009-10-28a.4.0">Coroners and Justice Bill</major-heading>
<minor-heading id="a.4.1"><i>Report (3rd Day) (Continued)</i></minor-heading>
<speech id="a.4.2" speakerid="uk.org.publicwhip/lord/6" speakername="Lord Goodhart"><p>My Lords, Amendment 80 brings the treasure provisions into line with the law in Scotland for finders.</p></speech>
<speech id="a.4.3" speakerid="uk.org.publicwhip/lord/5" speakername="Lord Bach"><p>My Lords, I will consider the amendment before Third Reading and write to the noble Lord.</p></speech>
</publicwhip>
"#;

#[test]
fn lords_questions_report_stages_divisions_and_resumed_debates() {
    let v = summarise("daylord2009-10-28a.xml", LORDS);
    let debates = v["debates"].as_array().expect("debates");
    let titles: Vec<&str> = debates.iter().filter_map(|d| d["title"].as_str()).collect();
    // The subject is the title; the bill read a third time without debate is no debate; the
    // report stage resumed later is one debate.
    assert_eq!(
        titles,
        [
            "Energy: Security and Prices",
            "Coroners and Justice Bill: Report (3rd Day)"
        ]
    );
    let q = &debates[0];
    assert_eq!(q["kind"], "lords_question");
    assert_eq!(q["lead"]["name"], "Lord Ezra");
    // One peer however the record writes the title; "Noble Lords" is nobody.
    let people = speakers(q);
    assert_eq!(
        people.iter().filter(|(n, _)| n.contains("Onslow")).count(),
        1,
        "{people:?}"
    );
    assert!(people.iter().all(|(n, _)| n != "Noble Lords"), "{people:?}");

    let r = &debates[1];
    assert_eq!(r["kind"], "bill_stage");
    assert_eq!(r["stage"], "Report");
    // Contents and not-contents, printed and in markup: one vote, negatived.
    assert_eq!(
        r["divisions"],
        serde_json::json!([{"ayes": 66, "noes": 124, "result": "negatived", "question": "Amendment 70"}])
    );
    // Read out as the Lords count.
    let glance = r["at_a_glance"].as_str().unwrap_or("");
    assert!(
        glance.contains("(Contents 66, Not-Contents 124)"),
        "{glance}"
    );
    let names: Vec<String> = speakers(r).into_iter().map(|(n, _)| n).collect();
    assert!(names.contains(&"Lord Goodhart".to_string()), "{names:?}");
}

const ASSEMBLY: &str = r#"<publicwhip>
<major-heading id="uk.org.publicwhip/ni/2009-10-12.3.0">Assisted Suicide</major-heading>
<speech id="ni.3.0" speakerid="uk.org.publicwhip/member/99" speakername="Mr Speaker"><p>The next item of business is the motion on assisted suicide.</p><p class="italic">( Mr Deputy Speaker [Mr Dallat] in the Chair)</p></speech>
<speech id="ni.3.1" speakerid="uk.org.publicwhip/member/1" speakername="Jeffrey M Donaldson"><p>I beg to move That this Assembly opposes any change in the law on assisted suicide in Northern Ireland.</p></speech>
<speech id="ni.3.2" speakerid="uk.org.publicwhip/member/2" speakername="A Member"><p>Hear, hear.</p></speech>
<speech id="ni.3.3" speakerid="uk.org.publicwhip/member/99" speakername="Mr Deputy Speaker"><p>Order. Question Time will commence at 2.30 pm, and the debate will resume afterwards.</p><p class="italic">The debate stood suspended.</p><p class="italic">(Mr Deputy Speaker [Mr McClarty] in the Chair)</p></speech>
<major-heading id="uk.org.publicwhip/ni/2009-10-12.4.0">Dangerous Dogs</major-heading>
<speech id="ni.4.1" speakerid="uk.org.publicwhip/member/3" speakername="Raymond McCartney"><p>5. asked the Minister of Agriculture and Rural Development what plans she has to review the dangerous dogs legislation.</p></speech>
<speech id="ni.4.2" speakerid="uk.org.publicwhip/member/4" speakername="Michelle Gildernew"><p>I intend to bring forward proposals on dog control later this year, after a consultation.</p></speech>
<speech id="ni.4.3" speakerid="uk.org.publicwhip/member/5" speakername="David McClarty"><p>Order. I remind Members that supplementary questions should not be read out.</p></speech>
<speech id="ni.4.4" speakerid="uk.org.publicwhip/member/99" speakername="Mr Deputy Speaker"><p>I call Mr Danny Kennedy for a supplementary question.</p></speech>
<major-heading id="uk.org.publicwhip/ni/2009-10-12.5.0">Assisted Suicide</major-heading>
<speech id="ni.5.1" speakerid="uk.org.publicwhip/member/6" speakername="Alex Attwood"><p>The SDLP will support the motion, because the law as it stands protects the vulnerable.</p></speech>
</publicwhip>
"#;

#[test]
fn the_assemblys_presiding_officer_is_one_chair_and_a_suspended_debate_resumes() {
    let v = summarise("ni2009-10-12.xml", ASSEMBLY);
    let debates = v["debates"].as_array().expect("debates");
    let titles: Vec<&str> = debates.iter().filter_map(|d| d["title"].as_str()).collect();
    assert_eq!(titles, ["Assisted Suicide", "Dangerous Dogs"]);
    let resumed = speakers(&debates[0]);
    assert!(
        resumed.iter().any(|(n, _)| n == "Alex Attwood"),
        "{resumed:?}"
    );
    assert!(resumed.iter().all(|(n, _)| n != "A Member"), "{resumed:?}");
    // The record gives the Speaker and every deputy one id: the deputies are told apart by
    // the notices, and a notice at the end of a speech takes effect after it.
    let chairs: Vec<&str> = resumed
        .iter()
        .filter(|(_, r)| r == "chair")
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(chairs, ["Mr Speaker", "Dallat"]);
    assert_eq!(debates[0]["lead"]["name"], "Jeffrey M Donaldson");
    let q = &debates[1];
    assert_eq!(q["chair"], "David McClarty");
    let chairs: Vec<(String, String)> = speakers(q)
        .into_iter()
        .filter(|(_, r)| r == "chair")
        .collect();
    assert_eq!(
        chairs,
        [("David McClarty".to_string(), "chair".to_string())]
    );
}

const REMOTE: &str = "Covid-19: Universal Credit Update

Volume 675: debated on Monday 4 May 2020

The Secretary of State for Work and Pensions (Dr Thérèse Coffey)
With permission, I will make a statement on universal credit. Since 16 March, 1.8 million households have claimed it, and every claim has been paid on time.

Jonathan Reynolds (Stalybridge and Hyde) (Lab/Co-op) [V]
I thank the Secretary of State for advance sight of her statement. Will she suspend the five-week wait for a first payment while the crisis lasts?

Dr Coffey
Advances are available from the first day of a claim, so no one need wait five weeks for money.

Neil Gray (Airdrie and Shotts) (SNP) [V]
Will the Secretary of State lift the benefit cap for the duration of the crisis?

Dr Coffey
We have no plans to lift the benefit cap, which still leaves a household with more than the average working family earns.

[NB: [V] denotes a Member contributing virtually.]
";

#[test]
fn members_taking_part_remotely_are_speakers_with_their_seats() {
    let v = summarise("Covid-19 Universal Credit Update 2020-05-04.txt", REMOTE);
    let d = &v["debates"][0];
    assert_eq!(d["kind"], "statement");
    let people = speakers(d);
    assert!(
        people.contains(&("Jonathan Reynolds".to_string(), "member".to_string()))
            || people.contains(&(
                "Jonathan Reynolds".to_string(),
                "shadow_minister".to_string()
            )),
        "{people:?}"
    );
    assert!(people.iter().any(|(n, _)| n == "Neil Gray"), "{people:?}");
    let seats: Vec<&str> = d["speakers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["constituency"].as_str())
        .collect();
    assert!(seats.contains(&"Airdrie and Shotts"), "{seats:?}");
    assert_eq!(d["minister"]["name"], "Thérèse Coffey");
}

const CHAIR_FORMS: &str = "Rural Post Offices

Volume 700: debated on Tuesday 4 March 2025

Madam Deputy Speaker (Sylvia Heal)
Order. I call Jo Barrow to move the motion.

Jo Barrow (Upper Fell) (Lab)
I beg to move, That this House has considered rural post offices. Rural post offices in Upper Fell have fallen from 31 to 19 since 2015, and I urge the Minister to restore the subsidy.

Madam Deputy Speaker
Order. Interventions must be brief.

Sam Pike (Lowmoor) (Con)
Will the hon. Lady give way on the point about the subsidy and the banks?

The Parliamentary Under-Secretary of State for Business and Trade (Lee Carver)
We have no plans to restore the subsidy, because the network is funded through the transformation programme.

Bill Presented

Rural Post Offices (Subsidy) Bill

Presentation and First Reading (Standing Order No. 57)

Jo Barrow, supported by Sam Pike, presented a Bill to require a subsidy for rural post offices.

Bill read the First time; to be read a Second time on Friday 14 March, and to be printed (Bill 201).
";

#[test]
fn one_chair_however_addressed_and_a_bill_presented_is_nobody() {
    let v = summarise("post-offices-2025-03-04.txt", CHAIR_FORMS);
    let d = &v["debates"][0];
    assert_eq!(d["chair"], "Sylvia Heal");
    let people = speakers(d);
    let chairs: Vec<&(String, String)> = people.iter().filter(|(_, r)| r == "chair").collect();
    assert_eq!(chairs.len(), 1, "{people:?}");
    let everyone: Vec<String> = v["debates"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(speakers)
        .map(|(n, _)| n)
        .collect();
    assert!(
        everyone.iter().all(|n| n != "Bill Presented"),
        "{everyone:?}"
    );
}

const COMMONS: &str = r#"<publicwhip>
<oral-heading id="d.1.0">Oral Answers to Questions</oral-heading>
<major-heading id="d.1.1">HOME DEPARTMENT</major-heading>
<minor-heading id="d.1.2">Tasers</minor-heading>
<speech id="d.1.3" speakerid="uk.org.publicwhip/member/1" speakername="Norman Baker" oral-qnum="2"><p>What his policy is on the use of Taser guns by police forces; and if he will make a statement.</p></speech>
<speech id="d.1.4" speakerid="uk.org.publicwhip/member/2" speakername="David Hanson" speakeroffice="The Minister of State, Home Department"><p>Chief officers decide how Tasers are deployed, within guidance we will publish next month.</p></speech>
<speech id="d.1.5" speakerid="uk.org.publicwhip/member/1" speakername="Norman Baker"><p>Will the Minister publish the figures for every force each year?</p></speech>
<major-heading id="d.2.0">UK INVENTORS</major-heading>
<speech id="d.2.1" speakerid="uk.org.publicwhip/member/3" speakername="Lembit Öpik"><p>I beg to move, That this House has considered support for inventors in the United Kingdom.</p></speech>
<speech id="d.2.2" speakerid="uk.org.publicwhip/member/4" speakername="Ian Lucas" speakeroffice="The Parliamentary Under-Secretary of State for Business"><p>We will keep the patent fees under review, and I will write to the hon. Gentleman about them.</p></speech>
<minor-heading id="d.3.0">Marine and Coastal Access Bill [Lords] &#8212; [1st allocated day]</minor-heading>
<speech id="d.3.1" nospeaker="true"><p class="italic">Consideration of Bill, as amended in the Public Bill Committee</p></speech>
<minor-heading id="d.3.2">New Clause 2 &#8212; Power to enter into agreements with eligible bodies</minor-heading>
<speech id="d.3.3" speakerid="uk.org.publicwhip/member/5" speakername="Huw Irranca-Davies" speakeroffice="The Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs"><p>I beg to move, That the clause be read a Second time.</p></speech>
<minor-heading id="d.3.4">Clause 117 &#8212; Grounds for designation of MCZs</minor-heading>
<speech id="d.3.5" speakerid="uk.org.publicwhip/member/6" speakername="Nick Herbert"><p>I beg to move amendment 1, page 75, line 2, leave out subsection (6).</p><p> Question put, That the amendment be made.</p></speech>
<division id="d.3.6" divnumber="1"><divisioncount ayes="213" noes="293"/></division>
</publicwhip>
"#;

#[test]
fn commons_questions_acronyms_and_clauses_under_their_bill() {
    let v = summarise("debates2009-10-26b.xml", COMMONS);
    let debates = v["debates"].as_array().expect("debates");
    let summary = titles_kinds_stages(&v);
    let want = [
        ("Tasers", "oral_questions", ""),
        ("UK Inventors", "debate", ""),
        (
            "Marine and Coastal Access Bill [Lords]: New Clause 2 — Power to enter into agreements with eligible bodies",
            "bill_stage",
            "Report",
        ),
        (
            "Marine and Coastal Access Bill [Lords]: Clause 117 — Grounds for designation of MCZs",
            "bill_stage",
            "Report",
        ),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(summary, want);
    assert_eq!(
        debates[3]["divisions"],
        serde_json::json!([{"ayes": 213, "noes": 293, "result": "negatived", "question": "That the amendment be made"}])
    );
    // The clerk's "Question put" line, printed in roman in the last speech, is nobody's words.
    assert_eq!(debates[3]["word_count"], 14, "{}", debates[3]["speakers"]);
}

const NO_OFFICES: &str = r#"<publicwhip>
<major-heading id="w.1.0">[Mr. Joe Benton in the Chair] &#8212; Rural Bus Services</major-heading>
<speech id="w.1.1" speakerid="uk.org.publicwhip/member/1" speakername="Megan Price"><p>I beg to move, That the sitting be now adjourned. Rural routes in my constituency have fallen by a third since 2010, and I urge the Minister to restore the bus service operators grant to its former level.</p></speech>
<speech id="w.1.2" speakerid="uk.org.publicwhip/member/9" speakername="Joe Benton"><p>Order. We now come to the shadow Minister.</p></speech>
<speech id="w.1.3" speakerid="uk.org.publicwhip/member/2" speakername="Tom Hale"><p>The Minister must tell us when the grant will be restored, because operators cannot plan their timetables without it.</p></speech>
<speech id="w.1.4" speakerid="uk.org.publicwhip/member/9" speakername="Joe Benton"><p>I call the Minister.</p></speech>
<speech id="w.1.5" speakerid="uk.org.publicwhip/member/3" speakername="Dana Whitlock"><p>I thank the hon. Lady for securing the debate. On the Government's behalf I can say that we will publish the review of the grant in the spring, and I will write to her with the figures for her constituency.</p></speech>
</publicwhip>
"#;

#[test]
fn roles_without_offices_come_from_what_is_said() {
    let v = summarise("westminster2009-10-27a.xml", NO_OFFICES);
    let d = &v["debates"][0];
    assert_eq!(d["minister"]["name"], "Dana Whitlock");
    let people = speakers(d);
    assert!(
        people.contains(&("Tom Hale".to_string(), "shadow_minister".to_string())),
        "{people:?}"
    );
    let warnings: Vec<&str> = d["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|w| w.as_str())
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("responding minister inferred")),
        "{warnings:?}"
    );
}

const COMMITTEE_DAY: &str = r#"<publicwhip><bill url="http://services.parliament.uk/bills/2008-09/childpoverty.html" title="Child Poverty Bill">Child Poverty Bill</bill>
<major-heading id="s.1.0" nospeaker="true">Public Bill Committee</major-heading>
<speech id="s.1.1" nospeaker="true"><p>[Robert Key<span class="italic"> in the Chair</span>]</p></speech>
<minor-heading id="s.2.0" nospeaker="true">Clause 1</minor-heading>
<speech id="s.2.2" speakerid="uk.org.publicwhip/member/1" speakername="Andrew Selous"><p>I beg to move amendment 59, in clause 1, page 1, line 10, at end insert a target on the causes of poverty.</p></speech>
<speech id="s.2.3" speakerid="uk.org.publicwhip/member/2" speakername="Helen Goodman"><p>The amendment does not take account of the Bill's structure, and we will not accept it.</p></speech>
<minor-heading id="s.3.0" nospeaker="true">Clause 2</minor-heading>
<speech id="s.3.1" speakerid="uk.org.publicwhip/member/1" speakername="Andrew Selous"><p>Clause 2 sets the relative low income target, which I support with one reservation about its timing.</p></speech>
</publicwhip>
"#;

#[test]
fn a_public_bill_committee_day_names_its_bill_and_its_chair() {
    let v = summarise(
        "standing2009-10-20_CHILDPOV_05-0_2009-10-27a.xml",
        COMMITTEE_DAY,
    );
    let debates = v["debates"].as_array().expect("debates");
    let titles: Vec<&str> = debates.iter().filter_map(|d| d["title"].as_str()).collect();
    assert_eq!(
        titles,
        [
            "Child Poverty Bill: Clause 1",
            "Child Poverty Bill: Clause 2"
        ]
    );
    for d in debates {
        assert_eq!(d["kind"], "committee");
        assert_eq!(d["chair"], "Robert Key");
    }
}

/// An oral question grouped with another: both askers put the tabled question, then a
/// minister the record names bare answers it.
const GROUPED_QUESTION: &str = "Workplace Injuries

Gerald Jones (Merthyr Tydfil and Rhymney) (Lab)
1. What steps the Government are taking to ensure that workers can access legal advice on workplace injuries.

Jo Stevens (Cardiff Central) (Lab)
4. What steps the Government are taking to ensure that workers can access legal advice on workplace injuries.

Lucy Frazer
Legal advice on personal injury claims remains available from solicitors and trade unions, and the small claims limit for these injuries is not changing.

Gerald Jones
Injured workers in my constituency cannot afford a solicitor. Can the Minister explain how they are meant to bring a claim on their own?

Lucy Frazer
Claims can be brought without a solicitor, and the court guidance explains how.
";

#[test]
fn a_grouped_asker_is_not_the_minister_and_the_answerer_is() {
    let v = summarise("grouped-question.txt", GROUPED_QUESTION);
    let d = &v["debates"][0];
    assert_eq!(d["kind"], "oral_questions");
    assert_eq!(d["minister"]["name"], "Lucy Frazer", "{d}");
    let roles = speakers(d);
    assert!(
        roles.contains(&("Jo Stevens".to_string(), "member".to_string())),
        "{roles:?}"
    );
}

/// An item headed by its subject and opened by a point of order: when nothing else is said
/// it is that point of order, raised by its lead; when it is long, or a member goes on to
/// make a speech, it is a debate a point of order began, led by the member who opens it.
#[test]
fn a_point_of_order_at_the_start_is_the_item_only_when_nothing_else_is_said() {
    let item = |speech: &str| {
        format!(
            "Scottish Economy\n\nJeremy Purvis (Tweeddale) (LD)\nOn a point of order. Papers on the recovery plan have been placed at the back of the chamber and members have not seen them.\n\nThe Deputy Presiding Officer (Trish Godman)\nI will look into it.\n\nThe Cabinet Secretary for Finance (John Swinney)\n{speech}\n\nJeremy Purvis\nThe plan has not worked for the Borders.\n"
        )
    };
    let short = summarise("short.txt", &item("I move the motion in my name."));
    let d = &short["debates"][0];
    assert_eq!(d["kind"], "point_of_order", "{d}");
    assert_eq!(d["lead"]["name"], "Jeremy Purvis");
    let case = "The economy of Scotland is recovering, and the Government will keep its recovery plan under review as the year goes on. ";
    for (name, times) in [("long.txt", 80), ("speech.txt", 16)] {
        let v = summarise(name, &item(&case.repeat(times)));
        let d = &v["debates"][0];
        assert_ne!(d["kind"], "point_of_order", "{name}: {d}");
        assert_eq!(d["lead"]["name"], "John Swinney", "{name}");
    }
}

#[test]
fn a_minister_who_opens_a_debate_leads_a_debate_not_a_statement() {
    let text = "Care of Older People

Tuesday 4 March 2025

The Minister for Public Health (Lee Carver)
I am pleased to open today\u{2019}s subject debate on the care of older people. Care homes in Upper Fell have lost a third of their staff since 2015, and we must work together on how care is provided.

Jo Barrow (Upper Fell) (Lab)
Will the Minister restore the rural weighting to the care funding formula this year?

The Minister for Public Health (Lee Carver)
We will consult on the rural weighting in the spring.
";
    let v = summarise("care-of-older-people-2025-03-04.txt", text);
    assert_eq!(v["debates"][0]["kind"], "debate", "{v}");
    // The same minister making a statement makes a statement.
    let statement = text.replace(
        "I am pleased to open today\u{2019}s subject debate on the care of older people.",
        "With permission, I will make a statement on the care of older people.",
    );
    let v = summarise("care-statement-2025-03-04.txt", &statement);
    assert_eq!(v["debates"][0]["kind"], "statement", "{v}");
    // Moving a motion in the form other Parliaments print ("I move:") is no statement either.
    let motion = text.replace(
        "I am pleased to open today\u{2019}s subject debate on the care of older people.",
        "I move: That the House takes note of the report on the care of older people.",
    );
    let v = summarise("care-motion-2025-03-04.txt", &motion);
    assert_eq!(v["debates"][0]["kind"], "debate", "{v}");
}

/// A Lords report stage as the record prints it, no offices given: the minister moves the
/// Government's amendment and answers the others; a whip answers one group for the
/// Government; the Opposition's spokesman speaks of what "the Government have" done.
const REPORT_STAGE: &str = r#"<publicwhip>
<major-heading id="uk.org.publicwhip/lords/2009-10-27a.1.0">Welfare Reform Bill</major-heading>
<minor-heading id="a.1.1"><i>Report (2nd Day)</i></minor-heading>
<speech id="a.1.2" nospeaker="true"><p class="italic">Amendment 62</p><p class="italic">Moved by Lord Minister of Luton</p></speech>
<speech id="a.1.3" speakerid="uk.org.publicwhip/lord/1" speakername="Lord Minister of Luton"><p>My Lords, the Government are committed to raising take-up of council tax benefit, and we have introduced this amendment to rename it. We will consult local authorities on the new name, and my department will write to every claimant. I can confirm that we intend to publish the guidance in the spring, and we are consulting on the regulations now.</p></speech>
<speech id="a.1.4" speakerid="uk.org.publicwhip/lord/2" speakername="Lord Opposer"><p>My Lords, the Government have taken a long time to reach this point, and the Government are only now acting. My right honourable friend the Leader of the Opposition has pledged to support the change. Will the Minister publish the cost of the renaming before Third Reading?</p></speech>
<speech id="a.1.5" speakerid="uk.org.publicwhip/lord/1" speakername="Lord Minister of Luton"><p>My Lords, the cost is small, and we will set it out in a letter to the noble Lord before Third Reading. The Government are grateful for the support of the Minister's opposite numbers.</p></speech>
<speech id="a.1.6" nospeaker="true"><p class="italic">Amendment 62 agreed.</p><p class="italic">Amendment 63</p><p class="italic">Moved by Baroness Mover</p></speech>
<speech id="a.1.7" speakerid="uk.org.publicwhip/lord/3" speakername="Baroness Mover"><p>My Lords, I beg to move Amendment 63, which would let the court restrict a father's parental responsibility. The Minister should accept it, because mothers and children must be protected from controlling fathers.</p></speech>
<speech id="a.1.8" speakerid="uk.org.publicwhip/lord/4" speakername="Baroness Whip"><p>My Lords, decisions about parental responsibility should be made only by the court on the basis of all the evidence. On that basis, I ask the noble Baroness to withdraw her amendment.</p></speech>
<speech id="a.1.9" speakerid="uk.org.publicwhip/lord/3" speakername="Baroness Mover"><p>My Lords, I beg leave to withdraw the amendment.</p></speech>
<speech id="a.1.10" nospeaker="true"><p class="italic">Amendment 63 withdrawn.</p></speech>
</publicwhip>
"#;

#[test]
fn a_minister_who_moves_and_answers_at_a_report_stage_is_the_government_with_a_whip() {
    let v = summarise("daylord2009-10-27a.xml", REPORT_STAGE);
    let d = &v["debates"][0];
    assert_eq!(d["lead"]["name"], "Lord Minister of Luton", "{d}");
    assert_eq!(d["minister"]["name"], "Lord Minister of Luton", "{d}");
    let asked: Vec<&str> = d["key_requests"]
        .as_array()
        .into_iter()
        .chain(d["questions"].as_array())
        .flatten()
        .filter_map(|r| r["speaker"].as_str())
        .collect();
    // The Opposition asks; the whip, answering for the Government, asks nothing of it.
    assert!(asked.contains(&"Lord Opposer"), "{asked:?}");
    assert!(asked.contains(&"Baroness Mover"), "{asked:?}");
    assert!(!asked.contains(&"Baroness Whip"), "{asked:?}");
}

const URGENT: &str = r#"<publicwhip>
<minor-heading id="uk.org.publicwhip/ni/2009-10-13.6.1">Cattle Theft: Keady</minor-heading>
<speech id="ni.6.2" speakerid="uk.org.publicwhip/member/90304" speakername="David McClarty"><p>The Speaker has received notice of a question for urgent oral answer, in accordance with Standing Order 20A, for the Minister of Agriculture and Rural Development.</p><p>Mr Savage asked the Minister of Agriculture and Rural Development to detail the circumstances surrounding the theft of 16 cattle.</p></speech>
<speech id="ni.6.3" speakerid="uk.org.publicwhip/member/90284" speakername="Michelle Gildernew" speakeroffice="The Minister of Agriculture and Rural Development"><p>First, this type of theft has never occurred in the North before, and my Department will review procedures.</p></speech>
<speech id="ni.6.4" speakerid="uk.org.publicwhip/member/90311" speakername="George Savage"><p>Will the Minister tell the House how much time is spent testing cattle that have been moved?</p></speech>
<speech id="ni.6.5" speakerid="uk.org.publicwhip/member/90304" speakername="David McClarty"><p>I ask the Member to come to his question.</p></speech>
<speech id="ni.6.6" speakerid="uk.org.publicwhip/member/90284" speakername="Michelle Gildernew" speakeroffice="The Minister of Agriculture and Rural Development"><p>We will publish the figures for testing next month.</p></speech>
</publicwhip>
"#;

#[test]
fn a_deputy_who_reads_out_an_urgent_question_chairs_and_its_asker_leads() {
    let v = summarise("ni2009-10-13.xml", URGENT);
    let d = &v["debates"][0];
    assert_eq!(d["kind"], "urgent_question");
    assert_eq!(d["lead"]["name"], "George Savage");
    assert_eq!(d["minister"]["name"], "Michelle Gildernew");
    let roles = speakers(d);
    assert!(
        roles.contains(&("David McClarty".to_string(), "chair".to_string())),
        "{roles:?}"
    );
}

#[test]
fn a_question_whose_words_the_record_leaves_out_is_asked_by_the_member_who_follows_it_up() {
    // The record opens on the minister's answer: the minister answers, the member asks.
    let text = "Oral Answers to Questions

Home Department

The Secretary of State was asked—

Police Numbers

The Minister for Policing (Sam Oduya)
There are more police officers in Portby than at any time in the past ten years.

Jane Marlow (Portby) (Lab)
I thank the Minister for that answer, but will she publish the figures for each police station in Portby?

Sam Oduya
I will publish the figures for each station next week.
";
    let d = &summarise("police-2025-03-03.txt", text)["debates"][0];
    assert_eq!(d["kind"], "oral_questions");
    assert_eq!(d["lead"]["name"], "Jane Marlow", "{d}");
    assert_eq!(d["minister"]["name"], "Sam Oduya");
}

#[test]
fn a_motion_decided_without_debate_is_procedure() {
    // Put forthwith and agreed, or blocked by "Object.": nobody led a debate. A motion
    // whose debate opens, however shortly the record holds it, stays a debate.
    let sitting = |motion: &str, member: &str| {
        format!(
            r#"<publicwhip>
<major-heading id="uk.org.publicwhip/debate/2009-10-27d.1.0">European Union Documents</major-heading>
<minor-heading id="uk.org.publicwhip/debate/2009-10-27d.1.1">Stockholm Programme</minor-heading>
<speech id="uk.org.publicwhip/debate/2009-10-27d.1.2" nospeaker="true"><p class="italic">{motion}</p><p>That this House takes note of European Union Document No. 11060/09.</p></speech>
<speech id="uk.org.publicwhip/debate/2009-10-27d.1.3" speakerid="uk.org.publicwhip/member/1" speakername="Mr. Speaker"><p>With the leave of the House, I shall put the motions together.</p></speech>
<speech id="uk.org.publicwhip/debate/2009-10-27d.1.4" speakerid="uk.org.publicwhip/member/2" speakername="Christopher Fraser"><p>{member}</p></speech>
</publicwhip>"#
        )
    };
    let kind = |motion: &str, member: &str| {
        let d = summarise("debates2009-10-27d.xml", &sitting(motion, member));
        d["debates"][0]["kind"].as_str().unwrap_or("").to_string()
    };
    let forthwith = "Motion made, and Question put forthwith (Standing Order No. 119(11)),";
    assert_eq!(kind(forthwith, "When was it deposited?"), "procedure");
    assert_eq!(kind("Motion made,", "Object."), "procedure");
    let proposed = "Motion made, and Question proposed,";
    assert_eq!(
        kind(
            proposed,
            "I am grateful for the chance to raise the Stockholm programme, which matters greatly to my constituents and to every police force in the country, because it sets out how justice and home affairs will be handled across Europe for five years."
        ),
        "debate"
    );
}

#[test]
fn a_bills_stages_under_one_heading_are_named_after_the_bill() {
    // The bill's heading comes once; each stage is a minor heading under it, the first
    // reading an item with no speech. Each stage debated is titled with the bill.
    let sitting = r#"<debates>
<major-heading id="uk.org.publicwhip/debate/2007-09-20.3.1">CROSS-BORDER INSOLVENCY BILL 2007</major-heading>
<minor-heading id="uk.org.publicwhip/debate/2007-09-20.3.2">First Reading</minor-heading>
<speech id="uk.org.publicwhip/debate/2007-09-20.3.3" nospeaker="true"><p>Bill and explanatory memorandum presented by Mr Pearce.</p><p>Bill read a first time.</p></speech>
<minor-heading id="uk.org.publicwhip/debate/2007-09-20.4.1">Second Reading</minor-heading>
<speech id="uk.org.publicwhip/debate/2007-09-20.4.2" speakerid="uk.org.publicwhip/member/417" speakername="Chris Pearce"><p>I move: That this bill be now read a second time. The bill gives effect to the model law on cross-border insolvency.</p></speech>
<speech id="uk.org.publicwhip/debate/2007-09-20.4.3" speakerid="uk.org.publicwhip/member/418" speakername="Nicola Roxon"><p>The opposition will support the bill, which brings our insolvency law into line with that of our trading partners.</p></speech>
<minor-heading id="uk.org.publicwhip/debate/2007-09-20.5.1">Consideration in Detail</minor-heading>
<speech id="uk.org.publicwhip/debate/2007-09-20.5.2" speakerid="uk.org.publicwhip/member/418" speakername="Nicola Roxon"><p>I move the amendment circulated in my name, which would require the court to publish its reasons.</p></speech>
<minor-heading id="uk.org.publicwhip/debate/2007-09-20.6.1">Third Reading</minor-heading>
<speech id="uk.org.publicwhip/debate/2007-09-20.6.2" speakerid="uk.org.publicwhip/member/417" speakername="Chris Pearce"><p>I move: That this bill be now read a third time.</p></speech>
</debates>"#;
    let j = summarise("representatives_debates-2007-09-20.xml", sitting);
    let items = titles_kinds_stages(&j);
    let bill = "Cross-Border Insolvency Bill 2007";
    assert_eq!(
        items,
        [
            (
                format!("{bill}: Second Reading"),
                "bill_stage".into(),
                "Second Reading".into()
            ),
            (
                format!("{bill}: Consideration in Detail"),
                "bill_stage".into(),
                "Consideration in Detail".into()
            ),
            (
                format!("{bill}: Third Reading"),
                "bill_stage".into(),
                "Third Reading".into()
            ),
        ]
    );
}

#[test]
fn questions_without_notice_are_question_time() {
    // The Australian record heads question time "Questions Without Notice" and each
    // question by its subject: every one of them is a question, not a debate.
    let sitting = r#"<debates>
<major-heading id="uk.org.publicwhip/debate/2007-09-20.70.1">QUESTIONS WITHOUT NOTICE</major-heading>
<minor-heading id="uk.org.publicwhip/debate/2007-09-20.70.2">Housing Affordability</minor-heading>
<speech id="uk.org.publicwhip/debate/2007-09-20.70.3" speakerid="uk.org.publicwhip/member/1" speakername="Kevin Rudd"><p>My question is to the Prime Minister. Will the Prime Minister explain why housing affordability has fallen in every year of his Government?</p></speech>
<speech id="uk.org.publicwhip/debate/2007-09-20.70.4" speakerid="uk.org.publicwhip/member/2" speakername="John Howard"><p>I thank the Leader of the Opposition for his question. Interest rates remain lower than they were under the last Labor government, and we will keep them so.</p></speech>
<minor-heading id="uk.org.publicwhip/debate/2007-09-20.71.1">Water</minor-heading>
<speech id="uk.org.publicwhip/debate/2007-09-20.71.2" speakerid="uk.org.publicwhip/member/3" speakername="David Fawcett"><p>My question is to the Prime Minister. Will the Prime Minister update the House on the Murray-Darling Basin plan?</p></speech>
<speech id="uk.org.publicwhip/debate/2007-09-20.71.3" speakerid="uk.org.publicwhip/member/2" speakername="John Howard"><p>I thank the member for his question. The Government will take control of the basin's water, and we will spend ten billion dollars doing so.</p></speech>
</debates>"#;
    let j = summarise("representatives_debates-2007-09-20.xml", sitting);
    let kinds: Vec<(String, String)> = titles_kinds_stages(&j)
        .into_iter()
        .map(|(title, kind, _)| (title, kind))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                "Housing Affordability".to_string(),
                "oral_questions".to_string()
            ),
            ("Water".to_string(), "oral_questions".to_string()),
        ]
    );
}

/// A Lords minister repeating a Commons statement is printed by name alone: the opener of
/// a statement answers for the Government, and "Statement" frames the item, naming nothing.
#[test]
fn a_lords_statement_is_made_by_its_opener() {
    let text = "Afghanistan\nStatement\nVolume 700: debated on Tuesday 3 November 2009\n\nLord Brett\nMy Lords, with the leave of the House, I shall now repeat a Statement made in another place by my right honourable friend the Secretary of State for Defence. The Government have decided to send a further five hundred troops to Helmand next month, and we will publish the details of their equipment this week. The troops will train in Wiltshire for six weeks before they deploy, and the House will be told of every change to their orders. The Secretary of State will visit the province in the new year, and he will report to Parliament on his return.\n\nBaroness Smith of Upton\nMy Lords, I thank the Minister for repeating the Statement. Will the Government publish the full cost of the deployment before the troops leave?\n\nLord Roe of Downton\nMy Lords, will the Minister confirm that the troops will have the armoured vehicles they need?\n\nLord Brett\nMy Lords, the noble Baroness asks about the cost, and we will publish it in the spring. The armoured vehicles are already in theatre.\n";
    let v = summarise("afghanistan-2009-11-03.txt", text);
    let d = &v["debates"][0];
    assert_eq!(d["title"], "Afghanistan");
    assert_eq!(d["kind"], "statement");
    assert_eq!(d["minister"]["name"], "Lord Brett");
    assert_eq!(d["lead"]["name"], "Lord Brett");
}

/// Asking for a statement makes no one its maker: the asker of an urgent question is no
/// minister.
#[test]
fn asking_for_a_statement_is_not_making_one() {
    let text = "Flooding in Upton\n\nSir Ann Smith (Upton) (Con)\nTo ask the Secretary of State if he will make a statement on the flooding in Upton.\n\nThe Minister for Floods (Jo Roe)\nThe Government have sent the Environment Agency's pumps to Upton, and we will publish the recovery plan next week. I will meet the council tomorrow.\n\nSir Ann Smith\nWill the Minister also fund the repair of the river wall?\n";
    let v = summarise("floods-2024-01-10.txt", text);
    let d = &v["debates"][0];
    assert_eq!(d["minister"]["name"], "Jo Roe");
    assert_eq!(d["lead"]["name"], "Ann Smith");
}

/// A Government bill's stage moved by the only member to speak (a second reading speech, the
/// debate then adjourned, as the Australian record prints a bill's introduction): the mover
/// is the Government bringing its bill, as the lead of a Government motion is. A private
/// member's bill is no Government's.
#[test]
fn the_only_mover_of_a_bills_stage_is_the_government() {
    let bill = |heading: &str| {
        format!(
            r#"<debates>
<major-heading id="d.1">{heading}</major-heading>
<minor-heading id="d.2">Second Reading</minor-heading>
<speech id="d.3" speakername="Jo Roe" talktype="speech"><p>I move:</p><p pwmotiontext="moved">That this bill be now read a second time.</p><p>The Widgets Bill 2007 sets a single standard for widgets sold in every state. Manufacturers will have two years to meet it, and the regulator will publish guidance on it before the end of the year.</p><p>I commend the bill to the House.</p></speech>
</debates>"#
        )
    };
    let v = summarise("debates2007-09-20.xml", &bill("WIDGETS BILL 2007"));
    let d = &v["debates"][0];
    assert_eq!(d["kind"], "bill_stage");
    assert_eq!(d["lead"]["name"], "Jo Roe");
    assert_eq!(d["minister"]["name"], "Jo Roe");
    let v = summarise(
        "debates2007-09-20.xml",
        &bill("PRIVATE MEMBERS’ BUSINESS — WIDGETS BILL 2007"),
    );
    assert!(v["debates"][0]["minister"].is_null(), "{}", v["debates"][0]);
}

/// The minister summing up a bill's debate thanks the Opposition's spokesperson, as no one
/// else does: that marks the Government's voice where the record names no office.
#[test]
fn the_minister_summing_up_thanks_the_shadow_minister() {
    let text = "Widgets Bill\nSecond Reading\n\nAnn Hale\nThe Opposition will not oppose this bill, but the widget standard it sets is weaker than the one the industry itself asked for two years ago, and the regulator has had no new money to enforce it. Small makers will bear the cost of the change while the largest firms already meet the standard. The bill should be amended in committee to give small makers three years rather than two, and the regulator should publish its guidance before the standard takes effect, not after it.\n\nMark Lee\nI want to thank the shadow minister for her contribution to this debate and for the care with which she has read the bill. The regulator will publish its guidance before the standard takes effect, and small makers will have the support of the advice service throughout the two years. There is nothing in the bill that stops the standard being raised later, and the review clause requires a report to the House within three years. The industry was consulted twice on the standard and the second consultation closed in the spring, with more than two hundred replies from makers of every size. I thank the opposition for its support for the bill and commend the bill to the House.\n";
    let v = summarise("widgets-2007-09-20.txt", text);
    let d = &v["debates"][0];
    assert_eq!(d["lead"]["name"], "Ann Hale");
    assert_eq!(d["minister"]["name"], "Mark Lee", "{}", d["warnings"]);
}

/// A Ten Minute Rule motion, and a Secretary of State's apology on a point of order that
/// the record prints under it with no heading of its own.
const TEN_MINUTE_RULE: &str = r#"<publicwhip>
<major-heading id="uk.org.publicwhip/debate/2025-03-04a.10.0">Village Halls (Business Rates)</major-heading>
<speech id="a.10.1" nospeaker="true"><p class="italic">Motion for leave to bring in a Bill (<phrase class="standing-order" code="23">Standing Order No. 23</phrase>)</p></speech>
<speech id="a.10.2" speakerid="uk.org.publicwhip/member/1" speakername="Jo Barrow"><p>I beg to move,</p><p>That leave be given to bring in a Bill to exempt village halls from business rates; and for connected purposes.</p><p>Village halls in Upper Fell pay more in business rates each year than they raise from their summer fairs, and three have closed since 2020. My Bill would give every hall run by volunteers a full exemption.</p><p>The halls are where the playgroups meet in the morning, where the lunch club serves older people at midday and where the youth club and the parish council meet in the evening. When a hall closes, each of those goes too, and the nearest other room is often a drive away along roads with no bus.</p><p>The halls are where the playgroups meet in the morning, where the lunch club serves older people at midday and where the youth club and the parish council meet in the evening. When a hall closes, each of those goes too, and the nearest other room is often a drive away along roads with no bus.</p><p>The halls are where the playgroups meet in the morning, where the lunch club serves older people at midday and where the youth club and the parish council meet in the evening. When a hall closes, each of those goes too, and the nearest other room is often a drive away along roads with no bus.</p><p>The halls are where the playgroups meet in the morning, where the lunch club serves older people at midday and where the youth club and the parish council meet in the evening. When a hall closes, each of those goes too, and the nearest other room is often a drive away along roads with no bus.</p><p>The halls are where the playgroups meet in the morning, where the lunch club serves older people at midday and where the youth club and the parish council meet in the evening. When a hall closes, each of those goes too, and the nearest other room is often a drive away along roads with no bus.</p><p>The halls are where the playgroups meet in the morning, where the lunch club serves older people at midday and where the youth club and the parish council meet in the evening. When a hall closes, each of those goes too, and the nearest other room is often a drive away along roads with no bus.</p><p class="italic">Question put and agreed to.</p><p class="italic">Bill read the First time; to be read a Second time on Friday 14 March.</p></speech>
<speech id="a.10.3" speakerid="uk.org.publicwhip/member/2" speakername="Lee Carver" speakeroffice="The Secretary of State for Business and Trade"><p>On a point of order, Mr Speaker. I came in too late to hear an earlier point of order about a written statement that was not laid on time. I will find out what went wrong, and I apologise to the House.</p></speech>
<speech id="a.10.4" speakerid="uk.org.publicwhip/member/3" speakername="Mr Speaker"><p>I am grateful to the Secretary of State for his point of order.</p></speech>
</publicwhip>
"#;

#[test]
fn a_ten_minute_rule_motion_is_a_bill_stage_with_no_minister_replying() {
    let v = summarise("debates2025-03-04a.xml", TEN_MINUTE_RULE);
    assert_eq!(
        titles_kinds_stages(&v),
        [(
            "Village Halls (Business Rates)".to_string(),
            "bill_stage".to_string(),
            "Ten Minute Rule".to_string()
        )]
    );
    let d = &v["debates"][0];
    assert_eq!(d["lead"]["name"], "Jo Barrow");
    // The Secretary of State's apology on a point of order answers nothing in the motion.
    assert!(d["minister"].is_null(), "{}", d["minister"]);
    let glance = d["at_a_glance"].as_str().unwrap_or("");
    assert!(
        glance.contains("“Village Halls (Business Rates)” (Ten Minute Rule)"),
        "{glance}"
    );
}

/// An Opposition motion in a Hansard text export, which prints no Opposition Day heading:
/// the Speaker announces the Government's amendment before a shadow minister moves it.
const OPPOSITION_MOTION: &str = "Care Homes Funding

Wednesday 4 November 2026

Mr Speaker
I inform the House that I have selected the amendment in the name of the Prime Minister.

1.25 pm

Jane Holt (Westford) (Con)
I beg to move,
That this House calls on the Government to publish its plan for funding care homes before the end of the year.
Care homes in Westford have lost a third of their beds since 2020, and families now wait months for a place. The Government promised a plan two years ago and have published nothing since. Will the Minister publish the plan before Christmas?

The Minister for Care (Sam Reid)
I beg to move an amendment, to leave out from \"House\" to the end of the Question and add instead thereof \"welcomes the Government's funding for care homes.\"
We will publish the plan in the spring, when the review of care funding reports. Funding for care homes has risen in each of the past three years.
";

#[test]
fn an_opposition_motion_the_government_amends_is_an_opposition_day_debate() {
    let v = summarise("Care Homes Funding 2026-11-04.txt", OPPOSITION_MOTION);
    let d = &v["debates"][0];
    assert_eq!(d["kind"], "opposition_day", "{}", d["at_a_glance"]);
    assert_eq!(d["lead"]["name"], "Jane Holt");
    assert_eq!(d["minister"]["name"], "Sam Reid");
    // The same motion, the Speaker announcing no Government amendment, is a plain debate.
    let plain = OPPOSITION_MOTION.replace(
        "I inform the House that I have selected the amendment in the name of the Prime Minister.",
        "Order.",
    );
    let v = summarise("Care Homes Funding 2026-11-04.txt", &plain);
    assert_eq!(v["debates"][0]["kind"], "debate");
}

/// Topical questions: the Secretary of State answers the opening question, and a junior
/// minister takes the last supplementary.
const TOPICAL: &str = r#"<publicwhip>
<major-heading id="uk.org.publicwhip/debate/2009-10-26b.1.0">Topical Questions</major-heading>
<speech id="b.1.1" speakerid="uk.org.publicwhip/member/1" speakername="David Burrowes" oral-qnum="T1"><p>If he will make a statement on his departmental responsibilities.</p></speech>
<speech id="b.1.2" speakerid="uk.org.publicwhip/member/2" speakername="Alan Johnson" speakeroffice="The Secretary of State for the Home Department"><p>Today we are publishing the new strategy on policing, and we will set out the funding for neighbourhood teams next month.</p></speech>
<speech id="b.1.3" speakerid="uk.org.publicwhip/member/1" speakername="David Burrowes"><p>Will the Home Secretary meet the police authority in Enfield to discuss the closure of the station?</p></speech>
<speech id="b.1.4" speakerid="uk.org.publicwhip/member/2" speakername="Alan Johnson"><p>I will be happy to meet the authority and the hon. Gentleman.</p></speech>
<speech id="b.1.5" speakerid="uk.org.publicwhip/member/3" speakername="Philip Dunne"><p>Will the Minister look again at the rules on tasers for rural forces?</p></speech>
<speech id="b.1.6" speakerid="uk.org.publicwhip/member/4" speakername="Alan Campbell" speakeroffice="The Parliamentary Under-Secretary of State for the Home Department"><p>We keep those rules under review, and I will write to the hon. Gentleman.</p></speech>
</publicwhip>"#;

#[test]
fn the_minister_who_answers_the_opening_question_responds_whoever_answers_last() {
    let v = summarise("debates2009-10-26b.xml", TOPICAL);
    let d = &v["debates"][0];
    assert_eq!(d["kind"], "oral_questions");
    assert_eq!(
        d["minister"]["name"], "Alan Johnson",
        "{}",
        d["at_a_glance"]
    );
    // A debate opened by a speech is still answered by the minister who winds it up: the
    // same record with a long opening speech.
    let speech = "The Government's record on policing in my constituency has been poor, and the closure of the station is the latest sign of it. ".repeat(8);
    let debate = TOPICAL
        .replace("Topical Questions", "Policing in Enfield")
        .replace(" oral-qnum=\"T1\"", "")
        .replace(
            "If he will make a statement on his departmental responsibilities.",
            &speech,
        );
    let v = summarise("debates2009-10-26b.xml", &debate);
    let d = &v["debates"][0];
    assert_eq!(
        d["minister"]["name"], "Alan Campbell",
        "{}",
        d["at_a_glance"]
    );
}

#[test]
fn questions_tabled_together_are_answered_together() {
    let text = "Security\n\nSir Ann Smith (Upton) (Con)\nTo ask the Secretary of State if he will make a statement on the security situation in the Province.\n\nMr Tom Vale (Lowmoor) (Lab)\nTo ask the Secretary of State if he will make a further statement on the security situation.\n\nThe Secretary of State for Northern Ireland (Jo Roe)\nDuring the course of the year there was a marked change in the nature of the violence, much of it sectarian. The security forces have made 700 arrests.\n\nSir Ann Smith\nWill the Secretary of State send more troops to the border?\n";
    let d = crate::util::summary_of("security-2025-03-04.txt", text);
    let tabled: Vec<&serde_json::Value> = d["questions"]
        .as_array()
        .into_iter()
        .chain(d["key_requests"].as_array())
        .flatten()
        .filter(|q| q["text"].as_str().is_some_and(|t| t.starts_with("To ask")))
        .collect();
    assert_eq!(tabled.len(), 2, "{d}");
    for q in tabled {
        assert_eq!(q["verdict"], "responded", "{q}");
        assert_eq!(q["answer"]["speaker"], "Jo Roe", "{q}");
    }
}

#[test]
fn business_the_chair_alone_took_says_so() {
    // Royal Assent: the Speaker reads the Acts out and nobody else speaks; no count of
    // speakers and no missing reply to report.
    let xml = r#"<publicwhip>
<major-heading id="uk.org.publicwhip/debate/2009-10-28c.1.0">Royal Assent</major-heading>
<speech id="uk.org.publicwhip/debate/2009-10-28c.1.1" speakerid="uk.org.publicwhip/member/1" speakername="Mr. Speaker"><p>I have to notify the House, in accordance with the Royal Assent Act 1967, that Her Majesty has signified her Royal Assent to the following Acts: Perpetuities and Accumulations Act 2009.</p></speech>
</publicwhip>"#;
    let v = summarise("debates2009-10-28c.xml", xml);
    let d = &v["debates"][0];
    assert_eq!(d["kind"], "procedure", "{d}");
    let glance = d["at_a_glance"].as_str().unwrap_or("");
    assert!(
        glance.ends_with("in which only the chair spoke."),
        "{glance}"
    );
    assert!(!glance.contains("0 speakers"), "{glance}");
}

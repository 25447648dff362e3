//! What was asked and whether it was answered, on transcripts written for each rule.

use crate::util::{cmd, json, run, summary_of, write};

const DEBATE: &str = "Harbour Dues

Monday 3 March 2025

Jane Marlow (Portby) (Lab)
I beg to move,
That this House has considered harbour dues in Portby.

It is a pleasure to serve under your chairmanship. The harbour dues in Portby have doubled in two years. I call on the Government to cap harbour dues for inshore fishing boats. Will the Minister meet me and the Portby fishermen's association to discuss the dues?

Tom Fenn (Skerby) (Con)
The Government should cap harbour dues for inshore fishing boats in every port. Will the Minister also publish the review of trust ports this year?

Jane Marlow
I agree with the hon. Gentleman.

The Minister for Fisheries (Sam Oduya)
I congratulate my hon. Friend the Member for Portby (Jane Marlow) on securing this debate. I would be happy to meet her and the fishermen's association. The review of trust ports will be published in June. We are not persuaded that a national cap on dues is right for every port.
";

fn summary() -> serde_json::Value {
    summary_of("harbour-2025-03-03.txt", DEBATE)
}

#[test]
fn requests_are_structured_merged_and_ranked() {
    let d = summary();
    let reqs = d["key_requests"].as_array().expect("requests");
    // The lead's first; the cap asked by two members is one request with both askers.
    assert_eq!(reqs[0]["speaker"], "Jane Marlow");
    let cap = reqs
        .iter()
        .find(|r| r["ask"] == "cap harbour dues for inshore fishing boats")
        .expect("cap request");
    assert_eq!(
        cap["askers"],
        serde_json::json!(["Jane Marlow", "Tom Fenn"])
    );
    assert_eq!(cap["addressed_to"], "Government");
    assert_eq!(
        cap["text"],
        "I call on the Government to cap harbour dues for inshore fishing boats."
    );
    let meet = reqs
        .iter()
        .find(|r| r["kind"] == "meeting")
        .expect("meeting request");
    assert_eq!(meet["addressed_to"], "Minister");
    assert_eq!(meet["answered"], true);
    assert!(
        meet["answer"]["text"]
            .as_str()
            .unwrap_or("")
            .contains("happy to meet her")
    );
    assert_eq!(meet["answer"]["speaker"], "Sam Oduya");
    // No courtesy is a request.
    assert!(
        reqs.iter()
            .all(|r| !r["text"].as_str().unwrap_or("").contains("pleasure"))
    );
}

/// The request or question whose text holds `needle`.
fn ask_with(d: &serde_json::Value, needle: &str) -> serde_json::Value {
    d["key_requests"]
        .as_array()
        .into_iter()
        .chain(d["questions"].as_array())
        .flatten()
        .find(|q| q["text"].as_str().unwrap_or("").contains(needle))
        .cloned()
        .expect("ask listed")
}

#[test]
fn asks_are_matched_to_the_reply_with_a_verdict() {
    let d = summary();
    let review = ask_with(&d, "trust ports");
    assert_eq!(review["speaker"], "Tom Fenn");
    assert_eq!(review["answered"], true);
    assert_eq!(review["verdict"], "agreed");
    assert!(
        review["answer"]["text"]
            .as_str()
            .unwrap_or("")
            .contains("published in June")
    );
    // The cap is refused, in the minister's words.
    let cap = ask_with(&d, "cap harbour dues");
    assert_eq!(cap["verdict"], "refused");
    assert!(
        cap["answer"]["text"]
            .as_str()
            .unwrap_or("")
            .contains("not persuaded")
    );
    let qs = d["questions"].as_array().expect("questions");
    let answered = qs.iter().filter(|q| q["answered"] == true).count();
    assert_eq!(d["questions_answered"].as_u64(), Some(answered as u64));
}

#[test]
fn an_unanswered_ask_says_so() {
    let text = DEBATE.replace("The review of trust ports will be published in June. ", "");
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "harbour.txt", text.as_bytes());
    let d = json(&cmd().args(["-f", "json"]).arg(&p).output().expect("run"))["debates"][0].clone();
    let review = ask_with(&d, "trust ports");
    assert_eq!(review["verdict"], "not_addressed");
    assert_eq!(review["answered"], false);
    assert!(review["answer"].is_null());
}

#[test]
fn member_for_references_fill_missing_seats_only() {
    // The relaid layout gives bare names; the minister's reference supplies the seat.
    let text = "Harbour Dues\n\nMonday 3 March 2025\n\nJane Marlow\nI beg to move, That this House has considered harbour dues.\n\nSam Oduya\nI congratulate my hon. Friend the Member for Portby (Jane Marlow) on securing this debate, and the hon. Member for Elsewhere (Tom Fenn), who is not here. The Government will review the dues this year.\n";
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "x.txt", text.as_bytes());
    let d = json(&cmd().args(["-f", "json"]).arg(&p).output().expect("run"))["debates"][0].clone();
    assert_eq!(d["lead"]["constituency"], "Portby");
    // A stated constituency is never overridden.
    let p2 = write(
        dir.path(),
        "y.txt",
        text.replace(
            "Jane Marlow\nI beg",
            "Jane Marlow (Portby North) (Lab)\nI beg",
        )
        .as_bytes(),
    );
    let d2 =
        json(&cmd().args(["-f", "json"]).arg(&p2).output().expect("run"))["debates"][0].clone();
    assert_eq!(d2["lead"]["constituency"], "Portby North");
}

#[test]
fn requests_show_in_table_and_markdown() {
    let o = run(&[
        "--width",
        "120",
        "--color",
        "never",
        "samples/westminster-hall-rural-buses.txt",
    ]);
    let out = String::from_utf8(o.stdout).expect("utf-8");
    assert!(out.contains("Agreed (Dana Whitlock)"));
    assert!(out.contains("Questions to the Minister (1 of 1 answered)"));
    assert!(out.contains("Government positions"));
    let o = run(&["-f", "markdown", "samples/westminster-hall-rural-buses.txt"]);
    let md = String::from_utf8(o.stdout).expect("utf-8");
    assert!(md.contains("## Questions to the Minister"));
    assert!(md.contains("**Agreed (Dana Whitlock)**"));
    assert!(md.contains("## Government positions"));
}

#[test]
fn an_ask_that_cannot_stand_alone_is_shown_after_the_sentence_it_points_back_at() {
    let text = "Benefit Cap

Monday 4 May 2020

Jon Reyes (Stalyford) (Lab)
I beg to move,
That this House has considered the benefit cap.

Almost every charity in the country believes the benefit cap should be temporarily suspended. Does the Secretary of State agree? I also urge the Government to end the five-week wait for universal credit.

The Minister for Employment (Mims Davey)
The benefit cap remains an important part of the system, and we have no plans to suspend it.
";
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "cap-2020-05-04.txt", text.as_bytes());
    let o = cmd().args(["-f", "json"]).arg(&p).output().expect("run");
    assert!(o.status.success());
    let d = json(&o)["debates"][0].clone();
    let all: Vec<String> = ["key_requests", "questions"]
        .iter()
        .flat_map(|k| d[*k].as_array().cloned().unwrap_or_default())
        .map(|r| r["text"].as_str().unwrap_or("").to_string())
        .collect();
    let agree = all
        .iter()
        .find(|t| t.ends_with("Does the Secretary of State agree?"))
        .unwrap_or_else(|| panic!("the question is listed: {all:?}"));
    assert_eq!(
        agree,
        "Almost every charity in the country believes the benefit cap should be temporarily suspended. Does the Secretary of State agree?"
    );
    // A request that says what it is about stands alone.
    assert!(
        all.iter()
            .any(|t| t
                == "I also urge the Government to end the five-week wait for universal credit.")
    );
}

#[test]
fn a_tabled_question_is_listed_and_a_question_pointed_back_at_is_shown_once() {
    let text = "Economy

Monday 26 October 2009

Lord Haskel
To ask Her Majesty's Government what steps they are taking to create a more balanced economy.

Lord Davies of Oldham
My Lords, the Government have taken steps to support a rebalancing of demand in the economy, and the G7 agreed a framework for balanced growth.

Lord Newby
My Lords, does the Minister accept that the banks that the Government control are not meeting their lending targets for small firms? What does he plan to do about it?

Lord Davies of Oldham
My Lords, we will press the banks to meet their lending targets for small firms.
";
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "economy-2009-10-26.txt", text.as_bytes());
    let o = cmd().args(["-f", "json"]).arg(&p).output().expect("run");
    assert!(o.status.success());
    let d = json(&o)["debates"][0].clone();
    let qs: Vec<String> = d["questions"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|q| q["text"].as_str().unwrap_or("").to_string())
        .collect();
    // The question as tabled, though it has no question mark.
    assert!(
        qs.iter()
            .any(|t| t.starts_with("To ask Her Majesty's Government what steps")),
        "{qs:?}"
    );
    // "What does he plan to do about it?" is shown after the question it points back at,
    // and that question is not listed a second time on its own.
    let banks: Vec<&String> = qs
        .iter()
        .filter(|t| t.contains("lending targets"))
        .collect();
    assert_eq!(banks.len(), 1, "{qs:?}");
    assert!(
        banks[0].ends_with("What does he plan to do about it?"),
        "{qs:?}"
    );
    // At a Glance says who asked what, in the words of the question as tabled.
    let glance = d["at_a_glance"].as_str().unwrap_or("");
    assert!(
        glance.starts_with("Lord Haskel asked the Lords question “Economy” in the Lords"),
        "{glance}"
    );
    assert!(
        glance.contains("The question: “To ask Her Majesty's Government what steps"),
        "{glance}"
    );
}

/// A speech that ends on an ask made only of whom it asks, and the reply.
fn advances(question: &str, replier: &str) -> String {
    format!(
        "Benefit Advances

Monday 3 March 2025

Jane Marlow (Portby) (Lab)
I beg to move,
That this House has considered benefit advances.

Families in Portby wait five weeks for their first payment. Every charity in Portby believes the five-week wait should be suspended this winter. {question}

{replier}
I congratulate my hon. Friend the Member for Portby on securing this debate. Advances are available to every claimant from the first day of a claim.
"
    )
}

#[test]
fn an_ask_of_only_whom_it_asks_takes_its_subject_from_the_sentence_before() {
    let text = advances(
        "Does the Secretary of State agree?",
        "The Secretary of State for Work and Pensions (Sam Oduya)",
    );
    let d = summary_of("advances-2025-03-03.txt", &text);
    let reqs = d["key_requests"].as_array().expect("requests");
    let agree = reqs
        .iter()
        .find(|r| {
            r["text"]
                .as_str()
                .is_some_and(|t| t.ends_with("Does the Secretary of State agree?"))
        })
        .unwrap_or_else(|| panic!("no request ending with the question: {reqs:?}"));
    assert_eq!(
        agree["ask"],
        "agree that every charity in Portby believes the five-week wait should be suspended this winter",
        "{agree}"
    );
}

#[test]
fn a_short_question_about_what_was_just_said_is_asked() {
    // Four words alone are too few for a question; put after what it asks about, they ask.
    let text = advances(
        "Does the Minister agree?",
        "The Minister for Welfare (Sam Oduya)",
    );
    let d = summary_of("advances-2025-03-03.txt", &text);
    let asked: Vec<&str> = d["questions"]
        .as_array()
        .into_iter()
        .chain(d["key_requests"].as_array())
        .flatten()
        .filter_map(|q| q["text"].as_str())
        .collect();
    assert!(
        asked.contains(
            &"Every charity in Portby believes the five-week wait should be suspended this winter. Does the Minister agree?"
        ),
        "{asked:?}"
    );
}

#[test]
fn they_who_must_act_after_the_government_must_is_asked_too() {
    // "They" carries the Government on from the sentence before; after a council, it does not.
    let text = "Portby Rail Link

Monday 3 March 2025

Jane Marlow (Portby) (Lab)
I beg to move,
That this House has considered the Portby rail link.

The link has been promised for twelve years. The Government must go beyond warm words about the link. They must finally make the financial commitment that will ensure the link opens on time. Portby council must act too. They must publish the bus timetable.

The Minister for Rail (Sam Oduya)
I congratulate my hon. Friend on securing this debate. Any Government funding for the link is subject to a significant contribution from the private sector.
";
    let d = summary_of("rail-link-2025-03-03.txt", text);
    let commitment = ask_with(&d, "They must finally make the financial commitment");
    assert_eq!(commitment["speaker"], "Jane Marlow");
    assert_eq!(
        commitment["ask"],
        "finally make the financial commitment that will ensure the link opens on time"
    );
    let listed = d["key_requests"]
        .as_array()
        .into_iter()
        .chain(d["questions"].as_array())
        .flatten()
        .filter_map(|q| q["text"].as_str());
    assert!(
        listed.clone().all(|t| !t.contains("bus timetable")),
        "{:?}",
        listed.collect::<Vec<_>>()
    );
}

#[test]
fn a_meeting_offered_in_reply_to_another_ask_defers_it() {
    // Asked for a meeting, agreeing to one agrees; asked for money, it promises to discuss.
    let text = "Harbour Walls

Monday 3 March 2025

Jane Marlow (Portby) (Lab)
I beg to move,
That this House has considered the harbour walls in Portby.

The harbour walls in Portby are crumbling after the winter storms. Will the Minister fund the repair of the harbour walls in Portby this year?

The Minister for Fisheries (Sam Oduya)
I congratulate my hon. Friend on securing this debate. The harbour walls are a matter for the harbour authority. I am happy to meet her to discuss the repair of the harbour walls in Portby.
";
    let d = summary_of("walls-2025-03-03.txt", text);
    let fund = ask_with(&d, "fund the repair");
    assert_eq!(fund["verdict"], "deferred", "{fund}");
    assert!(
        fund["answer"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("happy to meet her")),
        "{fund}"
    );
    let d = summary();
    let meet = ask_with(&d, "Will the Minister meet me");
    assert_eq!(meet["verdict"], "agreed", "{meet}");
}

#[test]
fn a_commitment_that_says_nothing_of_the_ask_does_not_grant_it() {
    // The passage on the link holds a commitment to something else: the link is answered,
    // not agreed to. Said of the member's point, the same promise would decide it.
    let debate = |last: &str| {
        format!(
            "Portby Rail Link

Monday 3 March 2025

Jane Marlow (Portby) (Lab)
I beg to move,
That this House has considered the western rail link to Portby.

The western rail link to Portby was promised twelve years ago. I call on the Government to fund the western rail link to Portby.

Tom Fenn (Skerby) (Con)
The harbour towns along the coast need better connections to the rest of the country.

The Minister for Rail (Sam Oduya)
I congratulate my hon. Friend on securing this debate. The western rail link to Portby has long been discussed across the region. {last}
"
        )
    };
    let d = summary_of(
        "rail-2025-03-03.txt",
        &debate(
            "We are taking forward growth plans to increase capacity across the national network.",
        ),
    );
    let fund = ask_with(&d, "fund the western rail link");
    assert_eq!(fund["verdict"], "responded", "{fund}");
    let d = summary_of(
        "rail-2025-03-03.txt",
        &debate("She has made a strong case, which I shall consider carefully."),
    );
    let fund = ask_with(&d, "fund the western rail link");
    assert_eq!(fund["verdict"], "deferred", "{fund}");
}

#[test]
fn words_read_out_and_questions_told_ask_nothing() {
    // A member reading out a report's "must", or telling what a constituent asked, asks
    // the Government nothing; their own request and question, around the quotations, do.
    let d = summary_of(
        "quotes-2025-03-03.txt",
        "Portby Harbour

Monday 3 March 2025

Jane Marlow (Portby) (Lab)
I beg to move,
That this House has considered Portby harbour.

The harbour board wrote to me last week: \u{201c}The Government must close the harbour to all shipping from next year. We believe that the dues should double.\u{201d} A fisherman asked me, \u{201c}Why should we pay for the board\u{2019}s mistakes?\u{201d} I call on the Government to cap harbour dues for inshore fishing boats. Will the Minister publish the review of trust ports this year?

The Minister for Fisheries (Sam Oduya)
I congratulate my hon. Friend on securing this debate. The review of trust ports will be published in June. We are not persuaded that a national cap on dues is right for every port.
",
    );
    let listed: Vec<&str> = d["key_requests"]
        .as_array()
        .into_iter()
        .chain(d["questions"].as_array())
        .flatten()
        .filter_map(|q| q["text"].as_str())
        .collect();
    assert!(
        listed.iter().any(|t| t.contains("cap harbour dues")),
        "{listed:?}"
    );
    assert!(
        listed.iter().any(|t| t.contains("publish the review")),
        "{listed:?}"
    );
    for quoted in [
        "close the harbour",
        "dues should double",
        "Why should we pay",
    ] {
        assert!(
            listed.iter().all(|t| !t.contains(quoted)),
            "{quoted} listed: {listed:?}"
        );
    }
}

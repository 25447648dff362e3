//! Who speaks for the Government when the record names members alone: the House addresses
//! a minister by office ("Will the Secretary of State give way?"), and the one who makes
//! the closing reply is the responding minister.

use crate::util::summary_of;

/// An Opposition Day debate as a record of names alone prints it: the Secretary of State
/// answers the motion and moves the Government's amendment, a junior minister winds up.
const DEBATE: &str = "Castle Repairs

Wednesday 4 March 2026

Madam Deputy Speaker
I inform the House that Mr Speaker has selected the amendment in the name of the Prime Minister.

Helen Ashby
I beg to move,
That this House calls on the Government to restore the castle repair fund.
The Government cut the castle repair fund by half last year, and the trusts that keep our castles open have been left to find the money themselves. Many of them cannot. The walls at Redcliff are propped with scaffolding that the trust can no longer afford to rent, and the keep at Marrow has been closed to visitors for a year. The Government must restore the castle repair fund in full before the summer. Will the Minister also publish the survey of castle walls that the Department has held since January?

Oliver Crane
I beg to move an amendment, to leave out from \"House\" to the end of the Question and add: \"welcomes the Government's strategy for castles.\"
We need to make hard choices about heritage spending if we want to keep the castles open for the long term. We will set aside £40 million next year for urgent repairs to castle walls, and we will publish a strategy for castles in May.

Gina Pell
Will the Secretary of State give way?

Oliver Crane
I give way.

Gina Pell
I am grateful to the Secretary of State for giving way. Will he meet the castle trusts of the north?

Oliver Crane
I will meet the trusts of the north next month. We must ensure that every trust can bid for the new money, and we will make the rules for bidding simple.

Tom Birch
It is a pleasure to follow the Secretary of State. The trust in my constituency has cared for Birch castle for forty years with volunteers and the money it raises at the gate. It asks for nothing more than a fair chance at the repair fund. The Government should let small trusts bid jointly for the fund, so that the smallest castles are not shut out by the cost of a bid.

Ruth Vale
I congratulate the hon. Member for Redcliff on securing this debate and thank every Member who has spoken. My right hon. Friend the Secretary of State has set out the £40 million that we will set aside for urgent repairs, and I can confirm that small trusts will be able to bid jointly for the fund, as my hon. Friend the Member for Birchley asked. The Government have listened to the trusts. We will publish the survey of castle walls next month, so that every trust can see where the need is greatest. We cannot restore the old fund in full, because the money is better spent where the walls are failing, but the new fund will be open to every trust in the country, large or small, from the first day of the next financial year. I commend the amendment to the House.
";

#[test]
fn a_secretary_of_state_addressed_by_office_speaks_for_the_government() {
    let d = summary_of("castle-repairs-2026-03-04.txt", DEBATE);
    // The junior minister makes the closing reply: the responding minister.
    assert_eq!(d["minister"]["name"], "Ruth Vale", "{}", d["warnings"]);
    assert_eq!(d["lead"]["name"], "Helen Ashby");
    // The Secretary of State's own words are the Government's: never a request of it ...
    let askers: Vec<&str> = d["key_requests"]
        .as_array()
        .expect("requests")
        .iter()
        .flat_map(|r| r["askers"].as_array().into_iter().flatten())
        .filter_map(|a| a.as_str())
        .collect();
    assert!(!askers.contains(&"Oliver Crane"), "{askers:?}");
    assert!(askers.contains(&"Tom Birch"), "{askers:?}");
    // ... but the Government's positions.
    let positions = d["government_positions"].as_array().expect("positions");
    assert!(
        positions.iter().any(|p| p["speaker"] == "Oliver Crane"
            && p["text"].as_str().unwrap_or("").contains("£40 million")),
        "{positions:?}"
    );
    // The intervention put to him is answered by him.
    let meet = d["questions"]
        .as_array()
        .into_iter()
        .chain(d["key_requests"].as_array())
        .flatten()
        .find(|q| q["text"] == "Will he meet the castle trusts of the north?")
        .expect("the question to the Secretary of State is listed");
    assert_eq!(meet["answer"]["speaker"], "Oliver Crane", "{meet}");
    assert_eq!(meet["verdict"], "agreed", "{meet}");
}

/// A question put to a Government office by name and answered straight after: the one who
/// answers is the minister, though the record names no office and no one says "Minister".
#[test]
fn the_member_who_answers_a_question_put_to_an_office_is_the_minister() {
    let d = summary_of(
        "polling-stations-2027-02-11.txt",
        "Polling Stations

Thursday 11 February 2027

Anne Hale
The advice that came from the Government this week on the local elections was welcome, but many schools are using their halls for teaching this year, and the halls that served as polling stations are not free. I would like to ask the Chancellor of the Duchy of Lancaster two specific questions. What support will the Government give registration officers to find other venues with good ventilation? Will the Government publish guidance on polling stations in schools before the elections in May?

Mark Grove
The hon. Lady raises two important questions. We will publish guidance on polling stations in schools next week, and my Department is working with registration officers to find other venues where a school hall cannot be used.
",
    );
    assert_eq!(d["minister"]["name"], "Mark Grove", "{}", d["warnings"]);
}

/// A sitting's record as TheyWorkForYou prints Australia's: names alone. The Treasurer
/// answers a question put to his office in question time, then moves a motion later in the
/// sitting, where nothing says he holds an office.
const SITTING: &str = r#"<publicwhip>
<major-heading id="au.1">Questions Without Notice</major-heading>
<minor-heading id="au.2">Taxation</minor-heading>
<speech id="au.3" speakerid="m/1" speakername="Luke Harris"><p>My question is addressed to the Treasurer. Treasurer, would you inform the House of the importance of good tax policy to the economy?</p></speech>
<speech id="au.4" speakerid="m/2" speakername="Peter Marsh"><p>I thank the honourable member for his question. Good tax policy is the foundation of a strong economy, and this government has cut income tax in each of the last four budgets. We will cut it again next year for every worker who earns less than the average wage.</p></speech>
<major-heading id="au.5">Business</major-heading>
<minor-heading id="au.6">Suspension of Standing Orders</minor-heading>
<speech id="au.7" speakerid="m/2" speakername="Peter Marsh"><p>I move that so much of the standing orders be suspended as would prevent the Leader of the Opposition from detailing his allegations to the House. Where are the allegations? Why has he not put them to the House? We need to hear them today, and the House should require him to substantiate them or withdraw them.</p></speech>
<speech id="au.8" speakerid="m/3" speakername="Kevin Ross"><p>This motion is a stunt to avoid scrutiny of the government. The government should release the report on its advertising budget, and the Treasurer should explain why he will not.</p></speech>
<speech id="au.9" speakerid="m/4" speakername="Anna Lowe"><p>The Leader of the Opposition has had every chance to make his case, and he has not done so. The House should require him to detail his allegations.</p></speech>
</publicwhip>
"#;

#[test]
fn who_speaks_for_the_government_in_one_item_does_in_the_rest_of_the_sitting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = crate::util::write(
        dir.path(),
        "representatives-2007-09-20.xml",
        SITTING.as_bytes(),
    );
    let o = crate::util::cmd()
        .args(["-f", "json"])
        .arg(&p)
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", crate::util::stderr(&o));
    let all = crate::util::json(&o);
    let debates = all["debates"].as_array().expect("debates");
    assert_eq!(debates.len(), 2, "{all}");
    // Question time: the one who answers the question put to the Treasurer is the minister.
    assert_eq!(
        debates[0]["minister"]["name"], "Peter Marsh",
        "{}",
        debates[0]
    );
    // The motion: his questions and demands are the Government's, not asks of it; the
    // Opposition's are.
    let motion = &debates[1];
    let askers: Vec<&str> = ["key_requests", "questions"]
        .iter()
        .flat_map(|k| motion[k].as_array().into_iter().flatten())
        .filter_map(|r| r["speaker"].as_str())
        .collect();
    assert!(!askers.contains(&"Peter Marsh"), "{askers:?}");
    assert!(askers.contains(&"Kevin Ross"), "{askers:?}");
}

//! The editorial rules, each on a transcript written for it: a refusal, a deferral, a
//! commitment given in an intervention, a winding-up reply to an ask made long before, a
//! minister's own "we need to" that is not a request, and summaries that read on their own.

use crate::util::summary_of;

/// A Westminster Hall debate laid out as the Hansard text export lays it out: `title`, the
/// sitting of 4 March 2025 with Ann Holt in the Chair, Jo Barrow moving that the House has
/// considered `topic`, then `body`.
macro_rules! westminster_hall {
    ($title:literal, $topic:literal, $body:literal) => {
        concat!(
            $title,
            "\n\nTuesday 4 March 2025\n\n[Ann Holt in the Chair]\n\n",
            "Jo Barrow (Upper Fell) (Lab)\nI beg to move,\nThat this House has considered ",
            $topic,
            ".\n\n",
            $body
        )
    };
}

const DEBATE: &str = westminster_hall!(
    "Rural Post Offices",
    "rural post offices",
    "It is a pleasure to serve under your chairmanship, Ms Holt. Rural post offices in Upper Fell have fallen from 31 to 19 since 2015. I urge the Minister to restore the network subsidy for rural branches to its 2015 level. The Government must publish the review of the banking framework before the summer recess. Will the Minister also guarantee that no branch in a community without a bank will close this year? That is why the review matters so much to my constituents.

Sam Pike (Lowmoor) (Con)
Will the hon. Lady give way?

Jo Barrow
I give way.

Sam Pike
Will the Minister meet me and the sub-postmasters of Lowmoor to discuss the closures?

The Parliamentary Under-Secretary of State for Business and Trade (Lee Carver)
I will certainly meet the hon. Gentleman and the sub-postmasters of Lowmoor.

Jo Barrow
The branches are the last counter in town for pensioners who do not bank online.

Sam Pike (Lowmoor) (Con)
I declare an interest as the owner of a village shop. He mentioned the banks, and they have left us. Village shops that host a post office earn less than the minimum wage from the counter.

The Parliamentary Under-Secretary of State for Business and Trade (Lee Carver)
I congratulate my hon. Friend the Member for Upper Fell on securing this debate. We need to make sure that every community keeps access to cash. We have no plans to restore the network subsidy to its 2015 level, because the network is now funded through the transformation programme. On the review of the banking framework, I will consider the timing and write to my hon. Friend before the summer. We will keep every branch in a community without a bank open this year, and I can confirm that £37 million is set aside for that.
"
);

fn summary() -> serde_json::Value {
    summary_of("post-offices-2025-03-04.txt", DEBATE)
}

/// Every request and question, with the verdict and the deciding sentence.
fn asks(d: &serde_json::Value) -> Vec<(String, String, String)> {
    d["key_requests"]
        .as_array()
        .into_iter()
        .chain(d["questions"].as_array())
        .flatten()
        .map(|q| {
            (
                q["text"].as_str().unwrap_or("").to_string(),
                q["verdict"].as_str().unwrap_or("").to_string(),
                q["answer"]["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn verdict_of(d: &serde_json::Value, needle: &str) -> (String, String) {
    let all = asks(d);
    let (_, v, a) = all
        .iter()
        .find(|(t, ..)| t.contains(needle))
        .unwrap_or_else(|| panic!("no ask holding {needle:?} among {all:?}"));
    (v.clone(), a.clone())
}

#[test]
fn a_refusal_is_refused_with_the_deciding_sentence() {
    let (v, a) = verdict_of(&summary(), "network subsidy");
    assert_eq!(v, "refused");
    assert!(a.contains("no plans to restore"), "{a}");
}

#[test]
fn a_deferral_will_be_considered() {
    let (v, a) = verdict_of(&summary(), "banking framework");
    assert_eq!(v, "deferred");
    assert!(a.contains("I will consider the timing"), "{a}");
}

#[test]
fn a_commitment_in_an_intervention_is_agreed() {
    let (v, a) = verdict_of(&summary(), "meet me and the sub-postmasters");
    assert_eq!(v, "agreed");
    assert!(a.contains("I will certainly meet"), "{a}");
}

#[test]
fn a_winding_up_reply_answers_an_ask_made_long_before() {
    let (v, a) = verdict_of(&summary(), "no branch in a community without a bank");
    assert_eq!(v, "agreed");
    assert!(a.contains("keep every branch"), "{a}");
}

#[test]
fn a_ministers_own_we_need_to_is_not_a_request() {
    let d = summary();
    assert!(
        asks(&d).iter().all(|(t, ..)| !t.contains("access to cash")),
        "{:?}",
        asks(&d)
    );
    for r in d["key_requests"].as_array().expect("requests") {
        assert_ne!(r["speaker"], "Lee Carver");
    }
}

#[test]
fn government_positions_are_listed_with_their_stance() {
    let d = summary();
    let positions: Vec<(String, String)> = d["government_positions"]
        .as_array()
        .expect("positions")
        .iter()
        .map(|p| {
            (
                p["stance"].as_str().unwrap_or("").to_string(),
                p["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(
        positions
            .iter()
            .any(|(s, t)| s == "refuses" && t.contains("no plans to restore")),
        "{positions:?}"
    );
    assert!(
        positions
            .iter()
            .any(|(s, t)| s == "commits" && t.contains("keep every branch")),
        "{positions:?}"
    );
    // The Government Response leads with them.
    let response = d["government_response"].as_str().unwrap_or("");
    assert!(response.starts_with("I will certainly meet") || response.contains("no plans"));
    assert!(!response.contains("congratulate"));
}

#[test]
fn summaries_read_on_their_own() {
    let d = summary();
    for s in d["speakers"].as_array().expect("speakers") {
        let summary = s["summary"].as_str().unwrap_or("");
        for bad in [
            "That is why",
            "He mentioned",
            "I declare an interest",
            "pleasure",
        ] {
            assert!(!summary.contains(bad), "{}: {summary}", s["name"]);
        }
    }
    // The lead's summary carries the lead's main demand.
    let lead = d["lead"]["summary"].as_str().unwrap_or("");
    assert!(lead.contains("network subsidy"), "{lead}");
}

#[test]
fn kind_and_labels_fit_the_business() {
    let d = summary();
    assert_eq!(d["kind"], "debate");
    assert_eq!(d["divisions"].as_array().map(Vec::len), Some(0));
    let glance = d["at_a_glance"].as_str().unwrap_or("");
    assert!(
        glance.contains("requests were made of the Government"),
        "{glance}"
    );
}

/// A lead who asks two things in one speech, answered in two places of a winding-up speech
/// that others' speeches come between.
const TWO_ASKS: &str = westminster_hall!(
    "Rural Buses in Westdale",
    "rural buses in Westdale",
    "Bus routes in Westdale have halved since 2015, and villages have lost their only link to the market towns. I urge the Minister to keep the Westdale bus routes running through the winter. Will the Minister also tell us how much the rural bus fund will pay for the Westdale bus routes through the winter? Pensioners cannot reach the hospital in Kirkby without them.

Sam Pike (Lowmoor) (Con)
It is a pleasure to follow the hon. Lady. Lowmoor has lost its Sunday service, and the school bus now leaves before the first lesson is over. I urge the Minister to move the school bus timetable for Lowmoor to after the last lesson.

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
I congratulate the hon. Member for Upper Fell on securing this debate. The Westdale bus routes will keep running through the winter, because the rural bus fund will pay for them.

The county council has told us that the tendered routes will carry more passengers this year.

Each county will receive its share of the rural bus fund in April, and Westdale's is £2 million.

The school bus timetable for Lowmoor already runs after the last lesson from this term.
"
);

#[test]
fn two_asks_of_one_speech_are_answered_by_different_passages() {
    let d = summary_of("buses-2025-03-04.txt", TWO_ASKS);
    // Both asks share most words with the first passage; the request, which shares little
    // with anything else, keeps it, and the question takes the passage on the fund.
    let (_, keep) = verdict_of(&d, "keep the Westdale bus routes running");
    assert!(keep.contains("will keep running"), "{keep}");
    let (_, much) = verdict_of(&d, "how much the rural bus fund");
    assert!(much.contains("£2 million"), "{much}");
    // A reply saying it is already done agrees, though it promises nothing new.
    let (v, a) = verdict_of(&d, "school bus timetable");
    assert_eq!(v, "agreed", "{a}");
    assert!(a.contains("already runs"), "{a}");
}

/// An intervention answered in three sentences: a reassurance, a reservation, and the
/// conclusion, which is the verdict.
const SHORT_REPLY: &str = westminster_hall!(
    "Kemble Line Redoubling",
    "the redoubling of the Kemble line",
    "The single track between Swindon and Kemble delays every train in the county. Will the Minister also widen the culvert at Minety while the engineers are on site?

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
I can assure the hon. Lady that Network Rail always takes the chance to do works where it is efficient to do so. However, I would not want to see extra works added that undermine the scheme's affordability. We will have to look carefully at what she proposes before committing to any additional works.
"
);

#[test]
fn a_short_reply_is_decided_by_its_conclusion() {
    let d = summary_of("kemble-2025-03-04.txt", SHORT_REPLY);
    let (v, a) = verdict_of(&d, "culvert at Minety");
    assert_eq!(v, "deferred", "{a}");
    assert!(a.starts_with("We will have to look carefully"), "{a}");
}

#[test]
fn money_announcements_hold_their_place_among_many_positions() {
    // A statement with more positions than are listed: eleven commitments, two promises to
    // write, an announcement of money and one without a figure.
    let commitments: String =
        (1..=11)
            .map(|i| format!("We will open a new branch in town number {i} before the spring. "))
            .chain((1..=2).map(|i| {
                format!("I will write to the council of town number {i} with the dates. ")
            }))
            .collect();
    let text = format!(
        "Post Office Network

Tuesday 4 March 2025

The Minister for Postal Affairs (Lee Carver)
With permission, I will make a statement on the post office network. {commitments}The fund will go up to £37 million next year. The new rules will take effect in the autumn.

Jo Barrow (Upper Fell) (Lab)
I thank the Minister for advance sight of his statement. Will he meet me to discuss the branches in Upper Fell?

The Minister for Postal Affairs (Lee Carver)
I will certainly meet the hon. Lady.
"
    );
    let d = summary_of("post-office-2025-03-04.txt", &text);
    let listed = position_texts(&d);
    assert!(
        listed.iter().any(|t| t.contains("£37 million")),
        "{listed:?}"
    );
    assert!(
        !listed.iter().any(|t| t.contains("take effect")),
        "{listed:?}"
    );
}

#[test]
fn a_statement_is_summarised_with_its_headline() {
    // The statement's first commitment is what a report of it opens with, though the words
    // repeated through the speech (survey, branches, towns) would pick the other ones.
    let text = "Post Office Network

Tuesday 4 March 2025

The Minister for Postal Affairs (Lee Carver)
With permission, I will make a statement on the post office network. I will accept every recommendation of the independent review in full. We will survey the branches in towns with no bank. We will survey the branches in market towns and in towns with one bank. We will survey the counters of branches in towns again in the spring. We will publish the survey of branches in towns by the summer.

Jo Barrow (Upper Fell) (Lab)
I thank the Minister for advance sight of his statement. Will he meet me to discuss the branches in Upper Fell?

The Minister for Postal Affairs (Lee Carver)
I will certainly meet the hon. Lady.
";
    let d = summary_of("post-office-statement-2025-03-04.txt", text);
    assert_eq!(d["kind"], "statement", "{d}");
    let summary = d["lead"]["summary"].as_str().unwrap_or("");
    assert!(
        summary.contains("I will accept every recommendation of the independent review in full."),
        "{summary}"
    );
}

/// A statement question of several parts, the chair stepping in before the reply, and a
/// reply that answers one part and promises to write on the rest.
const MANY_PARTS: &str = "Rail Timetable

Tuesday 4 March 2025

The Secretary of State for Transport (Lee Carver)
With permission, I will make a statement on the May rail timetable. The new timetable will add 40 trains a day between Upper Fell and the city from May.

Jo Barrow (Upper Fell) (Lab)
When did the Department first learn that the signalling would not be ready? Who decided to cut the Sunday services at Lowmoor? What compensation will season ticket holders receive for the cancellations?

Mr Speaker
Order. I counted three questions; one answer will do.

Jo Barrow
I apologise.

Mr Speaker
Not at all. I call the Secretary of State.

The Secretary of State for Transport (Lee Carver)
Season ticket holders will receive compensation at the usual rate for every cancelled train. I shall write to the hon. Lady on her other questions.

Sam Pike (Lowmoor) (Con)
Will the Secretary of State publish the signalling report?
";

#[test]
fn a_promise_to_write_on_the_other_questions_defers_them() {
    let d = summary_of("timetable-2025-03-04.txt", MANY_PARTS);
    // The reply comes after the chair and the asker's apology, and still answers her.
    let (v, a) = verdict_of(&d, "What compensation");
    assert_eq!(v, "responded", "{a}");
    assert!(a.contains("usual rate"), "{a}");
    // The parts it does not answer are deferred by the promise to write.
    for part in ["When did the Department", "Who decided"] {
        let (v, a) = verdict_of(&d, part);
        assert_eq!(v, "deferred", "{part}: {a}");
        assert!(a.contains("her other questions"), "{a}");
    }
    // An ask the promise does not cover, made after it, is not addressed.
    let (v, _) = verdict_of(&d, "publish the signalling report");
    assert_eq!(v, "not_addressed");
}

#[test]
fn a_promise_to_write_to_another_member_covers_only_their_questions() {
    // Sam Pike's question gets no reply of its own; the promise to write on "her other
    // questions" is made to Ann Lee, in an answer to her, and is not his.
    let text = "Rail Timetable

Tuesday 4 March 2025

The Secretary of State for Transport (Lee Carver)
With permission, I will make a statement on the May rail timetable. The new timetable will add 40 trains a day between Upper Fell and the city from May.

Sam Pike (Lowmoor) (Con)
Will the Secretary of State publish the signalling report?

Ann Lee (Hove) (Lab)
What compensation will season ticket holders receive? When will the Hove line reopen?

The Secretary of State for Transport (Lee Carver)
Season ticket holders will receive compensation at the usual rate for every cancelled train. I shall write to the hon. Lady on her other questions.
";
    let d = summary_of("timetable-2025-03-04.txt", text);
    let (v, a) = verdict_of(&d, "When will the Hove line");
    assert_eq!(v, "deferred", "{a}");
    let (v, a) = verdict_of(&d, "publish the signalling report");
    assert_eq!(v, "not_addressed", "{a}");
}

/// A direct reply that commits to something on the way and then refuses what was asked.
const COMMITS_THEN_REFUSES: &str = "Flood Defences

Tuesday 4 March 2025

The Secretary of State for the Environment (Lee Carver)
With permission, I will make a statement on the floods in Upper Fell. The Environment Agency will repair the Lowmoor barrier by the autumn.

Jo Barrow (Upper Fell) (Lab)
Will the Secretary of State commission an independent inquiry into the failure of the Upper Fell flood barrier?

The Secretary of State for the Environment (Lee Carver)
I will pursue the hon. Lady's independent inquiry idea with her Front-Bench colleagues. The Government have considered whether an independent inquiry would help, and have concluded that it would not be right while the agency's own report is under way.
";

#[test]
fn a_reply_that_commits_on_the_way_and_then_refuses_refuses() {
    let d = summary_of("floods-2025-03-04.txt", COMMITS_THEN_REFUSES);
    let (v, a) = verdict_of(&d, "independent inquiry into the failure");
    assert_eq!(v, "refused", "{a}");
    assert!(a.contains("would not be right"), "{a}");
}

/// "Yes, ..., but ..." grants the point and turns away from what was asked.
const YES_BUT: &str = westminster_hall!(
    "Reserve Forces",
    "the reserve forces",
    "Will the Minister make rebuilding the reserve forces the top priority of his Department this year?

The Minister for the Armed Forces (Lee Carver)
Yes, I want to do that, but operations overseas must come first while our forces are deployed there.

Sam Pike (Lowmoor) (Con)
Will the Minister publish the reserve recruitment figures every quarter?

The Minister for the Armed Forces (Lee Carver)
Yes, we will publish them every quarter from April.
"
);

#[test]
fn yes_but_grants_the_point_without_agreeing() {
    let d = summary_of("reserves-2025-03-04.txt", YES_BUT);
    let (v, a) = verdict_of(&d, "top priority");
    assert_eq!(v, "responded", "{a}");
    let (v, a) = verdict_of(&d, "recruitment figures");
    assert_eq!(v, "agreed", "{a}");
}

/// Questions that ask the minister to grant a point: a commitment to something else does not
/// grant it, "He is absolutely right" does, and a call to act is granted by doing it; a
/// refusal of something else does not deny it, "I do not accept that" does.
const GRANT_THE_POINT: &str = "Iraq

Tuesday 4 March 2025

Jo Barrow (Upper Fell) (Lab)
Does the Minister agree that Iraq is a human and security catastrophe?

The Minister for the Armed Forces (Lee Carver)
The multinational force in Iraq will continue to work with Iraqi security forces to prevent such attacks.

Sam Pike (Lowmoor) (Con)
Does the Minister agree that the reconstruction teams in Basra have done outstanding work?

The Minister for the Armed Forces (Lee Carver)
My hon. Friend is absolutely right. We will keep the teams in Basra until the spring.

Ann Holt (Hexley) (Con)
Does the Minister agree that the Government should fund the veterans' mental health service in full?

The Minister for the Armed Forces (Lee Carver)
We will fund the veterans' mental health service in full from April.

Jo Barrow (Upper Fell) (Lab)
Does the Minister accept that the closure of the Lowmoor barracks has damaged the town?

The Minister for the Armed Forces (Lee Carver)
We will not reopen the Lowmoor barracks, which the Army no longer needs.

Sam Pike (Lowmoor) (Con)
Does the Minister accept that the reserve forces are paid too little for their training?

The Minister for the Armed Forces (Lee Carver)
I do not accept that: reservists are paid at the same daily rate as regulars.

Ann Holt (Hexley) (Con)
Will he accept that Ministers alone are responsible for underfunding the reserve forces?

The Minister for the Armed Forces (Lee Carver)
It simply is not accurate to say that we have underfunded the reserve forces. Their budget rose this year.
";

#[test]
fn a_point_put_to_the_minister_is_agreed_only_when_granted() {
    let d = summary_of("iraq-2025-03-04.txt", GRANT_THE_POINT);
    let (v, a) = verdict_of(&d, "catastrophe");
    assert_eq!(v, "responded", "{a}");
    let (v, a) = verdict_of(&d, "outstanding work");
    assert_eq!(v, "agreed", "{a}");
    let (v, a) = verdict_of(&d, "mental health service");
    assert_eq!(v, "agreed", "{a}");
    // Likewise a refusal: of something else it responds; denying the point refuses.
    let (v, a) = verdict_of(&d, "damaged the town");
    assert_eq!(v, "responded", "{a}");
    let (v, a) = verdict_of(&d, "paid too little");
    assert_eq!(v, "refused", "{a}");
    let (v, a) = verdict_of(&d, "alone are responsible");
    assert_eq!(v, "refused", "{a}");
    assert!(a.contains("not accurate"), "{a}");
}

/// An ask about who pays, answered in the winding-up speech in other words about money.
const WHO_PAYS: &str = westminster_hall!(
    "Kemble Line Redoubling",
    "the redoubling of the Kemble line",
    "The single track between Swindon and Kemble delays every train in the county. Who is paying, and what are central Government putting in?

Sam Pike (Lowmoor) (Con)
The signalling at Lowmoor junction fails every winter and strands commuters for hours.

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
I congratulate the hon. Member for Upper Fell on securing this debate. The single track between Swindon and Kemble is a regional priority. The national rail budget remains fully committed until 2029 and cannot bridge the gap. Network Rail will renew the Lowmoor junction signalling next winter.
"
);

#[test]
fn an_ask_about_money_is_answered_by_a_reply_about_money() {
    let d = summary_of("kemble-pays-2025-03-04.txt", WHO_PAYS);
    let (v, a) = verdict_of(&d, "Who is paying");
    assert_ne!(v, "not_addressed", "{a}");
    assert!(a.contains("budget"), "{a}");
}

/// A short ask that points back at the sentence before it ("Will it be signed off?").
const POINTS_BACK: &str = westminster_hall!(
    "Kemble Line Redoubling",
    "the redoubling of the Kemble line",
    "The region has drawn up a five-year programme for the redoubling of the Kemble line. Will it be signed off?

Sam Pike (Lowmoor) (Con)
The signalling at Lowmoor junction fails every winter and strands commuters for hours.

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
I congratulate the hon. Member for Upper Fell on securing this debate. Network Rail will renew the Lowmoor junction signalling next winter. The five-year programme for the Kemble line is now in the hands of the region, which must agree it by November.
"
);

#[test]
fn a_short_ask_is_linked_by_the_sentence_it_points_back_at() {
    let d = summary_of("kemble-signed-2025-03-04.txt", POINTS_BACK);
    let (v, a) = verdict_of(&d, "Will it be signed off?");
    assert_eq!(v, "responded", "{a}");
    assert!(a.contains("five-year programme"), "{a}");
}

/// A Westminster Hall debate on rural libraries: the lead asks `ask`, another member says
/// `aside`, and the minister winds up with `reply` after the usual congratulations.
fn libraries(ask: &str, aside: &str, reply: &str) -> String {
    format!(
        "Rural Libraries

Tuesday 4 March 2025

[Ann Holt in the Chair]

Jo Barrow (Upper Fell) (Lab)
I beg to move,
That this House has considered rural libraries.

{ask}

Sam Pike (Lowmoor) (Con)
{aside}

The Parliamentary Under-Secretary of State for Culture (Lee Carver)
I congratulate the hon. Member for Upper Fell on securing this debate. {reply}
"
    )
}

/// The verdict on the ask holding `needle` in a libraries debate, and its answer.
fn libraries_verdict(
    file: &str,
    ask: &str,
    aside: &str,
    reply: &str,
    needle: &str,
) -> (String, String) {
    verdict_of(&summary_of(file, &libraries(ask, aside, reply)), needle)
}

#[test]
fn one_shared_word_is_not_an_answer() {
    // A winding-up sentence that shares a single word with an ask does not answer it.
    let (v, a) = libraries_verdict(
        "libraries-2025-03-04.txt",
        "Will the Minister save the library?",
        "The mobile van no longer stops at the villages above Lowmoor.",
        "The county library service has new opening hours this spring. The mobile van will stop at every village from April.",
        "save the library",
    );
    assert_eq!(v, "not_addressed", "{a}");
}

#[test]
fn pointing_back_at_another_ask_is_not_an_answer() {
    // A winding-up sentence that only points back at what some member asked ("He also
    // asked me about ...") does not answer an ask it shares no words with.
    let (v, a) = libraries_verdict(
        "libraries-lease-2025-03-04.txt",
        "Will the Minister intervene if the dispute over the Lowmoor lease carries on?",
        "The mobile van no longer stops at the villages above Fellside.",
        "The hon. Member for Lowmoor asked me about the mobile van. The county service will run it to every village from April.",
        "intervene if the dispute",
    );
    assert_eq!(v, "not_addressed", "{a}");
}

#[test]
fn a_question_its_asker_answers_at_once_is_not_listed() {
    // "Why ...? There are two reasons." and "Is that fair? No, ..." make the speech's point;
    // the question the minister is left to answer is listed.
    let d = summary_of(
        "libraries-rhetoric-2025-03-04.txt",
        &libraries(
            "Why does the Lowmoor library matter now? There are two reasons: the school has \
             lost its own, and the bus to town has gone. Is it fair that the villages above \
             Lowmoor lose both? No, it is not. Will the Minister fund the mobile library van \
             for another year?",
            "The van is the only library the villages above Lowmoor still have.",
            "The county library service will keep the mobile van running until next spring.",
        ),
    );
    let listed: Vec<String> = asks(&d).into_iter().map(|(t, _, _)| t).collect();
    assert!(
        listed
            .iter()
            .any(|t| t.contains("fund the mobile library van")),
        "{listed:?}"
    );
    assert!(
        !listed
            .iter()
            .any(|t| t.contains("Why does the Lowmoor library") || t.contains("Is it fair")),
        "{listed:?}"
    );
}

#[test]
fn a_meeting_asked_and_granted_in_other_words_is_agreed() {
    // Asked for as "engage with me" and granted as "happy to have a meeting", in a
    // winding-up speech that shares few of the ask's words.
    let (v, a) = libraries_verdict(
        "libraries-engage-2025-03-04.txt",
        "I should be grateful if the Minister were to indicate a willingness to engage with me and the friends of Fellside library.",
        "The mobile van no longer stops at the villages above Lowmoor.",
        "The county service will run the mobile van to every village from April. I am more than happy to have a meeting with the hon. Lady and the volunteers.",
        "engage with me",
    );
    assert_eq!(v, "agreed", "{a}");
    assert!(a.contains("happy to have a meeting"), "{a}");
}

#[test]
fn a_power_already_in_place_is_listed_as_a_standing_position() {
    // "The powers are in place" is the Government's answer to a call for new powers: a
    // reader must see it among the positions, though it promises nothing new.
    let text = "Misleading Sale Prices

Tuesday 4 March 2025

[Ann Holt in the Chair]

Jo Barrow (Upper Fell) (Lab)
I beg to move,
That this House has considered misleading sale prices.

Shops in Upper Fell advertise sofas at half price for eleven months of the year. I urge the Minister to give trading standards officers new powers to stop fake sales.

The Parliamentary Under-Secretary of State for Business and Trade (Lee Carver)
I congratulate my hon. Friend the Member for Upper Fell on securing this debate. Trading standards officers already have the powers to act against fake sale prices in every shop. The guidance on pricing was rewritten last year after a long consultation with retailers.
";
    let d = summary_of("sale-prices-2025-03-04.txt", text);
    let positions = d["government_positions"].as_array().expect("positions");
    assert!(
        positions.iter().any(|p| p["stance"] == "commits"
            && p["text"]
                .as_str()
                .is_some_and(|t| t.contains("already have the powers"))),
        "{positions:?}"
    );
    // A sentence of background is still no position.
    assert!(
        !positions
            .iter()
            .any(|p| p["text"].as_str().is_some_and(|t| t.contains("rewritten"))),
        "{positions:?}"
    );
}

#[test]
fn a_decision_handed_to_someone_else_refuses_unless_a_promise_follows() {
    let text = "Sacked Miners

Tuesday 4 March 2025

[Ann Holt in the Chair]

Jo Barrow (Upper Fell) (Lab)
I beg to move,
That this House has considered the sacked miners of Upper Fell.

Forty miners at the Upper Fell colliery were sacked after the strike and have never worked again. Will the Minister ask the coal board to reinstate the sacked miners at the Upper Fell colliery? The pension research on former miners is due this year. Will the Minister publish the pension research on former miners as soon as it is ready?

The Parliamentary Under-Secretary of State for Energy (Lee Carver)
I congratulate my hon. Friend the Member for Upper Fell on securing this debate. The reinstatement of sacked miners at the Upper Fell colliery is a matter for the coal board. The publication of the pension research on former miners is a matter for the journals that review it. As soon as the pension research is available, I will ensure that it is placed in the Library for every Member to read.
";
    let d = summary_of("sacked-miners-2025-03-04.txt", text);
    let (verdict, answer) = verdict_of(&d, "reinstate the sacked miners");
    assert_eq!(verdict, "refused", "{answer}");
    assert!(answer.contains("matter for the coal board"), "{answer}");
    let (verdict, answer) = verdict_of(&d, "publish the pension research");
    assert_eq!(verdict, "agreed", "{answer}");
    assert!(answer.contains("placed in the Library"), "{answer}");
}

#[test]
fn a_minister_asked_to_join_in_praise_who_replies_without_declining_agrees() {
    let text = "Flood Recovery

Tuesday 4 March 2025

The Secretary of State for the Environment (Lee Carver)
With permission, I will make a statement on the floods in Upper Fell. The Environment Agency will repair the Lowmoor barrier by the autumn.

Jo Barrow (Upper Fell) (Lab)
The mountain rescue volunteers worked through three nights to bring families out of the flooded valley. Will the Secretary of State join me in thanking the Upper Fell mountain rescue volunteers for their work during the floods?

The Secretary of State for the Environment (Lee Carver)
The Upper Fell mountain rescue volunteers did a remarkable job, and the whole county owes them a great deal.

Sam Okafor (Lowmoor) (Con)
Will the Secretary of State join me in congratulating the water company on its handling of the floods?

The Secretary of State for the Environment (Lee Carver)
I am afraid that I cannot do that: the water company's handling of the floods would not be right to praise while the regulator's report is under way.
";
    let d = summary_of("flood-recovery-2025-03-04.txt", text);
    let (verdict, answer) = verdict_of(&d, "thanking the Upper Fell mountain rescue");
    assert_eq!(verdict, "agreed", "{answer}");
    assert!(answer.contains("remarkable job"), "{answer}");
    // Declining is still a refusal.
    let (verdict, answer) = verdict_of(&d, "congratulating the water company");
    assert_eq!(verdict, "refused", "{answer}");
}

#[test]
fn a_promise_after_but_decides_the_reply() {
    let text = "Business of the House

Thursday 6 March 2025

The Leader of the House of Commons (Lee Carver)
The business for next week will be as follows. Monday: Second Reading of the Rural Transport Bill.

Jo Barrow (Upper Fell) (Lab)
Criminal records checks are holding up the hiring of care workers across Upper Fell. May we have a debate on criminal records checks for care workers?

The Leader of the House of Commons (Lee Carver)
I cannot find time for a debate on criminal records checks in the coming weeks, but I will consider whether the Health Secretary should update the House on care workers.
";
    let d = summary_of("business-2025-03-06.txt", text);
    let (verdict, answer) = verdict_of(&d, "debate on criminal records checks");
    assert_eq!(verdict, "deferred", "{answer}");
    assert!(answer.contains("I will consider"), "{answer}");
}

/// A winding-up speech of `paragraphs` paragraphs about bus services, opening with `opening`.
fn winding_up(opening: &str, paragraphs: usize) -> String {
    let body = "Rural bus services carry pensioners to surgeries, pupils to schools and workers to \
                market towns, and operators tell us that patronage has returned to nine tenths of \
                its former level. Councils in the county have kept most evening routes running, \
                and the concessionary fares scheme remains the backbone of travel for older people.";
    let mut text = String::from(opening);
    for _ in 0..paragraphs {
        text.push_str("\n\n");
        text.push_str(body);
    }
    text
}

/// A Westminster Hall debate on Westdale's buses: Jo Barrow's speech after her motion, then
/// the minister's reply.
fn westdale(lead: &str, minister: &str) -> String {
    format!(
        "Rural Buses in Westdale

Tuesday 4 March 2025

[Ann Holt in the Chair]

Jo Barrow (Upper Fell) (Lab)
I beg to move,
That this House has considered rural bus services in Westdale.

{lead}

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
{minister}
"
    )
}

fn last_question_debate(opening: &str) -> String {
    westdale(
        "Westdale has lost a third of its routes in five years. Could the pooled entitlement of \
         two part-time drivers let them qualify for the driver retention payment?",
        &winding_up(opening, 8),
    )
}

#[test]
fn a_long_winding_up_speech_answers_the_last_question_only_when_it_opens_on_it() {
    // Opening on the debate as a whole: the question was not addressed.
    let d = summary_of(
        "buses-2025-03-04.txt",
        &last_question_debate(
            "I will start on a note of consensus, and we shall see how long I can keep that going.",
        ),
    );
    let (verdict, answer) = verdict_of(&d, "pooled entitlement");
    assert_eq!(verdict, "not_addressed", "{answer}");
    // Opening on the question: the opening decides it.
    let d = summary_of(
        "buses-2025-03-04.txt",
        &last_question_debate(
            "We would have to consider that suggestion very thoroughly before going down that route.",
        ),
    );
    let (verdict, answer) = verdict_of(&d, "pooled entitlement");
    assert_eq!(verdict, "deferred", "{answer}");
    assert!(answer.contains("consider that suggestion"), "{answer}");
    // Opening with "Yes", in none of the question's words: the opening decides it.
    let d = summary_of(
        "buses-2025-03-04.txt",
        &westdale(
            "Westdale has lost a third of its routes in five years. Will the Minister extend \
             the driver retention payment to part-time drivers?",
            &winding_up("Yes, and I am glad that she put it so plainly.", 8),
        ),
    );
    let (verdict, answer) = verdict_of(&d, "retention payment");
    assert_eq!(verdict, "agreed", "{answer}");
}

#[test]
fn a_long_reply_that_opens_on_something_else_is_read_passage_by_passage() {
    // The reply follows the speech straight away, but opens on the debate as a whole and
    // then refuses something nobody asked for: the passage on the depot decides the ask.
    let mut reply = winding_up(
        "Buses matter to every village in Westdale. We have no plans to cap fares for \
         commuters on the mainline railway.",
        8,
    );
    reply.push_str(
        "\n\nOn the depot at Westdale market, I can confirm that we will fund the new depot \
         from the rural transport fund this year.",
    );
    let d = summary_of(
        "buses-2025-03-04.txt",
        &westdale(
            "The Government must fund a new bus depot at Westdale market. Westdale has lost a \
             third of its routes in five years, and the drivers have nowhere to park the buses.",
            &reply,
        ),
    );
    let (verdict, answer) = verdict_of(&d, "new bus depot");
    assert_eq!(verdict, "agreed", "{answer}");
    assert!(answer.contains("depot"), "{answer}");
}

#[test]
fn indeed_within_a_reply_carries_the_speech_on_and_answers_nothing() {
    // Only a reply's opening "Indeed, ..." agrees with what was asked; further in, sharing
    // one word with the ask ("river"), it answers nothing.
    let mut reply = winding_up("Buses matter to every village in Westdale.", 8);
    reply.push_str("\n\nIndeed, pensioners value the routes along the river valley.");
    let d = summary_of(
        "buses-2025-03-04.txt",
        &westdale(
            "The Government must rebuild the footbridge over the river Wend at Castleby. \
             Walkers have had no crossing there since the flood of 2023.",
            &reply,
        ),
    );
    let (verdict, answer) = verdict_of(&d, "footbridge");
    assert_eq!(verdict, "not_addressed", "{answer}");
}

#[test]
fn a_call_for_an_inquiry_is_answered_by_the_passage_on_a_review() {
    // The winding-up speech shares no word with the ask, but speaks of a review; declining
    // to comment on it is not the conclusion, the promise to consider next steps after it is.
    let mut reply = winding_up("Buses matter to every village in Westdale.", 8);
    reply.push_str(
        "\n\nThe incident's handling is subject to a management review, and it would not be \
         appropriate for me to comment or speculate on the outcome at this stage. I want to \
         see the outcome before I consider whether any next steps are necessary.",
    );
    let d = summary_of(
        "buses-2025-03-04.txt",
        &westdale(
            "A coach overturned at Castleby last month. That is why we are calling for an \
             independent inquiry, and I urge the Minister to commission it as rapidly as \
             possible.\n\nSam Pike (Lowmoor) (Con)\nLowmoor has lost its Sunday service, and \
             the villages beyond the moor have no bus at all after six in the evening.",
            &reply,
        ),
    );
    let (verdict, answer) = verdict_of(&d, "independent inquiry");
    assert_eq!(verdict, "deferred", "{answer}");
    assert!(answer.starts_with("I want to see the outcome"), "{answer}");
}

#[test]
fn a_sentence_the_minister_says_twice_is_given_once_in_the_response() {
    let said_twice = "Patronage in the valleys has recovered well in the past year, and the \
                      evening routes matter to the people who use them.";
    let text = westdale(
        "Westdale has lost a third of its routes in five years. Will the Minister save the \
         Upper Fell depot, which keeps the valley routes running?",
        &format!(
            "{said_twice}

The evening routes from the valleys to the market town carry pensioners, pupils and shift \
workers, and councils have kept most of them running.

{said_twice}

Operators in the county have bought new low-floor buses for the valley routes, and the depot \
at Upper Fell services most of them."
        ),
    );
    let d = summary_of("buses-2025-03-04.txt", &text);
    let response = d["government_response"].as_str().expect("response");
    assert_eq!(
        response.matches("Patronage in the valleys").count(),
        1,
        "{response}"
    );
}

#[test]
fn the_response_gives_the_government_s_own_words_before_signposts_and_others_views() {
    // A short speech: the Response has room for two sentences besides its positions.
    let text = westdale(
        "Westdale has lost a third of its routes in five years. Will the Minister save the \
         Upper Fell depot, which keeps the valley routes running?",
        "Before I turn to the detail, I remind hon. Members how much the valley routes matter \
         to the market town and its pensioners, pupils and shift workers.

The county operators believe that the valley routes need a new depot and new low-floor \
buses for the pensioners and pupils who use them.

Patronage on the valley routes has recovered well in the past year, and fares for pupils \
and pensioners have been frozen across the county.

The depot at Upper Fell services the low-floor buses for the valley routes and the market \
town, and its lease runs for another ten years.",
    );
    let d = summary_of("buses-2025-03-04.txt", &text);
    let response = d["government_response"].as_str().expect("response");
    assert!(
        response.contains("Patronage on the valley routes"),
        "{response}"
    );
    assert!(response.contains("its lease runs"), "{response}");
    assert!(!response.contains("Before I turn"), "{response}");
    assert!(!response.contains("operators believe"), "{response}");
}

#[test]
fn a_point_made_again_and_answered_straight_away_decides_the_first_ask() {
    let text = "Rural Buses in Westdale

Tuesday 4 March 2025

[Ann Holt in the Chair]

Jo Barrow (Upper Fell) (Lab)
I beg to move,
That this House has considered rural bus services in Westdale.

Westdale has lost a third of its routes in five years. Will the Minister save the Upper Fell \
depot, which keeps the valley routes running?

Sam Reed (Lower Fell) (Con)
I congratulate my hon. Friend on securing the debate. The valley routes run through my \
constituency, and we are keen that a number of improvements be made when the routes are \
planned. In particular, the bridge at Kellow should be widened to reduce the queues, and a stop \
could be built at Ashby Moor. Those are both urgent issues that I hope the \
Minister will mention in his response.

Kim Lowe (Dale End) (LD)
Councils in Westdale have cut their support for rural routes every year since 2019, and the \
villages of Dale End now have one bus a day.

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
The depot at Upper Fell will stay open, and the valley routes will keep running from it. \
Patronage has recovered well in the past year, and fares for pupils have been frozen.

Sam Reed (Lower Fell) (Con)
Will the Minister bear in mind that the widening of the bridge at Kellow and the stop at \
Ashby Moor must be taken account of when the routes are planned?

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
We will have to look carefully at what he is proposing before committing to any additional \
works. The council is drawing up its plan for the valley routes this spring.
";
    let d = summary_of("buses-2025-03-04.txt", text);
    let (verdict, answer) = verdict_of(&d, "bridge at Kellow should be widened");
    assert_eq!(verdict, "deferred", "{answer}");
    assert!(answer.contains("look carefully"), "{answer}");
}

#[test]
fn a_speaker_s_summary_keeps_what_they_mark_as_their_main_point() {
    let text = westdale(
        "Westdale has lost a third of its routes in five years, and the valley routes from \
         Upper Fell to the market town have lost their evening buses. Operators in the county \
         say that the valley routes no longer pay, and councils in the county have cut their \
         support for the valley routes every year. Pupils from the valley routes now reach \
         the market town by taxi, at the county's cost. Above all, no village should be left \
         without a bus. Pensioners on the valley routes wait two hours for a bus to the market \
         town, and shift workers from the valley routes cannot reach the depot at all.",
        "The Government will introduce a buses Bill in this Session, and councils will have \
         the power to run their own routes.",
    );
    let d = summary_of("buses-2025-03-04.txt", &text);
    let lead = d["lead"]["summary"].as_str().expect("lead summary");
    assert!(lead.contains("Above all, no village"), "{lead}");
}

#[test]
fn the_lead_s_main_demand_is_their_first_ask_of_substance_even_put_as_a_question() {
    // An ask to be told comes first; the ask to act (an inquiry) is put as a question.
    let text = westdale(
        "The valley routes from Upper Fell to the market town lost their evening buses in \
         May, and the depot at Upper Fell closed in June. Operators in the county say that \
         the valley routes no longer pay, and councils in the county have cut their support \
         for the valley routes every year. Pupils from the valley routes now reach the market \
         town by taxi, at the county's cost, and pensioners wait two hours for a bus. Can the \
         Minister say what happened to the drivers from the depot at Upper Fell? Will there \
         be an independent inquiry into the closure of the depot and the loss of the evening \
         buses? Shift workers from the valley routes cannot reach the market town at all, and \
         the county has no plan to replace the routes that it has lost.",
        "The Government will introduce a buses Bill in this Session, and councils will have \
         the power to run their own routes.",
    );
    let d = summary_of("buses-2025-03-04.txt", &text);
    let lead = d["lead"]["summary"].as_str().expect("lead summary");
    assert!(
        lead.contains("Will there be an independent inquiry"),
        "{lead}"
    );
    // A question asking to be told is no demand to act: it does not displace one.
    assert!(
        !lead.contains("Can the Minister say what happened"),
        "{lead}"
    );
}

#[test]
fn a_sentence_that_recounts_the_ask_is_read_with_its_answer() {
    // "The hon. Member ... asked me about X" says only what was asked; the answer is the
    // sentence after it, even across a paragraph break.
    let (v, a) = libraries_verdict(
        "libraries-recounted-2025-03-04.txt",
        "Will the Minister fund the mobile library van for the villages above Fellside?",
        "The county has closed two branches in Lowmoor since 2015.",
        "The hon. Member for Upper Fell asked me about the mobile library van for the villages above Fellside.\n\nThe Department will fund the van for three more years from April.",
        "mobile library van",
    );
    assert!(a.contains("fund the van for three more years"), "{v}: {a}");
    assert_eq!(v, "agreed", "{a}");
}

const TWO_IN_ONE: &str = westminster_hall!(
    "Harbour Dues",
    "harbour dues",
    "The harbour dues in Upper Fell have doubled in two years, and the fishing fleet cannot pay them.

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
Harbour authorities set their own dues, and most of them consult the fleets that use them.

Jo Barrow
Does the Minister acknowledge that the fleet in Upper Fell pays the highest dues on the coast? Should the Government not cap harbour dues for small boats before the next season?

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
Yes, I acknowledge that the fleet in Upper Fell pays the highest dues. The trust ports review will report in the autumn.
"
);

#[test]
fn one_yes_grants_one_of_two_questions() {
    // "Yes, I acknowledge that ..." agrees to the question it answers, not to the request
    // for a cap put in the same breath.
    let d = summary_of("harbour-2025-03-04.txt", TWO_IN_ONE);
    let all = asks(&d);
    let verdict = |needle: &str| verdict_of(&d, needle);
    let (acknowledge, answer) = verdict("Does the Minister acknowledge");
    assert_eq!(acknowledge, "agreed", "{all:?}");
    assert!(answer.starts_with("Yes, I acknowledge"), "{answer}");
    let (cap, _) = verdict("cap harbour dues");
    assert_ne!(cap, "agreed", "{all:?}");
}

/// Village halls: two questions in one breath, and a reply whose first sentence answers the
/// first (`first`) before its second answers the second (`second`).
fn questions_in_order(first: &str, second: &str) -> String {
    format!(
        "Village Halls\n\nTuesday 4 March 2025\n\n[Ann Holt in the Chair]\n\n\
         Jo Barrow (Upper Fell) (Lab)\nI beg to move,\nThat this House has considered village halls.\n\n\
         Village halls in Upper Fell are closing for want of repairs, and the volunteers who run them are worn out.\n\n\
         The Parliamentary Under-Secretary of State for Culture (Lee Carver)\nEvery rural community depends on its meeting places.\n\n\
         Jo Barrow\nDoes the Minister recognise the value of the Fellside volunteers? Will she commit to funding roof repairs this year?\n\n\
         The Parliamentary Under-Secretary of State for Culture (Lee Carver)\n{first} {second}\n"
    )
}

/// The village halls debate of [`questions_in_order`], and the verdict on the first
/// question with its answer.
fn first_question(first: &str, second: &str) -> (serde_json::Value, String, String) {
    let d = summary_of(
        "village-halls-2025-03-04.txt",
        &questions_in_order(first, second),
    );
    let (v, a) = verdict_of(&d, "recognise the value");
    (d, v, a)
}

#[test]
fn a_reply_takes_two_questions_in_the_order_they_were_put() {
    // The opening shares no word with the first question, but answers it: the second
    // question has the sentence that speaks of roof repairs.
    let (d, v, a) = first_question(
        "The Department supports many local schemes across the country; I am not aware of that particular charity.",
        "Roof repairs will be funded from the community fund this year.",
    );
    assert_eq!(v, "responded", "{:?}", asks(&d));
    assert!(
        a.starts_with("The Department supports many local schemes"),
        "{a}"
    );
    let (_, a) = verdict_of(&d, "roof repairs");
    assert!(a.starts_with("Roof repairs will be funded"), "{a}");
}

#[test]
fn a_reply_that_opens_with_a_tribute_is_quoted_from_what_follows() {
    let (d, v, a) = first_question(
        "I commend the hon. Lady on her persistence. The Department supports many local schemes across the country.",
        "Roof repairs will be funded from the community fund this year.",
    );
    assert_eq!(v, "responded", "{:?}", asks(&d));
    assert!(
        a.starts_with("The Department supports many local schemes"),
        "{a}"
    );
}

#[test]
fn an_opening_that_answers_the_second_question_leaves_the_first_unanswered() {
    // Here the reply opens on the roof repairs: nothing it says is about the volunteers.
    let (_, v, a) = first_question(
        "Roof repairs will be funded from the community fund this year.",
        "The Department supports many local schemes across the country.",
    );
    assert_eq!(v, "not_addressed", "{a}");
}

#[test]
fn a_meeting_offered_to_one_asking_to_be_told_defers_the_telling() {
    // Asked when, the minister offers to meet and set out the timeline: a promise to tell
    // later, not an answer given now.
    let d = summary_of(
        "rail-link-2025-03-04.txt",
        westminster_hall!(
            "Western Rail Link",
            "the western rail link",
            "The link has been promised for fifteen years and the business case is still not finished. When will the Government provide a clear timeline for the western rail link?

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
The promoters are updating the business case and the cost estimates this year. If the hon. Lady and the chamber of commerce want to meet me, we can set out a timeline for the decision.
"
        ),
    );
    let (v, a) = verdict_of(&d, "clear timeline");
    assert_eq!(v, "deferred", "{a}");
    assert!(a.contains("want to meet me"), "{a}");
}

#[test]
fn a_question_that_asks_a_request_again_is_not_listed_twice() {
    // "Are they prepared to do so?" points back at the request before it: one ask, listed
    // once, as the request.
    let d = summary_of(
        "science-2025-03-04.txt",
        westminster_hall!(
            "Scientific Research",
            "scientific research",
            "Laboratories in Upper Fell are losing their best people abroad. The Government must put a strong foot forward and fund the laboratories properly. Are they prepared to do so?

The Parliamentary Under-Secretary of State for Science (Lee Carver)
The research budget is protected in cash terms until 2027.
"
        ),
    );
    let all = asks(&d);
    let holding: Vec<_> = all
        .iter()
        .filter(|(t, ..)| t.contains("strong foot forward"))
        .collect();
    assert_eq!(holding.len(), 1, "{all:?}");
    assert!(
        d["key_requests"]
            .as_array()
            .is_some_and(|k| k.iter().any(|r| r["text"]
                .as_str()
                .is_some_and(|t| t.contains("strong foot forward")))),
        "{all:?}"
    );
}

#[test]
fn a_long_speech_resumed_after_an_intervention_opens_by_answering_it() {
    // The minister is winding up when a member intervenes; the speech resumes at length,
    // and its opening answers the intervention, though a later passage shares more of its
    // words.
    let filler = "Rural transport matters to every community in the county, and the Department has worked with councils on it for many years. ".repeat(24);
    let text = format!(
        "Rural Buses\n\nTuesday 4 March 2025\n\n[Ann Holt in the Chair]\n\n\
         Jo Barrow (Upper Fell) (Lab)\nI beg to move,\nThat this House has considered rural buses.\n\n\
         Routes in Upper Fell have been cut by a third since 2015.\n\n\
         The Parliamentary Under-Secretary of State for Transport (Lee Carver)\n{filler}\n\n\
         Sam Pike (Lowmoor) (Con)\nCharities that run community minibuses are being told to find match funding. Will the Minister issue guidance to councils so that this is recognised?\n\n\
         The Parliamentary Under-Secretary of State for Transport (Lee Carver)\nWe know that this has worried many trustees. I will write to the hon. Gentleman with our response. {filler}Guidance to councils on community minibuses was published in 2019, and charities are recognised in it.\n"
    );
    let d = summary_of("resumed-2025-03-04.txt", &text);
    let (v, a) = verdict_of(&d, "issue guidance to councils");
    assert_eq!(v, "deferred", "{a}");
    assert!(a.starts_with("I will write to the hon. Gentleman"), "{a}");
}

#[test]
fn words_a_minister_reads_out_are_no_position() {
    // The minister quotes an amendment's "welcomes the Government's £20 million" and an
    // Opposition warning: neither is what the Government says in this debate.
    let d = summary_of(
        "quoted-positions-2025-03-04.txt",
        &reserve_debate(
            "the reserve forces",
            "I call on the Government to fund reserve training in full.",
            "The amendment in the hon. Lady's name \u{201c}welcomes the Government's additional £20 million ring-fenced by the Treasury for reserve training.\u{201d} Her party said last year: \u{201c}We will introduce a reserves Bill in the first session of the next Parliament.\u{201d} We will publish the reserve training review in the spring.",
        ),
    );
    let listed = position_texts(&d);
    assert!(
        listed
            .iter()
            .any(|t| t.contains("publish the reserve training review")),
        "{listed:?}"
    );
    for quoted in ["£20 million", "reserves Bill"] {
        assert!(
            !listed.iter().any(|t| t.contains(quoted)),
            "{quoted}: {listed:?}"
        );
    }
}

#[test]
fn a_reply_that_thanks_and_then_decides_is_a_position_and_an_answer() {
    let d = summary_of(
        "thanks-then-decides-2025-03-04.txt",
        &reserve_debate(
            "reserve training",
            "Will the Minister publish the reserve training review before the summer recess?",
            "I thank the hon. Lady for her question; we will publish the reserve training review before the summer recess.",
        ),
    );
    let listed = position_texts(&d);
    assert!(
        listed
            .iter()
            .any(|t| t.starts_with("I thank the hon. Lady")),
        "{listed:?}"
    );
    let (verdict, answer) = verdict_of(&d, "publish the reserve training review before");
    assert_eq!(verdict, "agreed", "{answer}");
    assert!(answer.starts_with("I thank the hon. Lady"), "{answer}");
}

/// A Commons debate on the reserve forces in Hansard's text export: the member's motion on
/// `topic` and `ask`, then the Minister's `reply`.
fn reserve_debate(topic: &str, ask: &str, reply: &str) -> String {
    format!(
        "Reserve Forces

Tuesday 4 March 2025

Jo Barrow (Upper Fell) (Lab)
I beg to move,
That this House has considered {topic}.

{ask}

The Minister for the Armed Forces (Lee Carver)
{reply}
"
    )
}

/// The texts of a debate's Government positions, in order.
fn position_texts(d: &serde_json::Value) -> Vec<String> {
    d["government_positions"]
        .as_array()
        .expect("positions")
        .iter()
        .map(|p| p["text"].as_str().unwrap_or("").to_string())
        .collect()
}

/// A Lords question whose reply the House breaks into with a cry: the Minister is cut off
/// ("... to this House—"), "Noble Lords: Hear, hear!", and she goes on to decline. A
/// second question is followed by a cry before its reply.
const BROKEN_REPLY: &str = r#"<publicwhip>
<major-heading id="uk.org.publicwhip/lords/2025-03-04a.1.0">Ferry Services &#8212; <i>Question</i></major-heading>
<speech id="a.1.1" speakerid="uk.org.publicwhip/lord/1" speakername="Lord Penrose"><p>To ask His Majesty's Government what plans they have for the island ferry services this summer.</p></speech>
<speech id="a.1.2" speakerid="uk.org.publicwhip/lord/2" speakername="Baroness Marsh of Tollby"><p>My Lords, the ferry operators have published their summer timetables and the Government are working with them on reliability.</p></speech>
<speech id="a.1.3" speakerid="uk.org.publicwhip/lord/1" speakername="Lord Penrose"><p>My Lords, the islanders have lost more than 200 sailings this year. Will the Government now commission an independent review of the ferry contract?</p></speech>
<speech id="a.1.4" speakerid="uk.org.publicwhip/lord/2" speakername="Baroness Marsh of Tollby"><p>My Lords, I know how strongly my noble friend feels about this, and let me say first that the crews have given an outstanding service to the islands&#8212;</p></speech>
<speech id="a.1.5" speakerid="unknown" speakername="Noble Lords"><p>Hear, hear!</p></speech>
<speech id="a.1.6" speakerid="uk.org.publicwhip/lord/2" speakername="Baroness Marsh of Tollby"><p>The operator began its new timetable only in January, and at this stage a review would be premature.</p></speech>
<speech id="a.1.7" speakerid="uk.org.publicwhip/lord/3" speakername="Lord Aldwick"><p>My Lords, will the Minister ask the operator to publish its reliability figures every month?</p></speech>
<speech id="a.1.8" speakerid="unknown" speakername="Noble Lords"><p>Hear, hear!</p></speech>
<speech id="a.1.9" speakerid="uk.org.publicwhip/lord/2" speakername="Baroness Marsh of Tollby"><p>My Lords, I will certainly do that.</p></speech>
</publicwhip>
"#;

#[test]
fn a_reply_the_house_breaks_into_is_read_whole() {
    let d = summary_of("daylord2025-03-04a.xml", BROKEN_REPLY);
    // The decline comes after the cry, still in reply to the question before it.
    let (v, a) = verdict_of(&d, "independent review of the ferry contract");
    assert_eq!(v, "refused", "{a}");
    assert!(a.contains("would be premature"), "{a}");
    // A cry after a question does not stand between it and its reply.
    let (v, a) = verdict_of(&d, "reliability figures every month");
    assert_eq!(
        (v.as_str(), a.as_str()),
        ("agreed", "My Lords, I will certainly do that.")
    );
    // The record's contributions are still counted as it keeps them.
    let marsh = d["speakers"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["name"] == "Baroness Marsh of Tollby")
        .expect("the Minister");
    assert_eq!(marsh["contributions"], 4, "{marsh}");
}

/// A speech of `sentences` sentences about the line's history, none of which answers or
/// asks anything.
fn history(sentences: usize) -> String {
    (0..sentences)
        .map(|i| {
            format!(
                "In {} the valley line carried {} passengers past mill number {}.",
                1850 + i,
                1000 + 37 * i,
                i + 1
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An adjournment debate whose minister's reply is a long speech cut by an intervention:
/// the refusal comes after it, and a passage before it shares as many of the ask's words.
fn interrupted_reply() -> String {
    format!(
        "Valley Line Pricing

Tuesday 4 March 2025

[Ann Holt in the Chair]

Jo Barrow (Upper Fell) (Lab)
I beg to move,
That this House has considered the valley line.

{} The Government need to put the pricing code on a statutory footing.

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
I congratulate the hon. Member for Upper Fell on securing this debate. My Department issued a pricing code for traders when the rules came into force. {}

Sam Pike (Lowmoor) (Con)
The mills at Lowmoor closed in 1990, and the line has carried fewer passengers since.

Lee Carver
That is a fair point. {} It would not be possible to make the pricing code mandatory, much as my hon. Friend might like that.
",
        history(45),
        history(45),
        history(45)
    )
}

#[test]
fn a_winding_up_cut_by_an_intervention_is_read_whole() {
    // The minister's speech answers the lead's ask as a winding-up, passage by passage: its
    // part before the intervention is no nearer a reply to the lead than the rest.
    let d = summary_of("valley-line-2025-03-04.txt", &interrupted_reply());
    let (v, a) = verdict_of(&d, "statutory footing");
    assert_eq!(v, "refused", "{a}");
    assert!(a.contains("not be possible"), "{a}");
}

/// Asks for more, answered by what is being done and by what will be.
const ASKED_FOR_MORE: &str = westminster_hall!(
    "Furniture Industry",
    "the furniture industry",
    "Upper Fell has lost three furniture factories since 2015. The decline could be halted if Government support to furniture manufacturers were increased. The Government should also provide extra funding for apprenticeships in upholstery.

The Parliamentary Under-Secretary of State for Business and Trade (Lee Carver)
I congratulate the hon. Member for Upper Fell on securing this debate. The Government are taking action through the manufacturing strategy to help furniture manufacturers compete on quality. On apprenticeships, we will provide extra funding for upholstery apprenticeships from April.
"
);

#[test]
fn an_ask_for_more_is_agreed_only_by_more() {
    let d = summary_of("furniture-2025-03-04.txt", ASKED_FOR_MORE);
    // What is being done answers an ask for more without granting it.
    let (v, a) = verdict_of(&d, "were increased");
    assert_eq!(v, "responded", "{a}");
    assert!(a.contains("taking action"), "{a}");
    let (v, a) = verdict_of(&d, "extra funding");
    assert_eq!(v, "agreed", "{a}");
}

/// A meeting asked for, answered with money for something else.
const MEETING_NOT_GRANTED: &str = westminster_hall!(
    "Rural Post Offices",
    "rural post offices",
    "Rural post offices in Upper Fell have fallen from 31 to 19 since 2015. Will the Minister meet me and the sub-postmasters of Upper Fell to discuss the closures of rural branches?

The Parliamentary Under-Secretary of State for Business and Trade (Lee Carver)
I congratulate the hon. Member for Upper Fell on securing this debate. We are providing £37 million this year to keep rural branches of the post office open.
"
);

#[test]
fn a_meeting_is_agreed_only_by_a_reply_that_speaks_of_meeting() {
    let d = summary_of("post-offices-2025-03-04.txt", MEETING_NOT_GRANTED);
    let (v, a) = verdict_of(&d, "meet me");
    assert_eq!(v, "responded", "{a}");
    assert!(a.contains("£37 million"), "{a}");
    // The same reply with a meeting in it agrees.
    let granted = MEETING_NOT_GRANTED.replace(
        "to keep rural branches of the post office open.",
        "to keep rural branches open, and I will meet her and the sub-postmasters.",
    );
    let d = summary_of("post-offices-2025-03-04.txt", &granted);
    let (v, a) = verdict_of(&d, "meet me");
    assert_eq!(v, "agreed", "{a}");
}

/// A point put to the minister, answered by granting another.
const ANOTHER_POINT: &str = westminster_hall!(
    "Student Support",
    "student support",
    "Students in Upper Fell now leave university with debts of over £50,000. Does the Minister agree that more needs to be done to tackle the commercial debt that students run up?

The Parliamentary Under-Secretary of State for Education (Lee Carver)
I congratulate the hon. Member for Upper Fell on securing this debate. I agree that the Government has had to compromise on increasing the loan element of the package.
"
);

#[test]
fn granting_another_point_is_no_agreement() {
    let d = summary_of("students-2025-03-04.txt", ANOTHER_POINT);
    let (v, a) = verdict_of(&d, "commercial debt");
    assert_eq!(v, "responded", "{a}");
    assert!(a.contains("compromise"), "{a}");
}

const DOOR: &str = westminster_hall!(
    "Fell Valley Railway",
    "the Fell Valley railway",
    "The line from Upper Fell to Lowmoor carries more passengers every year, and the single track cannot take them.

I ask the Minister whether, if no bid comes forward by the spring, he will engage with the councils and with hon. Members so that we can find a way to bring the scheme forward. The scheme is too important to be lost to a missed date. It would be helpful if he opened his door so that that process could take place.

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
The councils have until the spring to submit a bid for the Fell Valley line. If no bid comes forward, I am more than happy to talk to my hon. Friend and other colleagues about finding a way forward.
"
);

#[test]
fn an_ask_that_points_back_at_the_one_before_shares_its_answer() {
    // "It would be helpful if he opened his door so that that process could take place"
    // goes on with the ask to engage: the one offer to talk grants both, where "one answer
    // grants one ask" would leave the second a mere reply.
    let d = summary_of("door-2025-03-04.txt", DOOR);
    let all = asks(&d);
    let verdict = |needle: &str| verdict_of(&d, needle);
    for needle in ["he will engage with the councils", "opened his door"] {
        let (v, a) = verdict(needle);
        assert_eq!(v, "agreed", "{needle}: {all:?}");
        assert!(a.contains("more than happy to talk"), "{needle}: {a}");
    }
}

const QUOTED_WARNING: &str = westminster_hall!(
    "Flood Defences",
    "flood defences",
    "Homes in Upper Fell flooded twice last winter, and the insurers are leaving the valley.

I hope that the Minister agrees that a flood and water Bill should be introduced as a matter of urgency.

The Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs (Lee Carver)
My hon. Friend speaks for her valley. The Opposition spokesman wrote last year, “The Government will have serious questions to answer if there is no flood and water Bill introduced as a matter of urgency.” I assure my hon. Friend that we are very keen to get on.
"
);

#[test]
fn words_a_minister_quotes_do_not_answer_an_ask() {
    // The Opposition's warning that the minister reads out shares most words with the ask,
    // but it is not what the Government says: the minister's own assurance answers.
    let d = summary_of("quoted-warning-2025-03-04.txt", QUOTED_WARNING);
    let all = asks(&d);
    let (_, verdict, answer) = all
        .iter()
        .find(|(t, _, _)| t.contains("flood and water Bill should be introduced"))
        .unwrap_or_else(|| panic!("the ask is not listed: {all:?}"));
    assert!(!answer.contains("serious questions"), "{verdict}: {answer}");
    assert!(
        answer.contains("very keen to get on"),
        "{verdict}: {answer}"
    );
}

const ANOTHERS_POINT: &str = westminster_hall!(
    "Rural Buses",
    "rural buses",
    "Villages in Upper Fell have lost their last evening buses this year.

I urge the Minister to fund the evening bus routes of Upper Fell villages from next April.

Sam Pike (Lowmoor) (Con)
Lowmoor has lost its buses too. Will the Minister press Lowmoor council to publish its transport plan?

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
I congratulate my hon. Friend on securing the debate. The hon. Member for Lowmoor (Sam Pike) raised the evening bus routes of Lowmoor villages and the council plan, about which I am happy to write to him in detail. Councils decide which routes to run.
"
);

#[test]
fn a_winding_up_passage_that_names_another_asker_answers_the_other() {
    // The promise to write is made to the member the passage names; the lead's ask, which
    // shares its words, is not deferred by it.
    let d = summary_of("another-2025-03-04.txt", ANOTHERS_POINT);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "Upper Fell villages");
    assert!(!a.contains("happy to write"), "{v}: {a}: {all:?}");
    let (v, a) = verdict_of(&d, "publish its transport plan");
    assert_eq!(v, "deferred", "{a}: {all:?}");
}

const FRAGMENTS: &str = westminster_hall!(
    "Council Spending",
    "council spending",
    "Residents of Upper Fell cannot find out what their council spends. That cynicism is undermining our democracy and we need an antidote to it. I urge the Minister to publish the spending of every council department in Upper Fell each quarter.

Sam Pike (Lowmoor) (Con)
Does the Minister acknowledge that, as the hon. Lady said, councils in Lowmoor have stopped publishing their spending?

The Parliamentary Under-Secretary of State for Housing (Lee Carver)
I congratulate the hon. Lady on securing the debate. Councils publish their spending over £500 each month, and the department will publish its own figures each quarter.
"
);

#[test]
fn the_glance_quotes_asks_that_read_on_their_own() {
    // An ask that only points back ("an antidote to it") is not quoted in the glance, and an
    // aside inside an ask ("as the hon. Lady said") is read past, not cut at.
    let d = summary_of("fragments-2025-03-04.txt", FRAGMENTS);
    let glance = d["at_a_glance"].as_str().unwrap_or("");
    assert!(!glance.contains("“an antidote to it”"), "{glance}");
    assert!(
        glance.contains("publish the spending of every council department"),
        "{glance}"
    );
    let listed: Vec<&str> = d["key_requests"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["ask"].as_str())
        .collect();
    assert!(
        listed.contains(
            &"Does the Minister acknowledge that councils in Lowmoor have stopped publishing their spending"
        ),
        "{listed:?}"
    );
}

const CONCEDES: &str = westminster_hall!(
    "Reservist Training",
    "reservist training",
    "Reservist units in Upper Fell have lost half their training days this year. I know that the Minister must consider the economics of the situation. I urge the Minister to restore the training days of the Upper Fell reservist units next year.

The Parliamentary Under-Secretary of State for Defence (Lee Carver)
I congratulate the hon. Lady on securing the debate. The training days of reservist units will be restored next year.
"
);

#[test]
fn a_duty_the_member_grants_the_government_is_not_a_request() {
    let d = summary_of("concedes-2025-03-04.txt", CONCEDES);
    let all = asks(&d);
    assert!(
        all.iter().all(|(t, _, _)| !t.contains("economics")),
        "{all:?}"
    );
    assert!(
        all.iter()
            .any(|(t, _, _)| t.contains("restore the training days")),
        "{all:?}"
    );
}

const TURNS_TO_A_POINT: &str = westminster_hall!(
    "Reserve Forces",
    "reserve forces",
    "The reserve forces of Upper Fell have lost their drill hall this year.

Sam Pike (Lowmoor) (Con)
What timeline exists for the review of the Lowmoor drill hall closure? I hope that the Minister will answer the points so comprehensively put by hon. Members.

The Parliamentary Under-Secretary of State for Defence (Lee Carver)
I congratulate the hon. Lady on securing the debate. Reservists in Upper Fell will keep training at the county barracks.

I should like to respond directly to the point raised by the hon. Member for Lowmoor (Sam Pike) about the drill hall. The review of the Lowmoor drill hall closure will report by March, and its timeline is set out in the estate plan.
"
);

#[test]
fn a_sentence_that_turns_to_a_point_is_read_with_its_answer() {
    // "I should like to respond to the point raised by ..." answers nothing alone: the
    // answer quoted takes the sentence after it. A call to answer "the points put by hon.
    // Members" names nothing of its own and is not listed.
    let d = summary_of("turns-2025-03-04.txt", TURNS_TO_A_POINT);
    let all = asks(&d);
    let (_, a) = verdict_of(&d, "What timeline exists");
    assert!(a.contains("will report by March"), "{a}: {all:?}");
    assert!(
        all.iter()
            .all(|(t, ..)| !t.contains("so comprehensively put")),
        "{all:?}"
    );
}

const DISOWNED: &str = westminster_hall!(
    "Reserve Forces Estate",
    "the reserve forces estate",
    "The reserve forces of Upper Fell have lost two drill halls this year, and the levy on the estate is avoided by the landlords who rent it to the Ministry. Will the Minister close the loophole that lets the landlords of the estate avoid the levy?

Sam Pike (Lowmoor) (Con)
Can the Minister give me an assurance that the Lowmoor drill hall will not close?

The Parliamentary Under-Secretary of State for Defence (Lee Carver)
I congratulate the hon. Lady on securing the debate. Reservists in Upper Fell will keep training at the county barracks. We do not intend to close the Lowmoor drill hall, which the cadets share with the reservists. On the levy, it is not our intention to close that loophole for the landlords of the estate, because it keeps the rents down.
"
);

#[test]
fn disowning_an_intention_answers_an_ask_that_names_it() {
    // "We do not intend to close it" grants an assurance that it will not close, and "it
    // is not our intention to close that loophole" refuses an ask to close it.
    let d = summary_of("disowned-2025-03-04.txt", DISOWNED);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "will not close");
    assert_eq!(v, "agreed", "{a}: {all:?}");
    assert!(a.contains("do not intend to close"), "{a}");
    let (v, a) = verdict_of(&d, "close the loophole");
    assert_eq!(v, "refused", "{a}: {all:?}");
    assert!(a.contains("not our intention"), "{a}");
}

const TWO_COMMITMENTS: &str = westminster_hall!(
    "Lowmoor Bank Branch",
    "the Lowmoor bank branch",
    "The last bank branch in Lowmoor is to close in the spring, and the bank has stopped its grants to local charities.

Sam Pike (Lowmoor) (Con)
Will the Minister commit to continuing the talks with the bank about keeping the Lowmoor branch open? Will he also give a commitment to work with the devolved administrations to examine interim funding options for the charities should an agreement not be reached?

The Parliamentary Under-Secretary of State for Business and Trade (Lee Carver)
As the hon. Gentleman might know, I have already met the bank twice. I am happy to continue those talks. The situation will be helped if an agreement can be reached between the bank and the charities on interim funding. I am also happy to co-operate with the devolved administrations to try to resolve the matter.
"
);

#[test]
fn a_commitment_in_a_reply_answers_the_ask_it_is_about() {
    // Two asks answered in one reply: each is decided by the commitment about it, not by
    // the first commitment of the passage its words were found in.
    let d = summary_of("commitments-2025-03-04.txt", TWO_COMMITMENTS);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "devolved administrations to examine");
    assert_eq!(v, "agreed", "{a}: {all:?}");
    assert!(a.contains("co-operate with the devolved"), "{a}: {all:?}");
    let (v, a) = verdict_of(&d, "continuing the talks");
    assert_eq!(v, "agreed", "{a}: {all:?}");
    assert!(a.contains("continue those talks"), "{a}: {all:?}");
}

const TIMELINE: &str = westminster_hall!(
    "Western Rail Link",
    "the western rail link",
    "The western rail link to the airport was promised twelve years ago, and my constituents are still waiting for it. The business case has been made by the chamber of commerce, and private funding is ready.

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
I congratulate the hon. Lady on securing this debate. The scheme is being developed by the promoters, and officials will report on their work in the autumn.

Jo Barrow
I thank the Minister for his response. Can he give us a more precise timeline?

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
It is important to recognise what has happened over the past few years. The pandemic cut the railway's revenues by a fifth. An awful lot of money is being put in. When we build new railway, we have to fund the existing railway too. Other matters have changed since the scheme was first promised. I hope the case can be made and that positive news can follow. If she and the chamber of commerce want to meet me, we can set out a timeline for the decision.
"
);

#[test]
fn a_reply_that_names_the_ask_only_once_is_decided_by_that_sentence() {
    // No passage shares two of the ask's words, so the reply straight after answers it: the
    // sentence that uses its word ("timeline") and decides, not the reply's first remark.
    let d = summary_of("timeline-2025-03-04.txt", TIMELINE);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "more precise timeline");
    assert_eq!(v, "deferred", "{a}: {all:?}");
    assert!(a.contains("set out a timeline"), "{a}: {all:?}");
}

const PRAISE_FIRST: &str = westminster_hall!(
    "Jobcentre Staff",
    "jobcentre staff",
    "The jobcentre in Upper Fell has cleared every outstanding claim this spring, and its staff have been praised by everyone who has used it.

The Parliamentary Under-Secretary of State for Work and Pensions (Lee Carver)
I congratulate the hon. Lady on securing this debate. Claims rose sharply this spring, and staff were moved from other work to process them.

Jo Barrow
When I asked my office what cases were outstanding, the answer was none. Will the Minister look at whether the discretion now allowed could also be kept?

The Parliamentary Under-Secretary of State for Work and Pensions (Lee Carver)
It is kind of the hon. Lady to thank the staff. I think they deserve, universally, credit. We are trying to learn from the streamlining we have done this spring which changes could be kept for good.
"
);

#[test]
fn an_answer_with_no_stance_is_quoted_from_its_sentence_on_the_ask() {
    // The reply straight after answers the question, but none of its sentences decides it:
    // the quote is the sentence that speaks to what was asked ("could be kept"), not the
    // remark the reply opens with.
    let d = summary_of("staff-2025-03-04.txt", PRAISE_FIRST);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "discretion now allowed");
    assert_eq!(v, "responded", "{a}: {all:?}");
    assert!(a.contains("streamlining"), "{a}: {all:?}");
}

const MATTER_FOR_OTHERS: &str = westminster_hall!(
    "Energy Support in Upper Fell",
    "energy support in Upper Fell",
    "The price cap does not cover the homes of Upper Fell that heat with oil, and the Treasury said in May that it was working urgently to help them.

Sam Pike (Lowmoor) (Con)
Can the Minister now lay out how the £400 energy discount will be delivered to homes that heat with oil?

The Parliamentary Under-Secretary of State for Energy (Lee Carver)
We are very clear on this. The way that it should be delivered is through the suppliers of heating oil, once the scheme's rules are agreed. As I have said to other Members, that is a matter for the regulator to settle with the industry.
"
);

#[test]
fn asked_to_be_told_a_reply_is_quoted_from_its_answer_not_its_refusal_of_something_else() {
    // A question asking to be told is answered, not refused, by a reply that passes another
    // matter to someone else: the quote is the sentence on what was asked.
    let d = summary_of("oil-2025-03-04.txt", MATTER_FOR_OTHERS);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "lay out how");
    assert_eq!(v, "responded", "{a}: {all:?}");
    assert!(a.contains("should be delivered"), "{a}: {all:?}");
}

const TARGETS_AND_A_MEETING: &str = westminster_hall!(
    "Carbon Storage in Upper Fell",
    "carbon storage in Upper Fell",
    "Upper Fell is uniquely placed to store carbon, but it must be done responsibly and support carbon capture storage to meet net zero targets. After a helpful discussion with the Energy Minister, will the Minister meet me to discuss the opportunities in my constituency?

The Parliamentary Under-Secretary of State for Energy (Lee Carver)
The hon. Lady knows that the first carbon storage licensing round opened yesterday. I am very happy to meet her or to ensure that a Minister from the Department meets her.
"
);

#[test]
fn an_offer_to_meet_grants_the_meeting_asked_for_not_a_target_to_meet() {
    // "to meet net zero targets" asks for no meeting: the offer to meet grants the ask to
    // meet, and only promises to discuss the other.
    let d = summary_of("storage-2025-03-04.txt", TARGETS_AND_A_MEETING);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "meet me to discuss");
    assert_eq!(v, "agreed", "{a}: {all:?}");
    assert!(a.contains("happy to meet"), "{a}: {all:?}");
    let (v, _) = verdict_of(&d, "net zero targets");
    assert_ne!(v, "agreed", "{all:?}");
}

const A_PROMISE_ON_SOMETHING_ELSE: &str = westminster_hall!(
    "Evening Buses in Lowmoor",
    "evening buses in Lowmoor",
    "The last evening bus from Lowmoor now leaves at six o'clock.

Sam Pike (Lowmoor) (Con)
Can the Minister tell us why the evening bus services in Lowmoor were cut last spring?

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
I thank the hon. Gentleman. I will be speaking to the Secretary of State next week to press for a national review of the rail timetable. As far as the evening bus services in Lowmoor are concerned, the operator withdrew them when passenger numbers fell by half.
"
);

#[test]
fn asked_to_be_told_a_reply_is_quoted_from_its_answer_not_a_promise_on_something_else() {
    // A commitment of its own subject, sharing no word with the question, is not the answer
    // to what was asked: the sentence on the bus services is.
    let d = summary_of("evening-2025-03-04.txt", A_PROMISE_ON_SOMETHING_ELSE);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "were cut last spring");
    assert_eq!(v, "responded", "{a}: {all:?}");
    assert!(a.contains("operator withdrew them"), "{a}: {all:?}");
}

/// A point put to the minister and granted, later in the winding-up, in two words.
const GRANTED_IN_A_WORD: &str = westminster_hall!(
    "Biodiesel from Waste Oil",
    "biodiesel from waste cooking oil",
    "Small producers in Upper Fell turn used cooking oil from chip shops into biodiesel. The rules written for hazardous waste now catch them. Does the Minister agree that those hazardous waste rules are a million miles away from the sensible and pragmatic reuse of waste cooking oil? Without a change, the producers will close by the spring.

The Parliamentary Under-Secretary of State for Energy (Lee Carver)
It is a pleasure to serve under your chairmanship, Ms Holt. I congratulate the hon. Lady on securing the debate. The renewable transport fuel obligation supports biodiesel from many sources, and the certificates it issues are traded every month.

The hon. Lady said that the hazardous waste rules are a million miles away from the sensible and pragmatic reuse of waste cooking oil. I agree. The regulator responsible for the safe disposal of tricky waste is the Environment Agency.
"
);

#[test]
fn a_point_granted_in_a_word_is_agreed() {
    let d = summary_of("biodiesel-2025-03-04.txt", GRANTED_IN_A_WORD);
    let (v, a) = verdict_of(&d, "million miles away");
    assert_eq!(v, "agreed", "{a}");
    assert_eq!(a, "I agree.");
}

/// An offer to talk, in reply to an ask for something else and to an ask to sit down
/// together.
const AN_OFFER_TO_TALK: &str = westminster_hall!(
    "Search and Rescue Aircraft",
    "search and rescue aircraft in the North Sea",
    "The helicopters that cover the North Sea fly from a base two hours away.

Sam Pike (Lowmoor) (Con)
Will the Minister ensure that the replacement aircraft operate from a base much nearer the oil fields?

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
I am not aware of the basing considerations that the hon. Gentleman raises, but I am more than happy to talk to him and listen to any representations that he has.

Jo Barrow
I thank the Minister. If the contract falls through, will the Minister engage with the operators and local Members, so that we can all sit around a table and find a way forward?

The Parliamentary Under-Secretary of State for Transport (Lee Carver)
I am more than happy to talk to her and other colleagues about finding a way forward in that eventuality.
"
);

#[test]
fn an_offer_to_talk_defers_an_ask_for_something_else_and_grants_one_to_sit_down() {
    let d = summary_of("rescue-2025-03-04.txt", AN_OFFER_TO_TALK);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "much nearer the oil fields");
    assert_eq!(v, "deferred", "{a}: {all:?}");
    assert!(a.contains("happy to talk to him"), "{a}");
    let (v, a) = verdict_of(&d, "sit around a table");
    assert_eq!(v, "agreed", "{a}: {all:?}");
    assert!(a.contains("happy to talk to her"), "{a}");
}

/// A short reply that passes the ask on only in its fifth sentence.
const PASSED_ON_LATE: &str = westminster_hall!(
    "Alcohol Labelling",
    "alcohol labelling",
    "The drinks industry promised to put a warning on every bottle about drinking in pregnancy, on a voluntary basis, by 2008. That year has come and gone. Will this labelling now be made mandatory?

The Parliamentary Under-Secretary of State for Health (Lee Carver)
The hon. Lady knows that we are very concerned about the health information on the labels of alcoholic drinks. We know that it has been used only to a limited extent. We have been working with the industry to improve the uptake of the voluntary agreement. A monitoring exercise was conducted earlier this year. I shall bring the hon. Lady's concern to the attention of my hon. Friend the Minister for Public Health.
"
);

#[test]
fn a_short_reply_that_passes_the_ask_on_after_its_opening_defers_it() {
    let d = summary_of("labels-2025-03-04.txt", PASSED_ON_LATE);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "made mandatory");
    assert_eq!(v, "deferred", "{a}: {all:?}");
    assert!(a.contains("to the attention of"), "{a}");
}

/// A speech with asks of the Government among sentences that ask nothing of it: a question
/// put in an intervention to the member who holds the floor, one put to the Chair, a hope of what the debate will
/// do, a feeling to have and a "should" the member disowns.
const ASKED_OF_OTHERS: &str = westminster_hall!(
    "Rural Bank Branches",
    "rural bank branches",
    "It is a pleasure to serve under your chairmanship, Ms Holt. I hope that this debate will establish a few things: first, that branches are closing faster than ever; and, secondly, that pensioners are hit hardest. Last year the closures slowed for the first time. We should take some comfort and inspiration from that. I did not say that we should keep every branch open, as some have claimed.

Sam Pike (Lowmoor) (Con)
What leverage does the hon. Lady think we have over the banks? She must explain where the money for new branches would come from.

Jo Barrow
Ms Holt, may I have your ruling on whether that remark was parliamentary language? The leverage is the banking framework. I urge the Minister to publish the review of the banking framework before the summer recess.

The Parliamentary Under-Secretary of State for Business and Trade (Lee Carver)
I congratulate my hon. Friend the Member for Upper Fell on securing this debate. I will publish the review of the banking framework before the summer recess.
"
);

#[test]
fn what_is_put_to_another_member_or_the_chair_hoped_of_the_debate_felt_or_disowned_asks_nothing() {
    let d = summary_of("banks-2025-03-04.txt", ASKED_OF_OTHERS);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "publish the review");
    assert_eq!(v, "agreed", "{a}: {all:?}");
    for not_asked in [
        "What leverage",
        "She must explain",
        "establish a few things",
        "take some comfort",
        "I did not say",
        "your ruling",
    ] {
        assert!(
            !all.iter().any(|(t, ..)| t.contains(not_asked)),
            "{not_asked} listed: {all:?}"
        );
    }
}

const POINTS_NAMED: &str = westminster_hall!(
    "Parliamentary Business",
    "parliamentary business",
    "It is a pleasure to serve under your chairmanship, Ms Holt. On the Kelly report, it is a matter of great regret that whole sections of it were leaked. Will the Minister confirm that there will be an oral statement on the Kelly report?

Last week the Minister could not give me the date of the spring recess. When will the Minister give us the date of the pre-Budget report?

We must never forget that we have troops in the field. May we also be kept updated on the conflict in Afghanistan?

The Parliamentary Under-Secretary of State for the Cabinet Office (Lee Carver)
I congratulate my hon. Friend the Member for Upper Fell on securing this debate.

The hon. Lady asked about the date for the pre-Budget report and I will announce it in due course.

The hon. Lady asked about Afghanistan. We constantly have at the forefront of our minds the task of our troops and the price that is paid by them.

As for Sir Christopher Kelly's report, I, too, deplore the fact that it has been leaked. There will be an oral statement on the report next Wednesday.
"
);

#[test]
fn a_reply_that_names_the_point_it_takes_up_answers_the_ask_on_that_point() {
    let d = summary_of("business-2025-03-04.txt", POINTS_NAMED);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "oral statement on the Kelly report");
    assert!(!a.contains("pre-Budget"), "{v}: {a}: {all:?}");
    assert!(
        a.contains("oral statement on the report"),
        "{v}: {a}: {all:?}"
    );
    let (v, a) = verdict_of(&d, "pre-Budget report");
    assert_eq!(v, "deferred", "{a}: {all:?}");
    let (_, a) = verdict_of(&d, "Afghanistan");
    assert!(a.contains("our troops"), "{a}: {all:?}");
}

const NAMED_AGAIN: &str = westminster_hall!(
    "Intelligence Sharing",
    "intelligence sharing",
    "It is a pleasure to serve under your chairmanship, Ms Holt. The Minister has long argued that the intelligence-sharing relationship with our allies would be damaged by the release of these papers. Is it still his view that that relationship will be damaged now that the papers are out?

Sam Pike (Lowmoor) (Con)
The papers are already in the public domain in America, and the sky has not fallen in.

The Parliamentary Under-Secretary of State for Foreign Affairs (Lee Carver)
I congratulate my hon. Friend the Member for Upper Fell on securing this debate. The hon. Member for Lowmoor spoke about America.

It is an important job for me to minimise any potential effect on the intelligence-sharing relationship, and it is too early to say that there will be no such effect.
"
);

#[test]
fn an_ask_that_names_again_what_it_just_spoke_of_takes_its_words() {
    let d = summary_of("intelligence-2025-03-04.txt", NAMED_AGAIN);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "that relationship");
    assert_eq!(v, "responded", "{a}: {all:?}");
    assert!(a.contains("minimise any potential effect"), "{a}: {all:?}");
}

/// In a statement's questions, the answer straight after one member takes up that member's
/// words: it answers them, not a member who asked earlier.
const ANOTHER_MEMBERS_REMARKS: &str = "Helicopter Industry

Tuesday 4 March 2025

The Secretary of State for Business (Lee Carver)
With permission, I will make a statement on the helicopter industry. The company's board has chosen the American offer, and the Government will not stand in its way.

Jo Barrow (Upper Fell) (Lab)
Will the Secretary of State intervene to delay the helicopter decision for a few weeks so that the Secretary of State for Defence can put the European offer?

The Secretary of State for Business (Lee Carver)
I am sorry that the hon. Lady takes that view of the company.

Sam Pike (Lowmoor) (Con)
Is my right hon. Friend aware that the Secretary of State for Defence told the helicopter workers in Lowmoor that a European offer would keep the design work here?

The Secretary of State for Business (Lee Carver)
I shall draw my hon. Friend's remarks to the attention of my right hon. Friend the Secretary of State for Defence.
";

#[test]
fn a_reply_that_takes_up_another_members_words_answers_that_member() {
    let d = summary_of("helicopters-2025-03-04.txt", ANOTHER_MEMBERS_REMARKS);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "intervene to delay");
    assert_ne!(v, "deferred", "{a}: {all:?}");
    assert!(!a.contains("my hon. Friend's remarks"), "{a}: {all:?}");
}

/// A Lords question whose supplementary asks for a meeting the Minister passes over: the
/// reply answers the complaint before it, shares nothing with the ask and never speaks of
/// meeting.
const A_MEETING_PASSED_OVER: &str = "Aviation: Cabin Air

Tuesday 4 March 2025

Lord Upfell
To ask His Majesty's Government whether they have evaluated the filters fitted to prevent contamination of cabin air in passenger aircraft.

The Parliamentary Under-Secretary of State, Department for Transport (Lord Carver of Lowmoor)
My Lords, the Government understand that the aviation safety agency has certified the filters as safe to use. Our research on cabin air is making progress.

Lord Upfell
My Lords, I am grateful for that Answer. Ministers have been in denial about cabin air for years. Taken with the research into fume contamination and its effects on crews, will the Minister now meet a deputation of those most directly affected by fume events?

The Parliamentary Under-Secretary of State, Department for Transport (Lord Carver of Lowmoor)
My Lords, I commend the noble Lord on his diligence. However, he is quite wrong to imagine that the Government are complacent. We expect the first findings next year, and we will act on them.
";

#[test]
fn an_ask_to_meet_that_the_reply_passes_over_is_not_addressed() {
    let d = summary_of("cabin-air-2025-03-04.txt", A_MEETING_PASSED_OVER);
    let all = asks(&d);
    let (v, a) = verdict_of(&d, "meet a deputation");
    assert_eq!(v, "not_addressed", "{a}: {all:?}");
    // Spoken of, the meeting is addressed.
    let offered = A_MEETING_PASSED_OVER.replace(
        "and we will act on them.",
        "and we will act on them. I am happy to meet the deputation.",
    );
    let d = summary_of("cabin-air-offered-2025-03-04.txt", &offered);
    let (v, a) = verdict_of(&d, "meet a deputation");
    assert_ne!(v, "not_addressed", "{a}: {:?}", asks(&d));
}

/// A TheyWorkForYou question that sets out two quotations as paragraphs of their own in the
/// middle of the sentence.
const QUOTATIONS_SET_OUT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<publicwhip>
<major-heading id="uk.org.publicwhip/debate/2025-03-04a.1.0">Cabinet Office</major-heading>
<minor-heading id="uk.org.publicwhip/debate/2025-03-04a.1.1">Leak Inquiries</minor-heading>
<speech id="uk.org.publicwhip/debate/2025-03-04a.1.2" speakername="Jo Barrow" speakerid="uk.org.publicwhip/member/1">
<p pid="a.1.2/1">So why did a director in the Government write to the police asserting that there was</p>
<p pid="a.1.2/2" class="indent">"considerable damage to national security"</p>
<p pid="a.1.2/3">from these stories and that</p>
<p pid="a.1.2/4" class="indent">"the potential for future damage is significant"?</p>
</speech>
<speech id="uk.org.publicwhip/debate/2025-03-04a.1.3" speakername="Lee Carver" speakerid="uk.org.publicwhip/member/2">
<p pid="a.1.3/1">Neither report claims that the Government exaggerated the damage to national security, and the hon. Lady should be clear about that. My Department will shortly send new guidance on leak inquiries to every Department, and I will place it in the Library.</p>
</speech>
</publicwhip>
"#;

#[test]
fn a_question_broken_by_quotations_set_out_is_listed_whole() {
    let d = summary_of("debates2025-03-04a.xml", QUOTATIONS_SET_OUT);
    let all = asks(&d);
    assert!(
        all.iter().any(
            |(t, _, _)| t.starts_with("So why did a director in the Government")
                && t.contains("from these stories and that")
                && t.ends_with("significant\"?")
        ),
        "{all:?}"
    );
    assert!(!all.iter().any(|(t, _, _)| t.starts_with('"')), "{all:?}");
}

/// Hansard's text export sets a quotation out as a paragraph of its own with nothing to
/// mark it, in the middle of a question.
const UNMARKED_QUOTATION: &str = "Commons Chamber

 House of Commons

Wednesday 10 February 2027

Oral Answers to Questions

Regional Economy

Jo Barrow (Northtown) (Lab)
1. What recent assessment he has made of the state of the regional economy.

Lee Carver
The region's employment rate has risen in each of the last four quarters, and we will publish the next figures in the spring.

Sam Dale (Southmoor) (Con)
Given that inactivity in the region is worse than anywhere else in the country, what did the Secretary of State have in mind when he boasted last week that

“the region is still a wealthy place”?

Complacent or what?

Lee Carver
I was making the point that the region's wages have grown faster than the national average, and I stand by it.
";

#[test]
fn a_question_broken_by_an_unmarked_quotation_is_listed_whole() {
    let d = summary_of("Commons Chamber 2027-02-10.txt", UNMARKED_QUOTATION);
    let all = asks(&d);
    assert!(
        all.iter()
            .any(|(t, _, _)| t.starts_with("Given that inactivity")
                && t.ends_with("“the region is still a wealthy place”?")),
        "{all:?}"
    );
    assert!(!all.iter().any(|(t, _, _)| t.starts_with('“')), "{all:?}");
}

/// A Westminster Hall debate the minister answers in one speech at its end; `named` is how
/// the winding-up takes up the lead's speech, if it does. `STUDY` pads the speech to a
/// winding-up's length with what no ask is about.
fn winding_up_debate(named: &str) -> String {
    const STUDY: &str = "Network Rail's study of the corridor looked at signalling, at the track bed and at the drainage of the cuttings north of the junction. It found that the single track limits the number of paths in the peak and that late running on the main line spreads to the branch. The study also looked at the freight flows through the area, which have grown in each of the last five years. Engineers walked every mile of the route last spring and reported on each of the bridges and culverts. Their report was shared with the local authorities and with the train operator in the summer.";
    format!(
        "Valeside Railway Line

Volume 780: debated on Tuesday 9 March 2027

Westminster Hall

[Sir Roger Halden in the Chair]

9.30 am

Ruth Ames (Valeside) (Lab)
I beg to move,
That this House has considered the Valeside railway line.

The Valeside line was singled in the 1960s, and every winter since then the trains have been cancelled when one of them breaks down on the single track. Commuters in the valley have waited long enough for the second track to be restored, and the businesses of the valley tell me every week that they lose customers to the delays.

The case has been made by every council, by the chamber of commerce and by the passengers' association. Let us get the job done, because everybody is calling for it.

Tom Pell (Northmoor) (Con)
I congratulate the hon. Lady on securing the debate. The Government must also restore the sleeper service to the northern coast, which was withdrawn in 1995 and which the fishing towns miss.

The Minister for Rail (Sam Dale)
It is a pleasure to serve under your chairmanship, Sir Roger. {STUDY} {STUDY}

{named}The Department has offered twenty million pounds towards the scheme, and the councils and the chamber of commerce must now decide whether to back it by the end of the year.

{STUDY} {STUDY}

Question put and agreed to.
"
    )
}

#[test]
fn a_request_the_winding_up_takes_up_with_its_askers_speech_is_responded_to() {
    let named = "My hon. Friend the Member for Valeside has been a tireless campaigner for her constituents. ";
    let d = summary_of("valeside.txt", &winding_up_debate(named));
    let all = asks(&d);
    let verdict = |opening: &str| {
        all.iter()
            .find(|(t, _, _)| t.starts_with(opening))
            .map(|(_, v, a)| (v.clone(), a.clone()))
    };
    // The lead's exhortation shares no word with the reply; the winding-up names her and
    // goes on to her case: answered, with the sentence on it, not the praise of her.
    let (v, a) = verdict("Let us get the job done").expect("the lead's ask is listed");
    assert_eq!(v, "responded", "{all:?}");
    assert!(a.starts_with("The Department has offered"), "{a}");
    // A member the winding-up never takes up is not addressed.
    let (v, _) = verdict("The Government must also restore").expect("listed");
    assert_eq!(v, "not_addressed", "{all:?}");
    // Nor is the lead's exhortation when the winding-up never names her.
    let d = summary_of("valeside.txt", &winding_up_debate(""));
    let all = asks(&d);
    assert!(
        all.iter()
            .any(|(t, v, _)| t.starts_with("Let us get the job done") && v == "not_addressed"),
        "{all:?}"
    );
}

#[test]
fn praise_of_the_asker_answers_no_question() {
    // The winding-up praises the lead and goes on to the scheme; nothing it says is on
    // step-free access, and the praise is no answer.
    let named = "My hon. Friend the Member for Valeside has been a tireless campaigner for her constituents. ";
    let text = winding_up_debate(named).replace(
        "because everybody is calling for it.\n",
        "because everybody is calling for it.\n\nHow many of the stations on the line will have step-free access by the end of the decade?\n",
    );
    let d = summary_of("valeside.txt", &text);
    let all = asks(&d);
    let (_, v, a) = all
        .iter()
        .find(|(t, _, _)| t.starts_with("How many of the stations"))
        .expect("the question is listed");
    assert_eq!(v, "not_addressed", "{a}");
}

/// An adjournment debate in which the member asks for an inquiry into an incident and the
/// minister's winding-up puts the incident under a review and waits for its outcome, after
/// a sentence that shares more of the ask's words.
const INQUIRY_DEBATE: &str = "Northmoor Depot

Volume 781: debated on Wednesday 10 March 2027

Commons Chamber

Motion made, and Question proposed, That this House do now adjourn.—(Ann Fenwick.)

7.10 pm

Paul Ingram (Northmoor) (Con)
On Monday a fire broke out at the Northmoor bus depot, and some forty drivers were kept on the site for most of the day without access to water or facilities. Their families heard about it from the local radio before anyone from the operator rang them. The union tells me that the fire doors had been chained for weeks and that staff had reported it twice.

Will there be an independent inquiry into what happened and how it was handled, possibly through the chief inspector of transport safety?

The drivers deserve to know that someone outside the company will look at this, and so do the passengers who rely on the depot every morning.

Joan Marsh (Eastley) (Lab)
I agree with the hon. Gentleman. The Government must also publish the number of depots that have failed a fire inspection in the past year, because the drivers in my constituency are asking the same questions.

The Parliamentary Under-Secretary of State for Transport (Ann Fenwick)
I congratulate the hon. Member for Northmoor on securing the debate. Bus services matter to every community in the country, and the depots that keep them running matter too. The Department works with operators on safety, on training and on the standards that depots must meet, and it publishes guidance on each of them every year. Operators are expected to follow that guidance and to report any serious incident to the regulator within a day.

The depot is inspected every year by the chief inspector, like every depot of its size. The inspection looks at fire safety, at the training of staff and at the arrangements for emergencies, and its reports are published.

The handling of Monday's incident is subject to a management review, and it would not be appropriate for me to comment on its outcome at this stage. I want to see the outcome before I consider whether any next steps are necessary.

The hon. Member for Eastley asked about fire inspections. The regulator publishes the results of its inspections each quarter, and I will ask it to set out the number of depots that failed in the past year.

Question put and agreed to.
";

#[test]
fn an_inquiry_asked_for_is_answered_by_the_review_the_winding_up_waits_on() {
    let d = summary_of("northmoor.txt", INQUIRY_DEBATE);
    let all = asks(&d);
    let (_, v, a) = all
        .iter()
        .find(|(t, _, _)| t.starts_with("Will there be an independent inquiry"))
        .expect("the ask for an inquiry is listed");
    // The sentence on the chief inspector shares more words, but the review and the wait
    // for its outcome are what the Government says to the ask: it defers.
    assert_eq!(v, "deferred", "{all:?}");
    assert!(a.starts_with("I want to see the outcome"), "{a}");
}

#[test]
fn two_calls_for_an_inquiry_in_one_speech_share_the_passage_that_answers_them() {
    let text = INQUIRY_DEBATE.replace(
        "The drivers deserve to know",
        "I would welcome the announcement of such an inquiry, and of a time scale for its \
         report. The drivers deserve to know",
    );
    let d = summary_of("northmoor.txt", &text);
    let all = asks(&d);
    // One speech asking twice for an inquiry makes one call: the passage on the review
    // decides both, where two different asks of one speech would each take their own.
    for opening in [
        "Will there be an independent inquiry",
        "I would welcome the announcement",
    ] {
        let (_, v, a) = all
            .iter()
            .find(|(t, _, _)| t.starts_with(opening))
            .unwrap_or_else(|| panic!("{opening} is listed: {all:?}"));
        assert_eq!(v, "deferred", "{opening}: {all:?}");
        assert!(a.starts_with("I want to see the outcome"), "{a}");
    }
}

//! Property tests: for arbitrary text shaped like each format, parsing never panics, the
//! speakers' words sum to the total, JSON re-parses with the same values, and output is the
//! same on every run.

use crate::harness::{check_invariants, exercise, render_all};
use debate_summary::input::InputFormat;
use proptest::prelude::*;

/// Lines that look like parts of a Hansard text transcript, in any order.
fn hansard_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Rural Bus Services".to_string()),
        Just("Tuesday 12 November 2024".to_string()),
        Just("[Sir Roger Halden in the Chair]".to_string()),
        Just("9.30 am".to_string()),
        Just("Megan Price (Wealdmoor and Tarnside) (Lab)".to_string()),
        Just("Mr Price".to_string()),
        Just("Hon. Members".to_string()),
        Just("Madam Deputy Speaker".to_string()),
        Just("The Minister for Buses (Dana Whitlock)".to_string()),
        Just("Question put and agreed to.".to_string()),
        Just("Motion lapsed (Standing Order No. 9(7)).".to_string()),
        Just("Moved By".to_string()),
        Just("I beg to move, That this House has considered rural buses.".to_string()),
        "[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}",
        "[A-Za-z ,.?!()£'—:-]{0,120}",
        "\\PC{0,60}",
    ]
}

fn transcript(lines: Vec<String>, blank: Vec<bool>) -> String {
    let mut s = String::new();
    for (l, b) in lines.iter().zip(blank.iter().cycle()) {
        s.push_str(l);
        s.push('\n');
        if *b {
            s.push('\n');
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn hansard_text_never_panics_and_words_sum(
        lines in prop::collection::vec(hansard_line(), 0..40),
        blank in prop::collection::vec(any::<bool>(), 1..4),
    ) {
        let text = transcript(lines, blank);
        let a = exercise(&text, Some(InputFormat::HansardText));
        let b = exercise(&text, Some(InputFormat::HansardText));
        prop_assert_eq!(a, b, "same input, same summary");
    }

    #[test]
    fn parallel_parliament_never_panics(
        names in prop::collection::vec("[A-Z][a-z]{2,6} [A-Z][a-z]{2,8}", 1..5),
        paras in prop::collection::vec("[A-Za-z ,.?£]{0,80}", 0..12),
    ) {
        let mut text = String::from("A Debate\n\nTuesday 12th November 2024\nWestminster Hall\n");
        for (i, p) in paras.iter().enumerate() {
            let n = &names[i % names.len()];
            text.push_str(&format!("{n} Portrait {n} (Somewhere) (Lab)\n- Hansard - -\n{p}\n"));
        }
        exercise(&text, Some(InputFormat::ParallelParliament));
        exercise(&text, None);
    }

    #[test]
    fn xml_readers_never_panic(
        speeches in prop::collection::vec(("[A-Z][a-z]{2,6} [A-Z][a-z]{2,8}", "[A-Za-z ,.?&;<>]{0,60}", any::<bool>()), 0..10),
    ) {
        let mut twfy = String::from("<publicwhip><major-heading>Debate</major-heading>");
        let mut tei = String::from("<TEI><text><body><div type=\"debateSection\"><head>Debate</head>");
        let mut historic = String::from("<housecommons><debates><section><title>Debate</title>");
        let mut akn = String::from("<akomaNtoso><debate><debateBody><debateSection><heading>DEBATE</heading>");
        for (name, words, chair) in &speeches {
            twfy.push_str(&format!("<speech speakername=\"{name}\"><p>{words}</p></speech>"));
            let id = name.replace(' ', "");
            let ana = if *chair { "#chair" } else { "#regular" };
            tei.push_str(&format!("<u who=\"#{id}\" ana=\"{ana}\"><seg>{words}</seg></u>"));
            let speech = if *chair {
                format!("1. <member>{name}</member> {words}<lb/>{words}")
            } else {
                format!("<member>{name}</member><membercontribution>: {words}<col>9</col></membercontribution>")
            };
            historic.push_str(&format!("<p>{speech}</p>"));
            let from = if *chair { String::new() } else { format!("<from>{name}</from>") };
            akn.push_str(&format!("<speech by=\"#{id}\">{from}<p>{words}<remark>[x]</remark></p></speech>"));
        }
        twfy.push_str("</publicwhip>");
        tei.push_str("</div></body></text></TEI>");
        historic.push_str("</section></debates></housecommons>");
        exercise(&twfy, Some(InputFormat::TwfyXml));
        exercise(&tei, Some(InputFormat::ParlamintTei));
        exercise(&historic, Some(InputFormat::HistoricXml));
        akn.push_str("</debateSection></debateBody></debate></akomaNtoso>");
        exercise(&akn, Some(InputFormat::AkomaNtoso));
    }

    #[test]
    fn hansard_api_json_never_panics(
        items in prop::collection::vec((prop::option::of("[A-Z][a-z]{2,6} [A-Z][a-z]{2,8}( \\(Seat\\) \\(Lab\\))?"), prop::option::of(0u32..5), "[A-Za-z ,.?&;<>/]{0,80}", any::<bool>()), 0..12),
        children in 0usize..3,
    ) {
        let item = |(who, id, words, stamp): &(Option<String>, Option<u32>, String, bool)| {
            serde_json::json!({
                "ItemType": if *stamp { "Timestamp" } else { "Contribution" },
                "AttributedTo": who, "MemberId": id, "HRSTag": "hs_Para", "Value": words,
            })
        };
        let items: Vec<serde_json::Value> = items.iter().map(item).collect();
        let debate = |title: &str, kids: Vec<serde_json::Value>| serde_json::json!({
            "Overview": {"Title": title, "Date": "2025-03-04T00:00:00", "House": "Commons"},
            "Items": items, "ChildDebates": kids,
        });
        let kids = (0..children).map(|i| debate(&format!("Child {i}"), vec![])).collect();
        let text = debate("Debate", kids).to_string();
        exercise(&text, Some(InputFormat::HansardApi));
        exercise(&text, None);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        crate::harness::exercise_bytes(&bytes);
    }
}

#[test]
fn summaries_round_trip_through_json() {
    let text = std::fs::read_to_string(
        crate::util::root().join("samples/westminster-hall-rural-buses.txt"),
    )
    .expect("sample");
    let summaries = debate_summary::summarise_str(&text, "x.txt", None).expect("summary");
    check_invariants(&summaries);
    render_all(&summaries);
    let json = serde_json::to_value(&summaries[0]).expect("json");
    let again = serde_json::to_value(
        &debate_summary::summarise_str(&text, "x.txt", None).expect("summary")[0],
    )
    .expect("json");
    assert_eq!(json, again);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Words are counted per sentence in one pass with the content words; the contract counts
    /// them per contribution. Splitting into sentences must never change the count.
    #[test]
    fn sentence_split_keeps_the_word_count(text in "(\\PC|[ .!?\"'’”)\\]—A-Z0-9]){0,200}") {
        use unicode_segmentation::UnicodeSegmentation;
        let whole = text.unicode_words().count();
        let parts: usize = debate_summary::analysis::text::sentences(&text)
            .iter()
            .map(|s| s.unicode_words().count())
            .sum();
        prop_assert_eq!(whole, parts);
    }
}

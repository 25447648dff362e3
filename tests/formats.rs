//! One report model in every format: the table, Markdown and HTML give the same sections in
//! the same order, and a transcript's words never become markup, a script, a terminal
//! escape or a spreadsheet formula in any of them.

use crate::util::{cmd, write};

fn run(path: &std::path::Path, format: &str) -> String {
    let o = cmd()
        .args(["-f", format, "--width", "120", "--color", "never"])
        .arg(path)
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).expect("utf-8")
}

/// Section headings as each format writes them, in order.
fn headings(format: &str, out: &str) -> Vec<String> {
    match format {
        "markdown" => out
            .lines()
            .filter_map(|l| l.strip_prefix("## "))
            .map(str::to_string)
            .collect(),
        "html" => out
            .split("<h2>")
            .skip(1)
            .filter_map(|s| s.split("</h2>").next())
            .map(str::to_string)
            .collect(),
        _ => {
            // The table format heads a box with its heading, or puts it on its own line.
            let known = [
                "At a Glance",
                "Key Requests to Government",
                "Questions to the Minister",
                "Government positions",
                "How the Debate Unfolded",
                "Government Response",
                "Divisions",
                "Notes",
            ];
            out.lines()
                .map(|l| l.trim_matches(|c: char| c == '│' || c == '┆' || c.is_whitespace()))
                .map(|l| l.split(" ┆ ").next().unwrap_or(l).trim())
                .filter(|l| known.iter().any(|k| l.starts_with(k)))
                .map(str::to_string)
                .collect()
        }
    }
}

#[test]
fn the_three_formats_give_the_same_sections_in_the_same_order() {
    let sample = crate::util::root().join("samples/westminster-hall-rural-buses.txt");
    let want = headings("markdown", &run(&sample, "markdown"));
    assert!(want.len() >= 6, "{want:?}");
    for format in ["table", "html"] {
        assert_eq!(headings(format, &run(&sample, format)), want, "{format}");
    }
}

/// A record whose every field is hostile: the Hansard API's JSON takes titles and names as
/// they are written, so they reach every format.
fn hostile() -> String {
    let words = "I beg to move, That this House has considered rural buses. \
        <img src=x onerror=alert(1)> and <script>alert(2)</script> | a | table | and **bold** \
        [link](http://x) and \u{1b}[31mred\u{1b}[0m in the terminal. I urge the Minister to \
        restore the rural bus grant &lt;b&gt;now&lt;/b&gt;.";
    serde_json::json!({
        "Overview": {"Title": "=HYPERLINK(\"http://x\") <img src=x onerror=alert(1)> | \u{1b}[2JBuses",
                     "Date": "2025-03-04T00:00:00", "House": "Commons", "Location": "Westminster Hall"},
        "Items": [
            {"ItemType": "Contribution", "AttributedTo": "@Jo Barrow <b>x</b> (Upper Fell) (Lab)",
             "MemberId": 1, "Value": format!("<p>{}</p>", words.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;"))},
            {"ItemType": "Contribution",
             "AttributedTo": "The Parliamentary Under-Secretary of State for Transport (+Dana Whitlock)",
             "MemberId": 2,
             "Value": "<p>We will publish the review of the grant in the spring, &lt;iframe src=x&gt;&lt;/iframe&gt; and I will write to the hon. Member.</p>"}
        ]
    })
    .to_string()
}

#[test]
fn a_transcripts_words_never_become_markup_scripts_escapes_or_formulas() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "hostile.json", hostile().as_bytes());
    let html = run(&p, "html");
    for raw in ["<img", "<script", "<iframe", "<b>"] {
        assert!(!html.contains(raw), "raw {raw} in HTML");
    }
    assert!(html.contains("&lt;img src=x"), "escaped in HTML");
    let md = run(&p, "markdown");
    // Every "<" and "*" a transcript wrote is backslashed.
    for raw in ["<img", "<script", "<iframe", "<b>", "**bold**", "[link]"] {
        let unescaped = md.match_indices(raw).any(|(i, _)| !md[..i].ends_with('\\'));
        assert!(!unescaped, "raw {raw} in Markdown");
    }
    // Rendered, the Markdown holds no element the transcript wrote.
    let mut rendered = String::new();
    pulldown_cmark::html::push_html(&mut rendered, pulldown_cmark::Parser::new(&md));
    for raw in ["<img", "<script", "<iframe", "<b>"] {
        assert!(!rendered.contains(raw), "{raw} in rendered Markdown");
    }
    // A transcript's "|" never adds a table column: every facts row has two cells.
    for line in md.lines().filter(|l| l.starts_with("| **")) {
        assert_eq!(line.matches(" | ").count(), 1, "{line}");
    }

    let table = run(&p, "table");
    assert!(!table.contains('\u{1b}'), "terminal escape in the table");
    for (format, out) in [("HTML", &html), ("Markdown", &md)] {
        assert!(!out.contains('\u{1b}'), "terminal escape in {format}");
    }

    let csv = run(&p, "csv");
    let cells: Vec<&str> = csv
        .lines()
        .skip(1)
        .flat_map(|l| l.split(','))
        .map(|c| c.trim_start_matches('"'))
        .collect();
    assert!(cells.iter().any(|c| c.starts_with("'=")), "{csv}");
    assert!(
        cells.iter().all(|c| !c.starts_with(['=', '+', '@', '-'])),
        "{csv}"
    );
    assert!(!csv.contains('\u{1b}'), "terminal escape in CSV");
    let json = run(&p, "json");
    assert!(
        json.contains("<img src=x"),
        "JSON keeps the words as they are"
    );
}

#[test]
fn a_minister_named_only_by_office_is_named_once() {
    // An Akoma Ntoso record prints some speakers by office alone.
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "sitting.xml",
        br##"<akomaNtoso><debate name="PROCEEDINGS OF THE NATIONAL ASSEMBLY"><debateBody>
<debateSection><heading>WATER BILL (Second Reading debate)</heading>
<speech by="#m"><from>The MINISTER OF WATER</from><p>I move that the Bill be now read a second time. We will connect every village by 2010.</p></speech>
<speech by="#a"><from>Mr A B NDLOVU</from><p>Will the Minister publish the list of villages this year?</p></speech>
</debateSection></debateBody></debate></akomaNtoso>"##,
    );
    let md = run(&p, "markdown");
    assert!(
        md.contains("| **Responding Minister** | Minister of Water |"),
        "{md}"
    );
    let table = run(&p, "table");
    assert!(
        !table.contains("Minister of Water, Minister of Water"),
        "{table}"
    );
}

/// A record that names its speakers by office alone (South Africa's unrevised Hansard):
/// the At a Glance line names the minister's office once, and the record's takes are no
/// debates of their own.
#[test]
fn a_minister_in_a_record_in_takes_is_named_once() {
    let text = "UNREVISED HANSARD\n\nNATIONAL ASSEMBLY\n\nTuesday, 4 June 2013 Take: 101\n\nRURAL ROADS\n\nThe CHIEF WHIP OF THE OPPOSITION: Hon Speaker, the district roads are falling apart and farmers cannot move their produce to market.\n\nI ask the Minister to publish the repair programme for every district this year.\n\nThe MINISTER OF TRANSPORT / ab / END OF TAKE\n\nUNREVISED HANSARD\n\nNATIONAL ASSEMBLY\n\nTuesday, 4 June 2013 Take: 102\n\nThe CHIEF WHIP OF THE OPPOSITION\n\nThe MINISTER OF TRANSPORT: Speaker, I will publish the repair programme next month, district by district, and the first contracts are signed.\n";
    let d = crate::util::summary_of("roads-2013-06-04.txt", text);
    assert_eq!(d["title"], "RURAL ROADS");
    // The take's number line dates the sitting.
    assert_eq!(d["date"], "2013-06-04");
    assert_eq!(d["minister"]["name"], "MINISTER OF TRANSPORT");
    let glance = d["at_a_glance"].as_str().expect("glance");
    assert!(
        glance.contains("MINISTER OF TRANSPORT responded for the Government"),
        "{glance}"
    );
    assert!(!glance.contains("TRANSPORT, MINISTER"), "{glance}");
}

/// A Hansard page as a reader copies it: the page's header and calendar sheet, each
/// contribution headed by the member's name over their seat and party (or an office over its
/// holder), the share button and its menu, and the archive's question numbers.
const COPIED_PAGE: &str = "Harbour Dredging - Hansard - UK Parliament
Skip to main content
Hansard
Commons: 3 March 2025
Commons Chamber
Harbour Dredging
Harbour Dredging
Volume 763: debated on Monday 3 March 2025
Mar
3
2025
Download text
Back to top
Harbour Dredging
1.
Jane Pellow

(Saltmouth) (Lab)

Share this specific contribution
Share a link to this specific contribution:
Share contribution 1 on
Twitter
Share contribution 1 via
Email
Copy link to contribution 1 to clipboard
Copy link
What steps her Department is taking to fund the dredging of small harbours.

The Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs
(Tom Rowse)
Share this specific contribution
We have set aside £4 million for the dredging of small harbours this year, and Saltmouth may bid for it.

Jane Pellow
Share this specific contribution
Will the Minister visit Saltmouth to see the silted channel for himself?

Tom Rowse
Share this specific contribution
I will gladly visit Saltmouth in the spring.

Rear-Admiral Keel
Share this specific contribution
Will the fund also cover the harbours of the islands?

Tom Rowse
Share this specific contribution
Yes, the islands' harbours may bid as well.
";

#[test]
fn a_hansard_page_copied_as_text_reads_as_the_downloaded_text_does() {
    let d = crate::util::summary_of("harbour-dredging.txt", COPIED_PAGE);
    assert_eq!(d["title"], "Harbour Dredging");
    assert_eq!(d["date"], "2025-03-03");
    assert_eq!(d["lead"]["name"], "Jane Pellow");
    assert_eq!(d["lead"]["constituency"], "Saltmouth");
    assert_eq!(d["lead"]["party"], "Lab");
    assert_eq!(d["minister"]["name"], "Tom Rowse");
    assert_eq!(
        d["minister"]["office"],
        "Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs"
    );
    let names: Vec<&str> = d["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Jane Pellow", "Tom Rowse", "Rear-Admiral Keel"]);
    // None of the page's buttons, menu or calendar is anybody's words.
    let words = crate::util::words_by_speaker(&d);
    assert_eq!(words, [13 + 12, 20 + 8 + 8, 10]);
}

#[test]
fn a_theyworkforyou_page_saved_as_html_is_read_as_its_record() {
    let page = r##"<!DOCTYPE html><html><head><title>Harbour Dredging: 27 Oct 2009: Westminster Hall debates - TheyWorkForYou</title></head><body>
<div class="debate-header"><h1>Harbour Dredging</h1>
<p class="lead">Environment, Food and Rural Affairs – in Westminster Hall<br>at 2:30 pm on <a href="/whall/?d=2009-10-27">27th October 2009</a>.</p>
<p class="cta"><a class="button alert" href="/alerts/">Alert me about debates like this</a></p></div>
<div class="debate-speech" id="g1.1"><h2 class="debate-speech__speaker"><a href="/mp/?p=1"><img src="/x.jpg" alt="Photo of Jane Pellow"><strong class="debate-speech__speaker__name">Jane Pellow</strong><small class="debate-speech__speaker__position">Labour MP, Saltmouth</small></a></h2>
<div class="debate-speech__content"><p>Small harbours are silting up and the fishing fleet cannot land its catch.</p><p>Will the Minister fund the dredging of small harbours this year?</p></div></div>
<div class="debate-speech" id="g1.2"><h2 class="debate-speech__speaker"><a href="/mp/?p=2"><strong class="debate-speech__speaker__name">Tom Rowse</strong><small class="debate-speech__speaker__position">The Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs</small></a></h2>
<div class="debate-speech__content"><p>We will fund the dredging of small harbours this year.</p></div></div>
</body></html>"##;
    let d = crate::util::summary_of("harbour-dredging.html", page);
    assert_eq!(d["title"], "Harbour Dredging");
    assert_eq!(d["date"], "2009-10-27");
    assert_eq!(d["venue"], "Westminster Hall");
    assert_eq!(d["lead"]["name"], "Jane Pellow");
    assert_eq!(d["lead"]["constituency"], "Saltmouth");
    assert_eq!(d["minister"]["name"], "Tom Rowse");
    // Nothing of the page's own (its buttons, the position under a name) is anyone's words.
    let words = crate::util::words_by_speaker(&d);
    assert_eq!(words, [13 + 11, 10]);
}

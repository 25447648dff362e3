//! Tests of the text helpers.

use super::courtesy::has_courtesy_form;
use super::words::class_of;
use super::*;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;

#[test]
fn a_short_plural_shares_its_singulars_stem() {
    // Snowball keeps the "e" of "buses" and "gases"; the singular's stem is used instead.
    assert_eq!(stem_of("buses"), stem_of("bus"));
    assert_eq!(stem_of("Buses").as_deref(), Some("bus"));
    assert_eq!(stem_of("gases"), stem_of("gas"));
    // Other plurals in "-ses" keep their own stems.
    assert_eq!(stem_of("cases"), stem_of("case"));
    assert_eq!(stem_of("uses"), stem_of("use"));
}

#[test]
fn stems_depend_on_the_word_alone_whatever_was_stemmed_before() {
    let direct = |w: &str| Stemmer::create(Algorithm::English).stem(w).into_owned();
    for _ in 0..2 {
        assert_eq!(
            stem_of("Funding").as_deref(),
            Some(direct("funding").as_str())
        );
        assert_eq!(stem_of("funding").as_deref(), Some("fund"));
        assert_eq!(stem_of("FUNDED").as_deref(), Some("fund"));
        assert_eq!(stem_of("The"), None, "a stopword");
        assert_eq!(stem_of("2024"), None, "a number");
        assert_eq!(stem_of("x"), None, "one letter");
    }
    // From many threads at once, the same answers.
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                // Words outside ASCII go through the shared cache: "Cafés" fills it for
                // another thread's "cafés".
                for w in [
                    "Railways",
                    "railway",
                    "crossings",
                    "Crossing",
                    "Cafés",
                    "cafés",
                    "Naïvely",
                ] {
                    assert_eq!(stem_of(w), Some(direct(&w.to_lowercase())));
                }
            });
        }
    });
}

// The courtesy forms as one regular expression: the specification the hand-written
// matcher is held to.
// Matched as bytes over the normalised (lowercase, punctuation-free) text with Unicode
// classes off: `.` and `\w` are then single-byte steps, which keeps the bounded gaps cheap.
static COURTESY_REGEX: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(
    r"(?ix-u)
    pleasure\ to\ serve | privilege\ to\ serve | pleasure\ to\ follow | serve\ under\ your
    | serving\ under\ your | under\ your\ chairmanship
    | congratulat\w*\b.{0,160}?\b(securing|obtaining|bringing|introducing|initiating|opening|leading)\b.{0,40}\bdebate
    | thank\w*\b.{0,140}?\bfor\ (securing|obtaining|bringing|introducing|initiating|opening|leading|calling)\b
    | grateful\b.{0,100}?\b(securing|secure|obtain\w*|bringing)\b.{0,30}\bdebate
    | \b(securing|secured|obtaining|obtained)\ (this|the|today'?s|today’s)\ (important\ |timely\ |excellent\ )?debate
    | thank\ you,?\ (mr|madam|sir|dame)\b | i\ thank\ (the|my)\ (hon|right|noble|honourable|honorable|senator)\b.{0,80}?\b(for\ (his|her|their|the)\ (intervention|question|questions|kind|complimentary|generous|remarks|comments|contribution)|for\ that)
    | welcome\ (you|the\ minister|him|her)\ to\ (your|his|her)\ (place|post)
    | (give|giving)\ way | in\ a\ moment | i\ will\ make\ progress | i\ must\ make\ progress
    | may\ i\ (first\ )?(say|begin)\ how | it\ is\ a\ (great\ )?pleasure
    | \b(lucky|fortunate)\ to\ have\ (a\ member|such\ an?|an\ hon|a\ representative)
    | \b(i\ apologise|i\ must\ apologise|i\ also\ apologise|i\ too\ apologise
       |asked\ me\ to\ apologise|my\ apologies|sends\ (his|her)\ apologies)\b
    ",
)
.expect("static regex")
});

/// Normalised text built from the words the courtesy forms are made of, and others,
/// sometimes run together so that word boundaries are tested too.
fn courtesy_like_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let vocab = vec![
        "pleasure",
        "to",
        "serve",
        "privilege",
        "follow",
        "under",
        "serving",
        "chairmanship",
        "your",
        "congratulate",
        "congratulations",
        "congratulat",
        "securing",
        "secured",
        "secure",
        "obtaining",
        "obtained",
        "obtainable",
        "obtain",
        "bringing",
        "introducing",
        "initiating",
        "opening",
        "leading",
        "calling",
        "debate",
        "debates",
        "thank",
        "thanks",
        "thankful",
        "for",
        "grateful",
        "gratefully",
        "this",
        "the",
        "todays",
        "today",
        "s",
        "important",
        "timely",
        "excellent",
        "honourable",
        "senator",
        "you",
        "mr",
        "madam",
        "sir",
        "dame",
        "i",
        "my",
        "apologise",
        "apologies",
        "asked",
        "me",
        "also",
        "too",
        "sends",
        "hon",
        "right",
        "noble",
        "his",
        "her",
        "their",
        "intervention",
        "question",
        "kind",
        "complimentary",
        "remarks",
        "that",
        "welcome",
        "minister",
        "him",
        "place",
        "post",
        "give",
        "giving",
        "way",
        "in",
        "a",
        "moment",
        "will",
        "must",
        "make",
        "progress",
        "may",
        "first",
        "say",
        "begin",
        "how",
        "it",
        "is",
        "great",
        "member",
        "friend",
        "lucky",
        "unlucky",
        "to",
        "have",
        "such",
        "an",
        "é",
        "x1",
        "9",
    ];
    proptest::collection::vec(
        (
            proptest::sample::select(vocab),
            prop_oneof![9 => Just(" "), 1 => Just("")],
        ),
        0..40,
    )
    .prop_map(|ws| {
        let mut t = String::new();
        for (w, sep) in ws {
            t.push_str(w);
            t.push_str(sep);
        }
        t
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6000))]
    #[test]
    fn courtesy_forms_match_as_the_regex_does(t in courtesy_like_text()) {
        proptest::prop_assert_eq!(has_courtesy_form(&t), COURTESY_REGEX.is_match(t.as_bytes()), "{:?}", t);
    }
}

#[test]
fn courtesy_forms_match_as_the_regex_does_on_known_sentences() {
    for t in [
        "i congratulate my hon friend the member for bolton north east on securing this debate",
        "i thank the hon member for bedford for securing the debate",
        "i am grateful to my hon friend for obtaining this important debate",
        "i thank the right hon gentleman for his intervention",
        "i thank my noble friend for the question",
        "i thank my noble friend for his complimentary remarks about my answer",
        "i thank the noble lord for his remarkable speech",
        "thank you mr speaker",
        "thank you madamx",
        "on securing todays excellent debate",
        "welcome the minister to his place",
        "may i first say how",
        "the government should ban deepfakes",
        "the chancellor has asked me to apologise to you mr speaker",
        "i hope that he will apologise for the decision",
        "we make no apologies for moving resources",
        "my apologiesx",
    ] {
        assert_eq!(
            has_courtesy_form(t),
            COURTESY_REGEX.is_match(t.as_bytes()),
            "{t}"
        );
    }
}

#[test]
fn splits_sentences_around_abbreviations() {
    let s = sentences(
        "I thank my hon. Friend. It is 5 per cent. of the total. Mr. Smith agreed! Did he?",
    );
    assert_eq!(
        s,
        vec![
            "I thank my hon. Friend.",
            "It is 5 per cent. of the total.",
            "Mr. Smith agreed!",
            "Did he?"
        ]
    );
    // "per cent." and "No." end a sentence before a common word with a capital, not before
    // a name, a lowercase word or a figure.
    assert_eq!(
        sentences(
            "It rose by 30 per cent. That is real reform. It is 5 per cent. of the total. \
             Will it stay 90 per cent. European? Standing Order No. 24 applies. Is it fair? \
             No. It is not."
        ),
        vec![
            "It rose by 30 per cent.",
            "That is real reform.",
            "It is 5 per cent. of the total.",
            "Will it stay 90 per cent. European?",
            "Standing Order No. 24 applies.",
            "Is it fair?",
            "No.",
            "It is not."
        ]
    );
    // A letter after a lowercase word, before a sentence's opening word, ends it; an
    // initial does not.
    assert_eq!(
        sentences("It concerned witness B. He took the view that it mattered. We met J. Smith."),
        vec![
            "It concerned witness B.",
            "He took the view that it mattered.",
            "We met J. Smith."
        ]
    );
    // An interjection set in the speech ends none of the speaker's sentences.
    assert_eq!(
        sentences(
            "I am not given to flattering Ministers—[HON. MEMBERS: \"Oh.\"]— but will he read it? \
             We agree. [Interruption.] He does."
        ),
        vec![
            "I am not given to flattering Ministers—[HON. MEMBERS: \"Oh.\"]— but will he read it?",
            "We agree.",
            "[Interruption.]",
            "He does."
        ]
    );
}

#[test]
fn courtesies_are_recognised() {
    assert!(is_courtesy(
        "It is a pleasure to serve under your chairmanship, Sir Christopher."
    ));
    assert!(is_courtesy(
        "I congratulate my hon. Friend the Member for Bolton North East on securing this debate."
    ));
    assert!(is_courtesy(
        "I thank the hon. Member for Bedford for securing the debate."
    ));
    assert!(is_courtesy("It is kind of my hon. Friend to thank DWP."));
    assert!(is_courtesy(
        "I am grateful to be serving under your chairmanship, Mr. Benton."
    ));
    assert!(is_courtesy("I thank my noble friend for the question."));
    assert!(is_courtesy(
        "I thank my noble friend for his complimentary remarks about my Answer."
    ));
    assert!(is_courtesy("I thank the hon. Lady for her comments."));
    // Other Parliaments print the member in full, or as a senator.
    assert!(is_courtesy(
        "I thank the honourable member for Cowper for his question."
    ));
    assert!(is_courtesy("I thank the senator for her question."));
    assert!(!is_courtesy(
        "I thank the noble Lord for his remarkable patience, which the House has tried."
    ));
    assert!(is_courtesy(
        "The people of Northampton, North are exceptionally lucky to have a Member of Parliament who is so committed."
    ));
    assert!(!is_courtesy("We are lucky to have a strong economy."));
    assert!(is_courtesy(
        "I am not sure whether this is his last appearance, but I wish him well in his studies."
    ));
    assert!(!is_courtesy(
        "The Government should ban the creation of deepfakes."
    ));
    // An apology, for an absence or a slip, is one; an apology asked for, or none made, is not.
    assert!(is_courtesy(
        "The Chancellor of the Exchequer has asked me to apologise to you, Mr. Speaker, and to the House for his inability to be present."
    ));
    assert!(is_courtesy(
        "My Lords, I, too, apologise for missing the earlier part of the debate."
    ));
    assert!(is_courtesy(
        "They are very similar amendments; my apologies for that."
    ));
    assert!(!is_courtesy(
        "I hope that the Minister will apologise to members of the Territorial Army."
    ));
    assert!(!is_courtesy(
        "We make no apologies for moving resources in that direction."
    ));
    // "kind of" as "rather" is no courtesy.
    assert!(!is_courtesy(
        "It is kind of odd that the scheme has no appeal route."
    ));
}

/// Text built from letters, digits and the marks the word rules treat specially; with
/// `odd` characters from anywhere too (which send the text to the full segmenter).
fn wordy_text(odd: u32) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::sample::select(vec!['a', 'Z', 'q', 'é', 'Ł', 'ß', 'ÿ', 'À']),
            2 => proptest::sample::select(vec!['0', '7']),
            3 => proptest::sample::select(vec![' ', '.', ',', ';', ':', '\'', '’', '‘', '_', '-', '"', '\n', '\t', '\r']),
            1 => proptest::sample::select(vec!['—', '–', '“', '”', '£', '€', '\u{a0}', '×', '÷', '(', '/', '%', '&', '?', '!', '\u{b}', '\u{c}', '\u{2003}', '\u{85}']),
            odd => any::<char>(),
        ],
        0..40,
    )
    .prop_map(|v| v.into_iter().collect())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
    /// The fast path gives exactly the words of the full UAX #29 segmenter.
    #[test]
    fn words_are_the_segmenters_words(s in wordy_text(0)) {
        let fast_path = matches!(words(&s), Words::Fast(_));
        proptest::prop_assert!(fast_path, "{:?} took the full segmenter", s);
        let fast: Vec<&str> = words(&s).collect();
        let full: Vec<&str> = s.unicode_words().collect();
        proptest::prop_assert_eq!(fast, full, "{:?}", s);
    }

    /// Any other character falls back to the segmenter, with the same result.
    #[test]
    fn words_of_any_text_are_the_segmenters_words(s in wordy_text(2)) {
        let ours: Vec<&str> = words(&s).collect();
        let full: Vec<&str> = s.unicode_words().collect();
        proptest::prop_assert_eq!(ours, full, "{:?}", s);
    }

    /// Reading a sentence counts its whitespace-separated tokens as `split_whitespace` does.
    #[test]
    fn tokens_are_split_whitespace_tokens(s in wordy_text(1)) {
        let read = Vocab::default().read(&s);
        proptest::prop_assert_eq!(read.tokens, s.split_whitespace().count(), "{:?}", s);
        proptest::prop_assert_eq!(read.words, s.unicode_words().count(), "{:?}", s);
    }
}

#[test]
fn every_latin_letter_and_mark_segments_as_uax29_does() {
    // Each character the fast path knows, between letters, digits and itself.
    let known: Vec<char> = ('\u{0}'..='\u{17f}')
        .chain('\u{2000}'..='\u{200a}')
        .chain([
            '£', '€', '\u{2013}', '\u{2014}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}',
        ])
        .filter(|&c| class_of(c).is_some())
        .collect();
    for &c in &known {
        for s in [
            format!("a{c}b"),
            format!("1{c}2"),
            format!("a{c}1"),
            format!("{c}{c}"),
            format!("x{c}"),
            format!("{c}y z"),
            format!("_{c}_a"),
        ] {
            let fast: Vec<&str> = words(&s).collect();
            let full: Vec<&str> = s.unicode_words().collect();
            assert_eq!(fast, full, "{s:?}");
        }
    }
}

#[test]
fn normalises_for_matching() {
    assert_eq!(
        normalise_for_match("  It's — Siân's DEBATE!  "),
        "it s siân s debate"
    );
    assert_eq!(normalise_for_match("ÉCOLE, ok"), "école ok");
    assert_eq!(normalise_for_match("..."), "");
    assert_eq!(normalise_for_match(""), "");
}

#[test]
fn counts_words_by_uax29() {
    assert_eq!(word_count("It's £5—isn't it? 9.30 am"), 6);
}

/// Normalising as first written: a character at a time.
fn normalised_by_chars(s: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    if out.starts_with(' ') {
        out.remove(0);
    }
    out
}

proptest::proptest! {
    #[test]
    fn normalising_a_byte_at_a_time_folds_as_by_characters(s in "(\\PC|[ .,'’A-Za-z0-9İK])*") {
        let expected = normalised_by_chars(&s);
        proptest::prop_assert_eq!(normalise_for_match(&s), expected.clone());
        proptest::prop_assert_eq!(spaced_normalised(&s), format!(" {expected} "));
    }
}

proptest::proptest! {
    // The sentences folded last are kept: whatever order texts come in, repeated or not,
    // each is folded as it would be afresh.
    #[test]
    fn folding_a_text_again_gives_what_folding_it_afresh_gives(
        texts in proptest::collection::vec("[ .,'A-Za-z]{0,12}", 1..6),
        order in proptest::collection::vec(0usize..6, 1..40),
    ) {
        for k in order {
            let t = &texts[k % texts.len()];
            proptest::prop_assert_eq!(spaced_normalised(t), format!(" {} ", normalised_by_chars(t)));
        }
    }
}

//! Work done once at build time so that a run does not do it at start-up, which is most of
//! the time a one-file run takes:
//! - the fixed patterns in `src/patterns.rs`, compiled into DFAs (for a target whose byte
//!   order differs from this machine's, none: the program then builds the patterns itself);
//! - the phrase lists, built into Aho–Corasick DFAs written out as Rust statics
//!   (`build/phrase_tables.rs`, read by `src/phrase_table.rs`).

use regex_automata::{
    dfa::{StartKind, dense},
    util::syntax,
};

#[path = "src/patterns.rs"]
mod patterns;

#[path = "build/phrase_tables.rs"]
mod phrase_tables;

#[path = "src/analysis/cues/deferrals.rs"]
mod deferrals;
#[allow(dead_code)]
#[path = "src/analysis/cues/lists.rs"]
mod lists;
#[path = "src/analysis/cues/promises.rs"]
mod promises;
#[path = "src/analysis/cues/role_lists.rs"]
mod role_lists;
#[path = "src/analysis/cues/signposts.rs"]
mod signposts;
#[allow(dead_code)]
#[path = "src/analysis/cues/stances.rs"]
mod stances;

#[allow(dead_code)]
#[path = "src/analysis/text/courtesy_forms.rs"]
mod courtesy_forms;

#[path = "src/input/house_cues.rs"]
mod house_cues;

#[path = "src/analysis/tag_vocabulary.rs"]
mod tag_vocabulary;

#[path = "src/analysis/text/plurals.rs"]
mod plurals;
#[path = "src/analysis/text/stopwords.rs"]
mod stopwords;

use phrase_tables::Spec;

fn main() {
    for f in [
        "src/patterns.rs",
        "build.rs",
        "build/phrase_tables.rs",
        "src/analysis/cues/lists.rs",
        "src/analysis/cues/stances.rs",
        "src/analysis/cues/promises.rs",
        "src/analysis/cues/role_lists.rs",
        "src/analysis/cues/signposts.rs",
        "src/analysis/text/courtesy_forms.rs",
        "src/input/house_cues.rs",
        "src/analysis/tag_vocabulary.rs",
        "src/analysis/text/stopwords.rs",
        "src/analysis/text/plurals.rs",
    ] {
        println!("cargo::rerun-if-changed={f}");
    }
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // A DFA is read as it is, so only for a target with this machine's byte order; other
    // targets build the patterns at run time.
    let same_order = std::env::var("CARGO_CFG_TARGET_ENDIAN").ok().as_deref()
        == Some(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        });
    // The request frames hold a bounded repetition that makes the DFA for a search from
    // anywhere 12 MB; built for searches anchored at their start it is 250 KB, and a search
    // tries each start in turn (`prebuilt::Prebuilt::Anchored`).
    for (name, pattern, start) in [
        ("ask", patterns::ASK, StartKind::Both),
        ("procedural", patterns::PROCEDURAL, StartKind::Both),
        ("frame", patterns::FRAME, StartKind::Anchored),
        (
            "procedural_sentence",
            patterns::PROCEDURAL_SENTENCE,
            StartKind::Both,
        ),
        ("timestamp", patterns::TIMESTAMP, StartKind::Both),
    ] {
        let path = out.join(format!("{name}.dfa"));
        if !same_order {
            std::fs::write(path, []).expect("OUT_DIR is writable");
            continue;
        }
        let dfa = dense::Builder::new()
            .syntax(syntax::Config::new().utf8(false))
            .configure(dense::Config::new().minimize(true).start_kind(start))
            .build(pattern)
            .expect("fixed pattern builds");
        let (bytes, pad) = dfa.to_bytes_native_endian();
        std::fs::write(path, bytes.get(pad..).unwrap_or_default()).expect("OUT_DIR is writable");
    }
    std::fs::write(
        out.join("phrase_tables.rs"),
        phrase_tables::source(&phrase_specs()),
    )
    .expect("OUT_DIR is writable");
    std::fs::write(out.join("tag_cues.rs"), tag_cues()).expect("OUT_DIR is writable");
}

/// The tag cues as stem sequences (`tags::CUE_STEMS`), each word stemmed as
/// `text::stem_of` stems it: lowercased; none for a stopword, a number or a single letter,
/// which leaves the cue out. A cue equal to one already listed for its label is left out.
fn tag_cues() -> String {
    use std::fmt::Write as _;
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let stop: std::collections::BTreeSet<&str> = stopwords::STOPWORDS.split_whitespace().collect();
    let stem = |word: &str| {
        let low = word.to_lowercase();
        (low.chars().count() > 1
            && !stop.contains(low.as_str())
            && !low.chars().all(|c| c.is_ascii_digit()))
        .then(|| {
            plurals::plural_stem(&low)
                .map_or_else(|| stemmer.stem(&low).into_owned(), str::to_string)
        })
    };
    let mut kept: Vec<(usize, Vec<String>, &str)> = Vec::new();
    for (li, (_, cues)) in tag_vocabulary::VOCABULARY.iter().enumerate() {
        for cue in cues.iter() {
            let stems: Option<Vec<String>> = cue.split(' ').map(stem).collect();
            if let Some(stems) = stems
                && !kept.iter().any(|(l, w, _)| *l == li && *w == stems)
            {
                kept.push((li, stems, cue));
            }
        }
    }
    let mut out = String::from(
        "// Generated by build.rs from the tag vocabulary: do not edit.\n\
         static CUE_STEMS: &[(usize, &[&str], &str)] = &[\n",
    );
    for (li, stems, cue) in kept {
        let _ = writeln!(out, "({li}, &{stems:?}, {cue:?}),");
    }
    out.push_str("];\n");
    out
}

/// Words and phrases (`after` " ") or stems (`after` ""), each as the cue matchers look for
/// it in a sentence's words wrapped in spaces (`cues::words_of`).
fn padded(lists: &[(&[&str], &str)]) -> Vec<String> {
    lists
        .iter()
        .flat_map(|&(list, after)| list.iter().map(move |p| format!(" {p}{after}")))
        .collect()
}

fn as_is(list: &[&str]) -> Vec<String> {
    list.iter().map(|p| p.to_string()).collect()
}

fn phrase_specs() -> Vec<Spec> {
    use deferrals::*;
    use lists::*;
    use promises::*;
    use role_lists::*;
    use signposts::*;
    use stances::*;
    let words = |name, list: &[&str]| Spec {
        name,
        patterns: padded(&[(list, " ")]),
        fold_case: false,
    };
    let stems = |name, list: &[&str]| Spec {
        name,
        patterns: padded(&[(list, "")]),
        fold_case: false,
    };
    let cues = |name, list: &[&str]| Spec {
        name,
        patterns: as_is(list),
        fold_case: true,
    };
    vec![
        // In this order: `cues::List` numbers the lists by it.
        Spec {
            name: "STANCE_LISTS",
            patterns: padded(&[
                (FILLER, " "),
                (NOT_CONTENT, ""),
                (REFUSES, " "),
                (DEFERS, " "),
                (COMMITS, " "),
                (ANNOUNCES, " "),
                (MONEY_WORDS, " "),
                (GOVERNMENT_ACTORS, " "),
            ]),
            fold_case: false,
        },
        words("DEFER", DEFERS),
        words("COMMIT", COMMITS),
        stems("NOT_CONTENT_STEMS", NOT_CONTENT),
        words("HEDGE_WORDS", HEDGES),
        words("ALREADY", ALREADY_DONE),
        words("IN_PLACE_WORDS", IN_PLACE),
        words("REST", COVERS_THE_REST),
        words("MONEY", MONEY_WORDS),
        stems("MONEY_TALK", MONEY_SUBJECT),
        words("TO_BE_TOLD", ASKS_TO_BE_TOLD),
        words("LATER_CLAUSE", LATER_CLAUSE_ASKS),
        words("CONCEDE", CONCEDES),
        words("ADDRESSEE", ADDRESSEES),
        words("DECLINE_TO_TELL", DECLINES_TO_TELL),
        // The three lists `roles` reads a speaker by, in one table, in this order.
        Spec {
            name: "ROLE_CUES",
            patterns: [GOVERNMENT_PHRASES, OPPOSITION_PHRASES, COURTESY_AND_LEAVE]
                .concat()
                .iter()
                .map(|p| p.to_string())
                .collect(),
            fold_case: true,
        },
        cues("REQUEST_CUES", REQUEST_CUES),
        cues("COURTESY_CUES", COURTESY_CUES),
        cues("SHADOW_SELF_CUES", SHADOW_SELF_CUES),
        cues("AGREES_TO_MEET", AGREES_TO_MEET),
        cues("REFERS_BACK", REFERS_BACK),
        cues("FLOOR_PHRASES", FLOOR_PHRASES),
        // Case as written: "this House", not "this house".
        Spec {
            name: "HOUSE_CUES",
            patterns: as_is(house_cues::HOUSE_CUES),
            fold_case: false,
        },
        // Over normalised text (lowercase, punctuation as single spaces).
        Spec {
            name: "COURTESY",
            patterns: as_is(&courtesy_forms::phrases(&courtesy_forms::courtesy_forms()).0),
            fold_case: false,
        },
    ]
}

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

#[allow(dead_code)]
#[path = "src/analysis/cues/lists.rs"]
mod lists;
#[allow(dead_code)]
#[path = "src/analysis/cues/stances.rs"]
mod stances;

#[allow(dead_code)]
#[path = "src/analysis/text/courtesy_forms.rs"]
mod courtesy_forms;

#[path = "src/input/house_cues.rs"]
mod house_cues;

use phrase_tables::Spec;

fn main() {
    for f in [
        "src/patterns.rs",
        "build.rs",
        "build/phrase_tables.rs",
        "src/analysis/cues/lists.rs",
        "src/analysis/cues/stances.rs",
        "src/analysis/text/courtesy_forms.rs",
        "src/input/house_cues.rs",
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
    use lists::*;
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
        words("REST", COVERS_THE_REST),
        words("MONEY", MONEY_WORDS),
        stems("MONEY_TALK", MONEY_SUBJECT),
        words("TO_BE_TOLD", ASKS_TO_BE_TOLD),
        words("LATER_CLAUSE", LATER_CLAUSE_ASKS),
        words("CONCEDE", CONCEDES),
        words("ADDRESSEE", ADDRESSEES),
        words("DECLINE_TO_TELL", DECLINES_TO_TELL),
        cues("GOVERNMENT_CUES", GOVERNMENT_PHRASES),
        cues("OPPOSITION_CUES", OPPOSITION_PHRASES),
        cues("COURTESY_AND_LEAVE", COURTESY_AND_LEAVE),
        cues("REQUEST_CUES", REQUEST_CUES),
        cues("COURTESY_CUES", COURTESY_CUES),
        cues("SHADOW_SELF_CUES", SHADOW_SELF_CUES),
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

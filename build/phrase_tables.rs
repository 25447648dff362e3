//! Builds the fixed phrase lists into Aho–Corasick DFAs at compile time and writes them out
//! as Rust statics (read by `src/phrase_table.rs`): a run uses the tables as they are, with
//! nothing to build or check first.
//!
//! Each table is a full DFA over byte classes: every byte a pattern uses has its own class
//! (upper and lower case share one when the table ignores ASCII case), all other bytes
//! share class 0. States are numbered so that every state where a pattern ends comes after
//! every state where none does: whether a byte ends a match is one comparison. A state's
//! matches are listed longest first (its own pattern, then those its failure links reach),
//! the order in which the `aho-corasick` crate reports them.

use std::collections::VecDeque;
use std::fmt::Write as _;

/// One table to build: its name (a Rust static), its patterns, and whether it ignores
/// ASCII case.
pub struct Spec {
    pub name: &'static str,
    pub patterns: Vec<String>,
    pub fold_case: bool,
}

/// The DFA of one list.
struct Dfa {
    classes: [u8; 256],
    shift: u32,
    /// `trans[(state << shift) | class]`: the next state.
    trans: Vec<u16>,
    /// States from here on end a match.
    first_match: u16,
    /// For match state `first_match + k`, its patterns are `out[out_start[k]..out_start[k + 1]]`.
    out_start: Vec<u32>,
    out: Vec<u16>,
    lens: Vec<u16>,
}

fn fold(b: u8, fold_case: bool) -> u8 {
    if fold_case { b.to_ascii_lowercase() } else { b }
}

fn build(spec: &Spec) -> Dfa {
    // Byte classes: 0 for bytes no pattern uses.
    let mut classes = [0u8; 256];
    let mut used = [false; 256];
    for p in &spec.patterns {
        assert!(
            !p.is_empty(),
            "{}: an empty pattern matches everywhere",
            spec.name
        );
        for &b in p.as_bytes() {
            used[usize::from(fold(b, spec.fold_case))] = true;
        }
    }
    let mut n_classes = 1usize;
    for b in 0..256usize {
        if used[b] {
            classes[b] = u8::try_from(n_classes).expect("at most 255 byte classes");
            n_classes += 1;
        }
    }
    if spec.fold_case {
        for b in b'A'..=b'Z' {
            classes[usize::from(b)] = classes[usize::from(b.to_ascii_lowercase())];
        }
    }
    let stride = n_classes.next_power_of_two();
    let shift = stride.trailing_zeros();

    // The trie: `goto[s][c]` (0 = none; the root is state 0 and never a target).
    let mut goto: Vec<Vec<usize>> = vec![vec![0; n_classes]];
    let mut own: Vec<Vec<u16>> = vec![Vec::new()];
    for (pid, p) in spec.patterns.iter().enumerate() {
        let mut s = 0;
        for &b in p.as_bytes() {
            let c = usize::from(classes[usize::from(b)]);
            if goto[s][c] == 0 {
                goto.push(vec![0; n_classes]);
                own.push(Vec::new());
                goto[s][c] = goto.len() - 1;
            }
            s = goto[s][c];
        }
        own[s].push(u16::try_from(pid).expect("at most 65536 patterns"));
    }
    let n = goto.len();

    // Failure links in breadth-first order; the DFA's transitions follow them; each state's
    // matches are its own, then its failure state's.
    let mut delta = vec![vec![0usize; n_classes]; n];
    let mut matches: Vec<Vec<u16>> = own.clone();
    let mut fail = vec![0usize; n];
    let mut queue = VecDeque::new();
    for c in 0..n_classes {
        let t = goto[0][c];
        delta[0][c] = t;
        if t != 0 {
            queue.push_back(t);
        }
    }
    while let Some(s) = queue.pop_front() {
        let inherited = matches[fail[s]].clone();
        matches[s].extend(inherited);
        for c in 0..n_classes {
            let t = goto[s][c];
            if t != 0 {
                fail[t] = delta[fail[s]][c];
                queue.push_back(t);
                delta[s][c] = t;
            } else {
                delta[s][c] = delta[fail[s]][c];
            }
        }
    }

    // Number the states: those without matches first (the root stays 0), then the rest.
    assert!(matches[0].is_empty());
    let mut order: Vec<usize> = (0..n).filter(|&s| matches[s].is_empty()).collect();
    let first_match = order.len();
    order.extend((0..n).filter(|&s| !matches[s].is_empty()));
    let mut number = vec![0usize; n];
    for (new, &old) in order.iter().enumerate() {
        number[old] = new;
    }
    let mut trans = vec![0u16; n << shift];
    let mut out_start = vec![0u32];
    let mut out = Vec::new();
    for (new, &old) in order.iter().enumerate() {
        for c in 0..n_classes {
            trans[(new << shift) | c] =
                u16::try_from(number[delta[old][c]]).expect("at most 65536 states");
        }
        if new >= first_match {
            out.extend(&matches[old]);
            out_start.push(u32::try_from(out.len()).expect("small"));
        }
    }
    Dfa {
        classes,
        shift,
        trans,
        first_match: u16::try_from(first_match).expect("at most 65536 states"),
        out_start,
        out,
        lens: spec
            .patterns
            .iter()
            .map(|p| u16::try_from(p.len()).expect("short patterns"))
            .collect(),
    }
}

fn list<T: std::fmt::Display>(out: &mut String, items: &[T]) {
    for (i, x) in items.iter().enumerate() {
        if i % 24 == 0 {
            out.push('\n');
        }
        let _ = write!(out, "{x},");
    }
}

/// The Rust source of every table: one `Table` static each, and its patterns (for tests).
pub fn source(specs: &[Spec]) -> String {
    let mut out = String::from("// Generated by build.rs from the phrase lists: do not edit.\n");
    for spec in specs {
        let d = build(spec);
        let name = spec.name;
        let _ = write!(out, "pub static {name}: Table = Table {{\nclasses: [");
        list(&mut out, &d.classes);
        let _ = write!(out, "],\nshift: {},\ntrans: &[", d.shift);
        list(&mut out, &d.trans);
        let _ = write!(
            out,
            "],\nfirst_match: {},\nlongest: {},\nout_start: &[",
            d.first_match,
            d.lens.iter().max().copied().unwrap_or(0)
        );
        list(&mut out, &d.out_start);
        out.push_str("],\nout: &[");
        list(&mut out, &d.out);
        out.push_str("],\nlens: &[");
        list(&mut out, &d.lens);
        let _ = writeln!(out, "],\nfold_case: {},\n}};", spec.fold_case);
        let _ = write!(
            out,
            "#[cfg(test)]\n#[allow(dead_code)]\npub static {name}_PATTERNS: &[&str] = &["
        );
        for p in &spec.patterns {
            let _ = write!(out, "{p:?},");
        }
        out.push_str("];\n");
    }
    out.push_str("#[cfg(test)]\npub static ALL: &[(&str, &Table, &[&str])] = &[");
    for spec in specs {
        let name = spec.name;
        let _ = write!(out, "(\"{name}\", &{name}, {name}_PATTERNS),");
    }
    out.push_str("];\n");
    out
}

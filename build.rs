//! Compiles the fixed patterns in `src/patterns.rs` into DFAs, so that a run reads them as
//! they are instead of building them: building is most of the time a one-file run takes.
//! The program falls back to building a pattern itself when a DFA cannot be read (a target
//! whose byte order differs from the machine that built it).

use regex_automata::{dfa::dense, util::syntax};

#[path = "src/patterns.rs"]
mod patterns;

fn main() {
    println!("cargo::rerun-if-changed=src/patterns.rs");
    println!("cargo::rerun-if-changed=build.rs");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (name, pattern) in [("ask", patterns::ASK), ("procedural", patterns::PROCEDURAL)] {
        let dfa = dense::Builder::new()
            .syntax(syntax::Config::new().utf8(false))
            .configure(dense::Config::new().minimize(true))
            .build(pattern)
            .expect("fixed pattern builds");
        let (bytes, pad) = dfa.to_bytes_native_endian();
        std::fs::write(
            out.join(format!("{name}.dfa")),
            bytes.get(pad..).unwrap_or_default(),
        )
        .expect("OUT_DIR is writable");
    }
}

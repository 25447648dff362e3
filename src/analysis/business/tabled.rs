//! How the record prints a question tabled for oral answer: its number, or the tabled
//! form of the Commons ("What recent assessment he has made ...", "If he will ...").

use crate::scan::Cursor;

/// How an oral question is printed: its number ("4.", "T2."), or the form of a tabled
/// question ("What recent assessment ...", "If he will ..."), ASCII case aside.
pub(in crate::analysis) fn is_tabled_question(open_head: &str) -> bool {
    const NOUNS: [&str; 14] = [
        "steps",
        "assessment",
        "plans",
        "progress",
        "discussions",
        "estimate",
        "representations",
        "research",
        "meetings",
        "guidance",
        "assistance",
        "changes",
        "resources",
        "role",
    ];
    let numbered = |mut c: Cursor| c.digits(1, 3).is_some() && c.byte(b'.');
    let mut c = Cursor::new(open_head);
    if numbered(c) {
        return true;
    }
    let mut tq = c;
    if tq.one_of(&["t", "q"]).is_some() && numbered(tq) {
        return true;
    }
    if c.lit("what ") {
        // "What recent assessment ...", "What his most recent estimate is ...", "What her
        // latest assessment ...".
        let mut what = c;
        let mut latest = c;
        if latest.one_of(&["his ", "her ", "the "]).is_some()
            && latest.one_of(&["most recent ", "latest "]).is_some()
        {
            what = latest;
        } else {
            what.lit("recent ");
        }
        if what.one_of(&NOUNS).is_some() || what.lit("consideration") {
            return true;
        }
        // "What his Department's timetable is for ..."
        let mut department = c;
        if department.one_of(&["his ", "her "]).is_some()
            && department
                .one_of(&["department's ", "department’s "])
                .is_some()
        {
            return true;
        }
        return c
            .one_of(&["his ", "her ", "the government's ", "the government’s "])
            .is_some()
            && c.one_of(&["policy ", "plans "]).is_some()
            && c.one_of(&["is", "are"]).is_some();
    }
    if c.one_of(&["how many", "how much", "if he will", "if she will"])
        .is_some()
    {
        return true;
    }
    if c.lit("when ") {
        return c.one_of(&["he ", "she "]).is_some()
            && c.one_of(&["expects", "plans", "intends"]).is_some();
    }
    c.lit("whether ")
        && c.one_of(&["he ", "she "]).is_some()
        && c.one_of(&["will", "has", "plans"]).is_some()
}

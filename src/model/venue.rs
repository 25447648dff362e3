//! Where an item was taken.

use schemars::JsonSchema;
use serde::Serialize;
use std::fmt;

/// Where an item was taken: the known rooms by name, anything else (a committee's name as
/// the record gives it) as written. Serialized as its name, the schema's plain string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Venue {
    CommonsChamber,
    WestminsterHall,
    LordsChamber,
    GrandCommittee,
    ScottishParliamentChamber,
    AssemblyChamber,
    PublicBillCommittee,
    /// Another room or committee, named as the record names it.
    Other(String),
}

impl Venue {
    const KNOWN: [(Venue, &'static str); 7] = [
        (Venue::CommonsChamber, "Commons Chamber"),
        (Venue::WestminsterHall, "Westminster Hall"),
        (Venue::LordsChamber, "Lords Chamber"),
        (Venue::GrandCommittee, "Grand Committee"),
        (
            Venue::ScottishParliamentChamber,
            "Scottish Parliament Chamber",
        ),
        (Venue::AssemblyChamber, "Assembly Chamber"),
        (Venue::PublicBillCommittee, "Public Bill Committee"),
    ];

    /// The venue a record names ("Westminster Hall", "westminster hall").
    pub fn named(name: &str) -> Venue {
        Venue::KNOWN
            .iter()
            .find(|(_, n)| n.eq_ignore_ascii_case(name.trim()))
            .map_or_else(|| Venue::Other(name.trim().to_string()), |(v, _)| v.clone())
    }

    /// Its name as people write it.
    pub fn name(&self) -> &str {
        match self {
            Venue::Other(n) => n,
            known => Venue::KNOWN
                .iter()
                .find(|(v, _)| v == known)
                .map_or("", |(_, n)| n),
        }
    }

    /// A committee room rather than a chamber.
    pub fn is_committee(&self) -> bool {
        self.name().contains("Committee")
    }
}

impl fmt::Display for Venue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Venue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl JsonSchema for Venue {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Venue".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

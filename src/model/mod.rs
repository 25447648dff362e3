//! The data model: what parsers produce (`Transcript`, `RawDebate`, `Contribution`) and what
//! analysis produces (`Summary`, `Speaker`), which is also the JSON schema v1 view.

mod venue;
mod warning;

pub use venue::Venue;
pub use warning::{PartialBecause, Warning};

use schemars::JsonSchema;
use serde::Serialize;
use std::fmt;

/// Which House a debate belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub enum House {
    Commons,
    Lords,
    #[serde(rename = "Scottish Parliament")]
    ScottishParliament,
    #[serde(rename = "Northern Ireland Assembly")]
    NiAssembly,
}

impl House {
    /// How the House names the two sides of a division: the Commons' (and the Northern
    /// Ireland Assembly's) ayes and noes, the Lords' contents and not-contents, the Scottish
    /// Parliament's votes for and against.
    pub fn vote_labels(house: Option<House>) -> (&'static str, &'static str) {
        match house {
            Some(House::Lords) => ("Contents", "Not-Contents"),
            Some(House::ScottishParliament) => ("For", "Against"),
            _ => ("Ayes", "Noes"),
        }
    }
}

impl fmt::Display for House {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            House::Commons => "Commons",
            House::Lords => "Lords",
            House::ScottishParliament => "Scottish Parliament",
            House::NiAssembly => "Northern Ireland Assembly",
        })
    }
}

/// The transcript formats the tool reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InputFormat {
    /// Hansard "download as text" exports and text copied from Hansard pages.
    HansardText,
    /// hansard.parliament.uk pages (and older publications.parliament.uk pages) saved as HTML.
    HansardHtml,
    /// Parallel Parliament debate pages copied as text.
    ParallelParliament,
    /// TheyWorkForYou / parlparse XML day files.
    TwfyXml,
    /// ParlaMint TEI XML.
    ParlamintTei,
    /// The Hansard API's debate JSON (`/debates/debate/{id}.json`).
    HansardApi,
    /// Historic Hansard XML: the Commons and Lords archive's sittings (1803–2005).
    HistoricXml,
    /// Akoma Ntoso debate records (`<akomaNtoso><debate>`), the OASIS LegalDocML standard.
    AkomaNtoso,
}

impl fmt::Display for InputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InputFormat::HansardText => "hansard-text",
            InputFormat::HansardHtml => "hansard-html",
            InputFormat::ParallelParliament => "parallel-parliament",
            InputFormat::TwfyXml => "twfy-xml",
            InputFormat::ParlamintTei => "parlamint-tei",
            InputFormat::HansardApi => "hansard-api",
            InputFormat::HistoricXml => "historic-xml",
            InputFormat::AkomaNtoso => "akoma-ntoso",
        })
    }
}

/// What kind of person an attribution names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrKind {
    /// A member speaking for themself.
    Person,
    /// Whoever presides ("Mr Speaker", "Sir X (in the Chair)").
    Chair,
    /// "Hon. Members", "Several hon. Members": nobody's words.
    Collective,
}

/// The attribution of one contribution as the transcript gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The line or attribute as written.
    pub raw: String,
    /// The person's name without honorifics ("Kirith Entwistle", "Lord Hill of Oareford").
    pub name: Option<String>,
    /// True when `name` is only a surname taken from "Mr. Hain"-style attributions.
    pub surname_only: bool,
    /// Office as given ("Parliamentary Under-Secretary of State for Justice").
    pub office: Option<String>,
    pub constituency: Option<String>,
    pub party: Option<String>,
    /// A stable identifier from the record (TheyWorkForYou `speakerid`, ParlaMint `who`).
    pub id: Option<String>,
    pub kind: AttrKind,
}

impl Attribution {
    /// A plain person attribution with only a name.
    pub fn person(name: &str) -> Self {
        Attribution {
            raw: name.to_string(),
            name: Some(name.to_string()),
            surname_only: false,
            office: None,
            constituency: None,
            party: None,
            id: None,
            kind: AttrKind::Person,
        }
    }
}

/// One attributed block of speech.
#[derive(Debug, Clone)]
pub struct Contribution {
    pub speaker: Attribution,
    /// Paragraphs of speech, procedure already removed.
    pub paragraphs: Vec<String>,
}

/// One debate as a parser found it, before analysis.
#[derive(Debug, Clone, Default)]
pub struct RawDebate {
    pub title: String,
    pub date: Option<String>,
    pub house: Option<House>,
    pub venue: Option<Venue>,
    /// The presiding member's name when the record states it ("[X in the Chair]").
    pub chair: Option<String>,
    /// The Government department named by the page, if any (Parallel Parliament).
    pub department: Option<String>,
    /// The transcript does not hold the whole debate.
    pub partial: bool,
    /// The transcript is known to begin at the debate's opening.
    pub has_opening: bool,
    /// The record names every minister by office on their first contribution ("The
    /// Minister for Energy (Name)"), so a minister is never inferred from what is said: a
    /// record with no office holder has no Government reply (the Hansard API).
    pub offices_stated: bool,
    pub contributions: Vec<Contribution>,
    /// Procedural lines seen in the debate ("I beg to move" motions, "Moved By", "The House
    /// divided: Ayes 213, Noes 293.").
    pub procedure: Vec<String>,
    /// Every heading the record put over the debate, framing ones ("Opposition Day", "Oral
    /// Answers to Questions") included, outermost first.
    pub headings: Vec<String>,
    /// Parser remarks that belong in `warnings`.
    pub notes: Vec<Warning>,
}

impl RawDebate {
    /// The paragraphs of contribution `i`; none when there is no such contribution.
    pub fn paragraphs(&self, i: usize) -> &[String] {
        self.contributions.get(i).map_or(&[], |c| &c.paragraphs)
    }
}

/// What a parser returns for one input.
#[derive(Debug, Clone)]
pub struct Transcript {
    pub format: InputFormat,
    pub debates: Vec<RawDebate>,
}

/// A speaker's role in a debate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Lead,
    Minister,
    ShadowMinister,
    Chair,
    Member,
}

impl Role {
    /// The label used in tables and Markdown.
    pub fn label(self) -> &'static str {
        match self {
            Role::Lead => "Lead",
            Role::Minister => "Minister",
            Role::ShadowMinister => "Shadow minister",
            Role::Chair => "Chair",
            Role::Member => "Member",
        }
    }
}

/// A person who spoke, merged across contributions (SPEAKER in the schema).
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Speaker {
    pub name: String,
    pub constituency: Option<String>,
    pub party: Option<String>,
    pub office: Option<String>,
    pub role: Role,
    pub words: usize,
    pub contributions: usize,
    pub interventions: usize,
    pub summary: String,
}

/// Where a summary came from.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Source {
    pub path: String,
    pub format: InputFormat,
    pub index: usize,
}

/// What kind of thing a request asks for.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AskKind {
    Legislation,
    Funding,
    Meeting,
    Review,
    Statement,
    Other,
}

/// The passage of the minister's reply that answers a request or question.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Answer {
    pub speaker: String,
    pub text: String,
}

/// What the Government's reply in the debate did with a request or question.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Commits to it, or says it is already being done.
    Agreed,
    /// Declines or rejects it.
    Refused,
    /// Will consider, review, look into, write or come back to it.
    Deferred,
    /// Engages with it (explains policy, gives figures) without agreeing or refusing.
    Responded,
    /// The reply says nothing on it.
    NotAddressed,
}

impl Verdict {
    /// The verdict in plain words, as the table, Markdown and HTML show it.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Agreed => "Agreed",
            Verdict::Refused => "Refused",
            Verdict::Deferred => "Will consider",
            Verdict::Responded => "Responded",
            Verdict::NotAddressed => "Not addressed",
        }
    }
}

/// What a Government sentence does: the kinds of Government position.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Commits,
    Refuses,
    Defers,
    Announces,
}

impl Stance {
    /// The stance in plain words.
    pub fn label(self) -> &'static str {
        match self {
            Stance::Commits => "Commits",
            Stance::Refuses => "Refuses",
            Stance::Defers => "Will consider",
            Stance::Announces => "Announces",
        }
    }

    /// The verdict a reply with this stance gives the request it answers.
    pub fn verdict(self) -> Verdict {
        match self {
            Stance::Commits => Verdict::Agreed,
            Stance::Refuses => Verdict::Refused,
            Stance::Defers => Verdict::Deferred,
            Stance::Announces => Verdict::Responded,
        }
    }
}

/// A commitment, refusal, deferral or announcement made for the Government in the debate.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct GovernmentPosition {
    pub stance: Stance,
    pub speaker: String,
    /// The sentence as spoken.
    pub text: String,
}

/// A request made of the Government, quoted from the transcript.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct KeyRequest {
    /// Who asked first.
    pub speaker: String,
    /// The sentence as spoken; after the sentence it points back at when it cannot stand
    /// alone ("... it should be suspended. Does the Secretary of State agree?").
    pub text: String,
    /// The request reduced to its action ("ban the creation of sexually explicit deepfakes").
    pub ask: String,
    pub kind: AskKind,
    /// "Government", "Minister", "Secretary of State" or "Department", as the speaker put it.
    pub addressed_to: String,
    /// Everyone who asked for this, in order.
    pub askers: Vec<String>,
    /// What the Government's reply did with it.
    pub verdict: Verdict,
    /// True unless the verdict is `not_addressed`.
    pub answered: bool,
    /// The deciding sentence of the Government's reply.
    pub answer: Option<Answer>,
}

/// A question put to the minister and the passage of the reply that addresses it.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Question {
    /// Who asked first.
    pub speaker: String,
    /// The question as spoken, after the sentence it points back at when it cannot stand
    /// alone.
    pub text: String,
    /// Everyone who put this question in these words, in order (members whose tabled
    /// questions are taken together each put the same words).
    pub askers: Vec<String>,
    /// What the Government's reply did with it.
    pub verdict: Verdict,
    /// True unless the verdict is `not_addressed`.
    pub answered: bool,
    pub answer: Option<Answer>,
}

/// What kind of business an item is (SPEC "Kind of business").
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Debate,
    AdjournmentDebate,
    OppositionDay,
    BillStage,
    Statement,
    UrgentQuestion,
    OralQuestions,
    PrimeMinistersQuestions,
    LordsQuestion,
    ShortDebate,
    Petition,
    PointOfOrder,
    Committee,
    Procedure,
    Other,
}

impl Kind {
    /// Questions put to a minister, one after another, each answered as it is asked.
    pub fn is_question_time(self) -> bool {
        matches!(
            self,
            Kind::OralQuestions
                | Kind::PrimeMinistersQuestions
                | Kind::UrgentQuestion
                | Kind::LordsQuestion
        )
    }

    /// The kind in plain words.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Debate => "Debate",
            Kind::AdjournmentDebate => "Adjournment debate",
            Kind::OppositionDay => "Opposition Day debate",
            Kind::BillStage => "Bill stage",
            Kind::Statement => "Statement",
            Kind::UrgentQuestion => "Urgent question",
            Kind::OralQuestions => "Oral questions",
            Kind::PrimeMinistersQuestions => "Prime Minister's Questions",
            Kind::LordsQuestion => "Lords question",
            Kind::ShortDebate => "Question for short debate",
            Kind::Petition => "Petition",
            Kind::PointOfOrder => "Point of order",
            Kind::Committee => "Committee",
            Kind::Procedure => "Procedure",
            Kind::Other => "Other business",
        }
    }

    /// True for a question put to the Government (at question time, urgent, in the Lords):
    /// its opener asks rather than opens a debate.
    pub fn is_question(self) -> bool {
        matches!(
            self,
            Kind::UrgentQuestion
                | Kind::OralQuestions
                | Kind::PrimeMinistersQuestions
                | Kind::LordsQuestion
        )
    }

    /// How the person who opens this kind of item is labelled.
    pub fn opener_label(self, lead_is_minister: bool, commons: bool) -> &'static str {
        match self {
            Kind::Statement => "Opened by",
            k if k.is_question() => "Asked by",
            _ if lead_is_minister => "Opened by",
            _ if commons => "Lead MP",
            _ => "Lead",
        }
    }
}

/// The result of a division.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DivisionResult {
    Agreed,
    Negatived,
}

/// One recorded vote.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Division {
    pub ayes: u32,
    pub noes: u32,
    pub result: DivisionResult,
    /// What was voted on, as the record puts the question ("That the amendment be made"),
    /// when it says.
    pub question: Option<String>,
}

/// A topic label with the evidence that chose it.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Tag {
    pub label: String,
    pub score: f64,
    pub evidence: Vec<String>,
}

/// The summary of one debate (DEBATE in schema v1).
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Summary {
    pub source: Source,
    pub partial: bool,
    pub title: String,
    pub date: Option<String>,
    pub house: Option<House>,
    pub venue: Option<Venue>,
    pub chair: Option<String>,
    pub lead: Option<Speaker>,
    pub minister: Option<Speaker>,
    pub speakers: Vec<Speaker>,
    pub other_contributors: usize,
    pub word_count: usize,
    pub contributions: usize,
    pub at_a_glance: String,
    /// What kind of business the item is.
    pub kind: Kind,
    /// The stage, for `bill_stage` ("Second Reading", "Report").
    pub stage: Option<String>,
    /// Each recorded vote, in order.
    pub divisions: Vec<Division>,
    /// Every request found, the ones a journalist would lead with first.
    pub key_requests: Vec<KeyRequest>,
    /// Questions put to the minister, each with the passage of the reply that answers it.
    pub questions: Vec<Question>,
    /// How many of `questions` were answered.
    pub questions_answered: usize,
    /// The Government's commitments, refusals, deferrals and announcements, in spoken order.
    pub government_positions: Vec<GovernmentPosition>,
    pub government_response: String,
    pub tags: Vec<Tag>,
    pub warnings: Vec<String>,
}

//! The phrase lists behind the editorial judgments, kept as data a reader can review.
//!
//! - What a Government sentence does (its *stance*): refuses, defers, commits or announces,
//!   from how ministers actually speak ("we have no plans to", "I will write to", "I am happy
//!   to", "£20 million"). A sentence takes the first stance whose list it matches, in that
//!   order: "we will not" is a refusal before it is a commitment, and "I will write to" a
//!   deferral.
//! - Whether a sentence reads on its own: it must not open by pointing back at something
//!   unsaid ("That is why", "He mentioned", "However,"), nor be a courtesy, a declaration of
//!   interest, an apology or a tribute.
//!
//! Every phrase is matched on whole words of the sentence lowercased with its punctuation
//! folded to spaces (`text::normalise_for_match`), so "can't" is written "can t" here.

use super::text::normalise_for_match;
use crate::model::Stance;
use std::sync::LazyLock;

/// Declining or rejecting what was asked.
pub const REFUSES: &[&str] = &[
    "no plans to",
    "no plans for",
    "no intention",
    "not possible",
    "not be possible",
    "would not be right",
    "not be right",
    "would not be appropriate",
    "not be appropriate",
    "i cannot",
    "we cannot",
    "government cannot",
    "cannot accept",
    "cannot support",
    "cannot agree",
    "cannot commit",
    "cannot promise",
    "cannot give",
    "cannot go ahead",
    "cannot be",
    "i can t",
    "we can t",
    "do not believe that it would",
    "do not believe it would",
    "do not believe that it is",
    "do not think it",
    "do not think that",
    "do not accept",
    "does not accept",
    "not accept",
    "we reject",
    "i reject",
    "i will not",
    "we will not",
    "government will not",
    "department will not",
    "ministers will not",
    "i won t",
    "we won t",
    "i shall not",
    "we shall not",
    "not prepared to",
    "do not contemplate",
    "not for us to",
    "not for me to",
    "not for the government",
    "not for the police",
    "unable to",
    "not going to",
    "do not support",
    "not convinced",
    "not persuaded",
    "not correct",
    "set our face against",
    "do not envisage",
    "not currently envisage",
    "would not want",
    "rule out",
    "not minded",
    "do not agree",
    "not feasible",
    "not in a position to",
    "too early to",
    "would be wrong",
];

/// Promising to consider, review, look into, write or come back later.
pub const DEFERS: &[&str] = &[
    "will consider",
    "shall consider",
    "will carefully consider",
    "will certainly consider",
    "will give consideration",
    "consider whether",
    "before i consider",
    "will look at",
    "will look into",
    "will look again",
    "will look carefully",
    "will have to look",
    "will certainly look",
    "shall look",
    "look into that",
    "look into it",
    "will write to",
    "shall write to",
    "write to him",
    "write to her",
    "write to the hon",
    "write to my hon",
    "write to the right hon",
    "in a letter",
    "will reflect",
    "reflect on",
    "under review",
    "under constant review",
    "keep under review",
    "keep it under review",
    "keep the matter under review",
    "kept under review",
    "will review",
    "will come back",
    "come back to the house",
    "get back to",
    "take that away",
    "take it away",
    "will explore",
    "will consult",
    "will examine",
    "will investigate",
    "i shall provide",
    "will update the house",
    "in due course",
    "will raise",
    "take it up with",
    "will discuss",
    "will pass on",
    "will ask officials",
    "will ask my officials",
    "want to see the outcome",
];

/// Openings of a question that asks for information rather than action ("How many ...?",
/// "Can the Minister tell the House when ...?"): a reply to one responds, or defers, but
/// does not agree or refuse.
pub const ASKS_INFORMATION: &[&str] = &[
    "how", "what", "when", "why", "who", "whom", "where", "which", "whether", "has", "have", "is",
    "are", "was", "were", "did", "had",
];

/// Verbs after "Can/Could/Will the Minister" that ask to be told something.
pub const TELL_VERBS: &[&str] = &[
    "tell",
    "say",
    "explain",
    "make it clear",
    "make clear",
    "set out",
    "update",
    "give",
    "clarify",
    "inform",
    "outline",
    "comment",
    "indicate",
    "describe",
];

/// Committing to do it, or saying it is already done.
pub const COMMITS: &[&str] = &[
    "i will",
    "we will",
    "i shall",
    "we shall",
    "the government will",
    "the department will",
    "i am happy to",
    "i would be happy to",
    "happy to speak to",
    "happy to discuss",
    "happy to talk",
    "willing to discuss",
    "i am more than happy to",
    "i am pleased to",
    "i would be delighted to",
    "i am keen to",
    "i commit",
    "i pledge",
    "i undertake",
    "i can confirm",
    "i can assure",
    "i can give",
    "we are committed",
    "i am committed",
    "government are committed",
    "government is committed",
    "we have committed",
    "we committed",
    "we promised",
    "we are determined",
    "are determined to",
    "determination of the government",
    "i accept",
    "i agree",
    "i absolutely agree",
    "we agree",
    "we are introducing",
    "we have introduced",
    "we are investing",
    "we are providing",
    "we have provided",
    "we are acting",
    "are taking action",
    "we are taking",
    "we continue to",
    "will continue to",
    "will be published",
    "will be introduced",
    "will be available",
    "will be made available",
    "we intend",
    "i intend",
    "have made the relevant",
    "have been handed over",
];

/// Announcing money, dates or new policy.
pub const ANNOUNCES: &[&str] = &[
    "announce",
    "announcing",
    "announcement",
    "announced today",
    "today announced",
    "will take effect",
    "will come into force",
    "will be required",
    "will remain",
    "will go up",
    "will increase",
    "will be increased",
    "will benefit",
    "will be recognised",
    "will be extended",
    "will be empowered",
    "will report",
    "should report",
    "launched",
];

/// Money and shares count as an announcement only from the Government's side of a sentence
/// ("we are providing £20 million"), not as a description of an industry.
pub const GOVERNMENT_ACTORS: &[&str] = &[
    "we",
    "our",
    "government",
    "department",
    "will",
    "fund",
    "funding",
    "invest",
    "allocated",
    "allocation",
    "support",
];

/// How a speech signposts itself ("I will come on to", "I shall turn to"): such a sentence
/// promises nothing, whatever "I will" it holds.
pub const FILLER: &[&str] = &[
    "in a little while",
    "i am about to",
    "shall not go through",
    "will not go through",
    "complacent",
    "the following",
    "i will come on to",
    "i will come to",
    "i shall come to",
    "i shall come on to",
    "i was going to come on to",
    "i will make this point",
    "i will turn to",
    "i shall turn to",
    "i will now turn",
    "i will say",
    "i will be brief",
    "i will try to",
    "i shall try to",
    "i will address",
    "i will deal with",
    "i will respond",
    "i will touch",
    "i will return",
    "i will return to",
    "i will give way",
    "i will not give way",
    "i will make progress",
    "i will not take",
    "i will finish",
    "i will conclude",
    "i will end",
    "i will explain",
    "i will set out",
    "i will mention",
    "i will answer",
    "i will not detain",
    "i will not repeat",
    "will the minister give way",
    "i will attempt",
    "i shall give the house",
    "i shall touch",
    "will not deal with",
    "will not go further",
    "i will not go into",
    "make progress",
    "run out of time",
    "have the opportunity to",
    "i will comment",
    "shall describe",
    "as i said earlier",
    "as i said in my statement",
    "said in my statement",
    "as i have said",
];

/// Openings that point back at something the reader has not seen. A summary sentence that
/// starts with one of these cannot stand on its own.
pub const POINTS_BACK: &[&str] = &[
    "that is",
    "that was",
    "that would",
    "that will",
    "that has",
    "that means",
    "that s",
    "this is",
    "this was",
    "he",
    "she",
    "they",
    "him",
    "her",
    "his",
    "their",
    "such",
    "in other words",
    "however",
    "but",
    "and",
    "so",
    "yes",
    "no",
    "indeed",
    "again",
    "also",
    "as i have said",
    "as i said",
    "as he said",
    "as she said",
    "as i mentioned",
    "in that case",
    "in this case",
    "in which case",
    "even so",
    "for that reason",
    "for this reason",
    "on that point",
    "on that",
    "that",
    "those",
    "these",
    "then",
    "therefore",
    "thus",
    "likewise",
    "similarly",
    "nevertheless",
    "none the less",
    "of course",
    "equally",
    "moreover",
    "furthermore",
    "besides",
    "otherwise",
    "secondly",
    "thirdly",
    "finally",
    "lastly",
];

/// Courtesies, declarations of interest, apologies and tributes: never summary sentences.
pub const NOT_CONTENT: &[&str] = &[
    "pleasure to serve",
    "congratulat",
    "declare an interest",
    "declare my interest",
    "i apologise",
    "i can only apologise",
    "paying tribute",
    "pay tribute",
    "good to see you in the chair",
    "i thank the",
    "i thank my",
    "i thank him",
    "i thank her",
    "i am grateful to",
    "thank you mr",
    "thank you madam",
    "i welcome the",
    "i join",
    "will the minister give way",
    "give way",
];

/// A whole-word matcher over one list: the text is wrapped in spaces, and so is each
/// pattern (on both sides, or only in front for stems such as "congratulat").
struct Phrases(aho_corasick::AhoCorasick);

impl Phrases {
    fn build(list: &[&str], after: &str) -> Self {
        let padded: Vec<String> = list.iter().map(|p| format!(" {p}{after}")).collect();
        Phrases(
            aho_corasick::AhoCorasick::builder()
                .build(padded)
                .expect("fixed cue lists build"),
        )
    }

    /// Whole words and phrases.
    fn new(list: &[&str]) -> Self {
        Self::build(list, " ")
    }

    /// Stems, matched at a word's start only.
    fn prefix(list: &[&str]) -> Self {
        Self::build(list, "")
    }

    /// Words: the sentence as `words_of` gives it.
    fn in_words(&self, words: &str) -> bool {
        self.0.is_match(words)
    }
}

static REFUSE: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(REFUSES));
static DEFER: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(DEFERS));
static COMMIT: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(COMMITS));
static ANNOUNCE: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(ANNOUNCES));
static MONEY: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(&["million", "billion", "per cent"]));
static ACTOR: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(GOVERNMENT_ACTORS));
static FILLER_M: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(FILLER));
static NOT_CONTENT_M: LazyLock<Phrases> = LazyLock::new(|| Phrases::prefix(NOT_CONTENT));

/// Adverbs that sit inside a stance without changing it ("it would not *therefore* be
/// possible"): dropped before the stance lists are matched.
const HEDGES: &[&str] = &[
    "therefore",
    "then",
    "also",
    "really",
    "currently",
    "simply",
    "necessarily",
    "now",
    "yet",
    "at present",
    "at this stage",
    "certainly",
    "absolutely",
    "obviously",
    "clearly",
];

/// The sentence's words, lowercased, punctuation folded, wrapped in spaces.
fn words_of(s: &str) -> String {
    format!(" {} ", normalise_for_match(s).trim())
}

/// [`words_of`] without the hedging adverbs, for the stance lists.
fn plain_words_of(s: &str) -> String {
    let mut w = words_of(s);
    for h in HEDGES {
        let padded = format!(" {h} ");
        while w.contains(&padded) {
            w = w.replace(&padded, " ");
        }
    }
    w
}

/// What a Government sentence does, if it does any of the four things; questions and
/// sentences too short to carry a position do none.
pub fn stance_of(s: &str) -> Option<Stance> {
    let t = s.trim();
    if t.ends_with('?') || super::text::word_count(t) < 6 {
        return None;
    }
    let w = plain_words_of(t);
    if FILLER_M.in_words(&w) || NOT_CONTENT_M.in_words(&w) {
        None
    } else if concedes_then_declines(&w) || REFUSE.in_words(&w) {
        Some(Stance::Refuses)
    } else if DEFER.in_words(&w) {
        Some(Stance::Defers)
    } else if COMMIT.in_words(&w) {
        Some(Stance::Commits)
    } else if ANNOUNCE.in_words(&w)
        || ((t.contains('£') || t.contains('%') || MONEY.in_words(&w)) && ACTOR.in_words(&w))
    {
        Some(Stance::Announces)
    } else {
        None
    }
}

/// Phrases by which a member asks to be told something in a sentence that is not itself a
/// question ("I would be grateful if the Minister informed the House ...", "she should tell
/// us more about ...").
pub const ASKS_TO_BE_TOLD: &[&str] = &[
    "tell us",
    "tell the house",
    "say a little more",
    "say more",
    "a little more about",
    "enlighten",
    "informed the house",
    "inform the house",
    "update the house",
    "request for information",
    "information on",
    "information about",
    "explain to the house",
];

/// Openings of a question's later clause that ask for information ("We welcome the
/// extension, but how ...?").
const LATER_CLAUSE_ASKS: &[&str] = &[
    "but how", "but what", "but when", "but why", "and how", "and what", "and when",
];

static TO_BE_TOLD: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(ASKS_TO_BE_TOLD));
static LATER_CLAUSE: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(LATER_CLAUSE_ASKS));

/// Openings that grant the member's point before a "but" turns it down ("Of course we will
/// note what the hon. Gentleman has said, but I am minded to accept the recommendations as
/// written."): a concession, not a commitment.
pub const CONCEDES: &[&str] = &[
    "of course",
    "i understand",
    "i appreciate",
    "i recognise",
    "i hear",
    "i know",
    "i note",
    "i am glad",
    "i accept that",
    "i take the point",
    "i take his point",
    "i take her point",
    "i have sympathy",
    "i sympathise",
];

static CONCEDE: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(CONCEDES));

/// True when a sentence grants a point and turns on "but" to something other than the
/// Government's own words ("..., but that is the nature of a detention centre"): it decides
/// a reply, but is no position. "..., but I am minded to accept ..." is one.
pub fn concedes(s: &str) -> bool {
    let w = plain_words_of(s);
    let own = w
        .rsplit_once(" but ")
        .and_then(|(_, after)| after.split_whitespace().next())
        .is_some_and(|first| matches!(first, "i" | "we"));
    !own && concedes_then_declines(&w)
}

/// True for "[concession], but [something other than a commitment]": the words after the
/// last "but" decide, and a concession that turns on "but" declines unless what follows
/// commits or defers.
fn concedes_then_declines(w: &str) -> bool {
    let Some((before, after)) = w.rsplit_once(" but ") else {
        return false;
    };
    let opening: String = before
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    CONCEDE.in_words(&format!(" {opening} "))
        && !COMMIT.in_words(&format!(" {after}"))
        && !DEFER.in_words(&format!(" {after}"))
}

/// True when an ask asks to be told something rather than for something to be done: a
/// question opening with a question word or "Can the Minister tell ...", a question whose
/// later clause does ("..., but how ...?"), or a request to be told ("I would be grateful if
/// the Minister informed the House ...").
pub fn asks_information(s: &str) -> bool {
    let w = words_of(s);
    if TO_BE_TOLD.in_words(&w) {
        return true;
    }
    let question = s.trim_end().ends_with('?');
    if !question {
        return false;
    }
    if LATER_CLAUSE.in_words(&w) {
        return true;
    }
    let words: Vec<&str> = w
        .split_whitespace()
        .skip_while(|x| LEADING_LINKS.contains(x))
        .collect();
    let first = words.first().copied().unwrap_or("");
    let rest = words.get(1..).unwrap_or_default();
    // "Is it not ...?", "Does he not agree ...?": a negative question asks the minister to
    // agree, not to inform.
    if rest.iter().take(3).any(|x| *x == "not") {
        return false;
    }
    if ASKS_INFORMATION.contains(&first) {
        return true;
    }
    if !matches!(first, "can" | "could" | "will" | "would" | "may") {
        return false;
    }
    // "Will the CCTV coverage be available?": a question about what will happen, not an ask
    // of the Government, when its subject is not the Government or the minister.
    let subject = format!(
        " {} ",
        rest.iter().take(4).copied().collect::<Vec<_>>().join(" ")
    );
    if !ADDRESSEE.in_words(&subject) {
        return true;
    }
    // "Can the Minister tell the House ...", "Will he set out ...": the verb after the
    // addressee, starting within the next five words.
    let rest = rest.get(..rest.len().min(6)).unwrap_or_default();
    (0..rest.len()).any(|i| {
        let two = rest
            .get(i..(i + 2).min(rest.len()))
            .unwrap_or_default()
            .join(" ");
        TELL_VERBS.iter().any(|v| two.starts_with(v))
    })
}

/// Linking words read past at the start of a question ("However, will he ...?").
const LEADING_LINKS: &[&str] = &[
    "however", "and", "so", "but", "finally", "first", "firstly", "secondly", "thirdly", "also",
    "then", "further", "lastly",
];

/// Who a question can ask to act: the Government, a minister, or the member addressed.
pub const ADDRESSEES: &[&str] = &[
    "he",
    "she",
    "you",
    "we",
    "they",
    "ministers",
    "minister",
    "secretary",
    "government",
    "department",
    "chancellor",
    "hon",
    "noble",
    "leader",
    "prime",
    "treasury",
    "office",
    "attorney",
    "solicitor",
    "advocate",
    "paymaster",
    "lord",
    "lady",
    "baroness",
];

static ADDRESSEE: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(ADDRESSEES));

/// How a minister declines to tell ("I cannot give the hon. Gentleman an exact date"): the
/// one refusal a question asking for information can get.
pub const DECLINES_TO_TELL: &[&str] = &[
    "cannot give",
    "can t give",
    "cannot say",
    "cannot tell",
    "cannot comment",
    "cannot go into",
    "unable to give",
    "unable to say",
    "not able to give",
    "not able to say",
    "not comment",
    "to comment on",
    "speculate",
    "prejudice",
    "seek answers",
    "neither confirm nor deny",
    "not go into",
];

static DECLINE_TO_TELL: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(DECLINES_TO_TELL));

/// True when a reply sentence declines to give what was asked to be told.
pub fn declines_to_tell(s: &str) -> bool {
    DECLINE_TO_TELL.in_words(&plain_words_of(s))
}

/// Whether words (as `words_of` gives them) open by pointing back at something unsaid.
fn opens_pointing_back(words: &str) -> bool {
    let w = words.trim_start();
    POINTS_BACK
        .iter()
        .any(|p| w.strip_prefix(p).is_some_and(|rest| rest.starts_with(' ')))
}

/// True when a sentence can be quoted on its own: it neither points back nor is a
/// courtesy, declaration, apology or tribute.
pub fn reads_alone(s: &str) -> bool {
    let w = words_of(s);
    !opens_pointing_back(&w) && !NOT_CONTENT_M.in_words(&w) && !super::text::is_courtesy(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stances_from_how_ministers_speak() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("We have no plans to change the scheme this year."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("It would not therefore be possible to make the guide mandatory."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("I will write to my hon. Friend with those numbers."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("I would be happy to meet my hon. Friend and the industry."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("We will not introduce a cap on the fees charged."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("The fund brings together £150 million of support for business."),
            Some(Stance::Announces)
        );
        assert_eq!(s("The weather in the north was poor last week."), None);
        assert_eq!(
            s("I will make this point now, although I was going to come on to it later."),
            None
        );
        assert_eq!(s("Will the Minister publish the figures this year?"), None);
    }

    #[test]
    fn sentences_that_point_back_or_are_courtesies_do_not_read_alone() {
        assert!(!reads_alone("That is why we must act on the figures."));
        assert!(!reads_alone("He mentioned dementia and the care it needs."));
        assert!(!reads_alone("However, the scheme will go ahead next year."));
        assert!(!reads_alone(
            "I declare an interest as a member of the union."
        ));
        assert!(!reads_alone(
            "I pay tribute to the hon. Member for Swindon."
        ));
        assert!(reads_alone(
            "Rural bus routes have fallen by a third since 2010."
        ));
        assert!(reads_alone(
            "Theft of farm machinery has doubled in five years."
        ));
    }
}

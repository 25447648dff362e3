//! The stance lists, as data a reader can review: what a Government sentence does (refuses,
//! defers, commits, announces) and what keeps a sentence from doing it. How they are used
//! is said in `cues`.

/// Declining or rejecting what was asked.
pub const REFUSES: &[&str] = &[
    "no plans to",
    "no plans for",
    "no intention",
    "not possible",
    "not be possible",
    "would not be right",
    "not be right",
    "it is not right to",
    "we do not intend to",
    "i do not intend to",
    "government do not intend to",
    "government does not intend to",
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
    // Money the Government has not got to give.
    "no money available",
    "no funding available",
    "no additional funding",
    "no extra funding",
    "budget is fully committed",
    "budget remains fully committed",
    "budgets are fully committed",
    "budgets remain fully committed",
    // These three refuse only after the Government's side is named (see below).
    "cannot afford",
    "cannot fund",
    "cannot bridge",
];

/// The refusal cues that need someone to refuse ("will not accept", "unable to"): they are
/// the Government's refusal only when the Government's side is named before them in the
/// sentence ("we", "I", "the Department"); "their home country will not accept them" is a
/// fact reported, not a refusal. The other refusal cues ("not possible", "no plans to", "would
/// not be right") refuse whoever says them.
pub const REFUSES_NEED_SUBJECT: &[&str] = &[
    "cannot accept",
    "cannot support",
    "cannot agree",
    "not accept",
    "does not accept",
    "unable to",
    "not prepared to",
    "not convinced",
    "not persuaded",
    "do not support",
    "cannot afford",
    "cannot fund",
    "cannot bridge",
];

/// Who can refuse for the Government, for `REFUSES_NEED_SUBJECT`.
pub const GOVERNMENT_SUBJECTS: &[&str] = &[
    "i",
    "we",
    "my",
    "our",
    "government",
    "department",
    "minister",
    "ministers",
    "secretary",
    // The Government's money: "the national rail budget ... cannot bridge the funding gap".
    "budget",
];

/// What, straight after a refusal cue that ends in "not" or "cannot" ("we will not ...", "we
/// cannot ..."), shows it refuses nothing: "we will not have to review it" (no need), "we
/// will not hesitate to act" (a promise), "not only", "not least", "we cannot but conclude"
/// (we must), "I cannot think of a better way".
pub const NOT_REFUSING_AFTER: &[&str] = &[
    "have to",
    "need to",
    "hesitate",
    "only",
    "just",
    "least",
    "but",
    "help but",
    "think of a better",
    "stress",
    "overstate",
    "emphasise",
];

/// Judgments that a "not" turns into their opposite ("I do not think that it is
/// unaffordable", "it is not impossible"): a double negative affirms, and refuses nothing.
pub const NEGATIVE_JUDGEMENTS: &[&str] = &[
    "unaffordable",
    "unreasonable",
    "unfair",
    "unnecessary",
    "unhelpful",
    "unrealistic",
    "unacceptable",
    "unjustified",
    "unworkable",
    "impossible",
    "inappropriate",
    "wrong",
];

/// A deferral that covers whatever the reply has not answered ("I shall provide him with a
/// detailed explanation in respect of his other questions", "I will reply in writing to those
/// points I do not deal with today"): it defers each ask the reply otherwise leaves open.
pub const COVERS_THE_REST: &[&str] = &[
    "other questions",
    "other points",
    "remaining questions",
    "remaining points",
    "rest of his",
    "rest of her",
    "rest of the points",
    "points i do not",
    "points that i do not",
    "points i have not",
    "points that i have not",
    "questions i have not",
    "questions that i have not",
    "issues i have not",
    "issues that i have not",
    "not covered",
    "not dealt with",
    "not been able to",
    "not able to cover",
    "not able to deal",
    "not had time",
    "any points",
    "any of those points",
    "any of the points",
    "any of the questions",
];

/// Saying that what was asked is already done or already exists ("the powers are in place",
/// "we are already funding it"): a reply that agrees, though it promises nothing new, so
/// it decides a verdict but is no Government position.
pub const ALREADY_DONE: &[&str] = &[
    "already",
    "are in place",
    "is in place",
    "there is a statutory",
];

/// Saying that a power, arrangement or safeguard already exists ("the powers are in place",
/// "enforcers already have the powers to ..."): the Government's stated position on what
/// was asked, listed among its positions as a standing commitment, below any new promise.
pub const IN_PLACE: &[&str] = &[
    "are in place",
    "is in place",
    "already have the power",
    "already have the powers",
    "already has the power",
    "already has the powers",
    "already have powers",
    "already has powers",
];

/// The first word after "a matter for" (after "the", if that comes first) that does not
/// hand a decision to someone else: the Government itself ("a matter for the Government"),
/// a feeling ("a matter for regret") or a later day ("a matter for another day").
pub const NOT_PASSED_TO: &[&str] = &[
    "government",
    "us",
    "you",
    "debate",
    "legitimate",
    "regret",
    "concern",
    "discussion",
    "celebration",
    "congratulation",
    "pride",
    "great",
    "deep",
    "real",
    "serious",
    "some",
    "further",
    "future",
    "later",
    "another",
    "consideration",
    "speculation",
    "judgment",
    "judgement",
    "both",
    "all",
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
    // Finding out and telling the member later.
    "an answer is sent",
    "find out and",
    "let him know",
    "let her know",
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
    // Pleased to tell the House something, not to speak, present a Bill, follow a member or
    // hear a remark.
    "pleased to say",
    "pleased to announce",
    "pleased to confirm",
    "pleased to inform",
    "pleased to tell",
    "pleased to report",
    "pleased to assure",
    "pleased to update",
    "pleased to be able to",
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
    "government are acting",
    "government is acting",
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

/// Words that name money or a share, beside "£" and "%".
pub const MONEY_WORDS: &[&str] = &["million", "billion", "per cent"];

/// Words (stems, matched at a word's start) that put a sentence on the subject of money: an
/// ask about who pays is answered by a reply about funds and budgets, whatever words each
/// uses.
pub const MONEY_SUBJECT: &[&str] = &[
    "money", "fund", "budget", "cost", "paying", "pay for", "paid for", "spending", "invest",
    "financ", "afford", "million", "billion",
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
    "there will be no",
    "have written to",
    "now the subject of",
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

/// Adverbs that sit inside a stance without changing it ("it would not *therefore* be
/// possible"): dropped before the stance lists are matched.
pub const HEDGES: &[&str] = &[
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

/// How a minister declines to tell ("I cannot give the hon. Gentleman an exact date"): the
/// one refusal a question asking for information can get.
pub const DECLINES_TO_TELL: &[&str] = &[
    "cannot give",
    "can t give",
    "cannot say",
    "cannot tell",
    "cannot comment",
    "cannot go into",
    "cannot talk about",
    "cannot discuss",
    "cannot answer",
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

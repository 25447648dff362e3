//! The stance lists, as data a reader can review: refusals, announcements and what keeps a
//! sentence from taking a stance; deferrals and commitments are in `promises`. How they are
//! used is said in `cues`.

/// Declining or rejecting what was asked.
pub const REFUSES: &[&str] = &[
    "no plans to",
    "no plans for",
    "do not plan to", // "... do not plan to reduce it": a harm disowned, as for intentions
    "not planning to",
    "not ready to", // "not yet ready to", the hedge "yet" aside
    "will not be able to",
    "no intention",
    "not our intention", // "... not our intention to change it"; a harm disowned: disowns_harm
    "not my intention",
    "not the government s intention",
    "not the intention",
    "not possible",
    "not be possible",
    "would not be right",
    "not be right",
    // "That would not be the right thing to do at this time", "this is not the right time
    // to change the rules".
    "not be the right",
    "not the right thing to",
    "not the right approach",
    "not the right way to",
    "not the right time to",
    // No case made: "We see no case for a further review", "I do not believe that the case
    // for a change has been made".
    "see no case",
    "no case for",
    "case has not been made",
    "case for it has not been made",
    "not believe that the case",
    "see no need",
    "see no reason to",
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
    // "I do not think there is any point in keeping tables and chairs empty".
    "do not think there is any point",
    "do not see any point",
    "do not see the point",
    "do not accept",
    "does not accept",
    "not accept",
    "we reject",
    "i reject",
    // "The Government have rejected that recommendation": refused for the Government only
    // when the Government's side rejects (see below).
    "have rejected",
    "has rejected",
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
    "not willing to",
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
    "unpersuaded",
    "unconvinced",
    "not correct",
    "set our face against",
    "do not envisage",
    "not currently envisage",
    // The Government's own wish: "people would not want to ask" refuses nothing.
    "i would not want",
    "we would not want",
    "government would not want",
    "department would not want",
    "minister would not want",
    "ministers would not want",
    "rule out",
    "not minded",
    "minded not to",
    "do not agree",
    "not feasible",
    "not in a position to",
    "not expect me to", // "The House will not expect me to anticipate ...": declines to say
    "too early to",
    // Not yet: "at the moment a review would be precipitate".
    "too soon to",
    "would be premature",
    "be premature to",
    "would be precipitate",
    "would be wrong",
    // Pointing a member who asks for Government time to the House's other slots: "that
    // might be a good topic for an Adjournment debate", "that is something that could
    // usefully be debated in Westminster Hall", as the Leader of the House says at Business
    // Questions.
    "could usefully be debated",
    "could be debated in westminster hall",
    "topic for an adjournment debate",
    "subject for an adjournment debate",
    "topic for a westminster hall debate",
    "subject for a westminster hall debate",
    "topic for a debate in westminster hall",
    "subject for a debate in westminster hall",
    "apply for an adjournment debate",
    "apply for a westminster hall debate",
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
    "not ready to", // "he is not ready to be a leader" refuses nothing
    "cannot accept",
    "cannot support",
    "cannot agree",
    "not accept",
    "does not accept",
    "unable to",
    "not prepared to",
    "not willing to",
    "not convinced",
    "not persuaded",
    "unpersuaded",
    "unconvinced",
    "do not support",
    "do not agree", // "his hon. Friends ... do not agree that there should be ..."
    "do not think there is any point", // "members do not think there is any point" reports
    "do not see any point",
    "do not see the point",
    "cannot afford",
    "cannot fund",
    "cannot bridge",
    "have rejected",
    "has rejected",
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

/// What, straight after a refusal cue that ends in "not", "cannot" or "cannot be" ("we will
/// not ...", "we cannot ..."), shows it refuses nothing: "we will not have to review it" (no
/// need), "we will not hesitate to act" (a promise), "not only", "not least", "we cannot but
/// conclude" (we must), "I cannot think of a better way", "we cannot forget their courage"
/// (emphasis), "it cannot be overstated".
pub const NOT_REFUSING_AFTER: &[&str] = &[
    // "We cannot always say that about legislation", "we will not always agree": how often,
    // not whether.
    "always",
    "have to",
    "need",
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
    "overemphasise",
    "overestimate",
    "underestimate",
    "forget",
    "ignore",
    "afford to ignore",
    // "I cannot for the life of me understand why ...": bewilderment, not refusal.
    "for the life",
    "understand why",
    "understand how",
    "imagine",
    // "I cannot conceive how local access forums would not be part and parcel of it": sure
    // of it, not refusing.
    "conceive",
    // Disbelief and memory: "I cannot believe it is due to a lack of demand", "I cannot off
    // the top of my head remember exactly what it is".
    "believe",
    "remember",
    "recall",
    "off the top",
    // Candour, banter and gratitude: "I cannot pretend that I have been familiar with it",
    // "I cannot win with a comparison of that sort", "I cannot resist pointing out", "we
    // cannot thank them enough".
    "pretend",
    "win",
    "resist",
    "thank",
    "praise",
    // After "cannot be": "its importance cannot be overstated", "that cannot be said of
    // the Opposition".
    "overstated",
    "overestimated",
    "underestimated",
    "exaggerated",
    "emphasised",
    "stressed",
    "said",
    // "We cannot lurch from parade to parade", "we cannot go on like this": change is needed.
    // "We cannot get away from the issue at the heart of this matter": acknowledging it.
    "get away from",
    "lurch",
    "continue like",
    "go on like",
    "carry on like",
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
    "picked up all the",
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
    // What the Government is working towards: "Our aspiration ... would then be December 2012".
    "our aspiration",
    "our ambition",
    // A decision the Government has all but taken: "I am currently minded to accept Lord
    // Boyce's recommendations as written". A position, but it grants no ask by itself: after
    // "Of course we will note what the hon. Gentleman has said, but ..." it turns one down.
    "am minded to",
    "are minded to",
    "is minded to",
    "currently minded to",
];

/// Money and shares count as an announcement only from the Government's side of a sentence
/// ("we are providing £20 million"), not as a description of an industry or of the country
/// ("... makes a massive contribution to our economy", "Our demand for electricity is
/// growing by almost 2½ per cent a year": "our" names no actor).
pub const GOVERNMENT_ACTORS: &[&str] = &[
    "we",
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

/// How the clause after a concession's "but" opens when it declines nothing: it offers
/// something meanwhile ("I know that it will take some time, but in the meantime there may
/// be other support") or says what is already being done ("I understand the frustrations,
/// but we are working with the Treasury to ensure that there are improvements").
pub const MEANWHILE: &[&str] = &[
    "in the meantime",
    "meanwhile",
    "in the interim",
    "we are working",
    "we are looking",
    "we are doing",
    "we are taking",
    // A hope or a wish declines nothing either: "I know that this is a controversial issue in
    // Shropshire, but I hope that the hon. Gentleman is not going to turn it into a party
    // political row", "I know that it does little to ease the pain ..., but I want Fabio's
    // parents to know that the trust is taking measures".
    "i hope",
    "we hope",
    "i want",
    "i would like",
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

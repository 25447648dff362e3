//! The other cue lists, as data a reader can review: how asks and replies are read and
//! which sentences stand on their own. What each list is for is said above it, and how they
//! are used in `cues`; the stance lists are in `stances`.

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
    "remind",
    "advise",
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
    "my gratitude",
    "my thanks to",
    "my huge thanks",
    "my sincere thanks",
    "our thanks to",
    "thank you mr",
    "thank you madam",
    "i welcome the",
    "i join",
    "will the minister give way",
    "give way",
    // Disputing a view ("I take issue with those who think that, even with the powers that
    // we will have under the bill, we are not doing enough") denies a point put (`denies`)
    // and promises nothing it holds.
    "take issue with",
];

/// How members address the Chair by name of office, opening a sentence ("Mr Speaker, will
/// you take action ...?"), lower case with the comma after.
pub const CHAIR_ADDRESSES: &[&str] = &[
    "mr speaker, ",
    "mr. speaker, ",
    "madam speaker, ",
    "mr deputy speaker, ",
    "mr. deputy speaker, ",
    "madam deputy speaker, ",
    "mr chairman, ",
    "mr. chairman, ",
    "madam chairman, ",
    "presiding officer, ",
    "deputy presiding officer, ",
];

/// Phrases by which a member asks to be told something in a sentence that is not itself a
/// question ("I would be grateful if the Minister informed the House ...", "she should tell
/// us more about ...").
pub const ASKS_TO_BE_TOLD: &[&str] = &[
    // "Does this mean that the decision will be made before the meeting?": what follows.
    "does this mean",
    "does that mean",
    "tell us",
    "tell the house",
    "say a little more",
    "say more",
    "a little more about",
    // "give us a little more detail about the nature of those efforts" (not "to explore in
    // a little more detail some of the issues", a meeting's purpose).
    "more detail about",
    "more detail on",
    "more details about",
    "more details on",
    "further detail about",
    "further detail on",
    "further details about",
    "further details on",
    "enlighten",
    "enlightened",
    "informed us",
    "told us",
    "told the house",
    "updated the house",
    "informed the house",
    "inform the house",
    "update the house",
    "request for information",
    "information on",
    "information about",
    "explain to the house",
    "lay out how",
    "set out how",
    "set out what",
    "outline how",
    "explain how",
    "explain why",
    "explain what",
    "say how",
    "say what",
    "say when",
    "say whether",
    "confirm whether",
    "confirm when",
    "confirm how",
    "confirm what",
    "confirm why",
    // "It would be helpful if the Minister could indicate whether those discussions are
    // now under way".
    "indicate whether",
    "indicate when",
    "indicate how",
    "indicate what",
    "indicate where",
    // "asked the Minister for an update on the Royal Exchange development", "asked the
    // Secretary of State if he will make a statement on his talks with ...".
    "an update on",
    "an update about",
    // "asked the Minister for Social Development for her assessment of the services ...".
    "for her assessment",
    "for his assessment",
    "for its assessment",
    "for their assessment",
    "make a statement on",
    "make a statement about",
    // "Does my right hon. Friend have any idea how much of the £8,000 ... would be kept by
    // the private insurance company?"
    "any idea how",
    "any idea what",
    "any idea when",
    "any idea whether",
    "any idea why",
    // "Can the Minister throw light on whether that covers ...?"
    "throw light on",
    "throw any light on",
    "throw some light on",
    "shed light on",
    "shed any light on",
    "shed some light on",
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
    // "I will not get into predicting levels of intimidation."
    "not get into",
];

/// Openings of a question's later clause that ask for information ("We welcome the
/// extension, but how ...?").
pub const LATER_CLAUSE_ASKS: &[&str] = &[
    "but how", "but what", "but when", "but why", "and how", "and what", "and when",
];

/// Linking words read past at the start of a question ("However, will he ...?").
pub const LEADING_LINKS: &[&str] = &[
    "however",
    "and",
    "so",
    "but",
    "finally",
    "first",
    "firstly",
    "secondly",
    "thirdly",
    "also",
    "then",
    "further",
    "lastly",
    "moreover",
    "furthermore",
    "additionally",
    "fourthly",
    "fifthly",
    "again",
    "or",
    "indeed",
    "yet",
    "now",
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

/// Words every request form names (case aside): most sentences name none, and skip the
/// request pattern.
pub const REQUEST_CUES: &[&str] = &[
    "government",
    "minister",
    "secretary",
    "department",
    "need",
    "urge",
    "call on",
    "ask",
    "invite",
    "implore",
    "encourage",
    "press",
    "appeal",
    "request",
    "will he",
    "will she",
    "would he",
    "would she",
    "leader of",
    "chancellor",
    "grateful",
    "welcome",
    "like",
    "hope",
    "should",
    "must",
    "helpful",
    "to be",
    "calling for",
    "echo",
    "impress",
    "necessary",
    "needed",
    "essential",
    "required",
    "vital",
    "let us",
];

/// Letters every courtesy form holds (case aside): most sentences hold none, and skip the
/// forms.
pub const COURTESY_CUES: &[&str] = &[
    "pleasure",
    "privilege",
    "serve under",
    "serving under",
    "chairmanship",
    "ongratulat",
    "hank",
    "grateful",
    "secur",
    "obtain",
    "welcome",
    "way",
    "moment",
    "progress",
    "may i",
    "kind of my",
    "kind of the",
    "kind of him",
    "kind of her",
    "kind of you",
    "kind of them",
    "wish him",
    "wish her",
    "wish them",
    "wish you",
    "wish the hon",
    "ucky to have",
    "ortunate to have",
    "apolog",
];

/// Agreement that answers a request for a meeting (case aside, anywhere in a sentence).
pub const AGREES_TO_MEET: &[&str] = &[
    "happy to meet",
    "pleased to meet",
    "glad to meet",
    "will meet",
    "will be meeting",
    "would be delighted to meet",
    "agree to meet",
    "i will arrange",
    "willing to meet",
    "delighted to meet",
    "to have a meeting",
    "arrange a meeting",
    "set up a meeting",
    "want to meet me",
    "wants to meet me",
    "wish to meet me",
    "wishes to meet me",
    "like to meet me",
    "happy to talk to",
    "happy to speak to him",
    "happy to speak to her",
    "happy to speak to the hon",
    "happy to discuss",
];

/// How a reply refers back to what was asked (case aside, anywhere in a sentence).
pub const REFERS_BACK: &[&str] = &[
    "point about",
    "asked about",
    "asked me",
    "raised the",
    "rightly makes",
    "makes a good point",
    "makes a fair point",
    "makes a valid point",
    "makes an important point",
];

/// Phrases that manage the floor ("Will the Minister give way?", "I would like the opportunity
/// to speak on Bill S-3"), not asks (case aside; `requests` takes them as whole words).
pub const FLOOR_PHRASES: &[&str] = &[
    "give way",
    "giving way",
    // The form of the devolved chambers: "Will the cabinet secretary take an intervention?"
    "take an intervention",
    "accept an intervention",
    "in a moment",
    "opportunity to speak",
    "like to speak",
];

/// How a member invites the minister to praise with them ("join me in thanking ..."), by
/// the verb's opening letters.
pub const PRAISE: &[&str] = &[
    "thank",
    "congratulat",
    "paying",
    "welcom",
    "commend",
    "prais",
    "celebrat",
    "wishing",
    "recognising",
    "saluting",
    "applaud",
];

/// What, after "already", speaks of the debate itself ("I have already answered the
/// question", "as I have already said"), not of anything already done.
pub const SPEAKS_OF_THE_DEBATE: &[&str] = &[
    "answered",
    "said",
    "mentioned",
    "explained",
    "set out",
    "referred",
    "responded",
    "dealt with",
    "touched",
    "covered",
    "made clear",
    "outlined",
];

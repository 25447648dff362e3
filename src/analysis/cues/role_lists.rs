//! The lists a speaker's role is read by, as data a reader can review: how one answering for
//! the Government talks, how one asking things of it talks, the courtesies and leave of a
//! member speaking again, and how a speaker says they speak for the Opposition. How they
//! are used is said in `roles` and `role_cues`.

/// How a speaker talks when answering for the Government (a minister found from what is
/// said, where the record gives no office).
pub const GOVERNMENT_PHRASES: &[&str] = &[
    "the government are",
    "the government have",
    "the government will",
    "the government is",
    "the government has",
    "this government",
    "my department",
    "the department is",
    "my officials",
    "our officials",
    "we will",
    "we are committed",
    "we have committed",
    "we committed",
    "our manifesto",
    "i will write to",
    "happy to meet",
    "i will meet",
    "i will ensure",
    "with the leave of the house",
    "my right hon. friend the secretary of state",
    "ministerial colleague",
    "we have introduced",
    "we are introducing",
    "we are investing",
    "we have announced",
    "we have made",
    "we are consulting",
    "our consultation",
    "i can confirm",
    "the government's position",
    "government's position",
    "as a government",
    "we have set out",
    "we intend",
    "we have confirmed",
    "we have provided",
    "we are providing",
    "we are working",
    "we have put",
    "we are putting",
    "we are taking",
    "we have taken",
    "on behalf of the government",
    "on the government's behalf",
    "on the government’s behalf",
    "on behalf of her majesty's government",
    "on behalf of his majesty's government",
    "to reply for the government",
    "respond for the government",
    "responding for the government",
    // Summing up a bill's debate: thanking the Opposition's spokesperson or the Opposition
    // for their support, as only the minister does.
    "thank the shadow minister",
    "thank the opposition for",
    "members who have contributed",
];

/// How a speaker talks when asking things of the Government: counts against being its voice.
pub const OPPOSITION_PHRASES: &[&str] = &[
    "will the minister",
    "would the minister",
    "can the minister",
    "could the minister",
    "i ask the minister",
    "the minister should",
    "the government should",
    "the government must",
    "i urge the government",
    "i urge the minister",
    "i call on the government",
    "the government have failed",
    "the minister will",
    "i hope the minister",
    "does the minister",
];

/// What a speaker says when thanking the mover for the debate ("I congratulate ... on
/// securing") or speaking again with the House's leave, in this order.
pub const COURTESY_AND_LEAVE: &[&str] = &[
    "congratulate",
    "thank",
    "on securing",
    "for securing",
    "on obtaining",
    "for obtaining",
    "with the leave of the house",
];

/// How a speaker says they speak for the Opposition ("As shadow Minister for ...").
pub const SHADOW_SELF_CUES: &[&str] = &[
    "as shadow minister",
    "as the shadow minister",
    "as shadow secretary",
    "as the shadow secretary",
    "i speak for the opposition",
    "speaking for the opposition",
    "from the opposition front bench",
    "on behalf of the official opposition",
    // Only the front benches are shown a ministerial statement before it is made.
    "advance sight of her statement",
    "advance sight of his statement",
    "advance sight of the statement",
    "advance notice of her statement",
    "advance notice of his statement",
    "advance notice of the statement",
    "advance copy of her statement",
    "advance copy of his statement",
    "advance copy of the statement",
    "early sight of her statement",
    "early sight of his statement",
    "early sight of the statement",
];

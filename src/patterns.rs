//! The fixed patterns that a one-file run would otherwise spend most of its time building.
//! `build.rs` includes this file and compiles each into a DFA at build time (see
//! `prebuilt`); the program reads those DFAs as they are. Kept free of anything but
//! the patterns, so that the build script can include it.

/// A sentence that asks something of the Government ("I urge the Minister to ...", "Will the
/// Minister ...?", "The Government must ..."; not "what the Minister has to say"). ASCII,
/// matched as bytes.
pub const ASK: &str = r"(?ix-u)
        \bi\ ((also|therefore|again|now|strongly|would|simply|further|once\ again)\ )?(call\ on|urge|ask|invite|implore|encourage|press|appeal\ to|request|impress\ (up)?on)\ (the\ ([a-z-]+\ ){0,2}(government|minister|ministers|secretary|department|treasury|office|executive|chancellor)|the\ leader\ of\ the\ house|the\ noble\ (and\ learned\ )?(lord|baroness|lady|earl|viscount|marquess|duke)|my|him|her|ministers|his\ department|her\ department)\b
        | ^(will|would|can|could|does|do|might|may\ i\ ask|is)\ (the|my\ (right\ )?hon\.\ friend\ the)\ (minister|government|secretary\ of\ state|department|leader\ of\ the\ house|prime\ minister|chancellor)\b
        | \b(the\ government|ministers|the\ department|the\ minister|the\ secretary\ of\ state)\ (should|must|needs?\ to|ought\ to|(has|have)\ to\ ([a-rt-z]|s[b-z]|sa[a-xz]))
        | \bwe\ need\ (a|an|to|more|the|urgent|proper|clear)\b
        | \bi\ hope\ (that\ )?the\ (minister|government|secretary\ of\ state)\ will\b
        | ^(will|would)\ (he|she|the\ minister)\ (agree\ to|meet|consider|confirm|ensure|commit|undertake|publish|review|look\ again|take|set\ out|give|tell|explain|write)\b
        | \bwould\ the\ minister\ be\ (willing|prepared|able)\b
        | \bi\ would\ (like|ask)\ the\ (minister|government)\ to\b
        | \bi\ (would|should)\ be\ grateful\ if\b
        | \bi\ (would|should)\ (welcome|like)\ (an?|the|to\ know|to\ hear|information|her|him|them)\b
        | \bi\ have\ asked\ the\ (minister|government|secretary\ of\ state)\b
        | \bi\ hope\ (that\ )?(he|she|the\ minister|my\ (right\ )?hon\.\ friend|this\ debate)\ (will|has|can)\b
        | \b(he|she)\ (should|must)\ (tell|set\ out|explain|confirm|publish|look|think|consider|meet|ensure|act|commit)\b
        | \bgovernment\ (should|must|needs?\ to|ought\ to)\b
        | \bwe\ (should|must)\ (not\ )?(consider|use|work|look|do|have|ensure|make|put|take|find|give|provide|support|fund|invest|stop|end)\b
        | \bit\ would\ be\ helpful\ if\b
        | \bthere\ (has|needs)\ to\ be\ [a-z(]
        | \b(should|must)\ be\ (widened|built|provided|funded|given|made|taken|paid|met|kept|restored|reviewed|extended|introduced|increased|scrapped|reversed|published|changed|improved|protected|done)\b
        | \bwe\ are\ calling\ for\b
        | \bit\ is\ (now\ |surely\ )?(high\ )?time\ for\ (the\ government|ministers|the\ minister|the\ secretary\ of\ state)\ to\b
        | \bi\ (also\ )?want\ (the\ government|the\ minister|ministers|the\ secretary\ of\ state)\ to\ (commit|publish|act|take|look|consider|review|fund|ensure|explain|set\ out|tell|confirm|meet|think\ again|reconsider|make|give|provide|introduce|bring\ forward|answer|respond|comment|recognise|accept|stop|end|scrap|change|do)\b
        | ^perhaps\ (the\ minister|the\ secretary\ of\ state|he|she)\ (could|can|will|would|might)\ (tell|set\ out|explain|confirm|say|update|write|clarify|look|consider|meet|give|publish)\b
        | \bi\ (also\ )?echo\ the\ (request|call)\b
        | \blet\ us\ (now\ |just\ |also\ |therefore\ )?(tighten|get\ (the|on|behind|it)|do\ (the|it|this|that|something)|set\ (a|an|the)|make\ (sure|it|the)|give\ (the|it|them|every)|create|introduce|fund|build|reform|scrap|deliver|bring\ forward|hear\ (a|the|from\ the)\ (statement|government|minister|secretary))\b
        ";

/// A line of procedure in Hansard text ("Question put and agreed to.", "The House divided:",
/// "Amendment made: ..."). Word boundaries are ASCII, as a DFA reads them.
pub const PROCEDURAL: &str = r"(?x)^(
        Motion\ made | Motion\ lapsed | Motion,\ by\ leave | Question\ put | Question\ agreed
        | Question\ accordingly | Question\ proposed | Question\ negatived | Question\ deferred
        | Question,\ That | Main\ Question | Question\ again | Question\ necessarily
        | Resolved | Ordered | The\ House\ divided | The\ House\ having\ divided
        | The\ House\ proceeded | The\ Committee\ divided | The\ Committee\ proceeded
        | Division\ (No\.\ )?[0-9]+ | Division\ on | Ayes(?-u:\b) | Noes(?-u:\b) | Contents(?-u:\b) | Not-Contents(?-u:\b)
        | AYES(?-u:\b) | NOES(?-u:\b) | Tellers\ for | House\ adjourned | Committee\ rose | Sitting\ suspended
        | Sitting\ adjourned | Adjourned\ at | The\ House\ met | The\ House\ rose | House\ resumed
        | Amendments?\ (made|proposed|agreed|negatived|withdrawn|not\ moved|moved)
        | Bill\ (read|to\ be|accordingly|reported|passed|ordered|presented|committed)
        | Clause\ .{1,40}\ (ordered|agreed) | Schedule\ .{1,40}\ (ordered|agreed)
        | Debated?\ (to\ be\ )?(resumed|adjourned|interrupted) | It\ being | Prayers(?-u:\b) | Business\ without\ Debate
        | Presentation\ and\ First\ Reading | Deferred\ Division | Mr\.?\ Speaker\ forthwith
        | Madam\ Deputy\ Speaker\ forthwith | Mr\.?\ Deputy\ Speaker\ forthwith
        | (The|Mr\.?|Madam)\ ((First|Second)\ )?(Deputy\ )?(Speaker|Chairman|Chair)\ (declared|put\ forthwith)
        | Lords\ amendment | Consideration\ of\ | Motion\ agreed | Motion\ withdrawn
        | Motion\ disagreed | Humble\ Address | Message\ to\ attend | Royal\ Assent\ notified
        | Leave\ out | Insert | Page\ [0-9]+,\ line | That\ the\ Question\ be\ now\ put
        | More\ than\ [a-z0-9\ ]{1,30}\ having\ elapsed
        )";

/// The request frames ("I call on the Government to ", "Will the Minister "): the action
/// asked for is what follows the first (leftmost) frame. Every frame ends on an ASCII
/// character, so the rest of the sentence starts on a character boundary. Every frame opens
/// with `\b` and a letter, so only a word's start can start one (`prebuilt` relies on it).
pub const FRAME: &str = r"(?ix-u)(?:
          \bi\ (?:(?:also|therefore|again|now|strongly|would|simply|further|once\ again)\ )?(?:call\ on|urge|ask|invite|implore|encourage|press|appeal\ to|request)\ (?:the\ |my\ |her\ |his\ )?(?:right\ hon\.\ |hon\.\ )?(?:friend\ )?(?:government|minister|ministers|secretary\ of\ state|department|him|her)(?:,\ [^,]{1,60},)?\ (?:to|that)\ (?:she\ |he\ |they\ |it\ )?
        | \b(?:will|would|can|could|might)\ (?:the\ )?(?:minister|government|secretary\ of\ state|he|she)\ (?:be\ (?:willing|prepared|able)\ to\ |please\ |therefore\ |also\ |now\ |today\ )?(?:agree\ to\ |commit\ to\ |undertake\ to\ )?
        | \b(?:the\ (?:uk\ |british\ |scottish\ |welsh\ |westminster\ )?government|ministers|the\ department|the\ minister|the\ secretary\ of\ state)\ (?:should|must|needs?\ to|ought\ to|has\ to|have\ to)\ (?:now\ |also\ |therefore\ )?
        | \bi\ hope\ (?:that\ )?(?:the\ (?:minister|government|secretary\ of\ state)|he|she|my\ (?:right\ )?hon\.\ friend)\ (?:will|can|could|would)\ 
        | \b(?:i\ would\ be\ (?:very\ |most\ )?grateful|it\ would\ be\ (?:very\ |most\ |really\ )?(?:helpful|useful))\ if\ the\ (?:minister|government|secretary\ of\ state)\ (?:would|could|can|will)\ (?:please\ )?
        | \bwe\ need\ (?:to\ )?
        | \bi\ would\ (?:like|ask)\ the\ (?:minister|government)\ to\ 
        | \blet\ us\ (?:now\ |just\ |also\ |therefore\ )?
        | \bit\ is\ (?:now\ |surely\ )?(?:high\ )?time\ for\ (?:the\ government|ministers|the\ minister|the\ secretary\ of\ state)\ to\ 
        | \bi\ (?:also\ )?want\ (?:the\ government|the\ minister|ministers|the\ secretary\ of\ state)\ to\ 
        | \bperhaps\ (?:the\ minister|the\ secretary\ of\ state|he|she)\ (?:could|can|will|would|might)\ 
        )";

/// A sentence that is procedure rather than argument ("Order.", "I beg to move", "Question
/// put"). "I call" must end a word there: `\b` written as what can follow, since a DFA
/// reads no Unicode word boundary.
pub const PROCEDURAL_SENTENCE: &str = r"(?i)^(order[.!]|i beg to move|that this house|question put|i call(?:$|\W)|the question is|division|resolved|motion made|amendment|question agreed to|question negatived|bill read a)";

/// A line of Hansard text that is only a time ("2.30 pm", "14:05", "Noon").
pub const TIMESTAMP: &str = r"(?i)^([0-9]{1,2}[:.][0-9]{2}(:[0-9]{2})?\s*([ap]\.?m\.?)?|[0-9]{1,2}\.[0-9]\s*[ap]\.?m\.?|[0-9]{1,2}\s*[ap]\.?m\.?|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?|noon|midnight)$";

//! A list of common given names. A bare two-word line such as "Chris Ruane" is only taken for
//! an attribution when its first word is a given name or the name is otherwise known in the
//! transcript, so that headings such as "Electoral Commission" are not mistaken for speakers.

const GIVEN: &str = "Aaron Abdul Abena Abigail Adam Adrian Afzal Aidan Alan Alasdair Alastair Albert Alec
Alex Alexander Alexandra Alf Alfred Alice Alicia Alison Alistair Allan Alun Amanda Amber Amy Ana Andrea
Andrew Andy Angela Angus Anna Anne Annette Annie Ann Anthony Antoinette Antony Apsana Archie Arnold Arthur
Ashley Ayesha Barbara Barry Baroness Bell Ben Benjamin Bernard Bernie Beth Betty Bill Bim Bob Bobby Brandon
Brendan Brian Bridget Bruce Caroline Carol Caroline Catherine Cat Charles Charlie Charlotte Cheryl Chi Chloe Chris
Christian Christina Christine Christopher Chuka Claire Clare Clive Colin Conor Craig Crispin Damian Damien Dan
Daniel Danny Darren Dave David Dawn Dean Debbie Deborah Denis Dennis Derek Desmond Diana Diane Dominic Don
Donald Douglas Duncan Ed Eddie Edward Edwina Eleanor Elfyn Elizabeth Ellie Emily Emma Eric Esther Evan Fabian
Fiona Frances Francis Frank Fred Gareth Gary Gavin Gemma Geoffrey George Georgia Geraint Gerald Gerry Gill Gillian
Gisela Glenda Gordon Graham Grant Greg Gregory Guto Guy Hannah Harriet Harry Hazel Heather Heidi Helen Henry Hilary
Holly Howard Hugh Hugo Huw Hywel Iain Ian Imran Iris Isabel Ivan Jack Jackie Jacob James Jamie Jane Janet Jason Jeff
Jeffrey Jenny Jeremy Jess Jessica Jim Jo Joan Joanna Joanne Jody John Johnny Jon Jonathan Joseph Josh Joy Judith Julia
Julian Julie Justin Karen Karin Karl Kate Katherine Kathryn Katy Keir Keith Kelvin Ken Kenneth Kerry Kevin Kim
Kirith Kirsty Laura Laurence Lawrence Layla Lee Lembit Lena Leo Lesley Lewis Liam Lilian Lindsay Linda Lisa Liz
Lloyd Lorely Louise Lucy Luke Lyn Lynne Madeleine Maggie Malcolm Margaret Maria Marie Mark Martin Mary Matt Matthew
Maureen Meg Mel Melanie Michael Michelle Mike Miriam Mohammad Mohammed Nadhim Nadine Naz Neil Nia Nicholas Nick
Nicky Nicola Nigel Nikki Norman Oliver Olivia Owen Paddy Pam Pamela Parmjit Pat Patricia Patrick Paul Paula Penny
Pete Peter Phil Philip Philippa Phillip Preet Priti Rachael Rachel Ralph Ray Rebecca Rehman Richard Rishi Rob Robert
Robin Roger Ronnie Rosie Ross Rosena Roy Ruth Ryan Sadiq Sajid Sally Sam Sammy Samantha Sandra Sarah Scott Seema Shabana
Shailesh Sharon Shaun Sheila Shona Simon Siobhain Siobhan Sion Stephen Steve Steven Stewart Stuart Sue Susan Suella
Tan Tania Ted Teresa Theresa Thomas Tim Timothy Tobias Tom Tommy Toby Tony Tracey Tulip Valerie Vernon Vicky Victoria
Vince Virendra Wayne Wendy Wes William Willie Yasmin Yvette Yvonne Zac Zarah";

/// True when `word` is a common given name.
pub fn is_given_name(word: &str) -> bool {
    static SET: std::sync::LazyLock<std::collections::BTreeSet<&'static str>> =
        std::sync::LazyLock::new(|| GIVEN.split_whitespace().collect());
    SET.contains(word)
}

/// The service ranks members of the archive's Parliaments are called by ("Rear-Admiral
/// Morgan-Giles", "Air Commodore Harvey"), as a given name opens a name. "Major" and
/// "General" are left out: "Major Projects" and "General Election" are headings.
const RANKS: [&str; 15] = [
    "Admiral",
    "Rear-Admiral",
    "Vice-Admiral",
    "Captain",
    "Colonel",
    "Lieutenant-Colonel",
    "Brigadier",
    "Commander",
    "Lieutenant-Commander",
    "Major-General",
    "Lieutenant-General",
    "Air Commodore",
    "Wing Commander",
    "Group Captain",
    "Squadron Leader",
];

/// True when `name` opens with a service rank and goes on to a name.
pub fn opens_with_rank(name: &str) -> bool {
    RANKS.iter().any(|r| {
        name.strip_prefix(r)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_rank_opens_a_name() {
        assert!(super::opens_with_rank("Rear-Admiral Morgan-Giles"));
        assert!(super::opens_with_rank("Air Commodore Harvey"));
        assert!(!super::opens_with_rank("Air Quality"));
        assert!(!super::opens_with_rank("Captain"));
        assert!(!super::opens_with_rank("Major Projects"));
    }

    #[test]
    fn knows_common_names_not_heading_words() {
        assert!(super::is_given_name("Chris"));
        assert!(super::is_given_name("Hywel"));
        assert!(!super::is_given_name("Electoral"));
        assert!(!super::is_given_name("Economy"));
    }
}

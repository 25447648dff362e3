//! Words that carry no topic, as data `build.rs` also reads (to stem the tag cues as a run
//! would).

/// Space-separated, lowercase.
pub const STOPWORDS: &str = "a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just let me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such
than that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves hon
friend member members gentleman lady right minister government house debate mr mrs ms people point made say said
make many much may might must one two three us well way want think know going get got go today like need also
said very year years time whether shall sure indeed thank thanks therefore however already ever every even still
back take taken give given look come little bit lot quite rather really regard regards regarding suggest";

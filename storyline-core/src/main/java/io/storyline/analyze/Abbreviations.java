package io.storyline.analyze;

import io.storyline.analyze.time.CalendarWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists behind {@link SentenceSplitter}'s decisions, kept apart so the rules read cleanly.
 * All lookups are case-sensitive: "Ill." is Illinois, "ill." is an adjective.
 */
final class Abbreviations {

    /** How a word followed by a period behaves at a possible sentence boundary. */
    enum Kind {
        /** An ordinary word: the period ends the sentence unless lower case follows. */
        ORDINARY,
        /** Precedes a name (Mr., Gen., vs.): the period never ends the sentence mid-text. */
        PREFIX,
        /** Precedes a number (No. 5): ends the sentence only before a capital. */
        NUMBER_PREFIX,
        /**
         * May or may not end the sentence (U.S., Inc., Jan., a.m., initials): ends it only when a
         * typical sentence opener follows.
         */
        AMBIGUOUS,
        /** A list marker ("1." opening a line or sentence): never a boundary. */
        LIST_MARKER
    }

    /** Titles and words that stand before a name or term. */
    private static final Set<String> PREFIXES = set(
            "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs",
            "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig",
            "Spc", "Ens", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Supt", "Det",
            "Insp", "Atty", "Amb", "Rev", "Msgr", "Hon", "Treas", "ret", "Ret",
            "vs", "Vs", "v", "e.g", "i.e", "cf", "viz");

    private static final Set<String> NUMBER_PREFIXES = set(
            "No", "Nos", "no", "nos", "Vol", "vol", "Vols", "Fig", "fig", "Figs", "p", "pp", "Art",
            "art", "para", "Para", "Ch", "ch", "Sect", "sect", "Ex", "Pt", "pt", "Rt", "Hwy", "Rte",
            "Nr", "nr", "Tel", "tel", "Ext", "ext");

    /**
     * Abbreviations that sit at the end of a name or phrase and so may also end a sentence, every
     * month's among them ("Jan.", "Sept.": news abbreviates months before a date).
     */
    private static final Set<String> AMBIGUOUS = set(CalendarWords.MONTH_ABBREVIATIONS,
            // companies and names
            "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr", "Esq", "Assn", "Dept", "Univ",
            "Intl", "Mfg", "Plc", "Pty", "Cie",
            // places
            "St", "Mt", "Ft", "Ave", "Blvd", "Rd", "Hts", "Pl", "Sq", "Pk", "Bldg", "Ste",
            // U.S. states in AP style
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
            "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
            "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
            // misc
            // ("bn", "km" and other units are left out: after a number they mostly end the sentence)
            "Sec", "approx", "est", "dept", "govt", "sq");

    /**
     * Words that typically open a sentence: pronouns, determiners, conjunctions, common adverbs and
     * a few subjects that news copy starts with. After an ambiguous abbreviation ("...in the U.S.
     * The company said") one of these means the abbreviation ended the sentence. Deliberately leaves
     * out words that are also first names (Will, May, Grace) and weekdays ("8 p.m. Tuesday").
     */
    private static final Set<String> STARTERS = set(
            "The", "A", "An", "This", "That", "These", "Those", "Such", "Some", "Many", "Most",
            "Much", "Several", "Few", "Both", "Each", "Every", "All", "Any", "No", "None", "Neither",
            "Either", "Another", "Other", "Others", "Its", "It", "He", "She", "They", "We", "I",
            "You", "His", "Her", "Their", "Our", "My", "Your", "Them", "There", "Here", "Then",
            "Now", "But", "And", "Or", "So", "Yet", "Nor", "For", "In", "On", "At", "By", "As",
            "To", "From", "With", "Without", "Under", "Over", "After", "Before", "During", "Since",
            "Until", "Though", "Although", "While", "When", "Whenever", "Where", "Why", "How",
            "What", "Which", "Who", "Whom", "Whose", "If", "Unless", "Because", "Once", "Despite",
            "Instead", "However", "Meanwhile", "Moreover", "Still", "Also", "Even", "Only", "Just",
            "Later", "Earlier", "Last", "Next", "Today", "Yesterday", "Tomorrow", "Tonight",
            "Officials", "Police", "Authorities", "Analysts", "Critics", "Investors", "Residents",
            "Witnesses", "Investigators", "Experts", "Researchers", "Scientists", "Prosecutors", "Lawmakers",
            "Shares", "Sales", "Prices", "Voters", "Workers", "People", "Asked", "According",
            "Not", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
            "Nobody", "Everyone", "Someone", "Nothing", "Everything", "Let", "Please", "Yes",
            "Nevertheless", "Nonetheless", "Indeed", "Overall", "Separately", "Similarly",
            "Additionally", "Furthermore", "Finally", "First", "Second", "Third", "Asked");

    /** Verbs of speech that close an attribution after a quoted question: "Why now?" she asked. */
    private static final Set<String> SPEECH_VERBS = set(
            "said", "says", "asked", "asks", "told", "tells", "added", "adds", "shouted",
            "shouts", "wrote", "writes", "replied", "replies", "recalled", "recalls", "explained",
            "explains", "wondered", "wonders", "yelled", "cried", "exclaimed", "insisted",
            "insists", "noted", "notes", "continued", "demanded", "tweeted", "posted");

    private Abbreviations() {
    }

    /** Like {@code Set.of} but tolerant of repeats, so the lists can be edited freely. */
    private static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** {@link #set(String...)} of the words and those of a shared list. */
    private static Set<String> set(List<String> listed, String... words) {
        List<String> all = new ArrayList<>(listed);
        all.addAll(Arrays.asList(words));
        return Set.copyOf(all);
    }

    /** Titles that are also the last part of common names: "Hun Sen.", "Amartya Sen." */
    private static final Set<String> NAME_ENDINGS = set("Sen");

    /** Openers that are also surnames and so may follow a title: "Dr. He", "Gov. An", "Ms. Her". */
    private static final Set<String> SURNAME_LIKE = set("He", "Her", "An", "So", "No", "Who", "I", "A");

    /** Abbreviations that end a company's name: "Sun Microsystems Inc.", "United Technologies Corp." */
    private static final Set<String> COMPANY_ENDINGS = set("Inc", "Corp", "Co", "Cos", "Ltd", "Plc");

    /**
     * Words that follow a company's name inside its sentence: its people's titles ("Apple Inc. Chief
     * Executive Tim Cook"), the day or month of a report ("America Online Inc. Tuesday laid out") and
     * the rest of a longer name ("Goldman Sachs &amp; Co. LLC", "Morgan Stanley &amp; Co. International").
     */
    private static final Set<String> AFTER_COMPANY = set(CalendarWords.dayAndMonthNames(),
            "Chairman", "Chairwoman", "Chief", "President", "Vice", "Executive", "Director", "Founder",
            "Spokesman", "Spokeswoman", "Spokesperson", "Treasurer", "Secretary", "General", "Senior",
            "Managing", "Head", "CEO", "CFO", "COO", "Chair",
            // legal forms and parts of a company's name that follow "Co." or "Inc."
            "LLC", "LP", "LLP", "Ltd", "Inc", "Corp", "KG", "KGaA", "AG", "SA", "NV", "GmbH", "Plc", "PLC",
            "International", "Holdings", "Group", "Magazine");

    /** Finite verbs that, right after a capitalised word, show it is the subject of a new clause. */
    private static final Set<String> FINITE_VERBS = set(
            "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
            "might", "must", "should", "said", "says", "did", "does");

    /** Plural spans of time that open a sentence before "later", "earlier" or "ago". */
    private static final Set<String> TIME_SPANS = set("Minutes", "Hours", "Days", "Weeks", "Months", "Years",
            "Decades");

    private static final Set<String> TIME_RELATIONS = set("later", "earlier", "ago", "afterward", "afterwards");

    static boolean isTimeSpan(String word) {
        return TIME_SPANS.contains(word);
    }

    static boolean isTimeRelation(String word) {
        return TIME_RELATIONS.contains(word);
    }

    static boolean isCompanyEnding(String word) {
        return COMPANY_ENDINGS.contains(word);
    }

    static boolean mayFollowCompany(String word) {
        return AFTER_COMPANY.contains(word);
    }

    static boolean isFiniteVerb(String word) {
        return FINITE_VERBS.contains(word);
    }

    static boolean isNameEnding(String word) {
        return NAME_ENDINGS.contains(word);
    }

    static boolean isSurnameLike(String word) {
        return SURNAME_LIKE.contains(word);
    }

    static boolean isStarter(String word) {
        return STARTERS.contains(word);
    }

    static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word);
    }

    static boolean isPrefix(String word) {
        return PREFIXES.contains(word);
    }

    /**
     * Classifies the word just before a period, without that period ("U.S" for "U.S.").
     *
     * @param word       the word, leading quotes and brackets already stripped; not empty
     * @param opensSentence whether nothing but whitespace precedes the word in its sentence
     */
    static Kind classify(String word, boolean opensSentence) {
        Kind kind = lookUp(word);
        if (kind != Kind.ORDINARY) {
            return kind;
        }
        if (isShouted(word)) {
            // transcripts: "REP. JOHN DOE", "NO. 1"; but "the SEC. Taking" ends a sentence
            Kind quiet = lookUp(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
            if (quiet == Kind.PREFIX || quiet == Kind.NUMBER_PREFIX) {
                return quiet;
            }
        }
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            return classify(word.substring(hyphen + 1), false); // "then-Rep.", "Fortune-U.S."
        }
        if (opensSentence && isListMarker(word)) {
            return Kind.LIST_MARKER;
        }
        if (isDottedAcronym(word) || isInitial(word) || isVowellessAbbreviation(word)) {
            return Kind.AMBIGUOUS;
        }
        return Kind.ORDINARY;
    }

    private static Kind lookUp(String word) {
        if (PREFIXES.contains(word)) {
            return Kind.PREFIX;
        }
        if (NUMBER_PREFIXES.contains(word)) {
            return Kind.NUMBER_PREFIX;
        }
        if (AMBIGUOUS.contains(word)) {
            return Kind.AMBIGUOUS;
        }
        return Kind.ORDINARY;
    }

    /** Two or more letters, all capitals. */
    private static boolean isShouted(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One capital letter: an initial as in "George W. Bush". */
    static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** "U.S", "a.m", "J.R.R", "Ph.D": letter groups of one or two separated by periods. */
    static boolean isDottedAcronym(String word) {
        int group = 0;
        boolean sawDot = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (++group > 2) {
                    return false;
                }
            } else if (c == '.' && group > 0) {
                group = 0;
                sawDot = true;
            } else {
                return false;
            }
        }
        return sawDot && group > 0;
    }

    /** "Blvd", "Pl", "Mssrs": a capital consonant then at most three lower-case consonants. */
    private static boolean isVowellessAbbreviation(String word) {
        if (word.length() < 2 || word.length() > 4 || !Character.isUpperCase(word.charAt(0))
                || "AEIOUY".indexOf(word.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLowerCase(c) || "aeiouy".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** "1", "12", "a", "iv" opening a sentence as in "1. Officials said..." */
    private static boolean isListMarker(String word) {
        if (word.length() > 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

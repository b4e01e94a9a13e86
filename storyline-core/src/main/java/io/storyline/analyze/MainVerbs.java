package io.storyline.analyze;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The verbs of what a sentence itself reports: its main clauses' verbs, read without a parser. Two
 * sentences may share a long clause and still report two things ("Raman said the team had recovered
 * the recorder and would examine the steering gear" / "the board said it was sending a team, led by
 * Raman, to examine the steering gear and the recorder"); the shared words then sit in a subordinate
 * clause of one of them, and the main verbs differ. Read here, in the spirit of a shallow clause
 * chunker (Abney, "Parsing by chunks", 1991):
 * <ul>
 *   <li>a verb group opened by an auxiliary ("had recovered", "would examine", "was sending", "were
 *       abducted"; a be-form followed by no verb is the copula "be", a have-form "have");</li>
 *   <li>a bare past form ("lodged", "struck") that is the first verb of its clause or follows "and",
 *       "but" or "then" (later bare participles in a clause are reduced relatives: "the minimum needed
 *       by", "software used to navigate");</li>
 *   <li>never a verb in a background clause (opened by "after", "which", "who", "when" ... up to the
 *       next comma), an infinitive ("to examine"), a participle without an auxiliary ("Speaking to
 *       reporters", ", led by Raman"), nor a verb of saying ("said", "told"): what was said is the
 *       report, a clause of its own with or without "that" ("Probert said Halliburton completed the
 *       work" reports "completed").</li>
 * </ul>
 * Present-tense verbs without an auxiliary ("needs", "remains") are not recognised: a sentence whose main
 * verb is one may have no main verbs here, and then says nothing against another.
 */
public final class MainVerbs {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*|[,;:()\u2014\u2013]");

    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "should",
            "must", "shall", "did", "does", "do", "won't", "wouldn't", "couldn't", "can't", "didn't", "doesn't",
            "don't", "cannot");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "isn't",
            "aren't", "wasn't", "weren't", "'s", "'re");
    private static final Set<String> HAVE = Set.of("has", "have", "had", "hasn't", "haven't", "hadn't");
    /** Words that may stand inside a verb group without being its verb ("had not yet", "would also"). */
    private static final Set<String> INSIDE_GROUP = Set.of("not", "n't", "never", "also", "already", "still", "just",
            "now", "yet", "then", "only", "reportedly", "allegedly", "apparently", "since", "once", "soon", "later",
            "finally", "quickly", "immediately", "again", "even", "ever", "before", "be", "been", "being", "have");
    /**
     * Words that open a clause giving background to a sentence's news ("... two days after the ship struck",
     * "..., which ..."): what a sentence reports happening is outside such clauses.
     */
    public static final Set<String> CLAUSES_OF_BACKGROUND = Set.of("after", "before", "since", "following", "until",
            "when", "while", "because", "although", "though", "where", "which", "who", "whom", "whose");

    /** Those, and the words that open a condition or a comparison: no clause MainVerbs reads a main verb in. */
    private static final Set<String> BACKGROUND_OPENERS = with(CLAUSES_OF_BACKGROUND, "if", "unless", "whether", "as");
    /** Verbs of saying: what follows them is the report, they are not. */
    private static final Set<String> SAYING = Set.of("said", "say", "says", "saying", "told", "tell", "tells",
            "added", "add", "adds", "stated", "noted", "explained", "insisted", "declared", "wrote", "write",
            "writes", "remarked", "according", "reported", "asked", "replied", "quoted", "cited", "announced", "announce",
            "announces", "confirmed", "believed", "believe", "believes", "thought", "think", "thinks");
    /** Words ending in "ed" that are no verb. */
    private static final Set<String> NOT_VERBS = Set.of("hundred", "sacred", "naked", "wicked", "rugged", "beloved",
            "ragged", "crooked", "wretched", "kindred", "indeed", "speed", "greed", "breed", "creed", "shred", "bred");
    /** Words before a past form that make it an adjective or a noun's modifier ("the damaged pier"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "my", "your", "this", "that", "these", "those", "of", "by", "to", "for", "with", "in", "on", "at",
            "from", "into", "no", "some", "any", "each", "every", "all", "most", "more", "less", "very", "so",
            "as", "than", "be", "been", "being", "get", "got");
    /** Irregular past forms and participles read as verbs. */
    private static final Set<String> IRREGULAR = Set.of("struck", "hit", "took", "taken", "made", "gave", "given",
            "went", "gone", "came", "come", "found", "lost", "left", "held", "kept", "sent", "led", "fled", "fell",
            "fallen", "broke", "broken", "began", "begun", "brought", "bought", "caught", "chose", "chosen", "drove",
            "driven", "flew", "flown", "grew", "grown", "knew", "known", "met", "paid", "ran", "rose", "risen",
            "sank", "sunk", "saw", "seen", "sold", "spoke", "spoken", "stood", "stole", "stolen", "swore", "sworn",
            "threw", "thrown", "won", "wrote", "written", "shot", "slain", "killed", "built", "spent", "hurt", "quit",
            "set", "put", "cut", "shut", "beat", "beaten", "bore", "born", "became", "felt", "heard", "meant",
            "sought", "taught", "thought", "told", "said", "withdrew", "withdrawn", "overtook", "undertook", "become",
            // session 18: "has spread to 74 countries" had read as "has". Only forms checked one by one: each known
            // verb can become a sentence's main one, and two main verbs that differ keep two reports of one event
            // apart ("An explosion tore through the plant, injuring 23" had been one event with "A blast ... injured
            // 23" and lost its disputed time when "tore" was added)
            "spread", "fought");

    /**
     * News verbs that report one happening in other words ("the season opened" / "started"; "finished"
     * / "completed"), read as one main verb. Only for comparing main verbs, which can only part two
     * sentences that are otherwise alike: it never joins sentences by itself. Written for this project
     * from common news usage, not taken from a thesaurus.
     */
    static final java.util.Map<String, String> SAME_HAPPENING = synonyms(
            "begin: began, begun, begin, begins, started, start, starts, opened, opens",
            "finish: finished, completed, concluded, ended",
            "rise: rose, risen, increased, climbed, jumped, soared, surged",
            "fall: fell, fallen, dropped, decreased, plunged, slid, tumbled",
            "appoint: named, appointed, nominated",
            "defeat: defeated, beat, beaten",
            "condemn: condemned, denounced, criticized, criticised",
            "find: found, discovered, uncovered",
            "seize: seized, captured",
            // session 17: verbs that news reports of one happening swap for each other ("The robbers fled in a
            // grey van" / "escaped in a grey van"; "the quake struck" / "hit"); never a verb and its opposite
            "flee: fled, escaped",
            "steal: stole, stolen, robbed, looted",
            "strike: struck, hit",
            "send: sent, dispatched, deployed",
            "close: closed, shut, shuttered",
            "dismiss: dismissed, sacked, ousted",
            "postpone: postponed, delayed",
            "destroy: destroyed, razed, flattened",
            "cut: cut, reduced, lowered, slashed",
            "warn: warned, cautioned");

    /**
     * The one verb an irregular past form and its participle are forms of ("took" and "taken": "take"), which no
     * stemmer joins: "Ambulances took 12 people to hospital" and "Twelve people were taken to hospital" have one
     * main verb. Morphology only, no synonyms; forms whose verb has a class of its own ({@link #SAME_HAPPENING},
     * {@link Paraphrases#EVENT_VERBS}) are read by that class first.
     */
    private static final java.util.Map<String, String> IRREGULAR_LEMMAS = synonyms(
            "take: took, taken", "give: gave, given", "go: went, gone", "come: came", "break: broke, broken",
            "choose: chose, chosen", "drive: drove, driven", "fly: flew, flown", "grow: grew, grown",
            "know: knew, known", "sink: sank, sunk", "see: saw, seen", "speak: spoke, spoken", "swear: swore, sworn",
            "throw: threw, thrown", "write: wrote, written", "become: became", "withdraw: withdrew, withdrawn",
            "overtake: overtook", "undertake: undertook", "bear: bore, born");

    private MainVerbs() {
    }

    private static java.util.Map<String, String> synonyms(String... lines) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(":", 2);
            for (String word : parts[1].split(",")) {
                map.put(word.trim(), parts[0].trim());
            }
        }
        return java.util.Map.copyOf(map);
    }

    /**
     * The verbs of the sentence's main clauses, each as its {@link Paraphrases#EVENT_VERBS} class when it
     * has one ("arrested" and "detained" both "arrest"), else as its stem; "be" and "have" for a copula or
     * possession. Empty when none is recognised.
     */
    static Verbs of(String sentence) {
        List<String> tokens = tokens(sentence).stream()
                .map(t -> t.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).toList();
        Set<String> verbs = new HashSet<>();
        Set<String> anywhere = new HashSet<>();
        PorterStemmer stemmer = new PorterStemmer();
        boolean background = false;
        boolean verbInClause = false;
        boolean verbInSentence = false;
        int parentheses = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i);
            anywhere.add(verbClass(word, stemmer));
            if (BE.contains(word)) {
                anywhere.add("be");
            } else if (HAVE.contains(word)) {
                anywhere.add("have");
            }
            if (word.equals("(")) {
                parentheses++;
                continue;
            }
            if (word.equals(")")) {
                parentheses = Math.max(0, parentheses - 1);
                continue;
            }
            if (isClauseBreak(word)) {
                background = false;
                verbInClause = false;
                continue;
            }
            if (parentheses > 0) {
                continue;
            }
            if (BACKGROUND_OPENERS.contains(word)) {
                background = true;
                continue;
            }
            if (word.equals("that")) {
                verbInClause = false; // a reported clause ("said the team had ...") or a relative one: a new clause
                continue;
            }
            String previous = i > 0 ? tokens.get(i - 1) : "";
            if (background || previous.equals("to")) {
                continue;
            }
            boolean modal = MODALS.contains(word);
            boolean be = BE.contains(word) && !(word.equals("be") || word.equals("been") || word.equals("being"));
            boolean have = HAVE.contains(word);
            if (modal || be || have) {
                int k = i + 1;
                while (k < tokens.size() && INSIDE_GROUP.contains(tokens.get(k))) {
                    k++;
                }
                String next = k < tokens.size() ? tokens.get(k) : "";
                String verb;
                boolean copula = be || groupHolds(tokens, i + 1, k, "be") || groupHolds(tokens, i + 1, k, "been");
                boolean verbFollows = !next.isEmpty() && !isClauseBreak(next) && !BACKGROUND_OPENERS.contains(next)
                        && (isParticiple(next) || copula && next.endsWith("ing") || modal && !copula);
                if (verbFollows) {
                    verb = next;
                    // the words the group skips are words of the sentence too ("was closed": "closed")
                    for (int skipped = i + 1; skipped <= k; skipped++) {
                        anywhere.add(verbClass(tokens.get(skipped), stemmer));
                    }
                    i = k;
                } else {
                    verb = copula ? "be" : have ? "have" : null;
                }
                if (verb != null && !SAYING.contains(verb)) {
                    verbs.add(verbClass(verb, stemmer));
                }
                // what a verb of saying introduces is a clause of its own, with or without "that"
                // ("Probert has said Halliburton completed the work")
                verbInClause = verb == null || !SAYING.contains(verb);
                verbInSentence = true;
                continue;
            }
            boolean coordinated = previous.equals("and") || previous.equals("but") || previous.equals("then");
            // a bare participle just after a comma (", led by Raman") or before "by" is a reduced clause, not the main verb
            boolean reduced = isClauseBreak(previous) && verbInSentence || i + 1 < tokens.size() && tokens.get(i + 1).equals("by");
            if (isParticiple(word) && !word.contains("-") && !reduced && !DETERMINERS.contains(previous)
                    && (!verbInClause || coordinated)) {
                if (!SAYING.contains(word)) {
                    verbs.add(verbClass(word, stemmer));
                }
                verbInClause = !SAYING.contains(word);
                verbInSentence = true;
            }
        }
        return new Verbs(Set.copyOf(verbs), Set.copyOf(anywhere));
    }

    /** Words after which the next word is a noun ("the spread of the virus", "its arrest"), not a verb. */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "its", "his", "their", "our", "my",
            "your", "this", "these", "those", "whose");

    /**
     * The stem or event class of each of the sentence's words that may be a verb: every word but one straight
     * after an article or a possessive ("to slow the spread of swine flu" does not say that it spread).
     */
    static Set<String> verbal(String sentence) {
        PorterStemmer stemmer = new PorterStemmer();
        Set<String> verbal = new HashSet<>();
        String previous = "";
        for (String token : tokens(sentence)) {
            String word = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!NOUN_MARKERS.contains(previous)) {
                verbal.add(verbClass(word, stemmer));
            }
            previous = word;
        }
        return verbal;
    }

    /**
     * A sentence's main verbs ({@code main}) and the stem or event class of each of its words, with "be"
     * and "have" for their forms ({@code anywhere}).
     */
    record Verbs(Set<String> main, Set<String> anywhere) {
    }

    /** Whether the lower-case word is a verb of saying: the report is what follows it. */
    static boolean isSaying(String lower) {
        return SAYING.contains(lower);
    }

    private static Set<String> with(Set<String> words, String... more) {
        Set<String> all = new java.util.HashSet<>(words);
        all.addAll(java.util.List.of(more));
        return Set.copyOf(all);
    }

    /**
     * Whether the two sentences' main verbs are known on both sides, share none, and neither's are all
     * words of the other: they report two things, whatever clause they share. A short report whose verb
     * the longer sentence carries in a clause of its own ("They had been abducted by gunmen Oct. 3" /
     * "The heads were identified ... by a bodyguard assigned to the four when they were abducted Oct. 3")
     * still tells the longer one's fact.
     */
    static boolean differ(Verbs a, Verbs b) {
        return !a.main().isEmpty() && !b.main().isEmpty() && java.util.Collections.disjoint(a.main(), b.main())
                && !b.anywhere().containsAll(a.main()) && !a.anywhere().containsAll(b.main());
    }

    /**
     * Whether both sentences' main verbs are known and do not {@link #differ}: positive evidence that the
     * two report one happening, where {@link #differ} only speaks against it.
     */
    static boolean agree(Verbs a, Verbs b) {
        return !a.main().isEmpty() && !b.main().isEmpty() && !differ(a, b);
    }

    private static boolean groupHolds(List<String> tokens, int from, int to, String word) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's words and clause marks (commas, colons, dashes, parentheses), as {@link #of} reads them. */
    static List<String> tokens(String sentence) {
        return TOKEN.matcher(sentence).results().map(java.util.regex.MatchResult::group).toList();
    }

    static boolean isClauseBreak(String token) {
        return token.equals(",") || token.equals(";") || token.equals(":") || token.equals("\u2014") || token.equals("\u2013");
    }

    /**
     * Regular past forms of four letters: shorter "-ed" words are mostly no verbs ("shed", "need", "bred"), so
     * these are listed.
     */
    private static final Set<String> SHORT_PAST = Set.of("died", "sued", "tied", "lied", "owed");

    /** A past form or participle: regular ("recovered") or one of {@link #IRREGULAR}. */
    static boolean isParticiple(String word) {
        return word.length() > 4 && word.endsWith("ed") && !NOT_VERBS.contains(word) || IRREGULAR.contains(word)
                || SHORT_PAST.contains(word);
    }

    private static String verbClass(String verb, PorterStemmer stemmer) {
        String event = Paraphrases.EVENT_VERBS.get(verb);
        if (event == null) {
            event = SAME_HAPPENING.get(verb);
        }
        return event != null ? event : IRREGULAR_LEMMAS.getOrDefault(verb, stemmer.stem(verb));
    }
}

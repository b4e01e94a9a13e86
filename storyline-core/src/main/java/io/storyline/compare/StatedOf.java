package io.storyline.compare;

import io.storyline.analyze.PorterStemmer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a slot's value is stated of: the verbs next to it in its clause. Two values of one noun or
 * one day are one statement only when they are stated of one thing: "there are more than 50,000
 * Americans in Egypt" and "219 Americans have departed Egypt" count two groups; "said on Tuesday" and
 * "was confirmed on Wednesday" date two acts (a reporting day is not the event's day); "the
 * 28-year-old man beaten to death" and "the 30-year-old father of two administered the page" are two
 * people. Read without a parser, in the spirit of a shallow chunker (Abney, "Parsing by chunks",
 * 1991): from the value, the nearest verb to the left and the nearest to the right, within
 * {@link #WINDOW} words and never past a clause break (a comma, "that", "which", a parenthesis ...).
 * <p>
 * A verb is an auxiliary's verb ("were killed", "will be running"), a past form ("departed",
 * "beaten"), an "-ing" form ("killing three"), a verb of saying ("said", "confirmed"), or an intention
 * before "to" ("hopes to evacuate": a plan, not a deed). A copula or "have" with no verb after it, or
 * a figure verb ("rose to", "stood at"), says little of what is counted: then the event words in the
 * window count too ("the toll was 15" is a toll of the dead). Each verb is read as its event class
 * ({@link Lexicon#EVENTS}) or its stem.
 * <p>
 * Two values are stated of different things only when both sides have a predicate and they share
 * none. A value whose predicate is not read (a present-tense verb: "flow", "remains") says nothing
 * against the other: the conflict stands. A copy of a sentence with one value changed keeps its
 * verbs, so the real disagreements of copied wire sentences are never lost to this rule.
 */
final class StatedOf {

    /** Words looked at on each side of a value. */
    static final int WINDOW = 8;

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[.,'\u2019-][\\p{L}\\p{N}]+)*|--|[,;:()\u2014\u2013\"\u201C\u201D?!]");
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", "--", "\u2014", "\u2013", "\"",
            "\u201C", "\u201D", "?", "!", "that", "which", "who", "whom", "whose", "because", "after", "before",
            "when", "while", "if", "although", "though", "where", "since", "until", "unless", "whether");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "'s", "'re", "be", "been", "being",
            "isn't", "aren't", "wasn't", "weren't");
    private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "hasn't", "haven't", "hadn't");
    private static final Set<String> MODALS = Set.of("'ll", "'d", "will", "would", "could", "can", "may", "might", "should",
            "must", "shall", "won't", "wouldn't", "couldn't", "can't", "cannot", "did", "does", "didn't", "doesn't");
    private static final Set<String> INSIDE_GROUP = Set.of("not", "n't", "never", "also", "already", "still",
            "just", "now", "yet", "only", "reportedly", "allegedly", "apparently", "officially", "finally", "been",
            "be", "being", "since", "again", "later", "soon");
    /** Verbs of saying and reporting, each its own act: "said on Tuesday" is not "confirmed on Wednesday". */
    private static final Map<String, String> SAYING = Map.ofEntries(Map.entry("said", "say"), Map.entry("says", "say"),
            Map.entry("say", "say"), Map.entry("told", "tell"), Map.entry("tells", "tell"), Map.entry("tell", "tell"),
            Map.entry("announced", "announce"), Map.entry("announces", "announce"),
            Map.entry("confirmed", "confirm"), Map.entry("confirms", "confirm"), Map.entry("reported", "report"),
            Map.entry("stated", "state"), Map.entry("added", "add"), Map.entry("saying", "say"));
    /** Verbs of intention before "to": "hopes to evacuate another 500" is a plan. */
    private static final Set<String> INTENTIONS = Set.of("hope", "hopes", "hoped", "plan", "plans", "planned",
            "expect", "expects", "expected", "aim", "aims", "aimed", "want", "wants", "wanted", "intend", "intends",
            "intended", "seek", "seeks", "sought", "vow", "vows", "vowed", "pledge", "pledges", "pledged",
            "promise", "promises", "promised", "threaten", "threatens", "threatened");
    /** Verbs that move a figure, not an event: what is counted is in the words around them. */
    private static final Set<String> FIGURE_VERBS = Set.of("be", "have", "rise", "rose", "risen", "climb", "reach",
            "stood", "stand", "total", "put", "increas", "jump", "top", "hit", "grew", "grown", "fell", "fallen",
            "drop", "fall", "give", "rais", "revis", "estim", "count", "numb");
    private static final Set<String> IRREGULAR = Set.of("struck", "took", "taken", "made", "gave", "given",
            "went", "gone", "came", "found", "lost", "left", "held", "kept", "sent", "fled", "fell", "fallen",
            "broke", "broken", "began", "begun", "brought", "bought", "caught", "chose", "chosen", "drove", "driven",
            "flew", "flown", "grew", "grown", "knew", "known", "met", "paid", "ran", "rose", "risen", "sank", "sunk",
            "saw", "seen", "sold", "spoke", "spoken", "stood", "stole", "stolen", "threw", "thrown", "won", "wrote",
            "written", "shot", "slain", "built", "spent", "hurt", "beat", "beaten", "bit", "bitten", "swept", "fought",
            "withdrew", "withdrawn", "became", "felt", "heard", "sought", "taught", "thought", "told", "said", "dead");
    private static final Map<String, String> IRREGULAR_STEMS = Map.ofEntries(Map.entry("bit", "bite"),
            Map.entry("bitten", "bite"), Map.entry("beaten", "beat"), Map.entry("rose", "rise"),
            Map.entry("risen", "rise"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"),
            Map.entry("shot", "shoot"), Map.entry("fled", "flee"), Map.entry("took", "take"),
            Map.entry("taken", "take"), Map.entry("gave", "give"), Map.entry("given", "give"),
            Map.entry("swept", "sweep"), Map.entry("slain", "kill"));
    /** Words that make a following past or "-ing" form a noun or its modifier ("the damaged pier", "a meeting"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "my", "your", "this", "these", "those", "of", "no", "some", "any", "each", "every", "all", "most",
            "very", "so", "than", "for", "in", "on", "at", "with");
    private static final Set<String> NOT_VERBS = Set.of("hundred", "sacred", "naked", "wicked", "rugged", "beloved",
            "ragged", "kindred", "indeed", "speed", "greed", "breed", "creed", "during", "morning", "evening",
            "nothing", "something", "anything", "everything", "including", "according", "following", "regarding",
            "concerning", "pending", "ceiling", "wedding", "building", "buildings", "spring", "string", "sibling",
            "thing", "things", "king", "ring", "bring", "nearly", "notwithstanding", "excluding", "averaging",
            "starting", "beginning", "ending", "outstanding", "remaining", "missing");

    private static final Set<String> CONTRACTIONS = Set.of("'re", "'ve", "'d", "'ll");
    /** Words whose "'s" is "is" or "has", not a possessive. */
    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "that", "there", "what", "who", "here",
            "where", "this");

    private StatedOf() {
    }

    /**
     * Whether the two values are stated of different things: each has a predicate in its sentence and
     * they share none. False when a value is not found or its predicate is not read.
     */
    static boolean differentThings(String sentence, String value, String otherSentence, String otherValue) {
        Set<String> first = predicates(sentence, value);
        if (first.isEmpty()) {
            return false;
        }
        Set<String> second = predicates(otherSentence, otherValue);
        if (second.isEmpty()) {
            return false;
        }
        return first.stream().noneMatch(second::contains);
    }

    /** The predicates of every place the sentence writes the value (empty when it writes it nowhere). */
    static Set<String> predicates(String sentence, String value) {
        String text = PageStamps.withoutLeadingStamp(sentence);
        List<Token> tokens = tokens(text);
        Set<String> predicates = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        String wanted = value.toLowerCase(Locale.ROOT).strip();
        if (wanted.isEmpty()) {
            return predicates;
        }
        for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
            int end = at + wanted.length();
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
            boolean wordEnd = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (!wordStart || !wordEnd) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).end() > at && tokens.get(i).start() < end) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first >= 0) {
                predicates.addAll(around(tokens, first, last));
            }
        }
        return predicates;
    }

    /** The predicates of the value spanning tokens {@code first} to {@code last}. */
    private static Set<String> around(List<Token> tokens, int first, int last) {
        Set<String> verbs = new HashSet<>();
        Set<String> events = new HashSet<>();
        for (int step : new int[] {-1, 1}) {
            int from = step < 0 ? first - 1 : last + 1;
            for (int k = from, seen = 0; k >= 0 && k < tokens.size() && seen < WINDOW; k += step, seen++) {
                String word = tokens.get(k).lower();
                if (BREAKS.contains(word)) {
                    break;
                }
                String event = Lexicon.EVENTS.get(word);
                if (event != null) {
                    events.add(event);
                }
                String verb = verbAt(tokens, k);
                if (verb != null) {
                    verbs.add(verb);
                    break;
                }
            }
        }
        if (verbs.isEmpty() || FIGURE_VERBS.containsAll(verbs)) {
            verbs.addAll(events); // "the toll was 15": what the figure counts is in the words around it
        }
        return verbs;
    }

    /** The predicate the word at {@code k} heads, or null when it is no verb. */
    private static String verbAt(List<Token> tokens, int k) {
        String word = tokens.get(k).lower();
        String previous = k > 0 ? tokens.get(k - 1).lower() : "";
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
        if (SAYING.containsKey(word)) {
            return SAYING.get(word);
        }
        if (INTENTIONS.contains(word) && next.equals("to")) {
            return "intend";
        }
        if (previous.equals("to") && k >= 2 && INTENTIONS.contains(tokens.get(k - 2).lower())) {
            return "intend";
        }
        if (BE.contains(word) || HAVE.contains(word) || MODALS.contains(word)) {
            int j = k + 1;
            while (j < tokens.size() && INSIDE_GROUP.contains(tokens.get(j).lower())) {
                j++;
            }
            String verb = j < tokens.size() ? tokens.get(j).lower() : "";
            if (!verb.isEmpty() && !BREAKS.contains(verb) && (pastForm(verb) || ingForm(verb)
                    || MODALS.contains(word) && Character.isLetter(verb.charAt(0)) && !groupBe(tokens, k + 1, j))) {
                return classOf(verb);
            }
            if (Lexicon.EVENTS.containsKey(verb)) {
                return Lexicon.EVENTS.get(verb); // "were dead": the dead
            }
            boolean copula = BE.contains(word) || groupBe(tokens, k + 1, j);
            return copula ? "be" : HAVE.contains(word) ? "have" : null;
        }
        if (DETERMINERS.contains(previous)) {
            return null;
        }
        return pastForm(word) || ingForm(word) ? classOf(word) : null;
    }

    private static boolean groupBe(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("be") || w.equals("been") || w.equals("being")) {
                return true;
            }
        }
        return false;
    }

    private static boolean pastForm(String word) {
        return !NOT_VERBS.contains(word) && !word.contains("-")
                && (word.length() > 4 && word.endsWith("ed") || IRREGULAR.contains(word));
    }

    private static boolean ingForm(String word) {
        return word.length() > 5 && word.endsWith("ing") && !NOT_VERBS.contains(word) && !word.contains("-");
    }

    private static String classOf(String verb) {
        if (SAYING.containsKey(verb)) {
            return SAYING.get(verb);
        }
        String event = Lexicon.EVENTS.get(verb);
        if (event != null) {
            return event;
        }
        String irregular = IRREGULAR_STEMS.get(verb);
        return irregular != null ? irregular : new PorterStemmer().stem(verb);
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group().replace('\u2019', '\'');
            int apostrophe = t.indexOf('\'');
            String host = apostrophe > 0 ? t.substring(0, apostrophe).toLowerCase(Locale.ROOT) : "";
            String clitic = apostrophe > 0 ? t.substring(apostrophe).toLowerCase(Locale.ROOT) : "";
            if (apostrophe > 0 && (CONTRACTIONS.contains(clitic) || clitic.equals("'s") && PRONOUNS.contains(host))) {
                // "it's evacuated": the contraction is an auxiliary of its own ("the House's office" is no verb)
                tokens.add(new Token(t.substring(0, apostrophe), m.start(), m.start() + apostrophe));
                tokens.add(new Token(t.substring(apostrophe), m.start() + apostrophe, m.end()));
            } else {
                tokens.add(new Token(t, m.start(), m.end()));
            }
        }
        return tokens;
    }

    private record Token(String text, int start, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }
}

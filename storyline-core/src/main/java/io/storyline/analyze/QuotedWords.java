package io.storyline.analyze;

import java.util.HashSet;
import java.util.Set;

/**
 * The content words a statement quotes: the words between its pairs of quotation marks (straight,
 * curly, or the wires' {@code ``} and {@code ''}). Two statements that both quote someone, with
 * quotations that share almost no words, report two things said, even when the words around them (the
 * speaker, a long title) are the same.
 */
final class QuotedWords {

    /** A quotation shorter than this many content words says too little to compare. */
    static final int MIN_WORDS = 3;

    private QuotedWords() {
    }

    /**
     * The stems of the quoted content words, or an empty set when the statement quotes fewer than
     * {@value #MIN_WORDS} content words or its quotation marks do not pair up.
     */
    static Set<String> of(String statement) {
        String text = statement.replace("``", "\"").replace("''", "\"").replace('\u201c', '"').replace('\u201d', '"');
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                marks++;
            }
        }
        Set<String> stems = new HashSet<>();
        if (marks < 2 || marks % 2 != 0) {
            return stems;
        }
        PorterStemmer stemmer = new PorterStemmer();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '"') {
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                for (String word : Tokens.matchWords(text.substring(open + 1, i))) {
                    if (!StopWords.contains(word)) {
                        stems.add(stemmer.stem(word));
                    }
                }
                open = -1;
            }
        }
        return stems.size() >= MIN_WORDS ? stems : Set.of();
    }

    /**
     * Whether both statements quote and their quotations share less than {@code share} of the shorter
     * one's words: two things said.
     */
    static boolean differ(String a, String b, double share) {
        return differ(read(a), read(b), share);
    }

    /** What a statement quotes, read once ({@link #read}) and asked of every statement it is paired with. */
    record Quoted(Set<String> words, Set<String> opening, boolean quotes) {
    }

    /** The statement's quoted words ({@link #of}), its opening quotation ({@link #opening}), and whether it quotes. */
    static Quoted read(String statement) {
        return new Quoted(of(statement), opening(statement), quotes(statement));
    }

    /** {@link #differ(String, String, double)} of two statements read before. */
    static boolean differ(Quoted a, Quoted b, double share) {
        Set<String> qa = a.words();
        Set<String> qb = b.words();
        if (qa.isEmpty() || qb.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String s : qa) {
            if (qb.contains(s)) {
                shared++;
            }
        }
        return shared < share * Math.min(qa.size(), qb.size());
    }

    /**
     * The stems of the content words of the quotation a statement opens with ("'It is just a formality,'
     * said one lawmaker"): what the statement reports is that quotation. Empty when it opens otherwise.
     */
    static Set<String> opening(String statement) {
        String text = statement.strip().replace("``", "\"").replace("''", "\"").replace('\u201c', '"').replace('\u201d', '"');
        Set<String> stems = new HashSet<>();
        int close = text.indexOf('"', 1);
        if (!text.startsWith("\"") || close < 0 || !attributed(text.substring(close + 1))) {
            return stems;
        }
        PorterStemmer stemmer = new PorterStemmer();
        for (String word : Tokens.matchWords(text.substring(1, close))) {
            if (!StopWords.contains(word)) {
                stems.add(stemmer.stem(word));
            }
        }
        return stems;
    }

    /** Verbs that give a quotation its speaker. */
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "added", "adds", "asked",
            "insisted", "remarked", "wrote", "declared", "according");

    /** Whether a verb of saying stands within four words of the text's start: "... ,' said one lawmaker". */
    private static boolean attributed(String after) {
        java.util.List<String> words = Tokens.matchWords(after);
        for (int i = 0; i < Math.min(4, words.size()); i++) {
            if (SPEECH.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the statement holds a quotation mark of any kind. */
    private static boolean quotes(String statement) {
        return statement.indexOf('"') >= 0 || statement.indexOf('\u201c') >= 0 || statement.indexOf('\u201d') >= 0
                || statement.contains("``") || statement.contains("''");
    }

    /**
     * Whether one statement opens with a quotation of which the other, quoting nothing, states no content word: the other
     * reports something else its speaker did or said ("'It is just a formality,' said Ruth Rabinowitz of
     * the Inkatha Freedom Party" against "Rabinowitz said she abstained from voting").
     */
    static boolean saidApart(String a, Set<String> stemsOfA, String b, Set<String> stemsOfB) {
        return saidApart(read(a), stemsOfA, read(b), stemsOfB);
    }

    /** {@link #saidApart(String, Set, String, Set)} of two statements read before. */
    static boolean saidApart(Quoted a, Set<String> stemsOfA, Quoted b, Set<String> stemsOfB) {
        Set<String> qa = a.opening();
        Set<String> qb = b.opening();
        return !qa.isEmpty() && !b.quotes() && java.util.Collections.disjoint(qa, stemsOfB)
                || !qb.isEmpty() && !a.quotes() && java.util.Collections.disjoint(qb, stemsOfA);
    }
}

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

    /** A run of words two statements must quote alike to quote one thing said ... */
    static final int SAME_RUN = 6;
    /** ... with at least this many content words in it. */
    static final int SAME_RUN_CONTENT = 2;

    private static final java.util.regex.Pattern WORD_OR_MARK = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*|[\"\u201c\u201d]|``|''");

    /**
     * Whether the two statements quote one thing said: they share a run of at least {@value #SAME_RUN} words in
     * the same order, {@value #SAME_RUN_CONTENT} of them content words, and in each some word of the run stands
     * after an odd number of quotation marks, inside a quotation ("the news struck 'like a bolt from the blue'"
     * / "The news 'came like a bolt from the blue, since ...'"; scraped text may lose a closing mark). A long
     * clause two outlets share without quoting it (a background clause) is not this.
     */
    static boolean quoteAlike(String a, String b) {
        if (!quotes(a) || !quotes(b)) {
            return false;
        }
        Marked x = marked(a);
        Marked y = marked(b);
        int n = x.words().size();
        int m = y.words().size();
        int[][] run = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                if (x.words().get(i).equals(y.words().get(j))) {
                    run[i][j] = run[i + 1][j + 1] + 1;
                    if (run[i][j] >= SAME_RUN && x.quotedIn(i, run[i][j]) && y.quotedIn(j, run[i][j])
                            && contentWords(x.words(), i, run[i][j]) >= SAME_RUN_CONTENT) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int contentWords(java.util.List<String> words, int from, int length) {
        int content = 0;
        for (int k = from; k < from + length; k++) {
            if (!StopWords.contains(words.get(k))) {
                content++;
            }
        }
        return content;
    }

    /** A statement's lower-case words, each marked inside a quotation when an odd number of marks stands before it. */
    private record Marked(java.util.List<String> words, boolean[] inside) {

        /** Whether a word of the run of {@code length} words from {@code from} is inside a quotation. */
        boolean quotedIn(int from, int length) {
            for (int k = from; k < from + length; k++) {
                if (inside[k]) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Marked marked(String statement) {
        java.util.List<String> words = new java.util.ArrayList<>();
        java.util.List<Boolean> inside = new java.util.ArrayList<>();
        boolean open = false;
        java.util.regex.Matcher m = WORD_OR_MARK.matcher(statement);
        while (m.find()) {
            String token = m.group();
            if (token.equals("\"") || token.equals("\u201c") || token.equals("\u201d") || token.equals("``")
                    || token.equals("''")) {
                open = !open;
            } else {
                words.add(token.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''));
                inside.add(open);
            }
        }
        boolean[] marks = new boolean[words.size()];
        for (int k = 0; k < marks.length; k++) {
            marks[k] = inside.get(k);
        }
        return new Marked(words, marks);
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

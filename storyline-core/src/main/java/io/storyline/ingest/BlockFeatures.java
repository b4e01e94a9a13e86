package io.storyline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Shallow features of a page's text blocks, for {@link BlockClassifier}: after Kohlschütter, Fankhauser and
 * Nejdl 2010, "Boilerplate Detection using Shallow Text Features" (words, text density, link density, and
 * the same of the blocks before and after), with the markup features of Dragnet (Peters and Lecocq 2013,
 * "Content Extraction Using Diverse Feature Sets": the tokens of the block's class and id names) and a
 * block's place in the page. Every value is scaled to about 0..3, so that one learning rate fits all.
 * Class and id tokens are hashed into {@link #BUCKETS} buckets: no word list is kept, so the features name
 * no site.
 */
final class BlockFeatures {

    /** Buckets for the class and id tokens of a block's own element, and as many for its two ancestors. */
    static final int BUCKETS = 64;
    /** The named features, in the order of the vector. */
    static final List<String> NAMES = List.of("bias", "words", "chars-per-word", "text-density", "link-density",
            "sentences", "ends-sentence", "ends-colon", "starts-upper", "digit-share", "symbol-share", "pipe",
            "copyright", "quote", "short", "share-of-page", "position", "first", "last", "blocks", "depth",
            "tag-p", "tag-li", "tag-heading", "tag-div", "tag-cell", "tag-quote", "tag-pre", "tag-other",
            "in-list", "in-table", "in-header", "in-link", "prev-words", "prev-link-density", "prev-ends-sentence",
            "next-words", "next-link-density", "next-ends-sentence", "no-prev", "no-next");
    /** Length of a feature vector: the named features, then the own-name buckets, then the ancestors' buckets. */
    static final int SIZE = NAMES.size() + 2 * BUCKETS;

    private BlockFeatures() {
    }

    /** The name of feature {@code i} (as the model file writes it). */
    static String name(int i) {
        if (i < NAMES.size()) {
            return NAMES.get(i);
        }
        int bucket = i - NAMES.size();
        return bucket < BUCKETS ? "own-" + bucket : "ancestors-" + (bucket - BUCKETS);
    }

    /** One vector per block, in the blocks' order; each block is read with its neighbours. */
    static List<double[]> of(List<TextBlock> blocks) {
        Page page = new Page(blocks);
        List<double[]> vectors = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            vectors.add(page.vector(i));
        }
        return vectors;
    }

    /**
     * A page's blocks, read for their features: what every vector needs (each block's text counts, the page's
     * words) is counted at once, a block's own vector only when asked for ({@link BlockClassifier} asks only
     * for the blocks of the few elements whose kept blocks it judges).
     */
    static final class Page {
        private final List<TextBlock> blocks;
        private final List<Shallow> shallow;
        private final double pageWords;
        private final Map<String, int[]> bucketsOfNames = new HashMap<>(); // a page names its elements with few class names

        Page(List<TextBlock> blocks) {
            this.blocks = blocks;
            List<Shallow> counted = new ArrayList<>(blocks.size());
            double words = 0;
            for (TextBlock b : blocks) {
                Shallow s = Shallow.of(b.text(), b.links());
                counted.add(s);
                words += s.words;
            }
            this.shallow = counted;
            this.pageWords = words;
        }

        /** The feature vector of block {@code i}. */
        double[] vector(int i) {
            int n = blocks.size();
            TextBlock block = blocks.get(i);
            Shallow s = shallow.get(i);
            double[] v = new double[SIZE];
            int f = 0;
            v[f++] = 1;
            v[f++] = Math.log1p(s.words);
            v[f++] = Math.min(s.chars / Math.max(1.0, s.words), 20) / 10;
            v[f++] = Math.log1p(s.density());
            v[f++] = s.linkDensity();
            v[f++] = Math.log1p(s.sentences);
            v[f++] = s.endsSentence ? 1 : 0;
            v[f++] = s.text.endsWith(":") ? 1 : 0;
            v[f++] = !s.text.isEmpty() && Character.isUpperCase(s.text.codePointAt(0)) ? 1 : 0;
            v[f++] = share(s.text, Character::isDigit);
            v[f++] = share(s.text, c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c));
            v[f++] = s.text.indexOf('|') >= 0 ? 1 : 0;
            v[f++] = s.text.indexOf('©') >= 0 ? 1 : 0;
            v[f++] = QUOTE_MARK.matcher(s.text).find() ? 1 : 0;
            v[f++] = s.words < 5 ? 1 : 0;
            v[f++] = pageWords == 0 ? 0 : s.words / pageWords;
            v[f++] = n == 1 ? 0 : i / (double) (n - 1);
            v[f++] = i == 0 ? 1 : 0;
            v[f++] = i == n - 1 ? 1 : 0;
            v[f++] = Math.log1p(n) / 3;
            v[f++] = Math.min(block.depth(), 15) / 5.0;
            String tag = block.owner().normalName();
            int kind = tagKind(tag);
            for (int k = 0; k < TAG_KINDS; k++) {
                v[f++] = kind == k ? 1 : 0;
            }
            v[f++] = inside(block, "li") ? 1 : 0;
            v[f++] = inside(block, "table") ? 1 : 0;
            v[f++] = inside(block, "header") || inside(block, "figure") ? 1 : 0;
            v[f++] = inside(block, "a") ? 1 : 0;
            Shallow prev = i > 0 ? shallow.get(i - 1) : null;
            Shallow next = i < n - 1 ? shallow.get(i + 1) : null;
            f = neighbour(v, f, prev);
            f = neighbour(v, f, next);
            v[f++] = prev == null ? 1 : 0;
            v[f++] = next == null ? 1 : 0;
            names(v, NAMES.size(), block.owner(), bucketsOfNames);
            Element parent = block.owner().parent();
            for (int up = 0; up < 2 && parent != null && parent != block.root().parent(); up++, parent = parent.parent()) {
                names(v, NAMES.size() + BUCKETS, parent, bucketsOfNames);
            }
            return v;
        }
    }

    /** Tag features: p, li, heading, div-like, table cell, blockquote, pre, other. */
    private static final int TAG_KINDS = 8;

    private static int tagKind(String tag) {
        return switch (tag) {
            case "p" -> 0;
            case "li" -> 1;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> 2;
            case "div", "section", "article", "main" -> 3;
            case "td", "th", "tr", "table", "dd", "dt" -> 4;
            case "blockquote" -> 5;
            case "pre" -> 6;
            default -> 7;
        };
    }

    private static int neighbour(double[] v, int f, Shallow s) {
        v[f++] = s == null ? 0 : Math.log1p(s.words);
        v[f++] = s == null ? 0 : s.linkDensity();
        v[f++] = s != null && s.endsSentence ? 1 : 0;
        return f;
    }

    /** Whether an element between the block's own and its root (the own included) has this tag. */
    private static boolean inside(TextBlock block, String tag) {
        for (Element e = block.owner(); e != null && e != block.root().parent(); e = e.parent()) {
            if (e.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Sets the bucket of each token of the element's class and id names ("article-body" gives article, body). */
    private static void names(double[] v, int offset, Element e, Map<String, int[]> bucketsOfNames) {
        int[] buckets = bucketsOfNames.computeIfAbsent(e.className() + " " + e.id(),
                names -> tokens(names).stream().mapToInt(token -> Math.floorMod(token.hashCode(), BUCKETS)).toArray());
        for (int bucket : buckets) {
            v[offset + bucket] = 1;
        }
    }

    /** Where a lower-case letter meets a capital, and what parts name words. */
    private static final Pattern CAMEL_CASE = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Quotation marks of several languages. */
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”«»„]");

    /** The words of class and id names: split at anything not a letter and where a lower-case letter meets a capital. */
    static List<String> tokens(String names) {
        List<String> tokens = new ArrayList<>();
        for (String part : NOT_LETTERS.split(CAMEL_CASE.matcher(names).replaceAll("$1 $2"))) {
            if (part.length() >= 2) {
                tokens.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }

    /** Words of a text: runs of letters and digits, each character one in scripts written without spaces. */
    static int words(String text) {
        return Shallow.of(text, 0).words();
    }

    private static double share(String text, java.util.function.IntPredicate kind) {
        if (text.isEmpty()) {
            return 0;
        }
        return text.codePoints().filter(kind).count() / (double) text.codePointCount(0, text.length());
    }

    /** A block's text counts. */
    private record Shallow(String text, int words, int chars, int links, int sentences, boolean endsSentence) {

        static Shallow of(String text, int links) {
            int words = 0;
            int sentences = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                boolean letterOrDigit = Character.isLetterOrDigit(c);
                // only a letter or digit may be written without spaces; below U+0080 none is
                boolean unspaced = letterOrDigit && c >= 0x80 && unspaced(c);
                if (letterOrDigit && (unspaced || !inWord)) {
                    words++;
                }
                inWord = letterOrDigit && !unspaced;
                if (".!?。！？".indexOf(c) >= 0 && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                    sentences++;
                }
                i += Character.charCount(c);
            }
            return new Shallow(text, words, text.length(), links, sentences, endsSentence(text));
        }

        /**
         * Whether the text's last mark before white space, closing quotes and brackets ({@link #isTrailing})
         * ends a sentence; read from the end.
         */
        private static boolean endsSentence(String text) {
            for (int i = text.length() - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (!isTrailing(c)) {
                    return ".!?。！？".indexOf(c) >= 0;
                }
            }
            return false;
        }

        /** White space (as a pattern's {@code \\s}: ASCII only), a closing quote or bracket after a block's last mark. */
        private static boolean isTrailing(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')'
                    || c == ']';
        }

        /** A character of a script written without spaces between words: CJK ideographs, kana, Thai. */
        private static boolean unspaced(int c) {
            if (Character.isIdeographic(c)) {
                return true;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.THAI;
        }

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1, links / (double) chars);
        }

        /** Words per line of 80 characters, as Kohlschütter et al. wrap a block to measure its text density. */
        double density() {
            return words / Math.ceil(Math.max(1, chars) / 80.0);
        }
    }
}

package io.storyline.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Undoes Penn Treebank tokenization (Marcus et al. 1993, "Building a Large Annotated Corpus of English:
 * the Penn Treebank"), as found in research corpora such as Timeline17: bracket escapes ({@code -LRB-}),
 * {@code ``}/{@code ''} quotes, split clitics ({@code do n't}, {@code Egypt 's}) and punctuation set apart
 * by spaces. Works token by token on one line (one sentence) at a time.
 */
final class PtbDetokenizer {

    private static final Map<String, String> ESCAPES = Map.of(
            "-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}");
    private static final Pattern BRACKET_ESCAPE = Pattern.compile("-[LR][RSC]B-");
    private static final Pattern SPACED_PUNCT = Pattern.compile("\\S [.?!](?: ''| ')?\\s*$|\\w , \\w| n't\\b|\\w 's\\b");
    /** Tokens that attach to the word before them. */
    private static final Set<String> CLITICS = Set.of("n't", "'s", "'re", "'ve", "'ll", "'d", "'m",
            "N'T", "'S", "'RE", "'VE", "'LL", "'D", "'M");
    /** Lines looked at to decide; tokenization, when present, marks a document throughout. */
    private static final int SAMPLE_LINES = 200;
    private static final String CLOSE_LEFT = ",.;:!?%)]}";
    private static final String OPEN_RIGHT = "([{$#";

    private PtbDetokenizer() {
    }

    /** True when bracket escapes, {@code ``} quotes, or spaced punctuation mark most lines. */
    static boolean looksTokenized(List<String> lines) {
        int nonEmpty = 0;
        int marked = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (nonEmpty == SAMPLE_LINES) {
                break;
            }
            nonEmpty++;
            if (line.contains("B-") && BRACKET_ESCAPE.matcher(line).find() || line.contains("`` ")) {
                return true;
            }
            if (mayHaveSpacedMark(line) && SPACED_PUNCT.matcher(line).find()) {
                marked++;
            }
        }
        return nonEmpty > 0 && marked >= 2 && marked * 2 >= nonEmpty;
    }

    /**
     * Whether a space stands before one of the marks {@link #SPACED_PUNCT} looks for (. ? ! , n' '), as in
     * every match of it: most lines have none, and are spared the expression.
     */
    private static boolean mayHaveSpacedMark(String line) {
        for (int i = line.indexOf(' '); i >= 0 && i + 1 < line.length(); i = line.indexOf(' ', i + 1)) {
            if (".?!,n'".indexOf(line.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Newswire archives (DUC's among them) write quotes as TeX-style {@code ``...''} without being
     * tokenized otherwise; those pairs become plain double quotes.
     */
    static List<String> plainQuotes(List<String> lines) {
        if (lines.stream().noneMatch(l -> l.contains("``"))) {
            return lines;
        }
        return lines.stream().map(l -> l.replace("``", "\"").replace("''", "\"")).toList();
    }

    static String detokenize(String line) {
        if (line.isEmpty()) {
            return line;
        }
        String[] tokens = line.split(" ");
        StringBuilder out = new StringBuilder(line.length());
        boolean doubleOpen = false;
        boolean glueNext = true;
        for (String raw : tokens) {
            String token = ESCAPES.getOrDefault(raw, raw).replace("\\/", "/").replace("\\*", "*");
            boolean glueLeft;
            boolean glueRight = false;
            if (token.equals("``") || token.equals("“")) {
                token = "\"";
                doubleOpen = true;
                glueLeft = false;
                glueRight = true;
            } else if (token.equals("''") || token.equals("\"") || token.equals("”")) {
                token = "\"";
                if (doubleOpen) {
                    doubleOpen = false;
                    glueLeft = true;
                } else {
                    doubleOpen = true;
                    glueLeft = false;
                    glueRight = true;
                }
            } else if (CLITICS.contains(token) || token.equals("'")) {
                glueLeft = true;
            } else if (token.length() == 1 && CLOSE_LEFT.indexOf(token.charAt(0)) >= 0) {
                glueLeft = true;
                if (token.equals(".") && out.length() > 0 && out.charAt(out.length() - 1) == '.') {
                    continue; // "D.C. ." : the tokenizer repeated the abbreviation's full stop
                }
            } else {
                glueLeft = false;
                glueRight = token.length() == 1 && OPEN_RIGHT.indexOf(token.charAt(0)) >= 0;
            }
            if (!(glueLeft || glueNext) && out.length() > 0) {
                out.append(' ');
            }
            out.append(token);
            glueNext = glueRight;
        }
        return out.toString().replace("gon na", "gonna").replace("wan na", "wanna");
    }
}

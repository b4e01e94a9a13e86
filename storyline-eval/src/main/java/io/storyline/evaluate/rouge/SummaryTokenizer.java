package io.storyline.evaluate.rouge;

import io.storyline.analyze.PorterStemmer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a summary (one sentence a line) into the tokens ROUGE-1.5.5 counts: ASCII lower-casing,
 * the {@code -l}/{@code -b} cut on the raw text, hyphens split off, every other character outside
 * {@code [A-Za-z0-9]} made a blank, optional stop-word removal and stemming of words longer than three
 * letters.
 *
 * <p>The script works on bytes, so text is first re-read as its UTF-8 bytes (one char per byte):
 * byte limits then count bytes, and non-ASCII letters become blanks as they do there.
 */
final class SummaryTokenizer {

    /** Perl's {@code \s} on a byte string. */
    private static final Pattern PERL_BLANKS = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");
    private static final Pattern NOT_WORD_CHAR = Pattern.compile("[^A-Za-z0-9\\-]");

    private final RougeConfig config;
    private final PorterStemmer stemmer;
    private final Set<String> stopwords;
    private final Map<String, String> irregularForms;

    SummaryTokenizer(RougeConfig config, PorterStemmer stemmer, Set<String> stopwords,
                     Map<String, String> irregularForms) {
        this.config = config;
        this.stemmer = stemmer;
        this.stopwords = config.removeStopwords() ? stopwords : Set.of();
        this.irregularForms = irregularForms;
    }

    /** All tokens of the (cut) summary in order: what ROUGE-N, ROUGE-SU and the LCS clipping count. */
    List<String> tokens(List<String> sentences) {
        List<String> lines = lines(sentences);
        String text;
        if (config.wordLimit() > 0) {
            text = cutToWords(lines, config.wordLimit());
        } else if (config.byteLimit() > 0) {
            text = cutToBytes(lines, config.byteLimit());
        } else {
            text = String.join(" ", lines);
        }
        return text.isEmpty() ? List.of() : wordsOf(text);
    }

    /** Tokens sentence by sentence, for the summary-level LCS. */
    List<List<String>> sentenceTokens(List<String> sentences) {
        List<String> lines = lines(sentences);
        List<String> kept;
        if (config.wordLimit() > 0) {
            kept = sentencesCutToWords(lines, config.wordLimit());
        } else if (config.byteLimit() > 0) {
            kept = sentencesCutToBytes(lines, config.byteLimit());
        } else {
            kept = lines;
        }
        List<List<String>> result = new ArrayList<>(kept.size());
        for (String line : kept) {
            result.add(wordsOf(line));
        }
        return result;
    }

    /** The script reads files line by line, drops empty lines and lower-cases A-Z only. */
    private static List<String> lines(List<String> sentences) {
        List<String> lines = new ArrayList<>();
        for (String sentence : sentences) {
            String bytes = new String(sentence.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            for (String line : bytes.split("\n", -1)) {
                if (!line.isEmpty()) {
                    lines.add(asciiLowerCase(line));
                }
            }
        }
        return lines;
    }

    private static String cutToWords(List<String> lines, int limit) {
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (String line : lines) {
            String[] parts = perlSplit(line);
            if (words + parts.length < limit) {
                if (words != 0) {
                    text.append(' ');
                }
                text.append(line);
                words += parts.length;
            } else {
                if (words > 0) {
                    text.append(' ');
                }
                text.append(String.join(" ", Arrays.copyOfRange(parts, 0, limit - words)));
                break;
            }
        }
        return text.toString();
    }

    private static String cutToBytes(List<String> lines, int limit) {
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        for (String line : lines) {
            if (bytes + line.length() < limit) {
                if (bytes != 0) {
                    text.append(' ');
                }
                text.append(line);
                bytes += line.length();
            } else {
                if (bytes > 0) {
                    text.append(' ');
                }
                text.append(line, 0, limit - bytes);
                break;
            }
        }
        return text.toString();
    }

    private static List<String> sentencesCutToWords(List<String> lines, int limit) {
        List<String> kept = new ArrayList<>();
        int words = 0;
        for (String line : lines) {
            String[] parts = perlSplit(line);
            if (words + parts.length < limit) {
                words += parts.length;
                kept.add(line);
            } else {
                kept.add(String.join(" ", Arrays.copyOfRange(parts, 0, limit - words)));
                break;
            }
        }
        return kept;
    }

    /**
     * The byte cut of ROUGE-1.5.5's sentence reader never adds up the bytes already kept, so every
     * sentence shorter than the limit survives whole and the first longer one is cut to the limit.
     * Reproduced as is: it is what published ROUGE-L figures with {@code -b} were computed with.
     */
    private static List<String> sentencesCutToBytes(List<String> lines, int limit) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (line.length() < limit) {
                kept.add(line);
            } else {
                kept.add(line.substring(0, limit));
                break;
            }
        }
        return kept;
    }

    private List<String> wordsOf(String text) {
        String cleaned = NOT_WORD_CHAR.matcher(text.replace("-", " - ")).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String token : cleaned.split(" ")) {
            if (token.isEmpty() || stopwords.contains(token)) {
                continue;
            }
            char first = token.charAt(0);
            // hyphens survive as tokens of their own but only words starting alphanumerically count
            if ((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9')) {
                words.add(config.stemming() && token.length() > 3 ? stem(token) : token);
            }
        }
        return words;
    }

    private String stem(String token) {
        String irregular = irregularForms.get(token);
        return irregular != null ? irregular : stemmer.stem(token);
    }

    /** Perl's {@code split(/\s+/, $s)}: a leading blank yields an empty first field, trailing ones none. */
    private static String[] perlSplit(String line) {
        return line.isEmpty() ? new String[0] : PERL_BLANKS.split(line);
    }

    private static String asciiLowerCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}

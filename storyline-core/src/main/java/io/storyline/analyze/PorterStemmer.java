package io.storyline.analyze;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suffix-stripping stemmer of M.F. Porter, "An algorithm for suffix stripping", Program 14(3),
 * 130-137, 1980, in the variant that ROUGE-1.5.5 (C.-Y. Lin, 2004) uses to score summaries, so that
 * the project's term matching and its ROUGE scores see the same stems.
 *
 * <p>That variant differs from the 1980 paper in a few documented ways, all kept here on purpose:
 * <ul>
 *   <li>the measure {@code m} is tested with consonant/vowel-sequence patterns in which {@code y}
 *       after a consonant counts as a vowel, and a word-initial {@code y} is always a consonant;</li>
 *   <li>the "*o" condition (stem ends consonant-vowel-consonant, last not w, x or y) requires the
 *       whole stem to be one consonant run, one vowel and one such consonant;</li>
 *   <li>step 2 also maps {@code bli -> ble} and {@code logi -> log} (Porter's later revision);</li>
 *   <li>step 4 tries the suffix list, then {@code -ment}, then {@code -ent} or {@code -(s|t)ion},
 *       each on the result of the previous try, rather than one longest suffix.</li>
 * </ul>
 * Words shorter than three letters come back unchanged. Stems are remembered process-wide (a memo
 * of a pure function); the class is safe to share between threads.
 */
public final class PorterStemmer {

    /**
     * Stems already worked out, shared by every stemmer in the process: the rules run a dozen regular
     * expressions a word, and a story, a benchmark or a server repeats the same words many times. A
     * pure function's memo, so cleared rather than evicted when full.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> STEMS =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Words kept before the memo is cleared: a few megabytes at most. */
    static final int CACHE_LIMIT = 100_000;

    private static final String CONSONANT = "[^aeiou]";
    private static final String VOWEL = "[aeiouy]";
    private static final String CONSONANT_RUN = CONSONANT + "[^aeiouy]*";
    private static final String VOWEL_RUN = VOWEL + "[aeiou]*";

    /** m &gt; 0. */
    private static final Pattern MEASURE_ABOVE_0 =
            Pattern.compile("^(" + CONSONANT_RUN + ")?" + VOWEL_RUN + CONSONANT_RUN);
    /** m == 1. */
    private static final Pattern MEASURE_IS_1 =
            Pattern.compile("^(" + CONSONANT_RUN + ")?" + VOWEL_RUN + CONSONANT_RUN + "(" + VOWEL_RUN + ")?$");
    /** m &gt; 1. */
    private static final Pattern MEASURE_ABOVE_1 = Pattern.compile(
            "^(" + CONSONANT_RUN + ")?" + VOWEL_RUN + CONSONANT_RUN + VOWEL_RUN + CONSONANT_RUN);
    /** The stem contains a vowel. */
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONSONANT_RUN + ")?" + VOWEL);
    /** The whole stem is consonants, a vowel, then a consonant other than w, x, y. */
    private static final Pattern SHORT_CVC = Pattern.compile("^" + CONSONANT_RUN + VOWEL + "[^aeiouwxy]$");

    private static final Pattern STEP1A_SSES_IES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP1B_RESTORE_E = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP1C_Y = Pattern.compile("y$");

    private static final Map<String, String> STEP2 = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
            Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3 = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");
    private static final Pattern STEP2_SUFFIX = suffixPattern(STEP2.keySet());
    private static final Pattern STEP3_SUFFIX = suffixPattern(STEP3.keySet());
    private static final Pattern STEP4_SUFFIX = Pattern.compile(
            "(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_MENT = Pattern.compile("ment$");
    private static final Pattern STEP4_ENT = Pattern.compile("ent$");
    private static final Pattern STEP4_ION = Pattern.compile("(s|t)ion$");
    private static final Pattern STEP5_E = Pattern.compile("e$");

    /**
     * Stems one lower-case word.
     *
     * @param word a lower-case word (letters; digits pass through harmlessly)
     * @return its stem, or the word itself when shorter than three characters
     */
    public String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        String known = STEMS.get(word);
        if (known != null) {
            return known;
        }
        String stem = stemmed(word);
        if (STEMS.size() >= CACHE_LIMIT) {
            STEMS.clear();
        }
        STEMS.put(word, stem);
        return stem;
    }

    /** The stem of a word of three letters or more, worked out by the rules. */
    private static String stemmed(String word) {
        // A leading y is a consonant: upper-case it so the vowel classes never match it.
        boolean leadingY = word.charAt(0) == 'y';
        String w = leadingY ? 'Y' + word.substring(1) : word;

        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = replaceSuffix(w, STEP2_SUFFIX, STEP2, MEASURE_ABOVE_0);
        w = replaceSuffix(w, STEP3_SUFFIX, STEP3, MEASURE_ABOVE_0);
        w = step4(w);
        w = step5(w);

        return leadingY ? 'y' + w.substring(1) : w;
    }

    private static String step1a(String w) {
        Matcher m = STEP1A_SSES_IES.matcher(w);
        if (m.find()) {
            return w.substring(0, m.start()) + m.group(1);
        }
        m = STEP1A_S.matcher(w);
        if (m.find()) {
            return w.substring(0, m.start()) + m.group(1);
        }
        return w;
    }

    private static String step1b(String w) {
        Matcher m = STEP1B_EED.matcher(w);
        if (m.find()) {
            return holds(MEASURE_ABOVE_0, w.substring(0, m.start())) ? w.substring(0, w.length() - 1) : w;
        }
        m = STEP1B_ED_ING.matcher(w);
        if (!m.find()) {
            return w;
        }
        String stem = w.substring(0, m.start());
        if (!holds(HAS_VOWEL, stem)) {
            return w;
        }
        if (holds(STEP1B_RESTORE_E, stem)) {
            return stem + 'e';
        }
        if (holds(STEP1B_DOUBLE, stem)) {
            return stem.substring(0, stem.length() - 1);
        }
        if (holds(SHORT_CVC, stem)) {
            return stem + 'e';
        }
        return stem;
    }

    private static String step1c(String w) {
        Matcher m = STEP1C_Y.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (holds(HAS_VOWEL, stem)) {
                return stem + 'i';
            }
        }
        return w;
    }

    private static String step4(String w) {
        w = dropSuffix(w, STEP4_SUFFIX);
        w = dropSuffix(w, STEP4_MENT);
        if (STEP4_ENT.matcher(w).find()) {
            return dropSuffix(w, STEP4_ENT);
        }
        Matcher ion = STEP4_ION.matcher(w);
        if (ion.find()) {
            // keep the s or t: only "ion" goes
            String stem = w.substring(0, ion.start() + 1);
            return holds(MEASURE_ABOVE_1, stem) ? stem : w;
        }
        return w;
    }

    private static String step5(String w) {
        Matcher m = STEP5_E.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (holds(MEASURE_ABOVE_1, stem)
                    || (holds(MEASURE_IS_1, stem) && !holds(SHORT_CVC, stem))) {
                w = stem;
            }
        }
        if (w.endsWith("ll") && holds(MEASURE_ABOVE_1, w)) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Removes the suffix matched by {@code suffix} when what precedes it has m &gt; 1. */
    private static String dropSuffix(String w, Pattern suffix) {
        Matcher m = suffix.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (holds(MEASURE_ABOVE_1, stem)) {
                return stem;
            }
        }
        return w;
    }

    private static String replaceSuffix(String w, Pattern suffix, Map<String, String> replacements,
                                        Pattern condition) {
        Matcher m = suffix.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (holds(condition, stem)) {
                return stem + replacements.get(m.group(1));
            }
        }
        return w;
    }

    private static Pattern suffixPattern(Iterable<String> suffixes) {
        return Pattern.compile("(" + String.join("|", suffixes) + ")$");
    }

    private static boolean holds(Pattern pattern, String text) {
        return pattern.matcher(text).find();
    }
}

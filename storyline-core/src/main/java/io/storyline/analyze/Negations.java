package io.storyline.analyze;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a statement's negations deny: the first two words after each "not", "never", "n't" ...
 * that are not auxiliaries or adverbs ("does not recognize Indonesia's claim" denies recognize and
 * Indonesia; "had never before been deployed at such depths" denies deployed and depths). A
 * negation is a disagreement between two statements only when the other statement asserts the word
 * it denies; otherwise it negates something the other does not say ("whether or not more than 200
 * players ...", "isn't expected to make it to Christmas") and the two may still tell one fact.
 */
final class Negations {

    /** A negation cue; "not only" (an addition) and "whether or not" (an open question) are none. */
    private static final Pattern CUE = Pattern.compile(
            "(?i)(?<!whether or )\\b(?:not(?! only\\b)|never|no longer|neither|nor)\\b|n't\\b");
    /** Words between a negation and what it denies. */
    private static final Set<String> BETWEEN = Set.of("be", "been", "being", "is", "are", "was", "were", "have", "has",
            "had", "do", "does", "did", "yet", "only", "even", "ever", "always", "before", "so", "too", "very", "really",
            "a", "an", "the", "to", "much", "any", "all", "just", "also", "immediately", "quite", "necessarily",
            "at", "fully", "entirely", "get", "got", "will", "would", "can", "could", "should", "may", "might", "more");
    /** How many words after a negation are looked at ... */
    private static final int REACH = 6;
    /** ... and how many of them, not counting the words between, are what it denies. */
    private static final int DENIED_WORDS = 2;

    private Negations() {
    }

    /** The stems of the words the statement's negations deny. */
    static Set<String> denied(String statement) {
        Set<String> denied = new LinkedHashSet<>();
        PorterStemmer stemmer = new PorterStemmer();
        Matcher m = CUE.matcher(statement);
        while (m.find()) {
            List<String> after = Tokens.matchWords(statement.substring(m.end()));
            int found = 0;
            for (int i = 0; i < Math.min(REACH, after.size()) && found < DENIED_WORDS; i++) {
                String word = after.get(i);
                if (!BETWEEN.contains(word) && !Character.isDigit(word.charAt(0))) {
                    denied.add(stemmer.stem(word));
                    found++;
                }
            }
        }
        return denied;
    }

    /** Whether a negation of {@code negated} denies a word {@code other} asserts (given as stems). */
    static boolean denies(String negated, Set<String> otherStems) {
        for (String stem : denied(negated)) {
            if (otherStems.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}

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

    /**
     * A negation cue; "not only" (an addition) and "whether or not" (an open question) are none. "No one" and
     * "nobody" deny the verb after them ("No one was arrested" denies "Police arrested two men").
     */
    private static final Pattern CUE = Pattern.compile(
            "(?i)(?<!whether or )\\b(?:not(?! only\\b)|never|no longer|neither|nor|no one|nobody)\\b|n't\\b");
    /** A refusal or failure to do something, and the verb refused ("refused to recognize", "fails to pay"). */
    private static final Pattern REFUSAL = Pattern.compile(
            "(?i)\\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fail(?:s|ed|ing)?)\\s+to\\s+(?:be\\s+)?(\\p{L}+)");
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
        return denies(negated, otherStems, Set.of());
    }

    /**
     * Whether a negation of {@code negated} denies a word the other statement asserts (its stems), unless the
     * other refuses or fails to do what it denies ({@link #refused}): "does not recognize the claim" and
     * "refuses to recognize the claim" deny one thing.
     */
    static boolean denies(String negated, Set<String> otherStems, Set<String> otherRefuses) {
        Set<String> denied = denied(negated);
        if (!java.util.Collections.disjoint(denied, otherRefuses)) {
            return false;
        }
        for (String stem : denied) {
            if (otherStems.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stems of the verbs a statement refuses, declines or fails to do ("refuses to recognize" gives
     * recogn). Not a negation cue of its own (two negations of different things would then cancel), only
     * what a "not" of the other statement is checked against.
     */
    static Set<String> refused(String statement) {
        Set<String> refused = new LinkedHashSet<>();
        PorterStemmer stemmer = new PorterStemmer();
        Matcher m = REFUSAL.matcher(statement);
        while (m.find()) {
            refused.add(stemmer.stem(m.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
        return refused;
    }
}

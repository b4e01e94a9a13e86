package io.storyline.analyze;

import java.util.Set;

/**
 * English function words: articles, pronouns, auxiliaries, prepositions, conjunctions and the
 * reporting verbs of news copy ("said", "told"), which carry no content of their own when two
 * sentences are compared or a summary's concepts are weighed.
 */
public final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although",
            "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at",
            "be", "became", "because", "been", "before", "being", "below", "between", "both", "but",
            "by", "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each",
            "either", "else", "enough", "even", "ever", "every", "few", "for", "from", "further",
            "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is",
            "it", "its", "itself", "just", "least", "less", "let", "like", "made", "make", "many",
            "may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "no",
            "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other",
            "others", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite",
            "rather", "really", "said", "same", "say", "says", "see", "seem", "seemed", "seems",
            "several", "shall", "she", "should", "since", "so", "some", "still", "such", "than",
            "that", "the", "their", "theirs", "them", "themselves", "then", "there", "therefore",
            "these", "they", "this", "those", "though", "through", "thus", "to", "told", "too",
            "toward", "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "we",
            "were", "what", "whatever", "when", "where", "whether", "which", "while", "who",
            "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
            "your", "yours", "yourself", "yourselves", "s", "t", "d", "ll", "m", "re", "ve",
            "mr", "mrs", "ms", "according", "saying");

    private StopWords() {
    }

    /** The whole list, lower case (e.g. as a stand-in stop list for a scorer that needs one). */
    public static Set<String> all() {
        return WORDS;
    }

    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}

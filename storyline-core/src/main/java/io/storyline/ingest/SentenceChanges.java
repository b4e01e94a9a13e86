package io.storyline.ingest;

import io.storyline.analyze.Slots;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two near copies of one text change one of its sentences into a disagreement: a sentence of one
 * that the other lacks, set against the other's sentence it shares most words with, differs in a checkable
 * slot ({@link Slots}), a negation included ("The alarm sounded on Monday." / "The alarm did not sound on
 * Monday."). Near copies are compared as whole texts too ({@link Duplicates}), but a whole text's negation
 * says nothing (most long texts hold a "not" somewhere): only a sentence and its changed copy show a denial.
 */
final class SentenceChanges {

    /** Share of the two sentences' words (of both together) they must share to be one sentence changed. */
    static final double CHANGED_COPY = 0.5;
    /** Sentences of each side compared at most: near copies differ in a few; more is another text. */
    private static final int MOST_CHANGED = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}']+");

    private SentenceChanges() {
    }

    static boolean disagree(String text, String otherText) {
        List<String> mine = sentences(text);
        List<String> theirs = sentences(otherText);
        List<String> onlyMine = onlyIn(mine, theirs);
        List<String> onlyTheirs = onlyIn(theirs, mine);
        if (onlyMine.isEmpty() || onlyTheirs.isEmpty() || onlyMine.size() > MOST_CHANGED || onlyTheirs.size() > MOST_CHANGED) {
            return false;
        }
        for (String sentence : onlyMine) {
            Set<String> words = words(sentence);
            String closest = null;
            double best = CHANGED_COPY;
            for (String other : onlyTheirs) {
                double share = shared(words, words(other));
                if (share >= best) {
                    best = share;
                    closest = other;
                }
            }
            if (closest != null && !Slots.of(sentence).differences(Slots.of(closest)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }

    private static List<String> onlyIn(List<String> sentences, List<String> others) {
        Set<String> other = new HashSet<>(others);
        return sentences.stream().filter(s -> !other.contains(s)).toList();
    }

    private static Set<String> words(String sentence) {
        Set<String> words = new HashSet<>();
        for (String w : NOT_A_LETTER.split(sentence.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Words both hold, over the words either holds (Jaccard). */
    private static double shared(Set<String> a, Set<String> b) {
        int both = 0;
        for (String w : a) {
            if (b.contains(w)) {
                both++;
            }
        }
        int either = a.size() + b.size() - both;
        return either == 0 ? 0 : both / (double) either;
    }
}

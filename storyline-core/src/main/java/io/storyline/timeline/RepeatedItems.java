package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Old items on a later page. A live page or a running "latest" list keeps earlier items word for word
 * ("Another fifteen cases were confirmed yesterday, bringing the UK total to 244" on a page of 30 June,
 * first published on 1 June): read from the later page, "yesterday" names the wrong day. A sentence an
 * article published earlier already carries, word for word, is that earlier article's: the later copy is
 * dated as the first one is and refers to no day of its own. Sentences of fewer than
 * {@value #MIN_LETTERS} letters are not compared: short stock lines ("Police are investigating.") recur
 * as news of their own day.
 */
final class RepeatedItems {

    /** Letters a sentence needs before a repeat of it is taken for an old item rather than stock wording. */
    static final int MIN_LETTERS = 60;

    private RepeatedItems() {
    }

    /**
     * For each sentence, the id of the same sentence in the earliest article published before its own
     * (word for word, spacing aside), or -1 when no earlier article carries it.
     */
    static int[] firstCopies(StoryAnalysis story) {
        List<AnalyzedSentence> sentences = story.sentences();
        int[] copyOf = new int[sentences.size()];
        Arrays.fill(copyOf, -1);
        Map<String, AnalyzedSentence> first = new HashMap<>();
        for (AnalyzedSentence s : sentences) {
            LocalDate pub = story.articles().get(s.article()).published();
            if (pub == null || letters(s.text()) < MIN_LETTERS) {
                continue;
            }
            first.merge(key(s.text()), s, (a, b) -> published(story, b).isBefore(published(story, a)) ? b : a);
        }
        for (AnalyzedSentence s : sentences) {
            LocalDate pub = story.articles().get(s.article()).published();
            if (pub == null || letters(s.text()) < MIN_LETTERS) {
                continue;
            }
            AnalyzedSentence earliest = first.get(key(s.text()));
            if (earliest.article() != s.article() && published(story, earliest).isBefore(pub)) {
                copyOf[s.id()] = earliest.id();
            }
        }
        return copyOf;
    }

    private static LocalDate published(StoryAnalysis story, AnalyzedSentence s) {
        return story.articles().get(s.article()).published();
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}

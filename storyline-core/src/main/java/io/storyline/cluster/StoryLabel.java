package io.storyline.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Names a story the way a news desk would: the headline of its most central article (the one
 * closest to the centroid), else, when no article has a headline, its three heaviest words.
 */
final class StoryLabel {

    static final int MAX_LENGTH = 120;
    private static final int KEY_WORDS = 3;

    private StoryLabel() {
    }

    static String of(OpenStory story, Vocabulary vocabulary) {
        ArticleProfile central = null;
        double best = Double.NEGATIVE_INFINITY;
        for (ArticleProfile member : story.members) {
            if (member.article().headline().isEmpty()) {
                continue;
            }
            double score = member.dot(story.centroid);
            if (score > best) {
                best = score;
                central = member;
            }
        }
        if (central != null) {
            return shorten(central.article().headline().orElseThrow().strip().replaceAll("\\s+", " "));
        }
        List<String> words = new ArrayList<>();
        for (int term : story.centroid.top(KEY_WORDS)) {
            words.add(vocabulary.word(term));
        }
        return words.isEmpty() ? "(untitled story)" : String.join(", ", words);
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LENGTH ? label : label.substring(0, MAX_LENGTH - 1).strip() + "\u2026";
    }
}

package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Page lines a scrape left as sentences of their own that are no news sentence: a headline that asks
 * ("Is the spill also a moral crisis?" opening a discussion page; a news lead states), and a line cut
 * off inside a name written with full stops ("... to play the Cardiff concert Will." followed by "I. Am
 * said ..."), which is a fragment whatever it says. Neither is a timeline candidate.
 */
final class Headlines {

    /** A sentence that opens on a lone initial: the one before it ended inside a name ("Will. I. Am"). */
    private static final Pattern OPENS_ON_INITIAL = Pattern.compile("^\\p{Lu}\\.\\s");

    private Headlines() {
    }

    /** Whether the sentence is a headline or a fragment of one, not a sentence of the article's text. */
    static boolean isHeadline(StoryAnalysis story, AnalyzedSentence s) {
        String text = s.text().strip();
        if (s.position() == 0 && text.endsWith("?")) {
            return true;
        }
        List<AnalyzedSentence> sentences = story.sentences();
        int next = s.id() + 1;
        return next < sentences.size() && sentences.get(next).article() == s.article()
                && OPENS_ON_INITIAL.matcher(sentences.get(next).text().strip()).find();
    }
}

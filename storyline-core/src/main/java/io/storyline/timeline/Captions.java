package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Photo captions scraped into an article's text. A caption describes a picture ("A soldier stands
 * guard as a fire burns near downtown New Orleans."), not the day's news, and an entry made of one
 * shows a picture's subject under the wrong date. Pages set a credit line right after the caption
 * ("Photograph: Name/Agency", "Photo: ...", "(AP Photo/Name)", "(Name - Getty Images)"), so the
 * sentence just before a credit is taken for a caption, whatever the outlet.
 */
final class Captions {

    /** A credit line's label: "Photograph: Dave Martin/AP", "Photo: Reuters", "Picture: PA". */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:Photograph|Photographs|Photo|Photos|Picture|Pictures|Image|Illustration)\\s?:\\s");

    /**
     * A credit in parentheses that names a picture ("(AP Photo/Name)", "(Name - Getty Images)", "(Name via
     * Getty Images)", "(By Name -- Associated Press)"); a bare "(AP)" opens a wire story, not a credit.
     */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile("^\\((?:" + EntryText.PICTURE_CREDIT
            + "|[^()]{1,60}\\s(?:--|-|\u2013|\u2014)\\s?Associated Press|[^()]{1,60}\\s[Vv]ia Getty Images)\\)",
            Pattern.CASE_INSENSITIVE);

    private Captions() {
    }

    /** Whether the sentence is followed, in its article, by a picture's credit line. */
    static boolean isCaption(StoryAnalysis story, AnalyzedSentence s) {
        List<AnalyzedSentence> sentences = story.sentences();
        int next = s.id() + 1;
        return next < sentences.size() && sentences.get(next).article() == s.article()
                && (CREDIT.matcher(sentences.get(next).text().strip()).find()
                || BRACKETED_CREDIT.matcher(sentences.get(next).text().strip()).find());
    }
}

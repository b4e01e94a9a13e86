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
 * sentence just before a credit is taken for a caption, whatever the outlet, and so is one that ends
 * in a credit in parentheses ("... officials said (Reuters).") or says what its picture shows ("In this
 * June 1 file photo, workers collect oil ...").
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

    /**
     * A picture's credit in parentheses that ends the sentence itself: "... sank Thursday, officials said
     * (Reuters)." A wire story names its agency in its dateline, in front; one at the end credits a picture.
     */
    private static final Pattern ENDING_CREDIT = Pattern.compile("\\((?:" + EntryText.AGENCY + "|Getty Images|EPA|PA"
            + "|" + EntryText.PICTURE_CREDIT + ")\\)[.\\s]*$");

    /** An agency's caption telling when its picture was taken: "In this June 1, 2010 file photo, workers ...". */
    private static final Pattern PHOTO_DESCRIPTION = Pattern.compile("\\bIn this\\b[^.]{0,60}\\b(?:photo|picture|image)\\b",
            Pattern.CASE_INSENSITIVE);

    private Captions() {
    }

    /** Whether the sentence is followed, in its article, by a picture's credit line, or ends in one. */
    static boolean isCaption(StoryAnalysis story, AnalyzedSentence s) {
        if (ENDING_CREDIT.matcher(s.text().strip()).find() || PHOTO_DESCRIPTION.matcher(s.text()).find()) {
            return true;
        }
        List<AnalyzedSentence> sentences = story.sentences();
        int next = s.id() + 1;
        return next < sentences.size() && sentences.get(next).article() == s.article()
                && (CREDIT.matcher(sentences.get(next).text().strip()).find()
                || BRACKETED_CREDIT.matcher(sentences.get(next).text().strip()).find());
    }
}

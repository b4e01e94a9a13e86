package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The sentences of a story that belong to readers, not to the outlet: the comment thread a scraper
 * carried along below the article. A thread announces itself by its furniture ("Posted by: anna |
 * September 16, 2008 10:56 PM | Report abuse", "January 31, 2011 at 5:21 pm | I know ..."); from the
 * first such sentence on, the rest of the article is the thread. A single "Paul wrote:" also marks
 * its own sentence. Readers' words are neither the story's events nor the outlet's references to a
 * day: on Timeline17, a third of the CNN Egypt timeline and an eighth of the Washington Post
 * financial-crisis one were readers' remarks, and their time stamps counted as references to days.
 */
final class ReaderComments {

    /**
     * Comment-thread furniture: a byline-and-stamp, a moderation link, a clock time set off by a
     * divider ("at 5:21 pm |", which prose never writes).
     */
    private static final Pattern THREAD = Pattern.compile(
            "\\bPosted by\\s?:|\\|\\s?Report abuse\\b|\\bReport abuse\\s?\\||\\d:\\d\\d\\s?[ap]m\\s?\\|",
            Pattern.CASE_INSENSITIVE);
    /** One reader's signed remark ("At 16:20 1st Jun 2010, Paul wrote: ..."). */
    private static final Pattern SIGNED = Pattern.compile("\\b(?:wrote|writes|commented):");

    private final boolean[] comment;

    private ReaderComments(boolean[] comment) {
        this.comment = comment;
    }

    static ReaderComments of(StoryAnalysis story) {
        int[] threadStart = new int[story.articles().size()];
        Arrays.fill(threadStart, Integer.MAX_VALUE);
        for (AnalyzedSentence s : story.sentences()) {
            if (THREAD.matcher(s.text()).find()) {
                threadStart[s.article()] = Math.min(threadStart[s.article()], s.position());
            }
        }
        boolean[] comment = new boolean[story.sentences().size()];
        for (AnalyzedSentence s : story.sentences()) {
            comment[s.id()] = s.position() >= threadStart[s.article()] || SIGNED.matcher(s.text()).find();
        }
        return new ReaderComments(comment);
    }

    /** Whether a reader, not the outlet, wrote the sentence. */
    boolean isComment(AnalyzedSentence s) {
        return comment[s.id()];
    }
}

package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeReference;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chosen sentence as its entry shows it: without the page furniture in front of it ({@link EntryText})
 * nor the headline, standfirst or caption a scrape fused onto it ({@link FusedLines}). The part left out
 * names no day of the sentence's event: a caption's "Michael Jackson died on 25 June 2009" fused before
 * a lead about the trial two years later, or a dateline set after a picture's credits.
 */
final class ShownText {

    /** How much of a sentence's opening is looked for after a line break. */
    private static final int PARAGRAPH_PROBE = 40;

    private ShownText() {
    }

    /** The entry's text as a reader sees it: {@link #of}, its single quotation marks closed up to their words. */
    static String display(StoryAnalysis story, AnalyzedSentence s, FusedLines fused) {
        return of(story, s, fused).replace("  '", " '");
    }

    /**
     * The sentence without page furniture in front of it, nor the lines a scrape fused onto it, with the
     * Penn Treebank's single opening quotation mark ("left ` speechless and devastated'") written as the
     * closing one is, as {@link #quotesMarked} does.
     */
    static String of(StoryAnalysis story, AnalyzedSentence s, FusedLines fused) {
        String text = fused.lastSentence(EntryText.of(quotesMarked(s.text())));
        return EntryText.of(opensParagraph(story, s) ? fused.leadOfParagraph(text) : text);
    }

    /** A single backtick opening a quotation, and the space the tokenizer set after it. */
    private static final Pattern BACKTICK = Pattern.compile("(?<!`)`(?!`)( ?)(?=[\\p{L}\\p{N}])");

    /**
     * The text with each single backtick that opens a quotation ("` speechless") written as an apostrophe
     * joined to its first word (" 'speechless"), keeping the text's length, so that a place in the one is
     * the same place in the other.
     */
    static String quotesMarked(String text) {
        if (text.indexOf('`') < 0) {
            return text;
        }
        Matcher m = BACKTICK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, m.group(1).isEmpty() ? "'" : " '");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Where, in the sentence's text, what its entry shows begins: after the headline, caption, credits or
     * dateline in front of it; 0 when nothing was left out.
     */
    static int shownStart(StoryAnalysis story, AnalyzedSentence s, FusedLines fused) {
        return Math.max(0, quotesMarked(s.text()).lastIndexOf(of(story, s, fused)));
    }

    /**
     * Whether a day just before what the entry shows is its label, as a chronology sets one after the
     * caption of its picture ("Footage of the raid 21 November 2009 Court documents reveal ..."): a bare
     * date right before the sentence, not a day some preposition ties to the caption's own event ("The
     * ferry sank on 2 March 2024 Divers told ...").
     */
    static boolean labels(String text, TimeReference day, int shownStart) {
        if (day.end() > shownStart || !text.substring(day.end(), shownStart).isBlank()) {
            return false;
        }
        Matcher before = LAST_WORD.matcher(text.substring(0, day.start()));
        String tie = before.find() ? before.group(1).toLowerCase(Locale.ROOT) : "";
        return !TIES.contains(tie) && !TIES.contains(day.text().split("\\s+")[0].toLowerCase(Locale.ROOT));
    }

    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\W*$");
    /** Words that tie a day to an event told before it: "died on", "since", "until", "by". */
    private static final Set<String> TIES = Set.of("on", "in", "since", "until", "till", "by", "from", "of", "at",
            "before", "after", "during", "to", "between", "and", "for", "as");

    /** Whether the sentence is the first of its article or of one of its paragraphs (a line of the text). */
    static boolean opensParagraph(StoryAnalysis story, AnalyzedSentence s) {
        if (s.position() == 0) {
            return true;
        }
        String text = s.text().strip();
        String opening = text.substring(0, Math.min(text.length(), PARAGRAPH_PROBE));
        return story.articles().get(s.article()).text().contains("\n" + opening);
    }
}

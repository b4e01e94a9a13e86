package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page lines a scrape left as sentences of their own that are no news sentence: a headline that asks
 * ("Is the spill also a moral crisis?" opening a discussion page; a news lead states), and a line cut
 * off inside a name written with full stops ("... to play the Cardiff concert Will." followed by "I. Am
 * said ..."), which is a fragment whatever it says, and a headline in title case with its verbs and
 * prepositions capitalized ("A Public Hand In the Harbour Is as Old as the Town."), which no running text
 * writes so. None is a timeline candidate.
 */
final class Headlines {

    /** A sentence that opens on a lone initial: the one before it ended inside a name ("Will. I. Am"). */
    private static final Pattern OPENS_ON_INITIAL = Pattern.compile("^\\p{Lu}\\.\\s");

    /**
     * Verbs and prepositions a title-case headline capitalizes ("Is", "With") and running text writes in
     * lower case inside a sentence; a list of names in title case ("Ivo Saar and Anna Mets") has none.
     */
    private static final Set<String> TITLED_SMALL_WORDS = Set.of("Is", "Are", "Was", "Were", "Has", "Have", "Had",
            "Will", "Says", "Said", "With", "From", "Into", "Over", "After", "About", "Could", "Would", "Should",
            "Can", "Be", "Been", "Does", "Did");

    private Headlines() {
    }

    /** Whether the sentence is a headline or a fragment of one, not a sentence of the article's text. */
    static boolean isHeadline(StoryAnalysis story, AnalyzedSentence s) {
        String text = s.text().strip();
        if (s.position() == 0 && text.endsWith("?")) {
            return true;
        }
        if (titledHeadline(text)) {
            return true;
        }
        List<AnalyzedSentence> sentences = story.sentences();
        int next = s.id() + 1;
        return next < sentences.size() && sentences.get(next).article() == s.article()
                && OPENS_ON_INITIAL.matcher(sentences.get(next).text().strip()).find();
    }

    /** A sentence in title case ({@link FusedLines#titleCase}) with a capitalized verb or preposition past its first word. */
    static boolean titledHeadline(String text) {
        if (!FusedLines.titleCase(text)) {
            return false;
        }
        String[] words = text.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (TITLED_SMALL_WORDS.contains(words[i].replaceAll("\\W+$", ""))) {
                return true;
            }
        }
        return false;
    }
}

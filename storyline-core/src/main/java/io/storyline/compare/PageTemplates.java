package io.storyline.compare;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.CalendarWords;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines a site prints on many of its pages with only a figure or a date changed ("A version appeared
 * on p2 of the Main section on Friday 30 April 2010", "This article was amended on 19 May"): page
 * furniture a scrape left in the text, not statements, so their figures and dates are never compared.
 * A line is such a template when, its figures, dates, weekdays and clock times aside, the same words
 * stand in {@link #MIN_ARTICLES} or more articles of the story, written at least {@link #MIN_VARIANTS}
 * ways: a wire sentence copied by several outlets, one of them with a changed toll, is two variants
 * and stays a statement.
 */
final class PageTemplates {

    /** Articles a line's words must stand in to be a template: more than a wire story's few copies. */
    static final int MIN_ARTICLES = 4;
    /** Distinct wordings of the line: a stamp changes from page to page, a copied sentence does not. */
    static final int MIN_VARIANTS = 3;
    /** Words of a template a longer line must begin with to be furniture run into other text. */
    static final int MIN_PREFIX_WORDS = 6;

    private static final Pattern CALENDAR = Pattern.compile("(?i)\\b(?:"
            + CalendarWords.alternation(CalendarWords.WEEKDAYS) + "|"
            + CalendarWords.alternation(CalendarWords.MONTHS) + "|"
            + CalendarWords.alternation(CalendarWords.MONTH_STEMS) + "|am|pm|a\\.m\\.|p\\.m\\.|gmt|bst|utc|et)\\b");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}]+");

    private final StoryAnalysis story;
    private final Map<String, Set<Integer>> articlesByKey = new HashMap<>();
    private final Map<String, Set<String>> variantsByKey = new HashMap<>();
    private final Map<String, String> keyOfText = new HashMap<>();
    private boolean read;

    private PageTemplates(StoryAnalysis story) {
        this.story = story;
    }

    /** Every sentence's key, read on the first question: a story with no conflict left to test asks none. */
    private void readStory() {
        if (read) {
            return;
        }
        read = true;
        for (AnalyzedSentence sentence : story.sentences()) {
            String key = key(sentence.text());
            articlesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(sentence.article());
            variantsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(sentence.text());
        }
    }

    static PageTemplates of(StoryAnalysis story) {
        return new PageTemplates(story);
    }

    /**
     * Whether the line, its figures and dates aside, stands in many articles of the story, or begins
     * with such a line of at least {@value #MIN_PREFIX_WORDS} words: a scrape that lost a line break
     * runs the page's furniture into what follows ("A version appeared on p16 ... 17 July 2010 The
     * latest news and comment from our team ...").
     */
    boolean isTemplate(String text) {
        readStory();
        String key = keyOfText.computeIfAbsent(text, PageTemplates::key);
        if (isTemplateKey(key)) {
            return true;
        }
        String[] words = key.split(" ");
        StringBuilder prefix = new StringBuilder();
        for (int n = 0; n < words.length - 1; n++) {
            prefix.append(n == 0 ? "" : " ").append(words[n]);
            if (n + 1 >= MIN_PREFIX_WORDS && isTemplateKey(prefix.toString())) {
                return true;
            }
        }
        return false;
    }

    private boolean isTemplateKey(String key) {
        Set<Integer> articles = articlesByKey.get(key);
        return articles != null && articles.size() >= MIN_ARTICLES && variantsByKey.get(key).size() >= MIN_VARIANTS;
    }

    /**
     * The line's letters, lower-cased, with calendar words, figures and every other run of non-letters as one
     * space. Figures need no pass of their own: they are non-letters, which the last pass spaces as it would
     * the space a figure pass would put there.
     */
    static String key(String text) {
        String words = CALENDAR.matcher(text).replaceAll(" ");
        return NOT_WORDS.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}

package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.ContactDetails;
import io.storyline.analyze.LinkLines;
import io.storyline.analyze.LostWords;
import io.storyline.analyze.Quotations;
import io.storyline.analyze.Scripts;
import io.storyline.analyze.Tokens;
import io.storyline.analyze.time.CalendarWords;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which sentences may stand in a summary on their own: complete statements of reasonable length.
 * Fragments, questions, headlines run into the text and one-line quotes without a speaker read
 * badly out of context. So do the pieces a sentence splitter leaves when it misreads wire copy: the
 * tail of a list of names or places, a sentence cut after a month's abbreviation ("arrested Sept.")
 * and the rest that then starts with the day ("2 from his posts ..."), a quote whose marks
 * were lost, which opens in its speaker's first person, and the second sentence of a quotation,
 * which closes a quote it never opened. A sentence that misses words its page lost ({@link LostWords}:
 * "Egypt, […] reported") is not whole either.
 *
 * <p>Measured and left out: dropping every sentence whose quotation marks do not pair up (a
 * quotation's first sentence too) cost 1.1 ROUGE-1 on Multi-News, whose reference summaries quote
 * freely; dropping only those that close a quote first changed neither benchmark. Admitting an
 * article's opening sentence behind a photo credit or dateline dash ("( associated press ) boston
 * ( ap ) — ..."), which the lead baseline keeps, changed nothing on Multi-News validation 1-300.
 */
final class Candidates {

    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 70;

    /**
     * "2 from his posts": a day's number, then a lower-case word: the rest of a date split off. News
     * style spells out a number that opens a sentence, years apart ("1998 was ...").
     */
    private static final Pattern SPLIT_DATE = Pattern.compile("^[0-9]{1,2}\\s+\\p{Ll}.*");
    /** "... was arrested Sept.": cut after a month's abbreviation. */
    private static final Pattern ENDS_IN_MONTH = Pattern.compile(
            ".*\\b(?:" + CalendarWords.alternation(CalendarWords.DOTTED_MONTH_ABBREVIATIONS) + ")\\.$");
    /** A quote whose marks were lost: the speaker's own first person opens the sentence. */
    /**
     * A subordinate clause standing alone, short and with no comma before a main clause: "When the World Health
     * Organization says so." (the answer to a question the page asked in the sentence before).
     */
    private static final Pattern LONE_SUBORDINATE_CLAUSE = Pattern.compile(
            "^(?:When|If|Because|Although|Though|Unless|Whereas)\\s[^,;:\"\u201C\u201D]*[.!]$");
    static final int LONE_CLAUSE_WORDS = 8;
    private static final Pattern FIRST_PERSON = Pattern.compile("^(?:I|We|My|Our|Us|Me)\\b.*");

    private Candidates() {
    }

    /**
     * Why a summary of the story has no sentence, for the reader: no sentence at all, only sentences too
     * short to stand alone (a headline-like line), or none that reads as a whole statement.
     */
    static String noneChosen(io.storyline.analyze.StoryAnalysis story) {
        int articles = story.articles().size();
        String of = articles == 1 ? "the article" : "the " + articles + " articles";
        List<AnalyzedSentence> sentences = story.sentences();
        if (sentences.isEmpty()) {
            return "no sentence was selected: " + of + " hold" + (articles == 1 ? "s" : "") + " no sentence";
        }
        if (sentences.stream().allMatch(s -> s.words() < MIN_WORDS)) {
            return "no sentence was selected: " + of + " hold" + (articles == 1 ? "s" : "") + " only "
                    + (sentences.size() == 1 ? "one sentence" : sentences.size() + " sentences") + " of fewer than "
                    + MIN_WORDS + " words, too short for a summary";
        }
        return "no sentence was selected: no sentence of " + of + " reads as a whole statement (a finished"
                + " sentence of " + MIN_WORDS + " to " + MAX_WORDS + " words)";
    }

    static boolean eligible(AnalyzedSentence s) {
        if (s.words() < MIN_WORDS || s.words() > MAX_WORDS || s.tfidf().size() < 3) {
            return false;
        }
        String text = s.text();
        char first = text.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || isQuote(first) || caseless(first))) {
            return false;
        }
        if (s.words() <= LONE_CLAUSE_WORDS && LONE_SUBORDINATE_CLAUSE.matcher(text).matches()) {
            return false;
        }
        if (listLike(text) || SPLIT_DATE.matcher(text).matches() || endsInMonth(text)
                || FIRST_PERSON.matcher(text).matches() || LostWords.in(text) || ContactDetails.in(text)
                || LinkLines.pointer(text)) {
            return false;
        }
        if (Quotations.opensInside(text)) {
            return false; // "They didn't even look down" beforehand.": cut from inside a quotation
        }
        char last = text.charAt(text.length() - 1);
        if (isQuote(last)) {
            return false; // ends inside a quote: a speaker's words, rarely a summary's fact (measured)
        }
        if (last == ')') {
            last = text.length() > 1 ? text.charAt(text.length() - 2) : last;
        }
        return last == '.' || last == '!' || last == '。' || last == '！' || last == '।' || last == '။'
                || Scripts.endsSentencesWithSpace(last);
    }

    /**
     * A letter of a script without capitals (Arabic, Hebrew, Chinese, Japanese, Thai, Devanagari): the
     * capital that marks a sentence's start in Latin script cannot be asked of it.
     */
    static boolean caseless(char c) {
        return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c)
                && !Character.isTitleCase(c);
    }

    /** Whether {@link #ENDS_IN_MONTH} matches, asked only of a text ending with an abbreviation and its dot. */
    private static boolean endsInMonth(String text) {
        return CalendarWords.DOTTED_MONTH_ABBREVIATIONS.stream().anyMatch(month -> text.endsWith(month + "."))
                && ENDS_IN_MONTH.matcher(text).matches();
    }

    /** "Brunei, Canada, Chile, China, Hong Kong.": at least three commas, one per three words or more. */
    static boolean listLike(String text) {
        int commas = count(text, ",");
        return commas >= 3 && commas * 3 >= Tokens.wordCount(text);
    }

    private static int count(String text, String mark) {
        int n = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
            n++;
        }
        return n;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
    }
}

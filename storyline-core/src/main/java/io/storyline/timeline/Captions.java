package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.CalendarWords;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions scraped into an article's text. A caption describes a picture ("A soldier stands
 * guard as a fire burns near downtown New Orleans."), not the day's news, and an entry made of one
 * shows a picture's subject under the wrong date. Pages set a credit line right after the caption
 * ("Photograph: Name/Agency", "Photo: ...", "(AP Photo/Name)", "(Name - Getty Images)"), so the
 * sentence just before a credit, or before the caption's second sentence run into one, is taken for a
 * caption, whatever the outlet, and so is one that ends
 * in a credit in parentheses ("... officials said (Reuters).") or says what its picture shows ("In this
 * June 1 file photo, workers collect oil ...", "A frame grab from the live feed shows ...") or where its people stand in it ("Ivo Saar (l) and ..."). A wire caption ends on the picture's full date ("...,
 * Saturday, Oct. 11, 2008, in Washington."), and a gallery's caption opens with a date label and is
 * followed by its agency's credit ("April 29: Oil booms are seen ..." then "AP ...") or by the story's
 * dateline ("May 1: Birds fly past oil booms ..." then "VENICE, Louisiana -- ...").
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
    private static final Pattern PHOTO_DESCRIPTION = Pattern.compile("\\bIn this\\b[^.]{0,60}\\b(?:photo|picture|image)\\b"
            + "|\\b(?:frame|screen)\\s?grab\\b", Pattern.CASE_INSENSITIVE);

    private static final String MONTH = "(?:" + CalendarWords.alternation(CalendarWords.MONTHS) + "|"
            + CalendarWords.alternation(CalendarWords.MONTH_ABBREVIATIONS) + ")\\.?";

    /**
     * A wire picture's caption ends on the day it was taken, weekday, date and year, and perhaps the
     * place: "President Bush makes a statement in the Rose Garden, Saturday, Oct. 11, 2008, in
     * Washington." Copy names a day so in full only under a picture.
     */
    private static final Pattern DATED_ENDING = Pattern.compile("(?:,\\s*|\\s)(?:on\\s+)?"
            + "(?:" + CalendarWords.alternation(CalendarWords.WEEKDAYS) + "),?\\s+" + MONTH + "\\s+\\d{1,2},\\s+\\d{4}"
            + "(?:,\\s+(?:in|at|near|outside|off)\\s+[^,;]{1,80}?)?[.\\s]*$");

    /**
     * A wire picture's caption ends on its place and the day it was taken, with no word between:
     * "A policewoman wears a mask in Mexico City April 24, 2009." Copy puts a word before such a day
     * ("on", "since", "from"); a weekday before it is {@link #DATED_ENDING}'s.
     */
    private static final Pattern PLACE_THEN_DATE = Pattern.compile("\\s(?!(?:"
            + CalendarWords.alternation(CalendarWords.WEEKDAYS) + "|" + CalendarWords.alternation(CalendarWords.MONTHS)
            + ")\\b)\\p{Lu}[\\p{L}.'\u2019-]*,?\\s+" + MONTH + "\\s+\\d{1,2},\\s+\\d{4}[.\\s]*$");

    /**
     * The same caption's ending after a thing rather than a place's name: "... burn off gas near the wellhead
     * June 24, 2010.", "... near the border May 16, 2011." The word before the day is checked against
     * {@link #BEFORE_A_DAY_IN_COPY}, the words copy sets before a full date.
     */
    private static final Pattern THING_THEN_DATE = Pattern.compile("\\s(\\p{Ll}{3,})\\s+" + MONTH
            + "\\s+\\d{1,2},\\s+\\d{4}[.\\s]*$");
    /**
     * Words copy writes right before a full date: prepositions ("on", "since"), verbs that take a day with no
     * preposition ("died", "set", "dies", "came to a head"), and a superlative of a figure ("the highest June 19,
     * 2008"). A past participle ("taken", "dated", "exploded") is read by its ending.
     */
    private static final Set<String> BEFORE_A_DAY_IN_COPY = Set.of("on", "from", "of", "to", "since", "before",
            "after", "in", "by", "until", "till", "through", "effective", "starting", "beginning", "and", "or",
            "than", "as", "was", "were", "is", "are", "be", "been", "set", "dies", "die", "head", "online",
            "born", "taken", "hit", "began", "begun", "came", "fell", "rose", "won", "lost", "left", "met",
            "sent", "held", "made", "told", "said", "says", "spoke", "ran", "between", "about", "around");

    /** Whether the sentence ends as a wire caption does, on a thing and then the day its picture was taken. */
    static boolean endsOnAThingAndItsDay(String text) {
        Matcher m = THING_THEN_DATE.matcher(text);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        return !BEFORE_A_DAY_IN_COPY.contains(word) && !word.endsWith("ed") && !word.endsWith("est");
    }

    /** A credit line fused onto the end of its caption: "How the spill would look over Wales Photograph: guardian." */
    private static final Pattern FUSED_CREDIT = Pattern.compile(
            "\\s(?:Photograph|Photo|Picture)\\s?:\\s*[^.:]{1,60}[.\\s]*$");

    /**
     * A gallery's date label in front of a caption, perhaps after the last picture's agency: "April 29:
     * Oil booms are seen strewn ...", "AFP April 27: Weathered oil is seen ...". A chronology's items have
     * such labels too, so the label marks a caption only with a caption's words or its agency's credit next.
     */
    private static final Pattern DATE_LABEL = Pattern.compile("^(?:" + EntryText.AGENCY + "\\s+)?" + MONTH
            + "\\s+\\d{1,2}\\s*:\\s");
    /** A caption's words for what its picture shows: "Weathered oil is seen in the gulf" (not "is seen as"). */
    private static final Pattern SEEN = Pattern.compile("\\b(?:is|are)\\s+seen\\b(?!\\s+(?:as|by|to)\\b)");
    /**
     * A credit label further into a sentence, after the second part of its caption and before the lead
     * ("The firm has been accused of muzzling ... Photograph: Name/AFP BP has rejected ..."): the sentence
     * before it is the caption's first part, or the headline and standfirst above the picture.
     */
    private static final Pattern CREDIT_FURTHER_IN = Pattern.compile(
            "^[^.!?]{1,200}?\\s(?:Photograph|Photo|Picture)\\s?:\\s");
    /** A sentence that opens with an agency's name: the credit of the picture above it. */
    private static final Pattern AGENCY_OPENING = Pattern.compile("^" + EntryText.AGENCY + "\\b");

    /**
     * Picture credits in parentheses opening the sentence ("(China Photos via Getty Images) A worker and her
     * child pick up toys ..."): some pages set the credit above its caption rather than below.
     */
    private static final Pattern OPENING_CREDITS = Pattern.compile("^(?:\\((?:" + EntryText.PICTURE_CREDIT
            + "|[^()]{1,60}\\s[Vv]ia Getty Images|Getty Images)\\)\\s*)+", Pattern.CASE_INSENSITIVE);

    /**
     * Where a person stands in the picture, after the name: "Ferry captain Ivo Saar (l) and his mate (r)
     * leave the inquiry". A lower-case "(c)" after a lower-case word enumerates points, and "(R)" may
     * name a party or a trade mark: neither counts.
     */
    private static final Pattern POSITION_IN_PICTURE = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]*\\s\\((?:l|r|c|L|C|left|right|centre|center|(?:second|far) (?:left|right))\\)");

    private Captions() {
    }

    /**
     * Whether the sentence opens with a picture's credit and goes on as a caption: what follows the credit
     * is no story's opening, which a page marks with a dateline or a time stamp ("(Name - AP) TOKYO, Oct. 17
     * -- Fear of ..."), and tells no finished event (a caption says what its picture shows, in the present).
     */
    static boolean underItsCredit(String sentence) {
        Matcher credit = OPENING_CREDITS.matcher(sentence);
        if (!credit.lookingAt() || credit.end() >= sentence.length()) {
            return false;
        }
        String rest = sentence.substring(credit.end()).strip();
        return EntryText.of(rest).equals(rest) && !LeadDay.reportsFinishedEvent(rest);
    }

    /** Whether the sentence is followed, in its article, by a picture's credit line, or ends in one. */
    static boolean isCaption(StoryAnalysis story, AnalyzedSentence s) {
        String text = s.text().strip();
        if (ENDING_CREDIT.matcher(text).find() || PHOTO_DESCRIPTION.matcher(s.text()).find()
                || POSITION_IN_PICTURE.matcher(text).find()
                || DATED_ENDING.matcher(text).find() || PLACE_THEN_DATE.matcher(text).find() || endsOnAThingAndItsDay(text) || FUSED_CREDIT.matcher(text).find()) {
            return true;
        }
        if (underItsCredit(text)) {
            return true;
        }
        List<AnalyzedSentence> sentences = story.sentences();
        int next = s.id() + 1;
        if (next >= sentences.size() || sentences.get(next).article() != s.article()) {
            return false;
        }
        String following = sentences.get(next).text().strip();
        return CREDIT.matcher(following).find() || BRACKETED_CREDIT.matcher(following).find()
                || CREDIT_FURTHER_IN.matcher(following).find()
                || (DATE_LABEL.matcher(text).find() && (AGENCY_OPENING.matcher(following).find()
                || SEEN.matcher(text).find() || EntryText.CAPITALS_DATELINE.matcher(following).find()));
    }
}

package io.storyline.timeline;

import io.storyline.analyze.time.CalendarWords;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chosen sentence as a timeline entry shows it: without the furniture a page put in front of it.
 * Under a date heading, a live blog's "(Update 2:53 a.m. Wednesday in Cairo, 7:53 p.m. ET Tuesday)",
 * a wire dateline "HOUSTON, April 29 (Reuters) --", a page's "Wednesday 19 January 2005 00.03 GMT",
 * a photo credit "(AP Photo/Evan Vucci)" or a chronology's "* April 22 -" only repeat the date or
 * name the page; the citation keeps the sentence as the source wrote it. Words a reader would miss
 * are never taken: only a leading run of such pieces goes, and a sentence left with fewer than
 * {@value #MIN_WORDS_LEFT} words stays whole.
 */
final class EntryText {

    static final int MIN_WORDS_LEFT = 4;

    /** A month by its name or an abbreviation: its three-letter stem, any letters, a dot. */
    private static final String MONTH = "(?:" + CalendarWords.alternation(CalendarWords.MONTH_STEMS) + ")[a-z]*\\.?";
    private static final String DASH = "(?:--|-|\u2013|\u2014)";
    /** News agencies whose name in parentheses ends a dateline ("(WHO) --" is a subject, not one). */
    static final String AGENCY = "(?:AP|AFP|Reuters|UPI|dpa|DPA|Xinhua|IANS|PTI|ANSA|EFE|Kyodo|Yonhap"
            + "|Bernama|TASS|ITAR-TASS|Interfax|CNN|BBC|Bloomberg)";
    /** A place dateline in capitals, with its country or date: "SHENZHEN, China -- ", "PARIS, Oct. 12 -- ". */
    static final Pattern CAPITALS_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'\u2019]{2,40}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?"
            + "(?:,\\s*" + MONTH + "\\s\\d{1,2})?\\s(?:--|\u2013|\u2014)\\s+");
    /**
     * A capitals dateline with its date further into the line ("France Plans Stimulus; Banks Cut Rates
     * PARIS, Dec. 4 -- France announced ..."): a page's headline or links run in before it, which end where
     * the dateline begins. The date makes it a dateline and not a name in capitals.
     */
    private static final Pattern DATELINE_FURTHER_IN = Pattern.compile(
            "\\s\\p{Lu}{2,}[\\p{Lu} .'\u2019]{0,40}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?"
            + "\\s?,\\s*" + MONTH + "\\s\\d{1,2}\\s(?:--|\u2013|\u2014)\\s+");
    /**
     * A capitals dateline further into the line right after a picture's credit ("... clean a beach Coast Guard
     * via AP NEW ORLEANS -- The Coast Guard said ..."): the caption and its credit run in before the lead. The
     * agency's name before the capitals makes it a dateline and not a name in capitals.
     */
    private static final Pattern DATELINE_AFTER_CREDIT = Pattern.compile(
            "\\s(?:via\\s)?(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg)\\s\\p{Lu}{2,}[\\p{Lu} .'\u2019]{0,40}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?\\s(?:--|\u2013|\u2014)\\s+");
    /** How far into a line a dateline may stand after a headline run in: this many characters at most. */
    static final int HEADLINE_CHARS = 240;
    /** A dash set off by spaces after a capitals "dateline" shows an apposition ("NATO -- the alliance -- said"). */
    private static final Pattern APPOSITION_DASH = Pattern.compile("\\s(?:--|\u2013|\u2014)\\s");
    /** A name in a byline: "Michael", "D.", "O'Neil" (capitals alone are a dateline's place, not a name). */
    private static final String NAME = "(?!(?:" + CalendarWords.alternation(CalendarWords.WEEKDAYS) + "|"
            + CalendarWords.alternation(CalendarWords.MONTHS) + ")\\b)\\p{Lu}(?:[\\p{Ll}'’][\\p{L}'’-]*|\\.)";
    /** A page's time stamp: a date with its year and a clock time ("Fri May 1, 2009 6:23 pm BST"). */
    private static final Pattern TIME_STAMP = Pattern.compile("(?:\\|\\s*)?(?:(?:"
            + CalendarWords.alternation(CalendarWords.WEEKDAYS) + "|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?\\s)?"
            + "(?:\\d{1,2}\\s" + MONTH + "|" + MONTH + "\\s\\d{1,2}),?\\s\\d{4}[,;]?\\s(?:at\\s)?"
            + "\\d{1,2}[.:]\\d\\d(?:\\s?[ap]\\.?m\\.?|\\s?[AP]M)?(?:\\s(?:GMT|BST|UTC|CET|[ECMP][SD]T|ET))?\\s+");
    /**
     * A print edition's stamp, the day's paper and its page: "Thursday, October 23, 2008; Page A01". It says
     * where the story was printed, not when its events happened; pages put it between a byline and the lead.
     */
    private static final Pattern PRINT_STAMP = Pattern.compile("(?:(?:"
            + CalendarWords.alternation(CalendarWords.WEEKDAYS) + "),?\\s)?" + MONTH + "\\s\\d{1,2},?\\s\\d{4}\\s?;\\s?"
            + "Page\\s[A-Z]?\\d{1,3}\\s+");
    /** What a picture's credit in parentheses holds: "AP Photo/Evan Vucci", "Charles Dharapak - AP". */
    static final String PICTURE_CREDIT = "[^()]*\\bPhotos?\\b[^()]*|[^()]{1,60}\\s" + DASH
            + "\\s?(?:AP|AFP|Reuters|Getty Images|Bloomberg)";
    /**
     * Sentences that are page furniture whole: a blog's "Posted by", a link's or a player's label, a live
     * page's "Live coverage of ...", a graphic's "SOURCES: ..." line, a print edition's "A version appeared on p1 ...".
     */
    private static final Pattern FURNITURE = Pattern.compile("^(?:Posted by\\b|Link to this\\b|Media playback is "
            + "unsupported|Related:|Read more\\b|Click\\s(?:here|on|the)\\b|\\(?(?:Image|Credit)\\s?:|Share this\\b|Email this\\b|Print this\\b"
            + "|Live (?:video|coverage|updates|blog)\\b|Copyright\\b|©|Sources?\\s?:|(?:A version|This article)(?: of this article)? appeared (?:on p(?:age)?\\s?\\d|in the\\s))",
            Pattern.CASE_INSENSITIVE);

    /** A page's time stamp opening a line: "Wednesday 19 January 2005 00.03 GMT". */
    private static final Pattern PAGE_STAMP = Pattern.compile("^(?:" + CalendarWords.alternation(CalendarWords.WEEKDAYS)
            + ") \\d{1,2} \\p{Lu}\\p{L}+ \\d{4},? "
            + "\\d{1,2}[.:]\\d\\d(?: ?[ap]m)? ?(?:GMT|BST|UTC|[ECMP][SD]T|ET)?\\s+");

    private static final List<Pattern> LEADING = List.of(
            // a bullet or a dash left from a list or a live blog
            Pattern.compile("^[*\u2022\u00b7]\\s*|^" + DASH + "+\\s+"),
            // a live blog's time stamp, which may hold one parenthesis of its own
            Pattern.compile("^\\(Update(?:d)?\\b(?:[^()]|\\([^()]*\\))*\\)\\s*", Pattern.CASE_INSENSITIVE),
            // a photo credit: "(AP Photo/...)", "(Charles Dharapak - AP)", "(Photos By ... -- The Post)", "(AP)"
            Pattern.compile("^\\((?:" + PICTURE_CREDIT + "|AP|AFP|Reuters)\\)\\s*", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Photograph:\\s*(?:" + AGENCY + "|PA|EPA|Getty Images|Rex Features|Corbis|Associated Press)"
                    + "\\s+"),
            Pattern.compile("^Photograph:\\s*(?:[^\\s/]+\\s){0,2}\\S+/\\S+"
                    + "(?:\\s(?:Features|Images|Pictures|Photos|Press))?\\s+"),
            // a wire dateline: a place (and date), an outlet in parentheses, a dash
            Pattern.compile("^\\p{Lu}[\\p{L}0-9 .,'\u2019]{0,60}\\(" + AGENCY + "\\)\\s*" + DASH + "+\\s*"),
            // a place dateline in capitals, with its country or date: "SHENZHEN, China -- ", "PARIS, Oct. 12 -- "
            CAPITALS_DATELINE,
            // a page's time stamp: "Wednesday 19 January 2005 00.03 GMT"
            PAGE_STAMP,
            // a print edition's stamp: "Thursday, October 23, 2008; Page A01"
            Pattern.compile("^" + PRINT_STAMP.pattern()),
            // a media label: "Video of the speech:", "Link to this audio", "Media playback is unsupported ..."
            Pattern.compile("^(?:(?:Video|Audio|Watch|Listen|Gallery|Slideshow|In pictures|Pictures|Photos?)\\b"
                    + "[^:.]{0,60}:|Link to this (?:audio|video|interactive|picture|gallery)|Media playback is "
                    + "unsupported on your device)\\s+"),
            // a credit in parentheses, names and capitals only: "(Getty Images)", "(Brian Snyder/Reuters)",
            // "(Video by AP)"; or a pointer to more: "(For full coverage of the flu outbreak, click (nFLU))"
            Pattern.compile("^\\((?:\\s*(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’&-]*|by|and|via|/|-|,))+\\s*\\)\\s+"),
            Pattern.compile("^\\([^()]*\\bclick\\b(?:[^()]|\\([^()]*\\))*\\)\\s*", Pattern.CASE_INSENSITIVE),
            // a byline: "By Michael D. Shear and Robert Barnes "
            Pattern.compile("^By " + NAME + "(?:\\s" + NAME + "){0,3}(?:,? and " + NAME + "(?:\\s" + NAME
                    + "){0,3})?\\s+(?=\\p{Lu})"),
            // a video teaser's title and running time: "Arab League meets after the vote (1:46) "
            Pattern.compile("^[^()]{0,120}\\(\\d{1,2}:\\d\\d\\)\\s+"),
            // a chronology's date label: "April 22 - ", "29 May: ", or with the kind of item it lists,
            // "March 11, leader: " (a list of an outlet's editorials)
            Pattern.compile("^(?:" + MONTH + "\\s\\d{1,2}|\\d{1,2}\\s" + MONTH + ")(?:,\\s?\\p{Ll}+(?:\\s\\p{Ll}+)?\\s?:|\\s*(?:"
                    + DASH + "|:))\\s+"),
            // a chronology's full date with its year and no colon: "8 December 2010 ", "December 8, 2010 "
            Pattern.compile("^(?:\\d{1,2}\\s" + MONTH + "|" + MONTH + "\\s\\d{1,2},?)\\s\\d{4}\\s*(?:" + DASH
                    + "|:)?\\s+(?=\\p{Lu})"),
            // a page's "Last updated at 15:41 GMT" stamp and the link labels set beside it ("Help", "Share")
            Pattern.compile("^(?:Page\\s)?[Ll]ast updated(?:\\s(?:at|on))?(?:\\s[^\\s]+){0,5}?\\s\\d{1,2}[.:]\\d\\d"
                    + "(?:\\s?(?:GMT|BST|UTC|CET|[ECMP][SD]T|ET))?(?:\\s(?:Help|Share|Print|E-?mail))*\\s+"),
            // a live blog's section label before its update stamp: "Developments in Cairo: (Update ...)"
            Pattern.compile("^[^.:()]{3,100}:\\s*(?=\\(Update)", Pattern.CASE_INSENSITIVE),
            // a chart's figure with its sign, set above each item of a chronology: "Dow Jones Industrial
            // Average: -679.95 On Black Friday, ..." (a figure without a sign may be the sentence's own fact)
            Pattern.compile("^(?:\\p{Lu}[\\p{L}.&'\u2019]*\\s){0,4}\\p{Lu}[\\p{L}.&'\u2019]*\\s?:"
                    + "\\s*[-+\u2212]\\d[\\d,.]*%?\\s+(?=\\p{Lu})"),
            // a graphic's label in capitals that opens each of its lines: "NEW CAP ON THE WELL Engineers ..."
            Pattern.compile("^(?:[\\p{Lu}\\d][\\p{Lu}\\d'\u2019&-]*\\s){3,}(?=\\p{Lu}\\p{Ll})"));

    /** A picture credit's label: "Photograph: ", "Photo: ", "Picture: ", "Illustration: ". */
    private static final Pattern CREDIT_LABEL = Pattern.compile("^(?:Photograph|Photo|Picture|Illustration)s?:\\s+");
    /** A credit naming its photographer's outlet: "Sarah Lee for the Guardian ". */
    private static final Pattern FOR_OUTLET = Pattern.compile("^(?:\\p{Lu}\\S*\\s){1,3}for\\s(?:the\\s)?\\p{Lu}\\S*\\s+");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** Words that open a sentence and are never part of a name: where a credit's names end at the latest. */
    private static final java.util.Set<String> LEAD_OPENERS = java.util.Set.of("The", "A", "An", "In", "On", "At",
            "After", "This", "There", "It", "He", "She", "They", "As", "When", "While", "More", "Some");
    /** The most names a credit without a slash holds ("BP LLC", "Nasa", "Spillcam"). */
    static final int MAX_CREDIT_NAMES = 3;
    /** A site's footer run on after the last sentence: where to write, where to get help, the switchboard. */
    private static final Pattern FOOTER = Pattern.compile("\\s(?:Letters for publication should be sent to"
            + "|If you need help using the site|Call the main [\\p{L} ]{1,40} switchboard"
            + "|Follow the latest [\\p{L}, ]{1,60} on Twitter)\\b");

    private EntryText() {
    }

    /**
     * Where a leading picture credit without a slash ends ("Photograph: BP LLC BP acknowledges ..."), or -1.
     * The credit's names and the lead's first words are all capitalized; the lead starts at the last of
     * them, so "Photograph: Nasa BP's incoming chief" keeps "BP's incoming chief". A run of more than
     * {@value #MAX_CREDIT_NAMES} names plus the lead's first word is left alone: where the credit ends
     * is then a guess.
     */
    private static int creditEnd(String text) {
        Matcher label = CREDIT_LABEL.matcher(text);
        if (!label.find()) {
            return -1;
        }
        Matcher outlet = FOR_OUTLET.matcher(text).region(label.end(), text.length());
        if (outlet.lookingAt()) {
            return outlet.end();
        }
        Matcher token = TOKEN.matcher(text).region(label.end(), text.length());
        List<Integer> starts = new java.util.ArrayList<>();
        while (token.find() && Character.isUpperCase(token.group().charAt(0))) {
            starts.add(token.start());
        }
        for (int i = 1; i < starts.size(); i++) {
            String word = text.substring(starts.get(i)).split("\\s", 2)[0];
            if (LEAD_OPENERS.contains(word)) {
                return starts.get(i); // "Photograph: Jane Doe The harbour ..."
            }
        }
        int names = starts.size() - 1;
        return names >= 1 && names <= MAX_CREDIT_NAMES ? starts.get(names) : -1;
    }

    static String of(String sentence) {
        String text = sentence.strip();
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            for (Pattern piece : LEADING) {
                Matcher m = piece.matcher(text);
                if (m.find() && m.end() < text.length()
                        && !(piece == CAPITALS_DATELINE && APPOSITION_DASH.matcher(text.substring(m.end())).find())) {
                    text = text.substring(m.end()).strip();
                    trimmed = true;
                }
            }
        }
        Matcher dateline = DATELINE_FURTHER_IN.matcher(text);
        if (dateline.find() && dateline.start() <= HEADLINE_CHARS
                && text.substring(dateline.end()).split("\\s+").length >= MIN_WORDS_LEFT) {
            return of(text.substring(dateline.end()));
        }
        Matcher credited = DATELINE_AFTER_CREDIT.matcher(text);
        if (credited.find() && credited.start() <= HEADLINE_CHARS
                && text.substring(credited.end()).split("\\s+").length >= MIN_WORDS_LEFT) {
            return of(text.substring(credited.end()));
        }
        int credit = creditEnd(text);
        if (credit > 0 && text.substring(credit).split("\\s+").length >= MIN_WORDS_LEFT) {
            return of(text.substring(credit));
        }
        Matcher footer = FOOTER.matcher(text);
        if (footer.find() && text.substring(0, footer.start()).split("\\s+").length >= MIN_WORDS_LEFT) {
            text = text.substring(0, footer.start()).strip();
        }
        // a time stamp further in ends the page's lines run into the sentence ("HONG KONG | Fri May 1, ...")
        int after = lastStampEnd(text);
        if (after > 0 && text.substring(after).split("\\s+").length >= MIN_WORDS_LEFT * 2) {
            return of(text.substring(after));
        }
        if (text.split("\\s+").length < MIN_WORDS_LEFT) {
            return sentence.strip();
        }
        return text;
    }

    /**
     * Where a page's time stamp opening the sentence ends ("Saturday 21 May 2005 00.37 BST George Bush
     * yesterday intervened ..."), or 0: the stamp says when the page went up, not when its events happened.
     */
    static int pageStampEnd(String sentence) {
        Matcher m = PAGE_STAMP.matcher(sentence);
        if (m.lookingAt()) {
            return m.end();
        }
        Matcher print = PRINT_STAMP.matcher(sentence);
        return print.lookingAt() ? print.end() : 0;
    }

    /** Where the last time stamp or print stamp in the text ends, or -1. */
    private static int lastStampEnd(String text) {
        int after = -1;
        for (Pattern kind : List.of(TIME_STAMP, PRINT_STAMP)) {
            Matcher stamp = kind.matcher(text);
            while (stamp.find()) {
                after = Math.max(after, stamp.end());
            }
        }
        return after;
    }

    /**
     * Whether the sentence opens inside a parenthesis ("L) oil spill in the Gulf, Moody's said ..."): the
     * tail of a sentence cut inside a bracket such as a ticker's "(BP.L)", not a sentence of its own; or
     * whether it is the attribution of the quotation on the line before it, split from it ("David says
     * today, over a beer in a bar."): a name and a verb of saying, then a clause's end and no finite verb.
     */
    static boolean isFragment(String sentence) {
        String s = sentence.strip();
        if (OPENS_INSIDE_BRACKET.matcher(s).lookingAt()) {
            return true;
        }
        Matcher attribution = LONE_ATTRIBUTION.matcher(s);
        return attribution.lookingAt() && !LeadDay.hasFiniteVerb(s.substring(attribution.end()));
    }

    /**
     * Whether the sentence asks a question: it ends on a question mark, perhaps inside quotation marks ("Did the
     * ferry sink on Tuesday?", a reader's line in a web chat, a column's rhetorical "What makes a spill bad?").
     * A question tells no event, so it is no entry of any day; a reported question ends on its attribution
     * ("... asked the mayor.") and stays.
     */
    static boolean asksAQuestion(String sentence) {
        return QUESTION_END.matcher(sentence.strip()).find();
    }

    /**
     * Whether the sentence ends on an ellipsis: a teaser or a headline the page cut off ("... the uncontrolled
     * gusher spewing ma ...", "Provided Advance Warning of 'Swine ..."). What a reader sees would stop
     * mid-thought, often mid-word, so it is no entry; an ellipsis inside a quotation that the sentence goes on
     * after ("'we will ... rebuild', he said") is no ending.
     */
    static boolean isCutOff(String sentence) {
        return CUT_OFF_END.matcher(sentence.strip()).find();
    }

    private static final Pattern CUT_OFF_END = Pattern.compile("(?:\\.\\s?\\.\\s?\\.|\u2026)[\\s\"'\u201D\u2019]*$");

    private static final Pattern QUESTION_END = Pattern.compile("\\?[\"'\u201D\u2019)\\s]*$");

    /** A name, a verb of saying, perhaps its day, and a clause's end ("Ivo Saar says today,"). */
    private static final Pattern LONE_ATTRIBUTION = Pattern.compile("(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,4}(?:says|said|adds|added"
            + "|asks|asked|recalls|recalled|explains|explained)(?:\\s+(?:today|yesterday|tonight|now))?\\s*[,.]");

    private static final Pattern OPENS_INSIDE_BRACKET = Pattern.compile("[^\\s()]{1,4}\\)\\s");

    /**
     * Whether the sentence is page furniture as a whole: a blog's "Posted by ...", a link's or a player's
     * label, a pointer to the page's media ("In the video below, ..."), an online chat's notice ("... were
     * online Wednesday at 1 p.m. ET to answer questions ..."), or page lines under a time stamp with only
     * a caption's few words after it ("... Monday 17 May 2010 22.40 BST Oil barrels stacked in a yard.").
     */
    static boolean isFurniture(String sentence) {
        if (FURNITURE.matcher(sentence.strip()).find() || EDITORS_NOTE.matcher(sentence).find()
                || MEDIA_POINTER.matcher(sentence).find() || ONLINE_CHAT.matcher(sentence).find()) {
            return true;
        }
        Matcher stamp = TIME_STAMP.matcher(sentence);
        int after = -1;
        while (stamp.find()) {
            after = stamp.start() > 0 ? stamp.end() : after;
        }
        return after > 0 && sentence.substring(after).strip().split("\\s+").length < MIN_WORDS_LEFT * 2;
    }

    /** A sentence that points to a picture, a video or a map on its page: "In the video below, ...". */
    private static final Pattern MEDIA_POINTER = Pattern.compile("\\b(?:videos?|clips?|photos?|pictures?|photographs?"
            + "|images?|gallery|slideshow|maps?|graphics?|charts?|audio)\\s(?:below|above)\\b", Pattern.CASE_INSENSITIVE);
    /** An online chat's notice: "... were online Wednesday at 1 p.m. ET to answer questions about ...". */
    private static final Pattern ONLINE_CHAT = Pattern.compile("\\b(?:is|are|was|were|will be)\\sonline\\b.{0,80}?"
            + "\\bto\\s(?:answer|discuss|take)\\b");

    /** An editor's note, run into whatever line stood above it ("... at 6 p.m. Friday Editor's Note: This article is ..."). */
    private static final Pattern EDITORS_NOTE = Pattern.compile("\\bEditor\\s?(?:'|\u2019)?s\\s+[Nn]ote\\s?:");
}

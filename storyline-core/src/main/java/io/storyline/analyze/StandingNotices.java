package io.storyline.analyze;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences an outlet or a wire service writes about its own copy rather than about the news: an editor's
 * note ("EDs: Updates will be included on subsequent budgets."), a desk's standing notice ("All times are
 * Eastern unless otherwise noted.", "If stories will move after 8 p.m., an ETA will be given.", "These
 * columns for release Friday are moving today to clients of the News Service."), a site's footer. They
 * are never a summary's facts. Two signs, either enough:
 * <ul>
 *   <li>the shape of a note to editors or clients ({@link #shaped}): it opens by addressing editors, states
 *   the copy's time zone, gives an ETA, or names two things of a wire desk (a budget, clients, a release
 *   time, the copy moving);</li>
 *   <li>a template: the same sentence (figures and dates aside) in {@value #MIN_ARTICLES} or more articles
 *   of the input, each time near the article's start or end ({@link #EDGE}), while most of its
 *   content words are not the story's (the articles that do not carry it
 *   rarely use them) and the articles carrying it share little else ({@link #of}). A background sentence a wire repeats in every day's story ("Pinochet,
 *   who ruled Chile from 1973 to 1990, ...") is repeated as well, but speaks the story's words; versions of one
 *   report repeat a quotation word for word, but share most of their other sentences too;</li>
 *   <li>a page's word to its reader: the same sentence in {@value #MIN_ARTICLES} or more articles that
 *   otherwise share little, addressing the reader or introducing its writer outside any quotation ("The site
 *   may edit your comments.", "If you're reading via RSS, you'll need to visit the blog.", "I'm Ana Lopes, our
 *   health correspondent."), wherever it stands on the page: news speaks of others, and a quotation that
 *   says "you" is inside marks ({@link #speaksToTheReader});</li>
 *   <li>a site's line on every page: the same sentence in at least half the articles, and in {@value #MIN_MAJORITY}
 *   or more, which otherwise share little, at the start or end of most of them ({@link #MOST_AT_EDGES}). It may speak the story's words (a promotion
 *   of the site's own analysis of the story, printed under every page of a topic for months), but no one
 *   sentence is the news of that many different articles: a background line sits inside the story, and
 *   versions of one report share most of their sentences.</li>
 * </ul>
 */
public final class StandingNotices {

    /** A template is the same sentence in at least this many articles. */
    static final int MIN_ARTICLES = 3;
    /**
     * A content word is the story's when at least this share of the articles not carrying the sentence
     * use it; a template has fewer than half its content words so.
     */
    static final double STORY_WORD_SHARE = 1.0 / 3;

    /** Opens by addressing the desk: "Eds:", "EDs:", "Editors:", "Editor's note:", "Note to editors", "Please note:". */
    private static final Pattern TO_EDITORS = Pattern.compile(
            "^\\W*(?:eds?\\s*:|editors?\\s*:|editor'?s'?\\s+notes?\\b|note\\s+to\\s+editors\\b|attention\\s+editors\\b"
                    + "|please\\s+note\\s*:)", Pattern.CASE_INSENSITIVE);
    /** The copy's time zone: "All times are Eastern", "All times EST", "All times GMT". */
    private static final Pattern TIME_ZONE = Pattern.compile(
            "\\ball\\s+times\\s+(?:are\\s+|in\\s+)?(?:eastern|central|mountain|pacific|local|gmt|utc|e[sd]t|c[sd]t|p[sd]t)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * When copy will come: "an ETA will be given", "an E.T.A. of 9:30 P.M." (the shape, not the letters alone:
     * ETA is also a Basque group's name in the news).
     */
    private static final Pattern ETA = Pattern.compile(
            "(?<![\\w.])(?:ETA|E\\.T\\.A\\.?)\\s+(?:will\\s+be\\s+given|of\\s+\\d|is\\s+\\d)");
    /**
     * Things of a wire desk; two in one sentence make a notice to clients. Words news also uses of other things
     * ("has moved to increase the defense budget") are not among them.
     */
    private static final Pattern DESK = Pattern.compile(
            "\\b(?:news\\s+service|for\\s+release|clients\\s+of|(?:non)?subscribers|budget\\s+(?:information|lines?)|"
                    + "moving\\s+today|moved\\s+in\\s+advance|optional\\s+trim|"
                    + "photos?\\s+(?:is\\s+|are\\s+)?available|graphics?\\s+(?:is\\s+|are\\s+)?available|"
                    + "(?:photo|graphics?)\\s+information)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "at the end of this budget", "on subsequent budgets", "budgets move at 10 a.m.": a wire budget, whatever
     * else the sentence says.
     */
    private static final Pattern WIRE_BUDGET = Pattern.compile(
            "\\b(?:on|end\\s+of)\\s+(?:this|subsequent|today'?s|tomorrow'?s|the\\s+next)\\s+budgets?\\b"
                    + "|\\bbudgets?\\s+(?:move|moves)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A template stands within this many sentences of its article's start or end, or within its first or last
     * fifth (a wire budget closes on a block of a dozen standing notices), in every article carrying it.
     */
    static final int EDGE = 3;
    /** A line at the edge of at least half the articles, and of this many, is the site's, whatever its words. */
    static final int MIN_MAJORITY = 10;
    /**
     * Such a line stands at the start or end of at least this share of the pages carrying it: a page scraped with
     * a second piece or a block of links below its story puts the line in its middle.
     */
    static final double MOST_AT_EDGES = 0.75;
    /** Articles sharing this share of their sentences or more are versions of one report, not a template's carriers. */
    static final double MAX_SHARED = 0.5;

    private StandingNotices() {
    }

    /** Whether the sentence has the shape of a note to editors or a wire desk's clients. */
    public static boolean shaped(String text) {
        // each expression is asked only of a sentence holding a word it needs (its letters compared without
        // case as ASCII, as the expressions compare them): most sentences hold none
        String lower = asciiLower(text);
        if (mayAddressEditors(text) && TO_EDITORS.matcher(text).find()
                || lower.contains("times") && TIME_ZONE.matcher(text).find()
                || (text.contains("ETA") || text.contains("E.T.A")) && ETA.matcher(text).find()
                || lower.contains("budget") && WIRE_BUDGET.matcher(text).find()) {
            return true;
        }
        if (DESK_WORDS.stream().noneMatch(lower::contains)) {
            return false;
        }
        var desk = DESK.matcher(text);
        Set<String> terms = new HashSet<>();
        while (desk.find()) {
            terms.add(desk.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return terms.size() >= 2;
    }

    /** A word of each of {@link #DESK}'s terms, one of which a sentence holds whenever it matches. */
    private static final List<String> DESK_WORDS = List.of("news", "release", "clients", "subscribers", "budget",
            "moving", "moved", "optional", "photo", "graphic");

    /** The text with ASCII capitals lower-cased, nothing else changed (so its indexes are the text's). */
    private static String asciiLower(String text) {
        char[] lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            char c = text.charAt(i);
            lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(lower);
    }

    /**
     * Whether the text's first word character (as {@link #TO_EDITORS}'s {@code \W*} skips to it) is one its
     * openings start with: "eds", "editor", "note", "attention", "please".
     */
    private static boolean mayAddressEditors(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
                return "eEnNaApP".indexOf(c) >= 0;
            }
        }
        return false;
    }

    /** The story's sentences that are standing notices, by sentence id: shaped ones and templates. */
    public static BitSet of(StoryAnalysis story) {
        BitSet notices = new BitSet();
        Map<String, List<AnalyzedSentence>> byText = new HashMap<>();
        for (AnalyzedSentence s : story.sentences()) {
            if (shaped(s.text())) {
                notices.set(s.id());
            }
            byText.computeIfAbsent(template(s.text()), k -> new ArrayList<>()).add(s);
        }
        int articles = story.articles().size();
        List<String> sitesLines = new ArrayList<>();
        for (Map.Entry<String, List<AnalyzedSentence>> line : byText.entrySet()) {
            List<AnalyzedSentence> copies = line.getValue();
            Set<Integer> carrying = new HashSet<>();
            copies.forEach(s -> carrying.add(s.article()));
            if (carrying.size() < MIN_ARTICLES) {
                continue;
            }
            double edgeShare = edgeShare(story, copies);
            if ((onMostPages(carrying.size(), articles) && edgeShare >= MOST_AT_EDGES
                        || speaksToTheReader(copies.get(0).text())
                        || edgeShare == 1 && carrying.size() < articles
                            && offTopic(story, copies.get(0), carrying, articles - carrying.size()))
                    && otherwiseUnlike(story, byText, carrying)) {
                copies.forEach(s -> notices.set(s.id()));
                if (line.getKey().split(" ").length >= MIN_FUSED_WORDS) {
                    sitesLines.add(" " + line.getKey() + " ");
                }
            }
        }
        if (!sitesLines.isEmpty()) {
            fusedWith(story, sitesLines, notices);
        }
        return notices;
    }

    /** The reader addressed ("you", "your", "you'll") or the writer introduced ("I'm X", "I am X,"). */
    private static final Pattern TO_THE_READER = Pattern.compile(
            "(?i:\\b(?:you|your|yours|you'll|you're|you've|you\u2019ll|you\u2019re|you\u2019ve)\\b)"
                    + "|^\\W*I(?:'m|\u2019m| am)\\s+\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+\\s*,");

    /** Whether the sentence, its quotations left out, speaks to its reader or introduces its writer. */
    static boolean speaksToTheReader(String text) {
        String lower = asciiLower(text);
        if (!lower.contains("you") && !lower.contains("i'm") && !lower.contains("i\u2019m") && !lower.contains("i am")) {
            return false;
        }
        String unquoted = Quotations.withoutClosedQuotations(text);
        if (unquoted.indexOf('\u201C') >= 0 || unquoted.indexOf('\u201D') >= 0 || unquoted.indexOf('"') >= 0) {
            return false; // a quotation left open: whose words they are is not known
        }
        return TO_THE_READER.matcher(unquoted).find();
    }

    /** A site's line this long or longer is looked for inside other sentences; a short one may be anyone's words. */
    static final int MIN_FUSED_WORDS = 8;

    /**
     * Marks the sentences a page's layout fused a site's line into ("BACK 1 of 5 NEXT" before it, a caption run
     * in front of it): they hold the whole line, word for word, which no news sentence of a story does.
     */
    private static void fusedWith(StoryAnalysis story, List<String> sitesLines, BitSet notices) {
        for (AnalyzedSentence s : story.sentences()) {
            if (notices.get(s.id())) {
                continue;
            }
            String template = " " + template(s.text()) + " ";
            for (String line : sitesLines) {
                if (template.contains(line)) {
                    notices.set(s.id());
                    break;
                }
            }
        }
    }

    /** Whether a line carried by {@code carrying} of the {@code articles} is on too many pages to be any one's news. */
    private static boolean onMostPages(int carrying, int articles) {
        return carrying >= MIN_MAJORITY && carrying * 2 >= articles;
    }

    /**
     * Whether the carrying articles share under {@link #MAX_SHARED} of their sentences with one another: a
     * template joins pieces that are otherwise different (one budget a day); versions of one wire report,
     * which repeat a quotation or a detail word for word, share most of theirs.
     */
    private static boolean otherwiseUnlike(StoryAnalysis story, Map<String, List<AnalyzedSentence>> byText,
                                           Set<Integer> carrying) {
        int sentences = 0;
        int shared = 0;
        for (int article : carrying) {
            for (AnalyzedSentence s : story.sentencesOf(article)) {
                sentences++;
                for (AnalyzedSentence copy : byText.get(template(s.text()))) {
                    if (copy.article() != article && carrying.contains(copy.article())) {
                        shared++;
                        break;
                    }
                }
            }
        }
        return shared < MAX_SHARED * sentences;
    }

    /**
     * The share of copies that stand near their article's start or end, where outlets put what they print above
     * or below every story; a background line a wire repeats sits inside the story.
     */
    private static double edgeShare(StoryAnalysis story, List<AnalyzedSentence> copies) {
        int atEdge = 0;
        for (AnalyzedSentence s : copies) {
            int n = story.sentencesOf(s.article()).size();
            int edge = Math.max(EDGE, n / 5);
            if (s.position() < edge || s.position() >= n - edge) {
                atEdge++;
            }
        }
        return atEdge / (double) copies.size();
    }

    /**
     * Whether fewer than half the sentence's content words are used by {@link #STORY_WORD_SHARE} of the
     * {@code others} articles that do not carry it.
     */
    private static boolean offTopic(StoryAnalysis story, AnalyzedSentence s, Set<Integer> carrying, int others) {
        Set<Integer> content = new HashSet<>();
        for (int w = 0; w < s.stems().length; w++) {
            if (!s.stop()[w]) {
                content.add(s.stems()[w]);
            }
        }
        if (content.isEmpty()) {
            return true;
        }
        int storyWords = 0;
        for (int term : content) {
            // the carrying articles use every word of the sentence; the story's articles frequency counts them
            double share = (story.articleFrequency(term) - carrying.size()) / (double) others;
            if (share >= STORY_WORD_SHARE) {
                storyWords++;
            }
        }
        return storyWords * 2 < content.size();
    }

    /** The sentence with letters lower-cased and each run of figures one mark: dates and numbers aside. */
    static String template(String text) {
        // one pass doing what toLowerCase, then replaceAll("[0-9]+", "0"), then replaceAll("[^\\p{L}0]+", " ")
        // and trim do: a run of ASCII digits becomes one 0, a run of anything else but letters one space
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inFigure = false;
        boolean inGap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c >= '0' && c <= '9') {
                if (!inFigure) {
                    out.append('0');
                }
                inFigure = true;
                inGap = false;
            } else if (Character.isLetter(c)) {
                out.appendCodePoint(c);
                inFigure = false;
                inGap = false;
            } else {
                if (!inGap) {
                    out.append(' ');
                }
                inFigure = false;
                inGap = true;
            }
        }
        return out.toString().trim();
    }
}

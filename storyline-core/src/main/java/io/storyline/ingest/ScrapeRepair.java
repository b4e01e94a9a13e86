package io.storyline.ingest;

import io.storyline.analyze.LostWords;
import io.storyline.analyze.Scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs article text as scrapers leave it, before anything else reads it. Scraped pages lose the text
 * of their hyperlinks, so a sentence such as "defected to Egypt, [CNN] reported, in another sign" arrives
 * as three lines ("...Egypt,", a blank, "reported, in another sign"), and page furniture (gallery
 * teasers, author contact lines, related-story lists) arrives as if it were text. This class
 * <ol>
 *   <li>normalises white space and undoes Penn-Treebank tokenization when the text shows its markers;</li>
 *   <li>drops furniture lines and cuts a trailing "Related Stories" block;</li>
 *   <li>takes a headline off the first line and a dateline off the first sentence, keeping the outlet;</li>
 *   <li>rejoins sentence fragments, marking where a link's words were lost from an attribution.</li>
 * </ol>
 * An attribution is never taken out: "Egypt, [CNN] reported, in another sign" becomes "Egypt, […] reported,
 * in another sign" ({@link LostWords}), not "Egypt, in another sign", which would make another outlet's
 * claim the page's own.
 * The rules look at punctuation and letter case, never at particular wording.
 */
final class ScrapeRepair {

    private static final Pattern RELATED_BLOCK = Pattern.compile(
            "(?i)related (stories|articles|links|content|coverage|news|reading|videos?)\\s*:?");
    private static final Pattern TEASER = Pattern.compile(
            "(?i)(?:(photos?|videos?|watch|gallery|slideshow|audio|listen|interactive|graphic)\\s*:.*"
                    + "|.*:\\s*in (photos|pictures|pics|images)\\s*"
                    + "|(in )?(photos|pictures)|(click|tap) here\\b.*"
                    + "|(see|view|watch) (the |our )?(photos|gallery|video|slideshow)\\b.*"
                    + "|(read more|see also|more from [\\w .]+|advertisement)\\s*:?)");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(?:(written|reporting|additional reporting|editing|edited|compiled|writing) by\\s.*"
                    + "|.*contributed (reporting )?to this (report|story|article)\\.?"
                    + "|to (contact|reach|e-?mail|follow|write to) (the |this )?(writer|reporter|author|editor|us)\\b.*"
                    + "|.*send an? (e-?mail|news tip|message)\\b.*"
                    + "|to submit a (news )?tip\\b.*"
                    + "|follow (him|her|them|us|@\\w+) on \\w+.*"
                    + "|(e-?mail|contact)\\s*:?\\s*\\S+@\\S+"
                    + "|(©|copyright\\b).*|.*all rights reserved\\.?"
                    + "|\\S+@\\S+\\.\\w+|@\\w+|https?://\\S+)");
    /**
     * A broadcast clip's introduction on a line of its own: "The BBC's Jim Muir reports from Beirut.",
     * "CNN's Ivan Watson reports." It names who speaks in a video the text does not hold and states nothing.
     */
    private static final Pattern CLIP_INTRO = Pattern.compile(
            "(?:The\\s+)?\\p{Lu}[\\w&.]*(?:\\s\\p{Lu}[\\w&.]*){0,3}\\s?['’]s\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}"
                    + "\\s+(?:reports|reported|has this report|sent this report|has more|explains)"
                    + "(?:\\s+from\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’ -]{0,40}?)?\\s?[.:]?");
    /** A person's name on its own line, as left after "To contact the writer:". */
    private static final Pattern LONE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+(?!the way\\b)(.{2,80})");
    private static final Pattern WIRE_STAFF = Pattern.compile(
            "(?i)(?:the\\s+)?(.+?)\\s+(?:wire\\s+|news\\s+)?staff\\b.*");
    private static final Pattern CREDIT_OUTLET = Pattern.compile(
            "(\\p{Lu}[\\w&.]*(?:\\s\\p{Lu}[\\w&.]*){0,3})['’]s\\s.*\\scontributed (?:reporting )?to this (?:report|story|article)\\.?");
    /**
     * "WASHINGTON (Reuters) -", "(CNN) --", "Cairo, Egypt (CNN) -": a place, an outlet-like name in
     * parentheses (an acronym, a wire service, or a name ending in News, Press, Times...), a dash. Whatever
     * precedes it on the first line (bylines, time stamps) is page furniture and goes with it.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^[^()]{0,200}?\\(("
                    + "\\p{Lu}{2,6}|Reuters|Bloomberg|Xinhua|Interfax|Dow Jones|Agence France-Presse|Associated Press"
                    + "|\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)* (?:News|Press|Times|Post|Wire|Agency|Service)"
                    + "|[\\w-]+\\.(?:com|co\\.uk|org|net))\\)\\s*(?:--|—|–|-|:)\\s*");
    /** A dateline's place: capitals ("NEW YORK"), perhaps a region or country after a comma ("GONESSE, France"). */
    private static final String DATELINE_PLACE = "\\p{Lu}[\\p{Lu} .,'’]{2,40}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.'’]*(?:\\s\\p{Lu}[\\p{L}.'’]*){0,2})?";
    /**
     * "KESSLER (North Radio) -- ", "(Kessler Gazette) -- ": any masthead of one to four capitalised words in
     * brackets, where the form itself says it is a dateline: at the very start of the text or after a place
     * in capitals, and before a long dash (a single hyphen after a bracket is too common in prose).
     */
    private static final Pattern MASTHEAD_DATELINE = Pattern.compile("^(?:" + DATELINE_PLACE + "\\s*)?"
            + "\\((\\p{Lu}[\\p{L}.'’&-]*(?:\\s\\p{Lu}[\\p{L}.'’&-]*){0,3})\\)\\s*(?:--|—|–)\\s*");
    /** A dateline whose place and outlet were lost with a link: ") -- ". */
    private static final Pattern BROKEN_DATELINE = Pattern.compile("^\\)?\\s*(?:--|—|–)\\s*|^\\)\\s*-\\s+");
    /**
     * "NEW YORK -- ", "GONESSE, France _ ": a place in capitals, perhaps a region or country after a comma,
     * then a dash. Newswire copy typed on old terminals writes its dash as an underscore ("LONDON _ In the
     * aftermath"), so "_" counts as one here.
     */
    private static final Pattern PLACE_DATELINE = Pattern.compile("^" + DATELINE_PLACE + "\\s(?:--|—|–|_)\\s+");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(reported|reports|said|says|told|wrote|writes|added|noted|confirmed|announced|stated|quoted)\\b\\s*(.*)");
    /** Speech verbs that need an object: "told" before "by telephone" lost whom it was told to. */
    private static final Pattern TOLD = Pattern.compile("\\b(?:told|tells|quoted|quotes|informed)$");
    /** What cannot be the object of "told": a preposition or an adverb of time. */
    private static final Pattern NOT_AN_OBJECT = Pattern.compile(
            "(?:by|in|on|at|from|via|over|during|after|before|that|earlier|later|last|this)\\b.*");
    private static final Pattern CITING = Pattern.compile("(?i),?\\s*(citing|quoting|according to|based on)\\b[^.!?]*[.!?]");
    /** Closing marks that may follow a sentence's last punctuation. */
    private static final String CLOSERS = "\"'”’)]」』）";
    /** Furniture lines are short; long lines are not matched against furniture patterns at all. */
    private static final int MAX_FURNITURE_CHARS = 250;
    private static final Pattern MULTIPLE_SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile(" +([,;:!?%.])(?=\\s|$)");
    private static final Pattern DOUBLED_MARK = Pattern.compile("(?<![.])([,.])\\1(?![.])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A headline's subject before a colon, words after it: "Vessa landslide: search goes on". */
    private static final Pattern KICKER = Pattern.compile("^[^:]{3,60}\\S:\\s+\\p{L}");
    private static final List<String> FUNCTION_WORDS = List.of("a", "an", "the", "of", "and", "or", "but", "to",
            "in", "on", "for", "with", "by", "at", "from", "that", "as", "its", "his", "her", "their", "is", "was");

    private ScrapeRepair() {
    }

    /**
     * @param raw            the text as read
     * @param detectHeadline whether the first line may be a headline (false when the title is known)
     */
    static RepairedText repair(String raw, boolean detectHeadline) {
        return repair(raw, detectHeadline, false);
    }

    /**
     * @param fromMarkup the text comes from a page's markup (one block a paragraph, link text kept): its lines
     *                   are already paragraphs and subheadings, so nothing is rejoined and nothing is taken for
     *                   the remains of a lost link; furniture lines and datelines are still handled
     */
    static RepairedText repair(String raw, boolean detectHeadline, boolean fromMarkup) {
        List<String> lines = normalise(raw);
        if (PtbDetokenizer.looksTokenized(lines)) {
            lines = lines.stream().map(PtbDetokenizer::detokenize).toList();
        }
        lines = PtbDetokenizer.plainQuotes(lines);
        OutletClues outlet = new OutletClues();
        List<Line> content = dropFurniture(lines, outlet);
        String title = null;
        if (detectHeadline && isHeadline(content)) {
            title = content.remove(0).text;
        }
        stripDateline(content, outlet);
        String body = String.join("\n\n", fromMarkup
                ? content.stream().map(l -> tidyMarkup(l.text)).filter(p -> !p.isEmpty()).toList()
                : rejoin(content));
        return new RepairedText(title, body, outlet.best());
    }

    /** Unifies line ends and spaces, drops invisible characters, trims every line. */
    static List<String> normalise(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.add(collapse(line));
                line.setLength(0);
            } else if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                    || (c >= '\u2000' && c <= '\u200A')) {
                line.append(' ');
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                    || c == '\u00AD' || (Character.isISOControl(c))) {
                continue;
            } else {
                line.append(c);
            }
        }
        out.add(collapse(line));
        return out;
    }

    private static String collapse(CharSequence line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A non-empty line, and whether a blank line came before it. */
    private static final class Line {
        final String text;
        final boolean afterBlank;

        Line(String text, boolean afterBlank) {
            this.text = text;
            this.afterBlank = afterBlank;
        }
    }

    private static List<Line> dropFurniture(List<String> lines, OutletClues outlet) {
        List<Line> kept = new ArrayList<>();
        boolean blank = false;
        boolean afterCredit = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            if (RELATED_BLOCK.matcher(line).matches()) {
                break;
            }
            if (line.startsWith(">")) {
                continue;
            }
            if (line.length() > MAX_FURNITURE_CHARS) {
                afterCredit = false;
                kept.add(new Line(line, blank));
                blank = false;
                continue;
            }
            if (TEASER.matcher(line).matches()) {
                continue;
            }
            boolean paragraph = (blank || i == 0) && (i + 1 == lines.size() || lines.get(i + 1).isEmpty());
            if (paragraph && PhotoCaption.is(line) && (!kept.isEmpty() || anyTextAfter(lines, i))) {
                continue;
            }
            if (line.contains("contributed")) { // a word CREDIT_OUTLET needs: most lines lack it
                Matcher credit = CREDIT_OUTLET.matcher(line);
                if (credit.matches()) {
                    outlet.credit(credit.group(1));
                }
            }
            if (CREDIT.matcher(line).matches()) {
                afterCredit = true;
                continue;
            }
            if (line.length() < 120 && CLIP_INTRO.matcher(line).matches()) {
                continue;
            }
            if (afterCredit && LONE_NAME.matcher(line).matches()) {
                continue;
            }
            Matcher byline = BYLINE.matcher(line);
            if (byline.matches() && words(line) <= 10 && !endsSentence(line)) {
                outlet.byline(bylineOutlet(byline.group(1)));
                continue;
            }
            afterCredit = false;
            kept.add(new Line(line, blank));
            blank = false;
        }
        return kept;
    }

    private static boolean anyTextAfter(List<String> lines, int i) {
        return lines.subList(i + 1, lines.size()).stream().anyMatch(l -> !l.isEmpty());
    }

    /** "the CNN Wire Staff" gives CNN; "Jane Doe, Associated Press Writer" gives Associated Press. */
    private static String bylineOutlet(String by) {
        Matcher staff = WIRE_STAFF.matcher(by);
        if (staff.matches()) {
            return staff.group(1);
        }
        int comma = by.lastIndexOf(',');
        if (comma < 0) {
            return null;
        }
        String tail = by.substring(comma + 1).trim()
                .replaceAll("(?i)\\s+(staff writer|writer|correspondent|reporter|staff)$", "");
        return tail.isEmpty() || words(tail) > 4 || !Character.isUpperCase(tail.charAt(0)) ? null : tail;
    }

    private static boolean isHeadline(List<Line> content) {
        if (content.size() < 2) {
            return false;
        }
        String first = content.get(0).text;
        String next = content.get(1).text;
        if (hardWrapped(content) && !content.get(1).afterBlank) {
            return false; // in wrapped copy a short first line is just the first sentence's start
        }
        int words = words(first);
        return words >= 2 && words <= 20 && first.length() <= 150
                && startsSentence(first) && startsSentence(next)
                && !endsSentence(first) && ",;:-—–".indexOf(first.charAt(first.length() - 1)) < 0
                && (!endsWithFunctionWord(first) || headlineByShape(content))
                && quotesBalanced(first)
                && !DATELINE.matcher(first).find()
                && !MASTHEAD_DATELINE.matcher(first).find()
                && !BROKEN_DATELINE.matcher(first).find();
    }

    /**
     * Whether a first line ending in "on" or "in" ("Vessa landslide: search goes on", "Rebels close in") is a
     * headline all the same, by its shape rather than its last word: a blank line after it, and either a
     * "subject: headline" colon inside it or a dateline opening what follows. A sentence's start cut short by a
     * lost link ("The attack on") has neither.
     */
    private static boolean headlineByShape(List<Line> content) {
        String first = content.get(0).text;
        String next = content.get(1).text;
        return content.get(1).afterBlank && words(first) <= 12
                && (KICKER.matcher(first).find() || DATELINE.matcher(next).find() || MASTHEAD_DATELINE.matcher(next).find());
    }

    /**
     * Whether the text is hard-wrapped at a fixed width (as newswire archives such as DUC's are):
     * most lines are long and stop mid-sentence.
     */
    static boolean hardWrapped(List<Line> content) {
        if (content.size() < 4) {
            return false;
        }
        long wrapped = content.stream().filter(l -> l.text.length() >= 40 && !endsSentence(l.text)).count();
        return wrapped * 2 >= content.size();
    }

    private static void stripDateline(List<Line> content, OutletClues outlet) {
        for (int i = 0; i < Math.min(2, content.size()); i++) {
            String text = content.get(i).text;
            Matcher dateline = DATELINE.matcher(text);
            boolean found = dateline.find();
            if (!found) {
                dateline = MASTHEAD_DATELINE.matcher(text);
                found = dateline.find();
            }
            String rest;
            if (found) {
                outlet.dateline(dateline.group(1).trim());
                rest = text.substring(dateline.end());
            } else {
                Matcher broken = BROKEN_DATELINE.matcher(text);
                Matcher place = PLACE_DATELINE.matcher(text);
                if (broken.find()) {
                    rest = text.substring(broken.end());
                } else if (place.find()) {
                    rest = text.substring(place.end());
                } else {
                    continue;
                }
            }
            if (rest.isBlank()) {
                content.remove(i);
            } else {
                content.set(i, new Line(rest.trim(), content.get(i).afterBlank));
            }
            return;
        }
    }

    /**
     * Joins fragments into paragraphs; see the class comment. Each line is decided by how the paragraph so
     * far ends, which a {@link ParagraphBuffer} answers without rereading it, so time is linear in the text.
     */
    private static List<String> rejoin(List<Line> lines) {
        // wrapped copy: lines run on within paragraphs, whether blank lines part the paragraphs or not
        // (wire copy without any blank line is one paragraph, wrapped at a fixed width)
        boolean softWrapped = (lines.stream().skip(1).anyMatch(l -> l.afterBlank) || hardWrapped(lines))
                && lines.stream().skip(1).anyMatch(l -> !l.afterBlank);
        List<String> paragraphs = new ArrayList<>();
        ParagraphBuffer current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text;
            String next = i + 1 < lines.size() ? lines.get(i + 1).text : null;
            if (current == null) {
                current = new ParagraphBuffer(line); // text as given: never re-cased
                continue;
            }
            CharSequence prev = current.chars(); // the paragraph before this line; read before it changes
            if (startsWithPunctuation(line)) {
                current.appendTight(line);
            } else if (softWrapped && !lines.get(i).afterBlank) {
                current.appendWord(line);
            } else if (endsWithComma(prev) && danglingAttribution(current, line)) {
                continue;
            } else if (Character.isLowerCase(line.codePointAt(0))) {
                if (endsSentence(prev)) {
                    current = newParagraph(paragraphs, current, line);
                } else if (lines.get(i).afterBlank && lostObject(prev, line)) {
                    current.appendWord(LostWords.MARK).appendWord(line);
                } else {
                    current.appendWord(line);
                }
            } else if (endsWithComma(prev)) {
                if (looksLikeLoneName(line) && (next == null || startsSentence(next))) {
                    // a name left of a lost link ("plans, / The Associated Press"): who said it stays
                    current.appendWord(line).appendWord(LostWords.MARK + ".");
                    i++; // what follows starts afresh
                    if (next != null) {
                        current = newParagraph(paragraphs, current, next);
                    }
                } else if (words(line) >= 8) {
                    current.endSentence();
                    current = newParagraph(paragraphs, current, line);
                } else {
                    current.appendWord(line);
                }
            } else if (!endsSentence(prev)) {
                if (current.endsWithOpenQuote()) {
                    current.append(line);
                } else if (isHeadingLike(current) && startsSentence(line)) {
                    current = newParagraph(paragraphs, null, line);
                } else {
                    current.appendWord(line);
                }
            } else {
                current = newParagraph(paragraphs, current, line);
            }
        }
        if (current != null && !isHeadingLike(current)) {
            paragraphs.add(current.toString());
        }
        return paragraphs.stream().map(ScrapeRepair::tidy).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * Handles a line opening with an attribution verb whose subject was a lost link, after a comma: "[CNN]
     * reported, ...", "[CNN] reported.", "[Reuters] reported, citing ...", "[Reuters] quoted X as saying".
     * The line stays whole, after the mark of the lost words: the claim before it is still a report of
     * someone else's. Returns false when the line is ordinary text ("said the mayor") to be joined as usual.
     */
    private static boolean danglingAttribution(ParagraphBuffer current, String line) {
        Matcher m = ATTRIBUTION.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String rest = m.group(2);
        if (rest.isEmpty() || rest.startsWith(".") || rest.startsWith(",") || m.group(1).equals("quoted")
                || CITING.matcher(rest).lookingAt()) {
            current.appendWord(LostWords.MARK).appendWord(line);
            return true;
        }
        return false;
    }

    /** "Sami told" then, after a gap, "by telephone.": the object of a speech verb was a lost link. */
    private static boolean lostObject(CharSequence paragraph, String line) {
        int from = Math.max(0, paragraph.length() - 20);
        return NOT_AN_OBJECT.matcher(line).matches()
                && TOLD.matcher(paragraph.subSequence(from, paragraph.length())).find();
    }

    private static ParagraphBuffer newParagraph(List<String> paragraphs, ParagraphBuffer finished, String start) {
        if (finished != null && !isHeadingLike(finished)) {
            paragraphs.add(finished.toString());
        }
        return new ParagraphBuffer(start);
    }

    /**
     * {@link #isHeadingLike(String)} for a paragraph being joined, with the cheap tests first from the
     * buffer's counts: a long paragraph is never reread (one of at most 8 words is read at most once per
     * word it gains, or when it ends).
     */
    private static boolean isHeadingLike(ParagraphBuffer paragraph) {
        if (endsSentence(paragraph.chars()) || paragraph.words() > 8 || !paragraph.quotesBalanced()) {
            return false;
        }
        return isHeadingLike(paragraph.toString());
    }

    /** A short title-case line without final punctuation: a heading or the remains of a link. */
    private static boolean isHeadingLike(String text) {
        if (endsSentence(text) || words(text) > 8 || !quotesBalanced(text)) {
            return false;
        }
        String[] words = text.split(" ");
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
                capitalised++;
            } else if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised > 0 && !endsWithFunctionWord(text) && text.matches(".*\\p{L}.*");
    }

    private static boolean looksLikeLoneName(String line) {
        return words(line) <= 6 && isHeadingLike(line);
    }

    /** Cleans one paragraph: spacing around punctuation and repeated marks left by joins. */
    static String tidy(String paragraph) {
        return tidy(paragraph, true);
    }

    /**
     * {@link #tidy} for a paragraph a page's markup wrote. A space before a mark is then the writer's, not a
     * tokenizer's: French and Spanish put one before "!", "?", ":" and "%" ("Vive le professeur Raoult !",
     * "102,6 %"), so it stays. A space before a comma or full stop stays too: it is the page's own white space
     * between inline elements ("Ada Moss</a> , Ben Lee"), which the text of the page keeps (taking it out lost
     * on Readability's pages and the article-extraction benchmark, whose reference texts keep it).
     */
    static String tidyMarkup(String paragraph) {
        return tidy(paragraph, false);
    }

    private static String tidy(String paragraph, boolean closeSpaceBeforeMark) {
        String p = paragraph;
        if (p.contains("  ")) {
            p = MULTIPLE_SPACES.matcher(p).replaceAll(" ");
        }
        if (closeSpaceBeforeMark && hasSpaceBeforeMark(p)) {
            p = SPACE_BEFORE_MARK.matcher(p).replaceAll("$1");
        }
        if (p.contains(",,") || p.contains("..")) {
            p = DOUBLED_MARK.matcher(p).replaceAll("$1");
        }
        return p.replace(",.", ".").trim();
    }

    private static boolean hasSpaceBeforeMark(String p) {
        for (int i = p.indexOf(' '); i >= 0 && i + 1 < p.length(); i = p.indexOf(' ', i + 1)) {
            if (",;:!?%.".indexOf(p.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Ends with . ! ? or an ellipsis, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && (".!?…".indexOf(text.charAt(i)) >= 0 || Scripts.isFullWidthEnd(text.charAt(i))
                || Scripts.isOtherEnd(text.charAt(i)));
    }

    private static boolean endsWithComma(CharSequence text) {
        int i = text.length() - 1;
        if (i >= 0 && "\"'”’".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',';
    }

    private static boolean startsWithPunctuation(String line) {
        return ",;:.!?)]}%…".indexOf(line.charAt(0)) >= 0;
    }

    /** Whether the line opens as a sentence does: a capital, a digit, a quote, or a letter of a script without case (东, ا, ก). */
    private static boolean startsSentence(String line) {
        int c = line.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“'‘([".indexOf(line.charAt(0)) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c) && Character.toUpperCase(c) == c
                && Character.toLowerCase(c) == c;
    }

    private static boolean quotesBalanced(String text) {
        return count(text, '"') % 2 == 0 && count(text, '“') == count(text, '”');
    }

    private static boolean endsWithFunctionWord(String text) {
        int space = text.lastIndexOf(' ');
        String last = text.substring(space + 1).toLowerCase(Locale.ROOT);
        return FUNCTION_WORDS.contains(last);
    }

    /** Runs of non-space, each character of a script without spaces counting as a word ({@link ParagraphBuffer#words}). */
    static int words(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Scripts.withoutSpaces(t.charAt(i))) {
                return ParagraphBuffer.words(t);
            }
        }
        return SPACES.split(t).length;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Outlet names the text gives, strongest kind first: dateline, then byline, then credit line. */
    private static final class OutletClues {
        private String dateline;
        private String byline;
        private String credit;

        void dateline(String name) {
            dateline = dateline == null ? clean(name) : dateline;
        }

        void byline(String name) {
            byline = byline == null ? clean(name) : byline;
        }

        void credit(String name) {
            credit = credit == null ? clean(name) : credit;
        }

        String best() {
            return dateline != null ? dateline : byline != null ? byline : credit;
        }

        private static String clean(String name) {
            if (name == null) {
                return null;
            }
            String n = name.trim();
            return n.isEmpty() ? null : n;
        }
    }
}

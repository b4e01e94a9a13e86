package io.storyline.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits news text into sentences with hand-written rules, in one left-to-right pass and without
 * any model, so it is fast and deterministic.
 *
 * <p>Every line break is a boundary (ingestion puts one paragraph per line). Within a line a
 * boundary candidate is a run of terminal punctuation ({@code . ? ! …} or "...") plus any closing
 * quotes and brackets, followed by white space. Whether a candidate is a boundary depends on the word
 * before it and the word after it, in the spirit of the rule-based baselines compared by Read et al.,
 * "Sentence Boundary Detection: A Long Solved Problem?" (COLING 2012), and of the abbreviation /
 * initial / ordinal distinctions of Kiss and Strunk, "Unsupervised Multilingual Sentence Boundary
 * Detection" (Computational Linguistics 32(4), 2006), here with fixed word lists instead of learnt
 * ones:
 * <ul>
 *   <li>lower case after the candidate never starts a sentence ("U.S. officials", "?" he asked);</li>
 *   <li>titles such as Mr. or Gen. never end one mid-text, except "Sen." as the end of a name
 *       before a sentence opener ("strongman Hun Sen. The king said");</li>
 *   <li>abbreviations that can end a phrase (U.S., Inc., a.m., initials, Jan.) end the sentence only
 *       when a typical sentence opener follows ("...moved to the U.S. The company said");</li>
 *   <li>No. ends it unless a number follows; "1." opening a sentence is a list marker;</li>
 *   <li>a quoted question followed by an attribution ("Why now?" Smith asked.) stays whole.</li>
 * </ul>
 * Chinese and Japanese sentences end at {@code 。！？} with no space after them ({@link Scripts}); Arabic
 * {@code ؟}, Urdu {@code ۔} and Devanagari {@code ।} are terminal punctuation like {@code ?}. Thai, Lao
 * and Khmer have no sentence punctuation: a space between two of their letters ends a sentence.
 * Periods inside a token (3.14, Amazon.com, U.S.-led, e-mail addresses, URLs) are never candidates
 * because no white space follows them. Instances hold no state and are safe to share between threads.
 */
public final class SentenceSplitter {

    /** How far a shouted quotation may run on after an exclamation inside it (see quotationRunsOn). */
    private static final int QUOTED_RUN_CHARS = 60;
    /** Words that may follow an attribution's verb and keep it one ("Marsh shouted at the driver"). */
    private static final java.util.Set<String> ATTRIBUTION_TAILS = java.util.Set.of("at", "to", "from", "in", "into",
            "outside", "as", "across", "after", "before", "over", "toward", "towards", "through", "during", "on",
            "angrily", "loudly", "later", "again", "back");

    /**
     * One sentence and where it is in the text it was split from.
     *
     * @param start offset of the sentence's first character (inclusive)
     * @param end   offset just after its last character (exclusive)
     * @param text  {@code source.substring(start, end)}: the sentence, trimmed
     */
    public record Span(int start, int end, String text) {
    }

    public SentenceSplitter() {
        // no configuration: the word lists are fixed
    }

    /** The sentences of {@code text}, trimmed, in order, none empty. */
    public List<String> split(String text) {
        List<Span> spans = spans(text);
        List<String> sentences = new ArrayList<>(spans.size());
        for (Span span : spans) {
            sentences.add(span.text());
        }
        return sentences;
    }

    /** The sentences of {@code text} with their character offsets, in order, none empty. */
    public List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int sentenceStart = 0;
        int i = 0;
        QuoteCount quotes = new QuoteCount(text);
        while (i < n) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                emit(text, sentenceStart, i, spans);
                sentenceStart = ++i;
            } else if (c == ' ' && i > 0 && i + 1 < n && Scripts.endsSentencesWithSpace(text.charAt(i - 1))
                    && Scripts.endsSentencesWithSpace(text.charAt(i + 1))) {
                emit(text, sentenceStart, i, spans); // Thai, Lao, Khmer: a space between sentences
                sentenceStart = ++i;
            } else if (Scripts.isFullWidthEnd(c)) {
                // 。！？ end a sentence with no space after them, unless a quotation closes and its
                // sentence runs on into the attribution (「行く。」と言った: "'I'll go,' he said"); a quotation
                // opened after a colon (他说：“…！”) was the end of its sentence
                int candidateEnd = i + 1;
                while (candidateEnd < n && (Scripts.isFullWidthEnd(text.charAt(candidateEnd))
                        || isClosing(text.charAt(candidateEnd)))) {
                    candidateEnd++;
                }
                boolean quoteRunsOn = isClosing(text.charAt(candidateEnd - 1)) && candidateEnd < n
                        && Character.isLetter(text.charAt(candidateEnd)) && !quotedAfterColon(text, sentenceStart, i);
                if (!quoteRunsOn) {
                    emit(text, sentenceStart, candidateEnd, spans);
                    sentenceStart = candidateEnd;
                }
                i = candidateEnd;
            } else if (isTerminal(c)) {
                int runEnd = endOfTerminalRun(text, i);
                int candidateEnd = runEnd;
                while (candidateEnd < n && isClosing(text.charAt(candidateEnd))) {
                    candidateEnd++;
                }
                if ((candidateEnd == n || isSpace(text.charAt(candidateEnd)))
                        && isBoundary(text, sentenceStart, i, runEnd, candidateEnd, quotes)) {
                    emit(text, sentenceStart, candidateEnd, spans);
                    sentenceStart = candidateEnd;
                }
                i = candidateEnd;
            } else {
                i++;
            }
        }
        emit(text, sentenceStart, n, spans);
        return spans;
    }

    /** Whether the quotation open at {@code at} was opened right after a colon ({@code ：} or {@code :}). */
    private static boolean quotedAfterColon(String text, int sentenceStart, int at) {
        for (int i = at - 1; i > sentenceStart; i--) {
            if (isOpening(text.charAt(i))) {
                char before = text.charAt(i - 1);
                return before == '：' || before == ':';
            }
        }
        return false;
    }

    /**
     * Decides a candidate: terminal punctuation at [{@code runStart}, {@code runEnd}), closing
     * quotes and brackets up to {@code candidateEnd}, then white space or the end of the text.
     */
    private static boolean isBoundary(String text, int sentenceStart, int runStart, int runEnd,
                                      int candidateEnd, QuoteCount quotes) {
        NextWord next = NextWord.after(text, candidateEnd);
        if (next.kind() == NextWord.Kind.END) {
            return true;
        }
        if (next.kind() == NextWord.Kind.LOWER) {
            return false;
        }
        boolean singlePeriod = runEnd - runStart == 1 && text.charAt(runStart) == '.';
        if (!singlePeriod) {
            // ? ! … and "...": a capital starts a new sentence, unless it begins an attribution
            boolean quoted = candidateEnd > runEnd;
            if (!quoted && quotes.openAt(sentenceStart, runStart) && quotationRunsOn(text, candidateEnd)) {
                return false;
            }
            return !(quoted && isAttribution(text, next.start()));
        }
        int wordStart = runStart;
        while (wordStart > sentenceStart && !isSpace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        while (wordStart < runStart && isOpening(text.charAt(wordStart))) {
            wordStart++;
        }
        if (wordStart == runStart) {
            return true; // a stray period after a space or quote
        }
        String word = text.substring(wordStart, runStart);
        boolean opensSentence = isBlank(text, sentenceStart, wordStart);
        return switch (Abbreviations.classify(word, opensSentence)) {
            case ORDINARY -> true;
            case LIST_MARKER -> false;
            case PREFIX -> endsName(text, wordStart, word, next);
            case NUMBER_PREFIX -> next.kind() == NextWord.Kind.UPPER;
            case AMBIGUOUS -> next.kind() == NextWord.Kind.UPPER
                    && (opensSentence(word, next, text) || startsClauseAfterCompany(text, wordStart, word, next))
                    && !(Abbreviations.isInitial(word) && next.isInitial(text));
        };
    }

    /**
     * Whether a quotation opened since the sentence began is still open at a point. The marks are counted
     * on from the last point asked about in the same sentence, so a long sentence is read once, not once
     * per exclamation in it.
     */
    private static final class QuoteCount {
        private final String text;
        private int sentenceStart = -1;
        private int countedTo;
        private int straight;
        private int curly;

        QuoteCount(String text) {
            this.text = text;
        }

        boolean openAt(int start, int at) {
            if (start != sentenceStart || at < countedTo) {
                sentenceStart = start;
                countedTo = start;
                straight = 0;
                curly = 0;
            }
            for (; countedTo < at; countedTo++) {
                char c = text.charAt(countedTo);
                if (c == '"') {
                    straight++;
                } else if (c == '\u201c') {
                    curly++;
                } else if (c == '\u201d') {
                    curly--;
                }
            }
            return straight % 2 == 1 || curly > 0;
        }
    }

    /**
     * Inside a quotation, whether the exclamation or question just read is one of several shouted
     * in a row that the sentence goes on after ("chanted "Shame! Shame!" at the mayor"): the
     * quotation closes within a few words, with no period before, and a lower-case word or an
     * attribution follows it.
     */
    private static boolean quotationRunsOn(String text, int from) {
        int limit = Math.min(text.length(), from + QUOTED_RUN_CHARS);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n') {
                return false;
            }
            if (c == '"' || c == '\u201d') {
                if (i == 0 || (text.charAt(i - 1) != '!' && text.charAt(i - 1) != '?')) {
                    return false; // "Is it safe? Nobody here can say," she said: a question, then a statement
                }
                int after = i + 1;
                if (after >= text.length() || !isSpace(text.charAt(after))) {
                    return false;
                }
                NextWord next = NextWord.after(text, after);
                return next.kind() == NextWord.Kind.LOWER
                        || (next.kind() == NextWord.Kind.UPPER && isAttribution(text, next.start()));
            }
        }
        return false;
    }

    /**
     * After an abbreviation that may end a sentence: whether the capitalised word that follows opens
     * a new one. A title opens one ("at 9 p.m. Mr. Ode left") except after an upper-case acronym,
     * which often qualifies it ("U.S. Sen. Holt").
     */
    private static boolean opensSentence(String word, NextWord next, String text) {
        if (next.quoted() || Abbreviations.isStarter(next.word()) || spanOfTime(next, text)) {
            return true;
        }
        return next.isTitle(text) && !isUpperCaseAcronym(word);
    }

    /** "Months later", "Weeks ago": a span of time opening a sentence ("He quit in Aug. Months later ..."). */
    private static boolean spanOfTime(NextWord next, String text) {
        int after = next.start() + next.word().length();
        return Abbreviations.isTimeSpan(next.word()) && after < text.length() && text.charAt(after) == ' '
                && Abbreviations.isTimeRelation(wordAt(text, after + 1));
    }

    /**
     * After a title: the period ends the sentence only when the "title" is the last part of a name
     * (Hun Sen, Amartya Sen: {@link Abbreviations#isNameEnding}), a capitalised word stands before
     * it and a sentence opener follows ("... led by strongman Hun Sen. In a short letter ..."). Other
     * titles never end a sentence mid-text, whatever follows ("Dr. He Jiankui", "Gov. An Hee-jung").
     */
    private static boolean endsName(String text, int wordStart, String word, NextWord next) {
        if (!Abbreviations.isNameEnding(word) || next.kind() != NextWord.Kind.UPPER
                || !Abbreviations.isStarter(next.word()) || Abbreviations.isSurnameLike(next.word())) {
            return false;
        }
        String before = previousToken(text, wordStart);
        int letters = before.length();
        while (letters > 0 && Character.isLetter(before.charAt(letters - 1))) {
            letters--;
        }
        return letters < before.length() && Character.isUpperCase(before.charAt(letters));
    }

    /**
     * After a company's name ("Inc.", "Corp."): whether the capitalised word that follows is the
     * subject of a new sentence, shown by a comma or a finite verb right after it ("... and Sun
     * Microsystems Inc. AOL, the leading on-line service, would ...", "... of United Technologies Corp.
     * Thailand was hit hard ..."). Only after a name (a capitalised word or "&" before the suffix: "in
     * Co. Tyrone" and "from Co. B" are a county and a unit), and not before what may follow a company
     * inside its sentence: a title, a day, a legal form ("Goldman Sachs &amp; Co. LLC, the broker"), a
     * single letter.
     */
    private static boolean startsClauseAfterCompany(String text, int wordStart, String word, NextWord next) {
        if (!Abbreviations.isCompanyEnding(word) || !afterName(text, wordStart) || next.word().length() < 2
                || Abbreviations.mayFollowCompany(next.word()) || Abbreviations.isPrefix(next.word())) {
            return false;
        }
        int after = next.start() + next.word().length();
        if (after < text.length() && text.charAt(after) == ',') {
            return true;
        }
        return after < text.length() && text.charAt(after) == ' '
                && Abbreviations.isFiniteVerb(wordAt(text, after + 1));
    }

    /** Whether the word before {@code wordStart} is an ampersand or a capitalised word run on into it: part of a name. */
    private static boolean afterName(String text, int wordStart) {
        String before = previousToken(text, wordStart);
        // "Omagh, Co. Tyrone": a comma ends the name before the suffix
        return before.equals("&") || (!before.isEmpty() && Character.isUpperCase(before.charAt(0))
                && Character.isLetterOrDigit(before.charAt(before.length() - 1)));
    }

    /** The white-space-delimited token before the one at {@code wordStart}; "" when none is set off by a space. */
    private static String previousToken(String text, int wordStart) {
        int end = wordStart;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == wordStart) {
            return "";
        }
        int start = end;
        while (start > 0 && !isSpace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static boolean isUpperCaseAcronym(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return word.length() > 1;
    }

    /**
     * Whether the words from {@code start} are an attribution closing a quote: up to four capitalised
     * words (a name, maybe with a title) and then a verb of speech ending the clause.
     */
    private static boolean isAttribution(String text, int start) {
        int i = start;
        for (int words = 0; words < 5 && i < text.length(); words++) {
            int end = i;
            while (end < text.length() && (Character.isLetter(text.charAt(end))
                    || text.charAt(end) == '\'' || text.charAt(end) == '-')) {
                end++;
            }
            if (end == i) {
                return false;
            }
            String word = text.substring(i, end);
            if (Abbreviations.isSpeechVerb(word)) {
                // "... Smith said." or "... Officer Marsh shouted at the driver.", but not
                // "... Police said the march was peaceful." (a new clause after the verb)
                return end == text.length() || ".,;".indexOf(text.charAt(end)) >= 0
                        || (text.charAt(end) == ' ' && ATTRIBUTION_TAILS.contains(wordAt(text, end + 1)));
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            if (end < text.length() && text.charAt(end) == '.' && Abbreviations.isPrefix(word)) {
                end++; // Mr. Smith
            }
            i = end;
            if (i >= text.length() || text.charAt(i) != ' ') {
                return false;
            }
            i++;
        }
        return false;
    }

    /** The lower-case word starting at {@code start} (letters only), or "" when none starts there. */
    private static String wordAt(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** What follows a candidate boundary, skipping white space and opening quotes or brackets. */
    private record NextWord(Kind kind, int start, String word, boolean quoted) {

        enum Kind { END, LOWER, UPPER, DIGIT, OTHER }

        static NextWord after(String text, int from) {
            int n = text.length();
            int i = from;
            while (i < n && isSpace(text.charAt(i))) {
                if (isLineBreak(text.charAt(i))) {
                    return new NextWord(Kind.END, i, "", false);
                }
                i++;
            }
            boolean quoted = false;
            while (i < n && (isOpening(text.charAt(i)) || text.charAt(i) == '`')) {
                quoted |= text.charAt(i) != '(' && text.charAt(i) != '[';
                i++;
                // the Penn Treebank's opening mark, a backtick, may stand apart from its word ("... ` drink-sodden")
                while (text.charAt(i - 1) == '`' && i < n && text.charAt(i) == ' ') {
                    i++;
                }
            }
            if (i >= n) {
                return new NextWord(Kind.END, n, "", quoted);
            }
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return new NextWord(Kind.DIGIT, i, "", quoted);
            }
            if (!Character.isLetter(c)) {
                return new NextWord(Kind.OTHER, i, "", quoted);
            }
            if (Character.isLowerCase(c)) {
                return new NextWord(Kind.LOWER, i, "", quoted);
            }
            int end = i + 1;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            return new NextWord(Kind.UPPER, i, text.substring(i, end), quoted);
        }

        /** A title with its period ("Mr." in "Mr. Ode"). */
        boolean isTitle(String text) {
            int after = start + word.length();
            return after < text.length() && text.charAt(after) == '.'
                    && Abbreviations.isPrefix(word);
        }

        /** A lone capital with a period ("W." in "George W. Bush"). */
        boolean isInitial(String text) {
            int after = start + word.length();
            return word.length() == 1 && after < text.length() && text.charAt(after) == '.';
        }
    }

    /** End of the run of terminal punctuation starting at {@code i}; ". . ." counts as one run. */
    private static int endOfTerminalRun(String text, int i) {
        int n = text.length();
        int end = i;
        while (true) {
            while (end < n && isTerminal(text.charAt(end))) {
                end++;
            }
            // spaced ellipsis ". . ."
            if (text.charAt(end - 1) == '.' && end + 1 < n && text.charAt(end) == ' '
                    && text.charAt(end + 1) == '.' && end - i >= 1 && isEllipsisDot(text, end + 1)) {
                end += 1;
                continue;
            }
            return end;
        }
    }

    /** Whether the period at {@code i} belongs to a spaced ellipsis rather than starting a token. */
    private static boolean isEllipsisDot(String text, int i) {
        int next = i + 1;
        return next >= text.length() || text.charAt(next) == ' ' || isTerminal(text.charAt(next))
                || isClosing(text.charAt(next));
    }

    private static void emit(String text, int start, int end, List<Span> spans) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end, text.substring(start, end)));
        }
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…' || c == '‽' || Scripts.isOtherEnd(c);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']'
                || c == '}' || c == '」' || c == '』' || c == '）' || c == '】' || c == '》' || c == '〉';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '(' || c == '['
                || c == '{' || c == '「' || c == '『' || c == '（' || c == '【' || c == '《' || c == '〈';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}

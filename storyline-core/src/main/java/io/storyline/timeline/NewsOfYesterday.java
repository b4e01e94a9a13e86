package io.storyline.timeline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an undated opening sentence may report the day before its article: the date-wise method
 * (Ghalandari &amp; Ifrim 2020) lets an article's lead also stand for the previous day, since a
 * morning's news is often of yesterday. That holds for a report of a finished event ("Rebels seized
 * the airport"), not for what the sentence itself puts in the present or the future: a state of
 * things ("The city is without water"), a comment ("It is time the banks paid"), a plan ("The bank
 * will cut rates"), or a question. The tense is read from the first finite verb outside quotation
 * marks, by word lists: no tagger is needed for the few forms that decide it.
 */
final class NewsOfYesterday {

    /** Finite verbs and auxiliaries in the present or the future. */
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "isn't", "aren't", "will", "won't",
            "shall", "can", "can't", "cannot", "must", "says", "say", "remains", "remain", "continues",
            "does", "doesn't", "don't", "seems", "appears", "looks", "needs", "faces", "plans", "wants");
    /** Finite verbs in the past; with any other "-ed" word written in lower case. */
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "told", "wasn't",
            "weren't", "didn't", "hadn't", "struck", "fell", "rose", "won", "lost", "left", "took", "made", "gave",
            "came", "went", "began", "broke", "sent", "shot", "held", "met", "led", "brought", "fled", "spoke",
            "stood", "sought", "found", "caught", "kept", "paid", "sold", "saw", "knew", "grew", "drew", "flew",
            "threw", "wrote", "drove", "chose", "ran", "spent", "built", "felt", "dealt", "meant", "became", "got",
            "swept", "tore", "froze", "overtook", "withdrew", "forbade", "undertook", "upheld", "overthrew");
    /** Words ending in -ed that are rarely a finite verb. */
    private static final Set<String> NOT_VERBS = Set.of("need", "speed", "seed", "feed", "bed", "red", "shed",
            "hundred", "indeed", "breed", "creed", "greed", "weed", "bred", "fled", "led", "wed", "sacred",
            "naked", "wicked", "aged", "alleged", "so-called", "based", "related", "united", "armed", "detailed",
            "limited", "advanced", "experienced", "skilled", "talented", "ragged");
    /** Words after which an "-ed" word qualifies a noun ("the flooded town"), not a finite verb. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that", "these", "those", "some", "many", "all", "two", "three", "several", "newly", "most");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'\\-]*");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C][^\"\u201D]*[\"\u201D]");

    private NewsOfYesterday() {
    }

    /** Whether the sentence, named no day of its own, may also stand for the day before its article. */
    static boolean may(String sentence) {
        String s = sentence.strip();
        if (s.endsWith("?") || s.endsWith("?\"") || s.endsWith("?\u201D")) {
            return false;
        }
        Matcher words = WORD.matcher(QUOTED.matcher(s).replaceAll(" "));
        String previous = "";
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String before = previous;
            previous = lower;
            if (PRESENT.contains(lower)) {
                return false;
            }
            boolean regularPast = lower.endsWith("ed") && lower.length() > 4 && Character.isLowerCase(word.charAt(0))
                    && !NOT_VERBS.contains(lower) && !DETERMINERS.contains(before);
            if (PAST.contains(lower) || regularPast) {
                return true;
            }
        }
        return true; // nothing decides: as the date-wise method does
    }
}

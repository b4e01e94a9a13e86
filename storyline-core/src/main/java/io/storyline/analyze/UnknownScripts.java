package io.storyline.analyze;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an article is written in a script whose sentences the {@link SentenceSplitter} cannot find.
 * The splitter knows the full stops of the scripts listed here (Latin {@code .}, the full-width {@code 。},
 * Arabic {@code ؟}, Devanagari {@code ।}, Armenian {@code ։}, Ethiopic {@code ።}, Thai spaces, ...); in any
 * other script (Tibetan, Mongolian, ...) it would cut an article into fragments, so a summary leaves such an
 * article out and says so rather than quote fragments of it. The script of an article is the one most of
 * its letters are written in.
 */
public final class UnknownScripts {

    private static final Set<Character.UnicodeScript> KNOWN = EnumSet.of(
            Character.UnicodeScript.LATIN, Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC,
            Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.GEORGIAN, Character.UnicodeScript.HEBREW,
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI,
            Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA,
            Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA,
            Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA, Character.UnicodeScript.THAI,
            Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR,
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.HANGUL, Character.UnicodeScript.ETHIOPIC);

    private UnknownScripts() {
    }

    /**
     * The name of the script most of the text's letters are written in ("Tibetan") when the sentence
     * splitter has no rule for it; empty when it has, or when the text has no letters.
     */
    public static Optional<String> of(String text) {
        if (belowLatinExtended(text)) {
            return Optional.empty(); // every letter Latin (or the micro sign, common to all): the usual case, at a glance
        }
        Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        return letters.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .filter(script -> !KNOWN.contains(script) && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED)
                .map(UnknownScripts::name);
    }

    /**
     * Whether every letter comes before U+0250, where the Latin blocks end (so no letter of another
     * script; punctuation such as curly quotes may stand beyond).
     */
    private static boolean belowLatinExtended(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0250' && (Character.isLetter(c) || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    private static String name(Character.UnicodeScript script) {
        String lower = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}

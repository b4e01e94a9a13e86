package io.storyline.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the story's own text says about capitalisation: words seen capitalised where a sentence
 * does not force it, and words seen in lower case. A capitalised sentence opener is a name when
 * the story writes it capitalised elsewhere and never in lower case.
 */
final class Capitals {

    private final Set<String> capitalisedInside = new HashSet<>();
    private final Set<String> lowerCase = new HashSet<>();

    Capitals(List<String> sentences) {
        for (String sentence : sentences) {
            List<Word> words = Word.of(sentence);
            boolean opening = true;
            for (int k = 0; k < words.size(); k++) {
                Word word = words.get(k);
                if (!word.isWord()) {
                    continue;
                }
                if (word.isCapitalized()) {
                    if (!opening && !NameFinder.afterDateline(words, k)) {
                        capitalisedInside.add(word.text());
                    }
                } else if (Character.isLowerCase(word.text().charAt(0))) {
                    lowerCase.add(word.text());
                }
                opening = false;
            }
        }
    }

    /** Whether the story writes this word in lower case somewhere ("Researchers said" / "the researchers"). */
    boolean seenLowerCase(String word) {
        return lowerCase.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the story writes this word in lower case and never capitalised inside a sentence ("the challenger"). */
    boolean onlyLowerCaseInside(String word) {
        return seenLowerCase(word) && !capitalisedInside.contains(word);
    }

    boolean isName(String word) {
        return capitalisedInside.contains(word) && !lowerCase.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}

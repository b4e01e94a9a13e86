package io.storyline.compare;

import io.storyline.analyze.time.CalendarWords;
import io.storyline.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds proper-noun phrases in a sentence and types them, with rules and word lists only (there
 * is no English named-entity model to use): a run of capitalised words is a name; a title before
 * it ("Adm.", "Foreign Minister", "spokesman") makes it a person; a country or place list, or a
 * preposition of place ("in", "near", "outside"), a place; an organisation word at its end
 * ("Council", "Inc.", "Ministry") or a known acronym, an organisation. A capitalised word that
 * opens a sentence counts only if the story shows it is a name (it is written capitalised
 * elsewhere, never in lower case) or a list knows it. Definite role phrases ("the foreign
 * minister", "Libya's foreign minister") are reported as role-only mentions for later resolution.
 */
final class NameFinder {

    private static final Set<String> CONNECTORS = Set.of("of", "de", "bin", "ibn", "al", "el", "van",
            "von", "der", "du", "la", "le", "da", "dos", "abu");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across",
            "into", "at", "toward", "towards", "around", "throughout", "inside", "through", "from", "off");
    private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "port",
            "province", "region", "capital", "district", "state", "county", "island", "suburb", "centre",
            "center", "coast", "outskirts", "streets", "residents", "heart", "edge", "shores", "north",
            "south", "east", "west", "people", "mayor", "governor", "republic", "territory", "territories");
    private static final Set<String> OPENERS = Set.of("\"", "\u201C", "\u2018", "'", "(", "--", "\u2014",
            ":", "-", "[");

    /** Capitalised words that are never names of people, places or organisations. */
    private static final Set<String> NOT_NAMES = Set.copyOf(Stream.of(CalendarWords.dayAndMonthNames(),
            CalendarWords.withDots(CalendarWords.AP_MONTH_ABBREVIATIONS),
            List.of("I", "I'm", "I'll", "I've", "I'd", "OK", "TV", "A.M.", "P.M.")).flatMap(List::stream).toList());

    private final Capitals capitals;

    NameFinder(Capitals capitals) {
        this.capitals = capitals;
    }

    List<Name> find(String sentence) {
        List<Word> words = Word.of(sentence);
        List<Name> names = new ArrayList<>();
        int n = words.size();
        int i = 0;
        while (i < n) {
            Word word = words.get(i);
            if (!word.isWord() || !word.isCapitalized() || word.isNumber() || NOT_NAMES.contains(word.text())) {
                i++;
                continue;
            }
            if (opensSentence(words, i) && !knownName(word)
                    && (!startsName(words, i) || commonNounSpeaking(words, i) || commonNounBeforeName(words, i))) {
                i++;
                continue;
            }
            if (loneFunctionWord(words, i)) {
                i++; // "In", "A", "After" where a colon, dash or line break left them capitalised
                continue;
            }
            int j = i + 1;
            while (j < n) {
                Word next = words.get(j);
                if (next.isWord() && next.isCapitalized() && !next.isNumber() && !NOT_NAMES.contains(next.text())) {
                    j++;
                } else if (CONNECTORS.contains(next.text()) && j + 1 < n && words.get(j + 1).isWord()
                        && words.get(j + 1).isCapitalized() && !words.get(j + 1).isNumber()) {
                    j++;
                } else {
                    break;
                }
            }
            run(sentence, words, i, j, names);
            i = j;
        }
        placesBeforePlaceNouns(sentence, names);
        roles(sentence, words, names);
        return names;
    }

    /**
     * "the Yangtze and Huaihe rivers", "the Salt, Gila and Agua Fria rivers": names joined by commas
     * and "and"/"or" before a lower-case place noun are places, when nothing else typed them.
     */
    private static void placesBeforePlaceNouns(String sentence, List<Name> names) {
        for (int n = names.size() - 1; n >= 0; n--) {
            Name name = names.get(n);
            List<Word> after = Word.of(sentence.substring(name.end(), Math.min(sentence.length(), name.end() + 30)));
            if (after.isEmpty() || !after.get(0).isWord() || !Lexicon.PLACE_NOUNS_AFTER.contains(after.get(0).text())) {
                continue;
            }
            int m = n;
            while (m >= 0) {
                Name listed = names.get(m);
                if (listed.type() == EntityType.OTHER && !listed.roleOnly()) {
                    names.set(m, new Name(listed.start(), listed.end(), listed.text(), EntityType.PLACE, false,
                            null, false, false));
                }
                if (m == 0 || !sentence.substring(names.get(m - 1).end(), listed.start())
                        .matches(",\\s*|,?\\s+(and|or)\\s+")) {
                    break;
                }
                m--;
            }
        }
    }

    /** A capitalised run of words [from, to): split off places and titles, then type the name. */
    private void run(String sentence, List<Word> words, int from, int to, List<Name> names) {
        int i = from;
        if (i < to && words.get(i).is("the")) {
            i++;
        }
        if (i == to - 1 && !words.get(i).isAcronym() && io.storyline.analyze.StopWords.contains(words.get(i).lower())) {
            return; // "To" left alone before a title ("To Prof. Lewis"); "To Renew America" stays whole
        }
        // a country before more capitalised words modifies them: "U.S. Defense Secretary", "UK Foreign Office"
        while (i < to - 1 && isCountryWord(words.get(i)) && !Lexicon.COUNTRIES.contains(phrase(words, i, i + 2))
                && !Lexicon.ORGANISATIONS.contains(phrase(words, i, to))) {
            Word place = words.get(i);
            names.add(new Name(place.start(), place.end(), place.text(), EntityType.PLACE, true, null, false, false));
            i++;
        }
        while (i < to - 1 && Lexicon.DEMONYMS.contains(words.get(i).lower()) && isTitleWord(words.get(i + 1).lower())
                && !Lexicon.DEMONYMS.contains(words.get(i + 1).lower())) {
            i++;
        }
        if (to - i == 1 && (Lexicon.DEMONYMS.contains(words.get(i).lower())
                || Lexicon.DEMONYMS.contains(words.get(i).lower().replaceFirst("s$", "")))) {
            return; // "Swiss", "Republicans", "Americans"
        }
        if (i >= to) {
            return;
        }
        // the last person title that has a name after it
        int title = -1;
        for (int t = to - 2; t >= i; t--) {
            if (Lexicon.PERSON_TITLES.contains(words.get(t).lower())) {
                title = t;
                break;
            }
        }
        if (title >= 0 && Lexicon.ORGANISATION_HEADS.contains(words.get(to - 1).lower())
                && !hasOf(words, title + 2, to)) {
            title = -1; // "Justice Department", "General Assembly"
        }
        if (title >= 0) {
            int chain = title;
            while (chain > i && isTitleWord(words.get(chain - 1).lower())) {
                chain--;
            }
            if (chain > i) {
                run(sentence, words, i, chain, names);
            }
            int nameStart = title + 1;
            if (nameStart + 2 < to && words.get(nameStart).is("of")) {
                nameStart += 2; // "Secretary of State Laura Whitfield"
            }
            for (int k = nameStart + 1; k < to - 1; k++) {
                if (words.get(k).is("of")) { // "Professor Neil Ashworth of Harwell University"
                    run(sentence, words, k + 1, to, names);
                    to = k;
                    break;
                }
            }
            boolean former = chain > 0 && words.get(chain - 1).is("former") || phraseHasFormer(words, chain, title + 1);
            String role = role(words, chain, title + 1);
            Word first = words.get(nameStart);
            Word last = words.get(to - 1);
            names.add(new Name(first.start(), last.end(), sentence.substring(first.start(), last.end()),
                    EntityType.PERSON, true, role, former, false));
            return;
        }
        boolean allTitles = true;
        for (int t = i; t < to; t++) {
            allTitles &= isTitleWord(words.get(t).lower());
        }
        Word first = words.get(i);
        Word last = words.get(to - 1);
        if (allTitles) {
            boolean appositive = from >= 2 && words.get(from - 1).text().equals(",") && words.get(from - 2).isWord()
                    && words.get(from - 2).isCapitalized(); // "Faisal Husseini, Palestinian Minister for ...": his title
            if (Lexicon.ROLE_HEADS.contains(last.lower()) && !opensSentence(words, i) && !appositive) {
                boolean former = i > 0 && words.get(i - 1).is("former") || phraseHasFormer(words, i, to);
                names.add(new Name(first.start(), last.end(), sentence.substring(first.start(), last.end()),
                        EntityType.PERSON, true, role(words, i, to), former, true));
            }
            return;
        }
        int of = personOfPlace(words, i, to);
        if (of > 0) { // "Geoffrey Seltzer of Syracuse University", "Brian Jones of England"
            Word end = words.get(of - 1);
            Name person = typed(words, i, of, sentence.substring(first.start(), end.end()), sentence);
            names.add(person.type() == EntityType.OTHER
                    ? new Name(person.start(), person.end(), person.text(), EntityType.PERSON, false, null, false, false)
                    : person);
            run(sentence, words, of + 1, to, names);
            return;
        }
        String text = sentence.substring(first.start(), last.end());
        names.add(typed(words, i, to, text, sentence));
    }

    /**
     * Where "of" splits a person's name from where they belong: the words before it are two or more
     * that no list or head word makes a place, organisation or title ("Ministry of Transport",
     * "United States of America" stay whole), the words after it are a known place or organisation
     * or end with a head word of one. The index of "of", or -1.
     */
    private static int personOfPlace(List<Word> words, int from, int to) {
        if (Lexicon.ORGANISATIONS.contains(phrase(words, from, to)) || Lexicon.COUNTRIES.contains(phrase(words, from, to))
                || Lexicon.PLACES.contains(phrase(words, from, to))) {
            return -1;
        }
        for (int k = from + 2; k < to - 1; k++) {
            if (!words.get(k).is("of")) {
                continue;
            }
            for (int b = from; b < k; b++) {
                String w = words.get(b).lower();
                if (!words.get(b).isCapitalized() || CONNECTORS.contains(w) || Lexicon.ORGANISATION_HEADS.contains(w)
                        || Lexicon.PLACE_HEADS.contains(w) || Lexicon.PLACE_STARTS.contains(w) || isTitleWord(w)
                        || isTitleWord(w.replaceFirst("s$", ""))) {
                    return -1;
                }
            }
            String before = phrase(words, from, k);
            if (Lexicon.ORGANISATIONS.contains(before) || Lexicon.COUNTRIES.contains(before) || Lexicon.PLACES.contains(before)) {
                return -1;
            }
            String after = phrase(words, k + 1, to);
            String head = words.get(to - 1).lower();
            if (to - k == 2 && !Lexicon.COUNTRIES.contains(after) && !Lexicon.PLACES.contains(after)
                    && !Lexicon.ORGANISATIONS.contains(after)) {
                return -1; // a bare head word after "of" ("Joint Chiefs of Staff") names nothing alone
            }
            boolean belongs = Lexicon.COUNTRIES.contains(after) || Lexicon.PLACES.contains(after)
                    || Lexicon.ORGANISATIONS.contains(after) || Lexicon.ORGANISATION_HEADS.contains(head)
                    || Lexicon.PLACE_HEADS.contains(head);
            return belongs ? k : -1;
        }
        return -1;
    }

    private Name typed(List<Word> words, int from, int to, String text, String sentence) {
        Word first = words.get(from);
        Word last = words.get(to - 1);
        String lower = Lexicon.lower(text);
        String key = lower.startsWith("the ") ? lower.substring("the ".length()) : lower;
        // a lower-case title just before the name: "spokesman Mustafa Gheriani", "press secretary Jay Carney"
        int back = from;
        boolean personTitle = false;
        while (back > 0 && words.get(back - 1).isWord() && !words.get(back - 1).isCapitalized()
                && isTitleWord(words.get(back - 1).lower())) {
            back--;
            personTitle |= Lexicon.PERSON_TITLES.contains(words.get(back).lower());
        }
        if (Lexicon.ORGANISATIONS.contains(key)) {
            return name(first, last, text, EntityType.ORGANISATION, true);
        }
        if (Lexicon.COUNTRIES.contains(key) || Lexicon.PLACES.contains(key)) {
            return name(first, last, text, EntityType.PLACE, true); // before the heads: "West Bank"
        }
        boolean organisationWord = (to - from > 1 && Lexicon.ORGANISATION_HEADS.contains(last.lower()))
                || (to - from > 2 && headBeforeOf(words, from, to));
        if (organisationWord) {
            return name(first, last, text, EntityType.ORGANISATION, true);
        }
        if (personTitle && from - back >= 1 && Lexicon.PERSON_TITLES.contains(words.get(from - 1).lower())) {
            String role = role(words, back, from);
            boolean former = back > 0 && words.get(back - 1).is("former");
            return new Name(first.start(), last.end(), text, EntityType.PERSON, true, role, former, false);
        }
        if (to - from >= 2 && (Lexicon.PLACE_HEADS.contains(last.lower())
                || Lexicon.PLACE_STARTS.contains(first.lower()) && !Lexicon.FIRST_NAMES.contains(words.get(from + 1).lower()))) {
            return name(first, last, text, EntityType.PLACE, true);
        }
        if (to < words.size() && words.get(to).isWord() && Lexicon.ORGANISATION_NOUNS.contains(words.get(to).text())) {
            return name(first, last, text, EntityType.ORGANISATION, false);
        }
        if (to - from >= 2 && Lexicon.FIRST_NAMES.contains(first.lower())) {
            return name(first, last, text, EntityType.PERSON, true);
        }
        if (to - from == 1 && first.isAcronym()) {
            return name(first, last, text, EntityType.ORGANISATION, false);
        }
        Word before = from > 0 ? words.get(from - 1) : null;
        Word before2 = from > 1 ? words.get(from - 2) : null;
        boolean possessive = to < words.size() && words.get(to).text().endsWith("s")
                && (words.get(to).text().startsWith("'") || words.get(to).text().startsWith("\u2019"));
        if (before != null && !possessive && (PLACE_PREPOSITIONS.contains(before.lower())
                || (before.is("of") && before2 != null && PLACE_NOUNS.contains(before2.lower())))) {
            return name(first, last, text, EntityType.PLACE, false);
        }
        if (before != null && before.is("to") && !possessive && fromPlace(words, from - 1)) {
            return name(first, last, text, EntityType.PLACE, false); // "from Geneva to Barcelona"
        }
        if (before != null && Lexicon.ORGANISATION_NOUNS.contains(before.text())) {
            return name(first, last, text, EntityType.ORGANISATION, false); // "the newspaper Segodnya"
        }
        if (definite(words, from) && standsAlone(words, to) && !last.text().endsWith("s")
                || to + 1 < words.size() && words.get(to).text().equals(",") && words.get(to + 1).is("which")) {
            // "the container vessel Kestrel Moon reported", "Air France, which suspended": people's names
            // take no article and no "which", so the cues of a person below (a verb of speaking, an
            // appositive) do not make this one; strong OTHER tells StoryEntities so
            return name(first, last, text, EntityType.OTHER, true);
        }
        if (to + 1 < words.size() && words.get(to).text().equals(",")
                && (Lexicon.COUNTRIES.contains(words.get(to + 1).lower())
                || Lexicon.PLACES.contains(words.get(to + 1).lower()))) {
            return name(first, last, text, EntityType.PLACE, false);
        }
        if (from >= 2 && words.get(from - 1).text().equals(",")
                && Lexicon.PERSON_TITLES.contains(words.get(from - 2).lower())) {
            return name(first, last, text, EntityType.PERSON, false); // "Arslan's lawyer, Selin Demir"
        }
        if (to < words.size() && Lexicon.SPEECH_VERBS.contains(words.get(to).lower())) {
            return name(first, last, text, EntityType.PERSON, false);
        }
        if (to + 2 < words.size() && words.get(to).text().equals(",")
                && (words.get(to + 1).is("a") || words.get(to + 1).is("an") || words.get(to + 1).is("the"))
                && hasPersonNounSoon(words, to + 2)) {
            return name(first, last, text, EntityType.PERSON, false);
        }
        if (to + 1 < words.size() && words.get(to).text().equals(",") && words.get(to + 1).is("who")) {
            return name(first, last, text, EntityType.PERSON, false); // "Ben Aldous, who rides to an office"
        }
        if (to + 1 < words.size() && words.get(to).text().equals(",") && titleFollows(words, to + 1)) {
            return name(first, last, text, EntityType.PERSON, false); // "Malcolm English, editor of ..."
        }
        return name(first, last, text, EntityType.OTHER, false);
    }

    /**
     * "the Kestrel Moon", "the container ship Kestrel Moon", "an Air France jet": an article before the
     * name, with at most three lower-case words between that are no title ("the spokesman Ali Reza" is
     * a person).
     */
    private static boolean definite(List<Word> words, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 4; k--) {
            Word w = words.get(k);
            if (w.is("the") || w.is("a") || w.is("an")) {
                return true;
            }
            if (!w.isWord() || w.isCapitalized() || isTitleWord(w.lower()) || io.storyline.analyze.StopWords.contains(w.lower())
                    || w.lower().endsWith("ed") || Lexicon.SPEECH_VERBS.contains(w.lower())) {
                return false; // "The plea allowed Henderson", "the case led Gingrich": the article is another noun's
            }
        }
        return false;
    }

    /**
     * Whether the name is the head of its phrase, not a modifier of a noun after it: "the Kestrel Moon
     * was", "the Kestrel Moon, ...", "the vessel Kestrel Moon reported", but not "the Bisek deposition",
     * "the Gingrich divorce", where a person's name may well take the article of the noun. (A plural,
     * "the Gingriches", is a family: the caller leaves names ending in "s" out.)
     */
    private static boolean standsAlone(List<Word> words, int to) {
        if (to >= words.size()) {
            return true;
        }
        Word next = words.get(to);
        return !next.isWord() || io.storyline.analyze.StopWords.contains(next.lower())
                || Lexicon.SPEECH_VERBS.contains(next.lower());
    }

    /** Whether the "to" at {@code to} follows "from" and a capitalised name: "from Geneva to". */
    private static boolean fromPlace(List<Word> words, int to) {
        int k = to - 1;
        while (k >= 0 && words.get(k).isWord() && words.get(k).isCapitalized()) {
            k--;
        }
        return k >= 0 && k < to - 1 && words.get(k).is("from");
    }

    private static boolean hasOf(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.get(k).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** "Ministry of Transport", "Chamber of Commerce": an organisation word before "of". */
    private static boolean headBeforeOf(List<Word> words, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (words.get(k).is("of") && Lexicon.ORGANISATION_HEADS.contains(words.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare title opens the words at {@code from}, after at most three modifiers: "editor of",
     * "Palestinian Minister for", "deputy chief of". A plural ("officials") is not a title.
     */
    private static boolean titleFollows(List<Word> words, int from) {
        int k = from;
        while (k < words.size() && k < from + 3 && words.get(k).isWord()
                && !Lexicon.PERSON_TITLES.contains(words.get(k).lower()) && isTitleWord(words.get(k).lower())) {
            k++;
        }
        return k < words.size() && Lexicon.PERSON_TITLES.contains(words.get(k).lower())
                && !(k + 1 < words.size() && words.get(k + 1).isWord() && words.get(k + 1).isCapitalized());
    }

    private static boolean hasPersonNounSoon(List<Word> words, int from) {
        for (int k = from; k < Math.min(words.size(), from + 5); k++) {
            if (Lexicon.PERSON_TITLES.contains(words.get(k).lower())) {
                return true;
            }
            if (words.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static Name name(Word first, Word last, String text, EntityType type, boolean strong) {
        return new Name(first.start(), last.end(), text, type, strong, null, false, false);
    }

    /**
     * Lower-case definite roles: "the foreign minister", "Libya's foreign minister", "the Libyan
     * leader". Each becomes a role-only mention that resolution may tie to a named person.
     */
    private static void roles(String sentence, List<Word> words, List<Name> names) {
        for (int k = 1; k < words.size(); k++) {
            Word head = words.get(k);
            if (!Lexicon.ROLE_HEADS.contains(head.text()) || (k + 1 < words.size() && words.get(k + 1).isWord()
                    && words.get(k + 1).isCapitalized())) {
                continue; // "spokesman Mustafa Gheriani" is a title, not a role standing alone
            }
            if (k + 1 < words.size() && words.get(k + 1).isWord() && !Lexicon.SPEECH_VERBS.contains(words.get(k + 1).lower())
                    && Character.isLowerCase(words.get(k + 1).text().charAt(0))
                    && (Lexicon.ROLE_HEADS.contains(words.get(k + 1).text()) || isTitleWord(words.get(k + 1).text()))) {
                continue; // the head is further on
            }
            int start = k;
            while (start > 0 && (isTitleWord(words.get(start - 1).text())
                    || Lexicon.DEMONYMS.contains(words.get(start - 1).lower()))
                    && !words.get(start - 1).isCapitalized()
                    || (start > 0 && Lexicon.DEMONYMS.contains(words.get(start - 1).lower()))) {
                start--;
            }
            int determiner = start - 1;
            if (determiner < 0) {
                continue;
            }
            Word det = words.get(determiner);
            boolean definite = det.is("the") || det.text().equals("'s") || det.text().equals("\u2019s");
            if (!definite) {
                continue;
            }
            int from = start;
            while (from < k && Lexicon.DEMONYMS.contains(words.get(from).lower())) {
                from++;
            }
            boolean former = from < k && words.get(from).is("former");
            String role = role(words, from, k + 1);
            Word first = words.get(from);
            names.add(new Name(first.start(), head.end(), sentence.substring(first.start(), head.end()),
                    EntityType.PERSON, true, role, former, true));
        }
    }

    /**
     * The role as a key: the head title and the word before it when that narrows it
     * ("foreign minister", "press secretary", "spokesman"), lower case, honorifics left out.
     */
    static String role(List<Word> words, int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String w = words.get(k).lower().replace(".", "");
            if (Lexicon.DEMONYMS.contains(w) || w.equals("former") || w.equals("acting")
                    || w.equals("mr") || w.equals("mrs") || w.equals("ms") || w.equals("dr") || w.equals("top")
                    || w.equals("senior")) {
                continue;
            }
            parts.add(w);
        }
        if (parts.isEmpty()) {
            return null;
        }
        int size = parts.size();
        return size == 1 ? parts.get(0) : parts.get(size - 2) + " " + parts.get(size - 1);
    }

    private static boolean phraseHasFormer(List<Word> words, int from, int to) {
        for (int k = Math.max(0, from - 1); k < to; k++) {
            if (words.get(k).is("former")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleWord(String lower) {
        return Lexicon.TITLES.contains(lower) || Lexicon.PERSON_TITLES.contains(lower)
                || Lexicon.DEMONYMS.contains(lower);
    }

    private static boolean isCountryWord(Word word) {
        return Lexicon.COUNTRIES.contains(word.lower());
    }

    private static String phrase(List<Word> words, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < Math.min(to, words.size()); k++) {
            text.append(k > from ? " " : "").append(words.get(k).lower());
        }
        return text.toString();
    }

    private static boolean opensSentence(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!OPENERS.contains(words.get(k).text())) {
                return afterDateline(words, i);
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code i} opens the text after a dateline left on the sentence: a place in
     * capitals, perhaps a region after a comma, then a dash ("PARIS _ Standing on the steps", "GONESSE,
     * France -- A metal strip"). Newswire writes its dash as "_", "--" or "—". The word after it is
     * capitalised because the sentence starts there, not because it is a name.
     */
    static boolean afterDateline(List<Word> words, int i) {
        int k = i - 1;
        while (k >= 0 && OPENERS.contains(words.get(k).text()) && !isDash(words.get(k).text())) {
            k--;
        }
        if (k < 1 || !isDash(words.get(k).text())) {
            return false;
        }
        while (k >= 0 && isDash(words.get(k).text())) {
            k--;
        }
        boolean capitals = false;
        int seen = 0;
        for (; k >= 0; k--, seen++) {
            Word w = words.get(k);
            if (seen > 8 || !(w.text().equals(",") || w.text().equals(".") || w.isWord() && w.isCapitalized())) {
                return false;
            }
            capitals |= w.isAcronym() && w.text().length() >= 3;
        }
        return capitals;
    }

    private static boolean isDash(String token) {
        return token.equals("_") || token.equals("-") || token.equals("\u2014") || token.equals("\u2013");
    }

    /**
     * An unknown capitalised opener still starts a name when another capitalised word follows it
     * ("Amnesty International said") or a verb of speaking does ("Reyes said"), unless it is a
     * function word ("The", "After", "In").
     */
    private static boolean startsName(List<Word> words, int i) {
        if (io.storyline.analyze.StopWords.contains(words.get(i).lower()) || i + 1 >= words.size()) {
            return false;
        }
        Word next = words.get(i + 1);
        return (next.isWord() && next.isCapitalized() && !NOT_NAMES.contains(next.text()))
                || Lexicon.SPEECH_VERBS.contains(next.lower());
    }

    /**
     * A function word ("In", "A", "The", "After") capitalised with no capitalised word after it names
     * nothing, wherever it stands; an acronym ("US", "IT", "WHO") is not a function word.
     */
    private static boolean loneFunctionWord(List<Word> words, int i) {
        Word word = words.get(i);
        if (word.isAcronym() || !io.storyline.analyze.StopWords.contains(word.lower())) {
            return false;
        }
        Word next = i + 1 < words.size() ? words.get(i + 1) : null;
        return next == null || !(next.isWord() && next.isCapitalized() && !next.isNumber());
    }

    /**
     * "Researchers said" where the story also writes "researchers": a common noun, not a name. So is a plural or a
     * collective noun ("Insurers said", "Police said") the story never writes capitalised inside a sentence, as it
     * would a name ("Reyes said" after "Mayor Ana Reyes").
     */
    private boolean commonNounSpeaking(List<Word> words, int i) {
        if (i + 1 >= words.size() || !Lexicon.SPEECH_VERBS.contains(words.get(i + 1).lower())) {
            return false;
        }
        String word = words.get(i).text();
        String lower = words.get(i).lower();
        boolean plural = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us");
        return capitals.seenLowerCase(word) || (plural || COLLECTIVE_NOUNS.contains(lower)) && !capitals.isName(word);
    }

    /** Nouns for a body of people that take a plural verb without a plural's "s". */
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("police", "staff", "crew", "people", "military",
            "management", "personnel", "clergy");

    /**
     * "Challenger Nils Aho won" where the story also writes "after challenger Nils Aho" and never "Challenger"
     * inside a sentence: the opener is a common noun before the name, not part of it ("New York", written
     * capitalised inside sentences too, keeps its "New"; "Foreign Minister Lena Brandt" keeps the words of its
     * title, which the story may write in lower case as "the foreign minister").
     */
    private boolean commonNounBeforeName(List<Word> words, int i) {
        return i + 1 < words.size() && words.get(i + 1).isWord() && words.get(i + 1).isCapitalized()
                && !Lexicon.PERSON_TITLES.contains(words.get(i + 1).lower())
                && capitals.onlyLowerCaseInside(words.get(i).text());
    }

    private boolean knownName(Word word) {
        String lower = word.lower();
        if (word.isAcronym() || Lexicon.COUNTRIES.contains(lower) || Lexicon.PLACES.contains(lower)
                || Lexicon.ORGANISATIONS.contains(lower) || Lexicon.FIRST_NAMES.contains(lower)
                || Lexicon.PERSON_TITLES.contains(lower)) {
            return true;
        }
        return capitals.isName(word.text());
    }
}

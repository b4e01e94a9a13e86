package io.storyline.compare;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The office a sentence gives a named person, read from the words before the name: whose office it
 * is (the country or organisation that qualifies the title: "Russian", "Britain's", "UN", "Arab
 * League", "U.S.") and whether the person holds the title itself now. One title names many offices
 * ("Foreign Minister" in every country, "Secretary General" of the UN and of the Arab League), and a
 * "former", "ex-", "deputy", "then-" or "acting" holder holds another office than the title's, so two
 * names given one title disagree only when the office is the same one.
 *
 * @param qualifiers the countries and organisations written with the title, canonical ("russia",
 *                   "united kingdom", "un", "arab league"); empty when the title stands bare
 * @param heldNow    whether the name holds the title itself, now (no "former", "deputy" ...)
 */
record Office(Set<String> qualifiers, boolean heldNow) {

    /** How many words before a name a title and its qualifiers may take. */
    private static final int REACH = 8;

    /** Words that make the title another office: a past holder, a deputy, a stand-in. */
    private static final Set<String> OTHER_OFFICE = Set.of("former", "ex", "deputy", "then", "acting", "vice",
            "assistant", "interim", "outgoing", "incoming", "designate", "late", "caretaker", "shadow", "junior",
            "under", "undersecretary", "under-secretary", "onetime", "one-time", "erstwhile");
    /** Words that may stand between a title and its qualifier without ending the title. */
    private static final Set<String> WITHIN_TITLE = Set.of("the", "'s", "\u2019s", "of", "new", "top", "senior", "chief");

    /** Adjectives of nationality whose country a rule cannot derive ("French" / "France"). */
    private static final Map<String, String> COUNTRY_OF = Map.ofEntries(
            Map.entry("american", "united states"), Map.entry("british", "united kingdom"),
            Map.entry("french", "france"), Map.entry("german", "germany"), Map.entry("chinese", "china"),
            Map.entry("japanese", "japan"), Map.entry("turkish", "turkey"), Map.entry("italian", "italy"),
            Map.entry("spanish", "spain"), Map.entry("dutch", "netherlands"), Map.entry("saudi", "saudi arabia"),
            Map.entry("greek", "greece"), Map.entry("polish", "poland"), Map.entry("swedish", "sweden"),
            Map.entry("danish", "denmark"), Map.entry("norwegian", "norway"), Map.entry("swiss", "switzerland"),
            Map.entry("irish", "ireland"), Map.entry("lebanese", "lebanon"), Map.entry("sudanese", "sudan"),
            Map.entry("afghan", "afghanistan"), Map.entry("filipino", "philippines"), Map.entry("thai", "thailand"),
            Map.entry("vietnamese", "vietnam"), Map.entry("burmese", "burma"), Map.entry("belgian", "belgium"),
            Map.entry("portuguese", "portugal"), Map.entry("argentine", "argentina"), Map.entry("welsh", "wales"),
            Map.entry("scottish", "scotland"), Map.entry("canadian", "canada"), Map.entry("mexican", "mexico"),
            Map.entry("kenyan", "kenya"), Map.entry("moroccan", "morocco"), Map.entry("ukrainian", "ukraine"),
            Map.entry("brazilian", "brazil"), Map.entry("australian", "australia"), Map.entry("austrian", "austria"),
            Map.entry("hungarian", "hungary"), Map.entry("venezuelan", "venezuela"), Map.entry("colombian", "colombia"),
            Map.entry("peruvian", "peru"), Map.entry("chilean", "chile"), Map.entry("cuban", "cuba"),
            Map.entry("emirati", "united arab emirates"), Map.entry("somali", "somalia"), Map.entry("kazakh", "kazakhstan"),
            Map.entry("uzbek", "uzbekistan"), Map.entry("finnish", "finland"), Map.entry("czech", "czech republic"),
            Map.entry("slovak", "slovakia"), Map.entry("english", "england"), Map.entry("israeli", "israel"),
            Map.entry("pakistani", "pakistan"), Map.entry("iraqi", "iraq"), Map.entry("yemeni", "yemen"),
            Map.entry("qatari", "qatar"), Map.entry("kuwaiti", "kuwait"), Map.entry("bahraini", "bahrain"),
            Map.entry("omani", "oman"), Map.entry("bangladeshi", "bangladesh"), Map.entry("nepali", "nepal"),
            Map.entry("u.n.", "un"), Map.entry("united nations", "un"), Map.entry("u.s.", "united states"),
            Map.entry("us", "united states"), Map.entry("usa", "united states"), Map.entry("america", "united states"),
            Map.entry("u.s.a.", "united states"), Map.entry("uk", "united kingdom"), Map.entry("u.k.", "united kingdom"),
            Map.entry("britain", "united kingdom"), Map.entry("great britain", "united kingdom"),
            Map.entry("eu", "european union"), Map.entry("e.u.", "european union"));

    /** The office given to the name that starts at {@code nameStart}, with the role's own words {@code role}. */
    static Office of(String sentence, int nameStart, String role) {
        List<Word> words = Word.of(sentence.substring(0, nameStart));
        // a role may repeat a word ("secretary ... secretary"): Set.of would refuse it and stop the whole comparison
        Set<String> roleWords = role == null ? Set.of() : Set.copyOf(java.util.Arrays.asList(role.split(" ")));
        Set<String> qualifiers = new TreeSet<>();
        boolean heldNow = true;
        int k = words.size() - 1;
        for (int taken = 0; k >= 0 && taken < REACH; k--, taken++) {
            Word word = words.get(k);
            String w = Lexicon.lower(word.text());
            String pair = k > 0 ? Lexicon.lower(words.get(k - 1).text()) + " " + w : null;
            if (otherOffice(w) && !roleWords.contains(w)) {
                heldNow = false;
            } else if (pair != null && qualifier(pair) != null) {
                qualifiers.add(qualifier(pair)); // "Arab League", "Saudi Arabia", "United Nations"
                k--;
                taken++;
            } else if (qualifier(w) != null) {
                qualifiers.add(qualifier(w));
            } else if (!(Lexicon.TITLES.contains(w) || Lexicon.PERSON_TITLES.contains(w) || Lexicon.ROLE_HEADS.contains(w)
                    || WITHIN_TITLE.contains(w) || w.equals("-"))) {
                break;
            }
        }
        return new Office(Set.copyOf(qualifiers), heldNow);
    }

    /** "former", "ex-", "then-", "deputy": words that make the title another office. */
    private static boolean otherOffice(String w) {
        if (OTHER_OFFICE.contains(w)) {
            return true;
        }
        int hyphen = w.indexOf('-');
        return hyphen > 0 && OTHER_OFFICE.contains(w.substring(0, hyphen)); // "ex-foreign", "then-defense"
    }

    /** The canonical country or organisation a word or two stand for, or null when they name none. */
    static String qualifier(String lower) {
        String w = lower.replace("\u2019", "'");
        String mapped = COUNTRY_OF.get(w);
        if (mapped != null) {
            return mapped;
        }
        if (Lexicon.COUNTRIES.contains(w) || Lexicon.ORGANISATIONS.contains(w)) {
            return Lexicon.PLACE_SYNONYMS.getOrDefault(w, w);
        }
        // "Russian" / "Russia", "Egyptian" / "Egypt", "Iranian" / "Iran"
        for (String ending : new String[] {"n", "ian", "an", "i"}) {
            if (w.endsWith(ending) && Lexicon.COUNTRIES.contains(w.substring(0, w.length() - ending.length()))) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        if (Lexicon.DEMONYMS.contains(w)) {
            return w; // "Arab", "Republican", "Western": an unmapped qualifier, equal only to itself
        }
        return null;
    }
}

package io.storyline.analyze;

import io.storyline.analyze.time.CalendarWords;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One event told in other words: "Pinochet was arrested in London on Oct. 16 ...", "The 82-year-old
 * Pinochet was arrested Friday at a Spanish magistrate's request", "British police ... detained the
 * ailing general in the London clinic". A tf-idf cosine misses such paraphrases because the story's
 * own idf discounts exactly the words every report of the story shares (the name, the event), and
 * reworded verbs share no stem. Two sentences are one event here when
 * <ul>
 *   <li>both state an event with a verb of one class ({@link #EVENT_VERBS}: "arrested" / "detained" /
 *       "placed under arrest"), and every class one of them states is stated by the other too (one may
 *       add an event the other does not carry; neither may tell of an event the other lacks
 *       while the other tells of one it lacks), and</li>
 *   <li>they name the same people and places: at least {@value #MIN_SHARED_NAMES} names in common, and
 *       at least {@value #NAMES_COVERED} of the names of the sentence that names fewer; or the same name
 *       is what the event happened to in both, written just before the passive verb ("The 82-year-old
 *       Pinochet was arrested" / "Pinochet was detained"). One shared name elsewhere is not enough:
 *       "a Spanish journalist was killed in Baghdad" and "a Spanish soldier was killed in Najaf" are
 *       two deaths.</li>
 * </ul>
 * Nouns ("the arrest", "his death") are not event verbs: "Castro disagreed with the arrest of
 * Pinochet" tells of Castro's view, not of the arrest. The rule is lexical, in the spirit of
 * knowledge-based text similarity (Mihalcea, Corley &amp; Strapparava, "Corpus-based and
 * knowledge-based measures of text semantic similarity", AAAI 2006), narrowed to the event and its
 * participants. It says nothing about values: the caller asks it only of sentences whose slots agree
 * ({@link Slots}), so a contradiction is never taken for a paraphrase.
 */
final class Paraphrases {

    /** Names two sentences must share to be one event told in other words. */
    static final int MIN_SHARED_NAMES = 2;
    /** Share of the names of the sentence naming fewer that the other must name too. */
    static final double NAMES_COVERED = 0.6;

    /**
     * Verb forms by event class: two reports of one event use verbs of the same class. Only verb forms
     * (and fixed verb phrases), never the event's noun. Keys are lower-case words or word sequences.
     */
    static final Map<String, String> EVENT_VERBS = eventVerbs(
            "arrest: arrested, detained, jailed, imprisoned, apprehended, under arrest, into custody, in custody",
            "kill: killed, died, slain, murdered, shot dead, lost their lives, lost his life, lost her life",
            "injure: injured, wounded, hurt",
            "kidnap: kidnapped, abducted, taken hostage, held hostage",
            "release: released, freed, set free",
            "resign: resigned, quit, stepped down, step down",
            "charge: charged, indicted",
            "convict: convicted, found guilty",
            "sentence: sentenced",
            "acquit: acquitted",
            "appoint: appointed, nominated",
            "elect: elected, re-elected",
            "acquire: acquire, acquired, acquires, acquiring, buy, buys, bought, buying, purchase, purchased, take over, took over",
            "merge: merge, merged, merging",
            "sue: sued, filed a lawsuit, filed suit",
            "diagnose: diagnosed",
            "crash: crashed",
            "explode: exploded, blew up",
            "evacuate: evacuated",
            "extradite: extradite, extradited",
            "launch: launched, lifted off, blasted off",
            "approve: approved, ratified",
            "reject: rejected, turned down",
            "ban: banned, outlawed",
            "execute: executed",
            "pardon: pardoned, commuted",
            "recall: recalled");

    /** The longest verb phrase of {@link #EVENT_VERBS}, in words. */
    private static final int LONGEST_PHRASE = EVENT_VERBS.keySet().stream()
            .mapToInt(k -> k.split(" ").length).max().orElse(1);

    /** The first words of the phrases of {@link #EVENT_VERBS} of more than one word ("under", "shot"). */
    private static final Set<String> PHRASE_OPENERS = EVENT_VERBS.keySet().stream().filter(k -> k.contains(" "))
            .map(k -> k.substring(0, k.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> CALENDAR_WORDS = calendarWords();

    /** Auxiliaries of a passive verb group ("was arrested", "has been detained"). */
    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being");
    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    /**
     * What the rule reads of one sentence: its event classes, the names it gives, and each event's
     * subject of a passive ("class name": "arrest pinochet" for "Pinochet was arrested").
     */
    record Gist(Set<String> events, Set<String> names, Set<String> undergone, Set<String> undergoneByUnnamed) {
    }

    /** Pronouns that stand for one person the report named before ("He was arrested"). */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> PERSON_OBJECTS = Set.of("him", "her");
    /** Event classes that happen to a person: only these are read of a person without a name. */
    private static final Set<String> PERSON_EVENTS = Set.of("arrest", "kill", "injure", "kidnap", "release", "charge",
            "convict", "sentence", "acquit", "appoint", "elect", "extradite", "execute", "pardon", "diagnose");
    private static final Set<String> CAUSATIVE = Set.of("have", "get", "see");
    /** Modals of what may or should happen, not of what did ("would be extradited"). */
    private static final Set<String> HOPED = Set.of("would", "could", "may", "might", "should");

    private Paraphrases() {
    }

    static Gist of(String text) {
        Tokens.Words read = Tokens.withCapitals(text);
        List<String> words = read.words();
        boolean[] capitals = read.capitals();
        Set<String> events = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> undergone = new HashSet<>();
        Set<String> undergoneByUnnamed = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < LONGEST_PHRASE && i + n < words.size(); n++) {
                if (n == 1 && !PHRASE_OPENERS.contains(words.get(i))) {
                    break; // no phrase of EVENT_VERBS opens with this word
                }
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(words.get(i + n));
                String event = EVENT_VERBS.get(phrase.toString());
                if (event != null && !wanted(words, i)) {
                    events.add(event);
                    String subject = passiveSubject(words, capitals, i);
                    if (subject != null) {
                        undergone.add(event + " " + subject);
                    }
                    if (PERSON_EVENTS.contains(event)
                            && (passiveAnaphor(words, capitals, i) || activeAnaphor(words, capitals, i, n + 1))) {
                        undergoneByUnnamed.add(event);
                    }
                }
            }
            String word = words.get(i);
            if (i < capitals.length && capitals[i] && isName(word)) {
                names.add(word);
            }
        }
        return new Gist(Set.copyOf(events), Set.copyOf(names), Set.copyOf(undergone), Set.copyOf(undergoneByUnnamed));
    }

    /** Whether the two sentences tell of one event in other words (their slots are the caller's to check). */
    static boolean oneEvent(Gist a, Gist b) {
        if (a.events().isEmpty() || b.events().isEmpty()) {
            return false;
        }
        Gist fewerEvents = a.events().size() <= b.events().size() ? a : b;
        Gist moreEvents = fewerEvents == a ? b : a;
        if (!moreEvents.events().containsAll(fewerEvents.events())) {
            return false;
        }
        if (a.undergone().stream().anyMatch(b.undergone()::contains)) {
            return true;
        }
        int shared = 0;
        for (String name : a.names()) {
            if (b.names().contains(name)) {
                shared++;
            }
        }
        // both tell it of the one person the story is about, named earlier in each report ("He was arrested
        // Oct. 16 at a Spanish magistrate's request" / "British police, acting on a Spanish warrant, detained the
        // ailing general"), with a name of the story in common
        if (shared >= 1 && a.undergoneByUnnamed().stream().anyMatch(b.undergoneByUnnamed()::contains)) {
            return true;
        }
        int fewerNames = Math.min(a.names().size(), b.names().size());
        return shared >= MIN_SHARED_NAMES && shared >= NAMES_COVERED * fewerNames;
    }

    /**
     * The name just before the passive verb group that ends before word {@code verb} ("Pinochet was",
     * "Pinochet has been"), or null.
     */
    private static String passiveSubject(List<String> words, boolean[] capitals, int verb) {
        int i = verb - 1;
        if (i < 0 || !PASSIVE.contains(words.get(i))) {
            return null;
        }
        i--;
        if (i >= 0 && words.get(i + 1).equals("been") && PERFECT.contains(words.get(i))) {
            i--;
        }
        return i >= 0 && i < capitals.length && capitals[i] && isName(words.get(i)) ? words.get(i) : null;
    }

    /**
     * Whether the event verb at word {@code verb} is only sought, not reported: an infinitive ("seeking to
     * extradite him", "too sick to be extradited"), a causative one ("efforts to have him extradited")
     * or one only hoped for ("would be extradited").
     */
    private static boolean wanted(List<String> words, int verb) {
        String before = verb >= 1 ? words.get(verb - 1) : "";
        String twoBefore = verb >= 2 ? words.get(verb - 2) : "";
        return before.equals("to")
                || before.equals("be") && (twoBefore.equals("to") || HOPED.contains(twoBefore))
                || verb >= 3 && words.get(verb - 3).equals("to") && CAUSATIVE.contains(twoBefore);
    }

    /**
     * Whether the passive verb group ending before word {@code verb} has a person written without a name as
     * its subject: "he" or "she" ("He was arrested"), or a description opened by "the" ("the ailing general
     * was detained").
     */
    private static boolean passiveAnaphor(List<String> words, boolean[] capitals, int verb) {
        int i = verb - 1;
        if (i < 0 || !PASSIVE.contains(words.get(i))) {
            return false;
        }
        i--;
        if (i >= 0 && words.get(i + 1).equals("been") && PERFECT.contains(words.get(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        if (PERSON_PRONOUNS.contains(words.get(i))) {
            return true;
        }
        return descriptionEndsAt(words, capitals, i);
    }

    /**
     * Whether the active event verb (its phrase {@code length} words from {@code verb}) has a person without a
     * name as its object: "detained him", "detained the ailing general".
     */
    private static boolean activeAnaphor(List<String> words, boolean[] capitals, int verb, int length) {
        if (verb > 0 && (PASSIVE.contains(words.get(verb - 1)) || words.get(verb - 1).equals("the"))) {
            return false;
        }
        int next = verb + length;
        if (next >= words.size()) {
            return false;
        }
        if (PERSON_OBJECTS.contains(words.get(next))) {
            return true;
        }
        if (!words.get(next).equals("the")) {
            return false;
        }
        int k = next + 1;
        while (k < words.size() && k - next <= 3 && plainWord(words, capitals, k)) {
            k++;
        }
        return k > next + 1 && (k >= words.size() || !plainWord(words, capitals, k) || k - next > 3)
                && !(k < words.size() && k < capitals.length && capitals[k]);
    }

    /** Whether words ending at {@code last} are "the" and one to three plain words ("the ailing general"). */
    private static boolean descriptionEndsAt(List<String> words, boolean[] capitals, int last) {
        int k = last;
        while (k >= 0 && last - k < 3 && plainWord(words, capitals, k)) {
            k--;
        }
        return k < last && k >= 0 && words.get(k).equals("the");
    }

    /** A lower-case word of letters that is no function word: part of a description. */
    private static boolean plainWord(List<String> words, boolean[] capitals, int k) {
        String word = words.get(k);
        return !(k < capitals.length && capitals[k]) && !StopWords.contains(word)
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    /** A capitalised word that may be a name: no function word, figure or calendar word. */
    private static boolean isName(String lowerWord) {
        return lowerWord.length() > 1 && Character.isLetter(lowerWord.charAt(0))
                && !StopWords.contains(lowerWord) && !CALENDAR_WORDS.contains(lowerWord);
    }

    private static Set<String> calendarWords() {
        Set<String> words = new HashSet<>();
        for (String w : CalendarWords.dayAndMonthNames()) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        for (String w : CalendarWords.DOTTED_MONTH_ABBREVIATIONS) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        for (String w : CalendarWords.MONTH_ABBREVIATIONS) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    private static Map<String, String> eventVerbs(String... lines) {
        Map<String, String> map = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(":", 2);
            for (String phrase : parts[1].split(",")) {
                map.put(String.join(" ", Tokens.matchWords(phrase.trim())), parts[0].trim());
            }
        }
        return Map.copyOf(map);
    }
}

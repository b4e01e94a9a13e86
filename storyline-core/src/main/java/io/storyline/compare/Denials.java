package io.storyline.compare;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.PorterStemmer;
import io.storyline.analyze.Quotations;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StopWords;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import io.storyline.model.Conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One outlet denies what another states: "The driver was arrested" against "Police did not arrest the
 * driver", "was charged" against "was not charged", "the ministry confirmed ..." against "the ministry
 * denied ...". Each sentence is read into claims, a verb with who did it and to whom, in either voice
 * (the passive's subject is the active's object), and with the negation that stands in the verb's own
 * auxiliaries ("did not", "has not been", "was never"); a "not" elsewhere in the sentence negates
 * something else. Two claims conflict when their verbs are one verb, one is negated and the other is not,
 * the one done to is named alike in both (a content word in common), and the doers, where both are named,
 * are one (the words of one hold the other's: "police" and "French police", not "Swiss police").
 * <p>
 * Left alone, since they deny nothing the other states: a denial of everyone else ("did not arrest anyone
 * else"), a denial in time ("was not arrested until Tuesday", "did not immediately arrest"), a claim inside
 * quotation marks (a speaker's, not the outlet's: see {@link io.storyline.analyze.Facts#claimAgainstStatement}),
 * a claim under a modal ("would not be paid if ...", "should be paid": what may be, not what was),
 * and a claim whose subject is a pronoun or a relative ("who was taken to hospital"), which names nobody.
 */
final class Denials {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*|\\d[\\d,.]*|[\"\u201C\u201D;:,.()\u2014]");
    private static final Set<String> NEGATIONS = Set.of("not", "never");
    /** Auxiliaries that may stand between a subject and its verb. */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "do", "does", "did", "will", "would", "could", "can", "may", "might", "should", "must", "not", "never",
            "also", "still", "later", "subsequently", "formally", "then", "reportedly");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "should", "must");
    /** Words of a negated clause that make it a denial in time, not of the event: it happened later or may yet. */
    private static final Set<String> NOT_YET = Set.of("until", "till", "yet", "immediately", "before", "so far", "initially");
    /** Who is done to, when it is nobody in particular: denying it denies no one the other names. */
    private static final Set<String> INDEFINITE = Set.of("anyone", "anybody", "anything", "any", "else", "other", "others",
            "another", "all", "everyone", "nobody", "none", "some", "more", "only");
    /** Words that open a noun phrase after "after" / "before" ("after the robbery"), as a possessive does ("after Sunday's crash"). */
    private static final Set<String> EVENT_DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "his",
            "her", "last");
    /** Words that end a subject going back, or an object going forward. */
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of("and", "but", "or", "after", "before", "when", "while",
            "because", "since", "as", "that", "who", "whom", "which", "where", "if", "though", "although", "said", "says",
            "say", "told", "than", "whether", "until", ";", ":", "\"", "\u201C", "\u201D", "(", ")", ".", "\u2014");
    private static final Set<String> PREPOSITIONS = Set.of("at", "in", "on", "for", "to", "from", "with", "after", "by",
            "during", "near", "over", "under", "into", "of", "about", "outside", "inside", "without", "against");
    /** Verbs whose negation denies no event: speech, thought and the verbs every sentence uses. */
    private static final Set<String> NO_EVENT = Set.of("say", "said", "tell", "told", "be", "have", "had", "do", "did",
            "go", "get", "make", "know", "think", "believe", "expect", "want", "see", "seem", "appear", "comment",
            "need", "use", "include", "take", "give", "come", "find", "found", "mean", "meant", "rule", "ruled", "exclude");
    /** Irregular past forms, to their base: "held" and "hold" are one verb. */
    private static final Map<String, String> IRREGULAR = irregular(
            "hold held", "catch caught", "shoot shot", "strike struck", "steal stole stolen", "throw threw thrown",
            "beat beaten", "choose chose chosen", "drive drove driven", "write wrote written", "win won", "fight fought",
            "seek sought", "lead led", "flee fled", "meet met", "hear heard", "spend spent", "withdraw withdrew withdrawn",
            "hurt hurt", "hit hit", "sell sold", "send sent", "bring brought", "pay paid", "keep kept", "lose lost",
            "leave left", "sentence sentenced", "sink sank sunk", "bury buried", "kill killed", "free freed", "bite bitten",
            "forbid forbade forbidden", "shake shook shaken", "tear tore torn", "swear swore sworn", "show showed shown",
            "grow grew grown", "fall fell fallen", "rise rose risen", "break broke broken", "speak spoke spoken",
            "begin began begun", "bind bound", "feed fed", "put put", "set set", "shut shut", "cut cut", "let let",
            "die died", "quit quit", "slay slew slain");
    /**
     * Verbs of one event, by the stem of their base to the stem of the class's first verb: "was detained"
     * and "did not arrest" deny each other, as do "died" and "was not killed", "fled" and "did not
     * escape". Narrower than {@code analyze.Paraphrases}' classes on purpose: "was not jailed" does not deny
     * "was arrested" (he may have been freed on bail), nor "was not murdered" "was killed".
     */
    private static final Map<String, String> ONE_EVENT = Map.of(
            "detain", "arrest", "apprehend", "arrest",
            "die", "kill",
            "escap", "flee",
            "wound", "injur", "hurt", "injur",
            "free", "releas",
            "quit", "resign");
    /**
     * Verbs whose subject is the one it happened to, in the active voice: "the driver died" is "the driver
     * was killed", "the gunman did not escape" denies "the gunman fled the scene" whatever it fled.
     */
    private static final Set<String> UNDERGONE = Set.of("die", "flee", "escap", "resign", "quit");
    /** Words after "no one" / "nobody" that make it somebody else: "no one else was arrested". */
    private static final Set<String> SOMEONE_ELSE = Set.of("else", "other", "more", "besides", "except");

    /** A denial of what another confirms: the same doer's "denied" and "confirmed". */
    private static final Pattern DENY = Pattern.compile("(?i)^deni(?:ed|es)$|^deny(?:ing)?$");
    private static final Pattern CONFIRM = Pattern.compile("(?i)^confirm(?:ed|s)?$");
    /** Content words both sides of a confirmation and a denial must share beyond the doer. */
    private static final int SHARED_CONFIRMED = 2;

    private Denials() {
    }

    /**
     * A verb and its roles in one sentence.
     *
     * @param verb    the verb's stem, irregular forms brought to their base ("arrest", "hold")
     * @param written the verb as the sentence writes it
     * @param doer    content stems of who did it (empty when not said)
     * @param done    content stems of who or what it was done to (the passive's subject, the active's object);
     *                for a confirmation or denial, the content stems of what was confirmed
     * @param negated whether the verb's own auxiliaries negate it
     * @param quoted  whether the verb stands inside a quotation
     * @param nobody  a denial of everyone ("no one was arrested", "nobody died"): {@code done} is empty
     * @param rest    content stems of the rest of the verb's clause ("in the blast at the market"), which a
     *                denial of everyone must share with the statement it denies
     * @param before  content stems of a "before ..." phrase in the verb's clause ("before landing"), empty without
     *                one: a denial with one denies only a statement of the same time ("had not reported a fault
     *                before landing" / "reported a fault ... before landing")
     */
    record Claim(String verb, String written, Set<String> doer, Set<String> done, boolean negated, boolean quoted,
                 boolean nobody, Set<String> rest, Set<String> before) {

        Claim(String verb, String written, Set<String> doer, Set<String> done, boolean negated, boolean quoted) {
            this(verb, written, doer, done, negated, quoted, false, Set.of(), Set.of());
        }

        /** Whether the two claims state and deny one event. */
        boolean denies(Claim other) {
            if (negated == other.negated || !verb.equals(other.verb) || quoted || other.quoted) {
                return false;
            }
            Claim denial = negated ? this : other;
            if (!denial.before.isEmpty() && !(negated ? other : this).before.containsAll(denial.before)) {
                return false; // "had not reported it before landing" denies a report before landing, not one after
            }
            if (nobody || other.nobody) {
                // "No one was killed in the blast" denies "two people were killed in the blast at the market", not
                // "two were killed in a second attack": the denial's setting must be the statement's
                Claim everyone = nobody ? this : other;
                Claim stated = everyone == this ? other : this;
                if (!everyone.done.isEmpty() && java.util.Collections.disjoint(everyone.done, stated.done)) {
                    return false; // "No visitor was hurt" denies "Two visitors were hurt", not "A keeper was hurt"
                }
                Set<String> setting = new java.util.HashSet<>(stated.rest);
                setting.addAll(stated.doer);
                setting.addAll(stated.done);
                // a denial of a named group ("No visitor was hurt") may say no more: the group is its setting
                return !stated.nobody && !stated.done.isEmpty()
                        && (everyone.rest.isEmpty() ? !everyone.done.isEmpty() : !java.util.Collections.disjoint(everyone.rest, setting))
                        && (everyone.doer.isEmpty() || stated.doer.isEmpty() || everyone.doer.containsAll(stated.doer)
                        || stated.doer.containsAll(everyone.doer));
            }
            if (done.isEmpty() || other.done.isEmpty()) {
                return false;
            }
            if (!doer.isEmpty() && !other.doer.isEmpty() && !doer.containsAll(other.doer) && !other.doer.containsAll(doer)) {
                return false; // two doers: "Swiss police did not arrest him" beside "French police arrested him"
            }
            if (verb.equals("confirm")) {
                // the same doer confirms and denies one thing: both doers named and alike, the thing shared
                Set<String> shared = new java.util.HashSet<>(done);
                shared.retainAll(other.done);
                return !doer.isEmpty() && !other.doer.isEmpty() && shared.size() >= SHARED_CONFIRMED;
            }
            return !java.util.Collections.disjoint(done, other.done);
        }
    }

    /** The claims of a sentence, in the order its verbs stand. */
    static List<Claim> of(String sentence) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence.replace("n't", " not").replace("N'T", " NOT"));
        while (m.find()) {
            tokens.add(m.group());
        }
        List<String> lower = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).toList();
        List<Claim> claims = new ArrayList<>();
        PorterStemmer stemmer = new PorterStemmer();
        for (int i = 0; i < tokens.size(); i++) {
            String word = lower.get(i);
            if (!Character.isLetter(word.charAt(0)) || AUXILIARIES.contains(word) || adverb(word)) {
                continue;
            }
            // the auxiliaries before the word: its voice and polarity
            int chainStart = i;
            boolean negated = false;
            boolean passive = false;
            boolean support = false; // "did not arrest": a base form after do
            boolean modal = false; // "would not be paid if ...", "should be paid": what may be, not what was
            boolean present = false; // "schools are not closed": a rule or a state now, not the event of a day
            while (chainStart > 0 && (AUXILIARIES.contains(lower.get(chainStart - 1)) || adverb(lower.get(chainStart - 1)))) {
                String aux = lower.get(chainStart - 1);
                negated |= NEGATIONS.contains(aux);
                modal |= MODALS.contains(aux);
                present |= PRESENT_BE.contains(aux);
                passive |= BE.contains(aux);
                support |= !BE.contains(aux) && !aux.equals("has") && !aux.equals("have") && !aux.equals("had")
                        && !NEGATIONS.contains(aux);
                chainStart--;
            }
            if (modal || conditional(lower, chainStart, i)) {
                continue;
            }
            // "are not investigating the mayor" / "are investigating the mayor": an event going on, stated or
            // denied in the active voice; it is compared only with another going on (its verb is keyed apart),
            // since "did not investigate" then and "is investigating" now can both be true
            boolean ongoing = passive && word.length() > 5 && word.endsWith("ing")
                    && !DENY.matcher(word).matches() && !CONFIRM.matcher(word).matches();
            passive &= !ongoing;
            boolean deny = DENY.matcher(word).matches();
            boolean confirm = CONFIRM.matcher(word).matches();
            String base = deny || confirm ? "confirm" : base(word);
            boolean pastForm = word.endsWith("ed") && word.length() > 4 || IRREGULAR.containsKey(word);
            if (deny || confirm) {
                if (negated) {
                    continue; // "did not deny", "has not confirmed": neither a denial nor a confirmation
                }
            } else if (ongoing && NO_EVENT.contains(ingBase(word))) {
                continue; // "is saying", "was having"
            } else if (!ongoing && (passive && !pastForm || !passive && !pastForm && !(support && negated))
                    || chainStart == i && negated || NO_EVENT.contains(word) || NO_EVENT.contains(base)) {
                continue;
            }
            if (!ongoing && !deny && !confirm && !passive && !negated && chainStart < i) {
                continue; // "has arrested", "would arrest": only a plain past states an event
            }
            int subjectStart = subjectStart(lower, chainStart);
            Set<String> subject = content(lower, subjectStart, chainStart, stemmer);
            String stem = stemmer.stem(base);
            String event = ONE_EVENT.getOrDefault(stem, stem);
            // "No one was arrested", "Nobody has been charged", "no one died": everyone denied, unless it is
            // somebody else ("no one else", "nobody other than the driver")
            int nobodyAt = nobody(lower, subjectStart, chainStart);
            boolean nobody = nobodyAt >= 0 && !deny && !confirm && !ongoing && !negated
                    && (passive || UNDERGONE.contains(stem) && chainStart == i)
                    && !someoneElse(lower, nobodyAt, chainStart);
            if (nobodyAt != -1 && !nobody) {
                continue;
            }
            Set<String> done;
            Set<String> doer;
            if (nobody) {
                // "No visitor was hurt": the people denied are the noun's; "no one": nobody in particular
                done = content(lower, nobodyAt + 1, chainStart, stemmer);
                int by = passive && i + 1 < lower.size() && lower.get(i + 1).equals("by") ? i + 2 : -1;
                doer = by < 0 ? Set.of() : content(lower, by, clauseEnd(lower, by, true), stemmer);
            } else if (!passive && !deny && !confirm && UNDERGONE.contains(stem)) {
                done = subject; // "the driver died", "the gunman fled the scene"
                doer = Set.of();
            } else if (deny || confirm) {
                doer = subject;
                done = content(lower, i + 1, clauseEnd(lower, i + 1, false), stemmer);
            } else if (passive) {
                done = subject;
                int by = i + 1 < lower.size() && lower.get(i + 1).equals("by") ? i + 2 : -1;
                doer = by < 0 ? Set.of() : content(lower, by, clauseEnd(lower, by, true), stemmer);
            } else {
                doer = subject;
                done = content(lower, i + 1, clauseEnd(lower, i + 1, true), stemmer);
            }
            int end = clauseEnd(lower, i + 1, false);
            boolean undergone = !passive && UNDERGONE.contains(stem);
            Set<String> before = before(lower, i + 1, stemmer);
            if ((negated || nobody) && (!undergone && !nobody && indefinite(lower, i + 1, clauseEnd(lower, i + 1, true))
                    || notYet(lower, chainStart, end) && (before.isEmpty() || notYet(lower, chainStart, end - 1)))) {
                continue;
            }
            if (!passive && !deny && !confirm && !undergone && indefinite(lower, i + 1, clauseEnd(lower, i + 1, true))) {
                continue;
            }
            Set<String> rest = new LinkedHashSet<>(content(lower, i + 1, settingEnd(lower, i + 1), stemmer));
            if (nobody) {
                rest.addAll(content(lower, subjectStart, nobodyAt, stemmer)); // "In the ferry fire, no one died"
            }
            rest.removeAll(done);
            rest.removeAll(doer);
            // "are not closed" (a state or rule now) is compared only with another in the present, as an event
            // going on is: "was closed on Thursday" and "are not closed" can both be true
            claims.add(new Claim(event + (ongoing ? " (ongoing)" : present && passive ? " (now)" : ""), tokens.get(i), doer, done, negated || deny || nobody,
                    Quotations.inside(sentence, tokens.get(i)), nobody, Set.copyOf(rest),
                    Set.copyOf(before)));
        }
        return claims;
    }

    /** The present forms of "be": a passive in them tells a state or a rule, not what happened. */
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am");
    /** Words that open a condition: a claim in a clause with one tells what happens if, not what happened. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");

    /**
     * Whether the clause of the verb at {@code verb} (from its auxiliaries at {@code chainStart}) states a
     * condition: "Schools are not closed if a pupil has no symptoms", "If a pupil is ill, the school is closed".
     */
    private static boolean conditional(List<String> lower, int chainStart, int verb) {
        int end = clauseEnd(lower, verb + 1, false);
        if (end < lower.size() && CONDITIONS.contains(lower.get(end))) {
            return true;
        }
        for (int k = chainStart - 1; k >= 0 && !lower.get(k).equals(".") && !lower.get(k).equals(";"); k--) {
            if (CONDITIONS.contains(lower.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where "no one" or "nobody" opens the subject {@code [from, to)} (or opens it after a comma: "In the
     * blast, no one was hurt"), -2 when it stands elsewhere in it ("a man no one knew"), -1 when absent.
     */
    private static int nobody(List<String> lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lower.get(k).equals("nobody") || lower.get(k).equals("no") && k + 1 < to && lower.get(k + 1).equals("one")
                    || lower.get(k).equals("no") && noneOf(lower, k + 1, to)) {
                return k == from || lower.get(k - 1).equals(",") ? k : -2; // elsewhere: "a man no one knew was ..."
            }
        }
        return -1;
    }

    /**
     * Whether the words {@code [from, to)} after a "no" name whom it denies, up to the verb: one or two words
     * ("No visitor was hurt", "No British soldiers were killed"), none a function word ("no longer", "no more").
     */
    private static boolean noneOf(List<String> lower, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = lower.get(k);
            if (!Character.isLetter(w.charAt(0)) || w.length() < 3 || StopWords.contains(w) || INDEFINITE.contains(w)
                    || SOMEONE_ELSE.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The content stems of a "before ..." phrase in the clause from {@code from} ("before landing"), else empty. */
    private static Set<String> before(List<String> lower, int from, PorterStemmer stemmer) {
        for (int k = from; k < lower.size() && !lower.get(k).equals(",") && !lower.get(k).equals(".")
                && !lower.get(k).equals(";"); k++) {
            if (lower.get(k).equals("before")) {
                return content(lower, k + 1, clauseEnd(lower, k + 1, true), stemmer);
            }
        }
        return Set.of();
    }

    /** Whether the subject from "no one" to the verb names somebody else: "no one else", "nobody other than". */
    private static boolean someoneElse(List<String> lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SOMEONE_ELSE.contains(lower.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** An adverb of manner or time inside a verb group ("did not immediately arrest", "was formally charged"). */
    private static boolean adverb(String word) {
        return word.length() > 5 && word.endsWith("ly") && !word.endsWith("ily") && !word.endsWith("ply");
    }

    /** The base an "-ing" form is made from, as {@link #NO_EVENT} writes it: "saying" say, "having" have, "getting" get. */
    static String ingBase(String word) {
        String stem = word.substring(0, word.length() - 3);
        int n = stem.length();
        if (NO_EVENT.contains(stem)) {
            return stem;
        }
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            return stem.substring(0, n - 1); // "gett"
        }
        return stem + "e"; // "hav", "mak", "tak"
    }

    /** The base of a verb form: irregular forms looked up, regular ones left to the stemmer. */
    private static String base(String word) {
        return IRREGULAR.getOrDefault(word, word);
    }

    /** Where the subject before {@code chainStart} begins: at most eight words back, stopping at a clause boundary. */
    private static int subjectStart(List<String> lower, int chainStart) {
        int k = chainStart;
        while (k > 0 && chainStart - k < 8 && !CLAUSE_BOUNDARIES.contains(lower.get(k - 1))) {
            k--;
        }
        return k;
    }

    /** Where the verb's setting ends: its clause, up to a comma ("in the blast, police said" is the blast's). */
    private static int settingEnd(List<String> lower, int from) {
        int k = from;
        while (k < lower.size() && (!CLAUSE_BOUNDARIES.contains(lower.get(k)) || timeOfEvent(lower, k))
                && !lower.get(k).equals(",")) {
            k++;
        }
        return k;
    }

    /**
     * Whether "after" or "before" at {@code k} opens a phrase naming an event ("after the robbery", "before
     * Sunday's vote"), part of the setting, rather than a clause of its own ("after police arrived").
     */
    private static boolean timeOfEvent(List<String> lower, int k) {
        String word = lower.get(k);
        return (word.equals("after") || word.equals("before")) && k + 1 < lower.size()
                && (EVENT_DETERMINERS.contains(lower.get(k + 1)) || lower.get(k + 1).endsWith("'s"));
    }

    /** Where the clause after {@code from} ends; an object also ends at a preposition or a comma. */
    private static int clauseEnd(List<String> lower, int from, boolean object) {
        int k = from;
        while (k < lower.size() && !CLAUSE_BOUNDARIES.contains(lower.get(k))
                && !(object && (lower.get(k).equals(",") || PREPOSITIONS.contains(lower.get(k))))) {
            k++;
        }
        // "confirmed that the minister had resigned": a clause opened by "that" is what was confirmed
        if (!object && k == from && k < lower.size() && lower.get(k).equals("that")) {
            return clauseEnd(lower, from + 1, false);
        }
        return k;
    }

    /** The content stems of tokens {@code [from, to)}: no function words, pronouns or figures. */
    private static Set<String> content(List<String> lower, int from, int to, PorterStemmer stemmer) {
        Set<String> stems = new LinkedHashSet<>();
        for (int k = from; k < to; k++) {
            String w = lower.get(k);
            if (Character.isLetter(w.charAt(0)) && w.length() > 2 && !StopWords.contains(w) && !INDEFINITE.contains(w)) {
                // "Sunday's derailment" and "on Sunday": one word, possessive or not
                stems.add(stemmer.stem(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w));
            }
        }
        return stems;
    }

    private static boolean indefinite(List<String> lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (INDEFINITE.contains(lower.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean notYet(List<String> lower, int from, int to) {
        for (int k = from; k < Math.min(to + 1, lower.size()); k++) {
            if (NOT_YET.contains(lower.get(k)) || lower.get(k).equals("so") && k + 1 < lower.size()
                    && lower.get(k + 1).equals("far")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The denials between outlets in the story: for each negated claim, each claim of another outlet that
     * states what it denies. Listed once per pair of sentences, the stating one first.
     */
    static List<Conflict> conflicts(StoryAnalysis story, SourceNumbering sources) {
        Map<String, List<Stated>> byVerb = new HashMap<>();
        for (AnalyzedSentence sentence : story.sentences()) {
            if (!mayHoldClaim(sentence.text())) {
                continue;
            }
            for (Claim claim : of(sentence.text())) {
                byVerb.computeIfAbsent(claim.verb(), k -> new ArrayList<>()).add(new Stated(sentence, claim));
            }
        }
        List<Article> articles = story.articles();
        List<Conflict> conflicts = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (List<Stated> stated : byVerb.values()) {
            for (Stated denial : stated) {
                if (!denial.claim().negated()) {
                    continue;
                }
                for (Stated statement : stated) {
                    Article a = articles.get(statement.sentence().article());
                    Article b = articles.get(denial.sentence().article());
                    if (statement.claim().negated() || a.sameOutletAs(b) || !statement.claim().denies(denial.claim())
                            || !seen.add(statement.sentence().id() + ":" + denial.sentence().id())) {
                        continue;
                    }
                    String value = statement.claim().written();
                    String otherValue = statement.claim().verb().equals("confirm") ? denial.claim().written()
                            : "not " + value;
                    conflicts.add(new Conflict("negation", value.toLowerCase(Locale.ROOT), value,
                            sources.cite(statement.sentence()), otherValue, sources.cite(denial.sentence())));
                }
            }
        }
        conflicts.addAll(negatedCopies(story, sources, seen));
        return conflicts;
    }

    /** A negation written after an auxiliary: "had not been", "was never", "did not". */
    private static final Pattern NEGATED_AUXILIARY = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can|should|may|might|must)\\s+(not|never)\\s+");
    /** The most words of what is denied shown as the conflict's value. */
    private static final int LONGEST_DENIED = 5;

    /**
     * Another outlet's sentence, word for word, with a "not" or "never" after its auxiliary ("Police said the
     * venue had been over capacity" / "... had not been over capacity"): whatever its verb, the one denies the
     * other, even where no claim is read ("been" is no event verb, so {@link #of} reads none).
     */
    private static List<Conflict> negatedCopies(StoryAnalysis story, SourceNumbering sources, Set<String> seen) {
        Map<String, List<AnalyzedSentence>> stated = new HashMap<>();
        List<AnalyzedSentence> denials = new ArrayList<>();
        for (AnalyzedSentence sentence : story.sentences()) {
            Matcher m = NEGATED_AUXILIARY.matcher(sentence.text());
            if (m.find()) {
                denials.add(sentence);
            } else {
                stated.computeIfAbsent(sentence.text().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(sentence);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        List<Article> articles = story.articles();
        for (AnalyzedSentence denial : denials) {
            Matcher m = NEGATED_AUXILIARY.matcher(denial.text());
            m.find();
            String asserted = denial.text().substring(0, m.start(1)) + denial.text().substring(m.end());
            for (AnalyzedSentence statement : stated.getOrDefault(asserted.toLowerCase(Locale.ROOT), List.of())) {
                if (articles.get(statement.article()).sameOutletAs(articles.get(denial.article()))
                        || !seen.add(statement.id() + ":" + denial.id())) {
                    continue;
                }
                String value = denied(denial.text().substring(m.end()));
                conflicts.add(new Conflict("negation", value.toLowerCase(Locale.ROOT), value, sources.cite(statement),
                        m.group(1).toLowerCase(Locale.ROOT) + " " + value, sources.cite(denial)));
            }
        }
        return conflicts;
    }

    /** The first words of what is denied, to a clause's end. */
    private static String denied(String rest) {
        List<String> words = new ArrayList<>();
        for (String word : rest.split("\\s+")) {
            String bare = word.replaceAll("[.,;:!?\"\u201D]+$", "");
            if (!bare.isEmpty()) {
                words.add(bare);
            }
            if (words.size() == LONGEST_DENIED || !bare.equals(word)) {
                break;
            }
        }
        return String.join(" ", words);
    }

    /** A sentence and one of its claims. */
    private record Stated(AnalyzedSentence sentence, Claim claim) {
    }

    /** Cheap test before reading claims: a past form, an "-ing" form or a negation. */
    private static boolean mayHoldClaim(String text) {
        return text.contains("ed ") || text.contains("ed,") || text.contains("ed.") || text.contains("ing ") || text.contains("not")
                || text.contains("n't") || text.contains("never") || text.contains("deni") || text.contains("fled")
                || text.contains("hurt") || text.contains("quit");
    }

    private static Map<String, String> irregular(String... rows) {
        Map<String, String> map = new HashMap<>();
        for (String row : rows) {
            String[] forms = row.split(" ");
            for (int i = 1; i < forms.length; i++) {
                map.put(forms[i], forms[0]);
            }
        }
        return Map.copyOf(map);
    }
}

package io.storyline.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The role a statement gives a named person, read from the words written against the name: a job
 * before it ("museum director Clara Voss", "Curator Clara Voss") or an apposition after it ("Ana Ribeiro,
 * the health minister, said"). Two statements that give one person two posts that exclude each other
 * ("museum director" / "curator") do not tell the same fact: an editor would not cite the one outlet for
 * the other's description.
 *
 * <p>Narrow on purpose, since a person holds several titles at once and outlets pick among them: a
 * capitalised title in the name's run is a form of address and no role ("Gen." / "Sen. Pinochet",
 * "Prime Minister X"); honorifics and military ranks are no roles; a role marked as past or future
 * ("former", "then", "outgoing") excludes nothing; and two roles are exclusive only when both heads are
 * jobs ({@link #job}) and neither is a post a person holds beside a job ({@link #BESIDE_A_JOB}: a party's
 * "leader", a "member", an "official"). Abbreviations of one title read as the title ("Gen." is "general").
 *
 * <p>A word before the name is a role only when it reads as a person's job: an office ({@link NameSwaps#TITLES})
 * or a noun of an agent ("-or", "-er", "-ist", "-ian", "-ant", "-ent", "-man", "-woman"), written in lower
 * case, or with a capital before a name of two or more words (a sentence's opening "Peter" before "Voss"
 * is the name's own first word, not a role). Words of a function ({@link StopWords}) end the role.
 */
final class Roles {

    private Roles() {
    }

    /** Forms of address: they say nothing of a job ("Mr. Voss" and "Curator Voss" are no two roles). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
            "jr", "sr", "st", "rev");
    /** Military ranks: a rank is held beside any office ("Gen. Pinochet", later a senator), so no role. */
    private static final Set<String> RANKS = Set.of("general", "colonel", "captain", "lieutenant", "sergeant", "major",
            "admiral", "marshal", "brigadier", "corporal", "commander", "commodore");
    /** Abbreviations of one title, read as the title ("Gen." and "General" are one). */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("gen", "general"), java.util.Map.entry("col", "colonel"),
            java.util.Map.entry("capt", "captain"), java.util.Map.entry("lt", "lieutenant"),
            java.util.Map.entry("sgt", "sergeant"), java.util.Map.entry("maj", "major"),
            java.util.Map.entry("adm", "admiral"), java.util.Map.entry("cmdr", "commander"),
            java.util.Map.entry("sen", "senator"), java.util.Map.entry("rep", "representative"),
            java.util.Map.entry("gov", "governor"), java.util.Map.entry("prof", "professor"),
            java.util.Map.entry("pres", "president"), java.util.Map.entry("atty", "attorney"),
            java.util.Map.entry("supt", "superintendent"), java.util.Map.entry("insp", "inspector"));
    /**
     * Heads of a role a person holds beside a job, or too general to exclude one: a party's "leader" may be
     * the prime minister, a "member" or "official" any of its posts.
     */
    static final Set<String> BESIDE_A_JOB = Set.of("leader", "member", "head", "chief", "chairman", "chairwoman",
            "chair", "candidate", "nominee", "founder", "co-founder", "supporter", "ally", "activist", "delegate",
            "veteran", "official", "figure", "politician", "lawmaker", "legislator", "worker", "employee", "staffer",
            "aide", "adviser", "advisor", "colleague", "friend", "rival", "critic", "owner", "resident", "citizen",
            "winner", "laureate", "survivor", "witness", "partner", "father", "mother", "brother", "sister",
            "son", "daughter", "wife", "husband", "widow", "spokesman", "spokeswoman", "spokesperson");
    /** Words marking a role as held at another time: "former minister" does not exclude "curator". */
    private static final Set<String> ANOTHER_TIME = Set.of("former", "ex", "then", "late", "retired", "outgoing",
            "incoming", "onetime", "one-time", "future", "longtime", "acting", "interim", "deputy", "assistant", "vice");
    /** Heads of a job that no agent ending shows. */
    private static final Set<String> JOBS = Set.of("executive", "curator", "master", "minister", "secretary",
            "governor", "mayor", "judge", "president", "prefect", "officer", "inspector", "professor", "bishop",
            "pope", "king", "queen", "prince", "princess", "editor", "chancellor", "attorney", "coach", "nurse",
            "surgeon", "physician", "dean", "treasurer", "envoy", "ambassador", "consul", "senator", "representative",
            "superintendent", "sheriff", "detective", "constable", "pilot", "captain", "architect", "economist");
    private static final List<String> AGENT_ENDINGS = List.of("or", "er", "ist", "ian", "ant", "ent", "man", "woman",
            "chief");
    /** The most words a role before a name takes ("regional museum deputy director"). */
    private static final int LONGEST_TITLE = 4;
    /** The most words an apposition after a name takes ("the hospital group's chief executive"). */
    private static final int LONGEST_APPOSITION = 7;

    /**
     * The role given to the name that runs over {@code tokens[start, end)}, its words in lower case joined by
     * spaces; "" when none.
     */
    static String of(List<String> tokens, int start, int end) {
        List<String> words = new ArrayList<>();
        // capitalised titles inside the name's run ("President Bill Clinton")
        int first = start;
        while (first < end - 1 && NameSwaps.TITLES.contains(NameSwaps.key(tokens.get(first)))) {
            String key = NameSwaps.key(tokens.get(first));
            if (!HONORIFICS.contains(key)) {
                words.add(NameSwaps.written(tokens.get(first)));
            }
            first++;
        }
        List<String> before = new ArrayList<>();
        for (int k = start - 1; k >= 0 && start - k <= LONGEST_TITLE; k--) {
            String token = tokens.get(k);
            String key = NameSwaps.key(token);
            if (!Character.isLetter(token.charAt(0)) || StopWords.contains(key) || HONORIFICS.contains(key)) {
                break;
            }
            boolean capital = Character.isUpperCase(token.charAt(0));
            if (k == start - 1) {
                boolean job = NameSwaps.TITLES.contains(key) || job(key) || POSTS_IN_A_BODY.contains(key);
                // a capital word just before a one-word name may be the name's own first word ("Peter Voss" opening a sentence)
                if (!job || capital && end - first < 2) {
                    break;
                }
            } else if (capital && k > 0) {
                break; // another name ("Hallberg Museum director"): not the role's
            }
            // a role is shown as the outlet wrote it ("harbour master"); only comparing it reads one spelling
            String written = NameSwaps.written(token);
            before.add(0, ABBREVIATIONS.getOrDefault(key, written));
        }
        words.addAll(0, before);
        if (words.isEmpty()) {
            words.addAll(apposition(tokens, end));
        }
        return String.join(" ", words);
    }

    /** ", the health minister," after a name: the words between the commas (or up to the end), when short. */
    private static List<String> apposition(List<String> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).equals(",")) {
            return List.of();
        }
        String article = NameSwaps.key(tokens.get(end + 1));
        if (!article.equals("the") && !article.equals("a") && !article.equals("an")) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (int k = end + 2; k < tokens.size(); k++) {
            String token = tokens.get(k);
            if (token.equals(",")) {
                return words.size() <= LONGEST_APPOSITION ? words : List.of();
            }
            if (!Character.isLetterOrDigit(token.charAt(0))) {
                return List.of();
            }
            String key = NameSwaps.key(token);
            words.add(ABBREVIATIONS.getOrDefault(key, NameSwaps.written(token)));
        }
        return List.of(); // no closing comma: the clause may go on to say anything
    }

    private static boolean agent(String word) {
        return word.length() > 4 && AGENT_ENDINGS.stream().anyMatch(word::endsWith);
    }

    /**
     * Whether two roles given to one person exclude each other: both heads are jobs ({@link #job}), neither a
     * post held beside a job ({@link #BESIDE_A_JOB}) nor a rank, neither role marked as held at another time
     * ({@link #ANOTHER_TIME}), and the two share no word but function words ("museum director" / "curator";
     * "director" / "museum director" share theirs).
     */
    static boolean apart(String role, String otherRole) {
        if (role.isEmpty() || otherRole.isEmpty() || !exclusive(role) || !exclusive(otherRole)) {
            return false;
        }
        Set<String> mine = new java.util.HashSet<>();
        for (String word : role.split(" ")) {
            mine.add(NameSwaps.britishSpelling(word));
        }
        boolean shared = false;
        for (String word : otherRole.split(" ")) {
            if (mine.contains(NameSwaps.britishSpelling(word)) && !StopWords.contains(word)) {
                shared = true;
            }
        }
        // a shared word is the field both work in ("foreign minister" / "foreign secretary" may be one post), unless
        // one role names another body by an agent noun the other lacks: "rail operator chief" heads the operator,
        // "rail minister" a ministry
        return !shared || ownBody(role, otherRole) || ownBody(otherRole, role);
    }

    /** Whether the role has a word before its head that is an agent noun ("operator") the other role does not have. */
    private static boolean ownBody(String role, String otherRole) {
        List<String> words = List.of(role.split(" "));
        Set<String> others = new java.util.HashSet<>();
        for (String word : otherRole.split(" ")) {
            others.add(NameSwaps.britishSpelling(word));
        }
        String head = head(words);
        for (String word : words) {
            if (word.equals(head)) {
                return false;
            }
            if (!StopWords.contains(word) && agent(word) && !others.contains(NameSwaps.britishSpelling(word))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role names one post that excludes others: a job at its head, held now. */
    private static boolean exclusive(String role) {
        if (!aPost(role)) {
            return false;
        }
        List<String> words = List.of(role.split(" "));
        String head = head(words);
        // the chief or head of a body named by an agent noun ("operator chief", "regulator head") holds that one post;
        // so does the chief, chair or spokesman of a body a noun before it names ("fire chief", "water board chair")
        return job(head) && !BESIDE_A_JOB.contains(head) || HEADS_OF_A_BODY.contains(head) && agentBefore(words, head)
                || POSTS_IN_A_BODY.contains(head) && bodyBefore(words, head);
    }

    /**
     * Heads of a post in the body named just before them: "fire chief", "police spokesman", "water board chair".
     * Alone ("the chief", "a spokesman") they name no body, and are held beside a job ({@link #BESIDE_A_JOB}).
     */
    private static final Set<String> POSTS_IN_A_BODY = Set.of("chief", "head", "chair", "chairman", "chairwoman",
            "spokesman", "spokeswoman", "spokesperson");
    /**
     * Words before such a head that name no body: a grade ("senior spokesman", "top chief"), or a party, whose
     * chief or chair often holds an office of state too ("party chief" / "prime minister").
     */
    private static final Set<String> NO_BODY = Set.of("senior", "top", "chief", "main", "principal", "joint", "new",
            "party", "official", "head");

    /** Whether the word just before the head names the body the post is in ("fire" of "fire chief"). */
    private static boolean bodyBefore(List<String> words, String head) {
        int at = words.lastIndexOf(head);
        if (at <= 0) {
            return false;
        }
        String body = words.get(at - 1);
        return !StopWords.contains(body) && !NO_BODY.contains(body) && !RANKS.contains(body) && !HONORIFICS.contains(body);
    }

    /**
     * Whether two roles given to one person are two descriptions, though they need not exclude each other
     * ("site manager" / "quarry owner", "party leader" / "prime minister"): both given, neither held at another time
     * ({@link #ANOTHER_TIME}) nor a rank or a form of address, and no word in common but function words. An outlet
     * that gives the one is not a source for the other: the two statements are not cited for each other, though no
     * disagreement is claimed unless the roles are {@link #apart}.
     */
    static boolean describedApart(String role, String otherRole) {
        if (role.isEmpty() || otherRole.isEmpty() || !aPost(role) || !aPost(otherRole)) {
            return false;
        }
        Set<String> mine = new java.util.HashSet<>();
        for (String word : role.split(" ")) {
            mine.add(NameSwaps.britishSpelling(word));
        }
        for (String word : otherRole.split(" ")) {
            if (mine.contains(NameSwaps.britishSpelling(word)) && !StopWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a role names a post held now: not marked as another time's, its head no rank nor form of address. */
    private static boolean aPost(String role) {
        List<String> words = List.of(role.split(" "));
        if (words.stream().anyMatch(ANOTHER_TIME::contains)) {
            return false;
        }
        String head = head(words);
        return head != null && !RANKS.contains(head) && !HONORIFICS.contains(head);
    }

    /** Heads that say a person leads the body named before them ("operator chief"). */
    private static final Set<String> HEADS_OF_A_BODY = Set.of("chief", "head");

    /** Whether the word just before the head is an agent noun ("operator" of "rail operator chief"). */
    private static boolean agentBefore(List<String> words, String head) {
        int at = words.lastIndexOf(head);
        return at > 0 && agent(words.get(at - 1)) && !BESIDE_A_JOB.contains(words.get(at - 1));
    }

    /** The head of a role: its last word before a function word ("senator" of "senator for life"); null when none. */
    private static String head(List<String> words) {
        String head = null;
        for (String word : words) {
            if (StopWords.contains(word)) {
                if (head != null) {
                    break;
                }
                continue;
            }
            head = word;
        }
        return head;
    }

    /** Whether the word names a job: one of {@link #JOBS} or a noun of an agent. */
    static boolean job(String word) {
        return JOBS.contains(word) || agent(word);
    }
}

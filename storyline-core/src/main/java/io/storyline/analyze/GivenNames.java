package io.storyline.analyze;

import java.util.HashMap;
import java.util.Map;

/**
 * Forms of one given name: "Bill" and "William", "Kate" and "Katherine", "Joe" and "Joseph" name one person,
 * as outlets write them, so two reports that give them are no name put in another's place. A familiar form
 * is known from a short list of English ones (those that do not spell the name's start: "Bill", "Peggy");
 * a form that is the name's start ("Dan" / "Daniel") is {@link #shortening} when the surname says it is the
 * same person.
 */
final class GivenNames {

    /** A familiar form and the full names it stands for. */
    private static final Map<String, String[]> FAMILIAR = familiar();
    /** Letters the start of a name must have to stand for it ("Dan", not "Da"). */
    private static final int MIN_SHORTENING = 3;

    private GivenNames() {
    }

    /** Whether the two given names (lower case) are one name's forms: equal, or one a known familiar form of the other. */
    static boolean familiarForms(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        return formOf(x, y) || formOf(y, x) || sharedFull(x, y);
    }

    /**
     * Whether one name is the other's start, of at least {@value #MIN_SHORTENING} letters ("Dan" / "Daniel",
     * "Chris" / "Christopher"): asked only of names whose surname agrees, since a start alone joins "Jon" to "Jones".
     */
    static boolean shortening(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= MIN_SHORTENING && longer.length() > shorter.length() && longer.startsWith(shorter);
    }

    private static boolean formOf(String form, String full) {
        String[] names = FAMILIAR.get(form);
        if (names == null) {
            return false;
        }
        for (String name : names) {
            if (name.equals(full)) {
                return true;
            }
        }
        return false;
    }

    /** Two familiar forms of one full name ("Bill" / "Will" of "William"). */
    private static boolean sharedFull(String x, String y) {
        String[] a = FAMILIAR.get(x);
        String[] b = FAMILIAR.get(y);
        if (a == null || b == null) {
            return false;
        }
        for (String p : a) {
            for (String q : b) {
                if (p.equals(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, String[]> familiar() {
        Map<String, String[]> m = new HashMap<>();
        put(m, "william", "bill", "billy", "will", "willy", "willie");
        put(m, "robert", "bob", "bobby", "rob", "robbie", "bert");
        put(m, "richard", "dick", "rick", "ricky", "rich", "richie");
        put(m, "james", "jim", "jimmy", "jamie");
        put(m, "joseph", "joe", "joey");
        put(m, "john", "jack", "johnny");
        put(m, "katherine", "kate", "katie", "kathy", "kat", "kitty");
        put(m, "catherine", "kate", "katie", "cathy", "cat", "kitty");
        put(m, "kathryn", "kate", "katie", "kathy");
        put(m, "katharine", "kate", "katie", "kathy");
        put(m, "margaret", "peggy", "maggie", "meg", "marge");
        put(m, "edward", "ted", "teddy", "ed", "eddie", "ned");
        put(m, "theodore", "ted", "teddy", "theo");
        put(m, "henry", "harry", "hank", "hal");
        put(m, "charles", "chuck", "charlie");
        put(m, "anthony", "tony");
        put(m, "michael", "mike", "mick", "mickey", "mikey");
        put(m, "thomas", "tom", "tommy");
        put(m, "elizabeth", "liz", "beth", "betty", "betsy", "eliza", "lizzie");
        put(m, "sarah", "sally");
        put(m, "mary", "polly", "molly");
        put(m, "jennifer", "jenny", "jen");
        put(m, "susan", "sue", "susie");
        put(m, "lawrence", "larry");
        put(m, "gerald", "jerry", "gerry");
        put(m, "stephen", "steve");
        put(m, "steven", "steve");
        put(m, "david", "dave");
        put(m, "andrew", "andy", "drew");
        put(m, "peter", "pete");
        put(m, "matthew", "matt");
        put(m, "patricia", "pat", "patty", "trish");
        put(m, "patrick", "pat", "paddy");
        put(m, "rebecca", "becky");
        put(m, "victoria", "vicky", "tori");
        put(m, "alexander", "alex", "sandy", "sasha");
        put(m, "alexandra", "alex", "sandy", "sasha");
        put(m, "jeffrey", "jeff");
        put(m, "eugene", "gene");
        put(m, "raymond", "ray");
        put(m, "walter", "walt");
        put(m, "dorothy", "dot", "dolly");
        put(m, "nicholas", "nick");
        put(m, "benjamin", "ben");
        put(m, "samuel", "sam");
        put(m, "daniel", "dan", "danny");
        put(m, "donald", "don");
        put(m, "ronald", "ron", "ronnie");
        put(m, "timothy", "tim");
        put(m, "christopher", "chris");
        put(m, "vladimir", "volodya");
        put(m, "dmitri", "dima");
        put(m, "mikhail", "misha");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String[]> m, String full, String... forms) {
        for (String form : forms) {
            String[] old = m.get(form);
            String[] names = old == null ? new String[] {full} : java.util.Arrays.copyOf(old, old.length + 1);
            names[names.length - 1] = full;
            m.put(form, names);
        }
    }
}

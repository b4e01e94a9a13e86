package io.storyline.analyze;

import java.util.Map;

/**
 * A figure two sentences both give for the same thing: "Authorities evacuated 3,150 residents" / "About
 * 3,000 residents were evacuated"; "a ransom of $2 million" / "two million dollars". A paraphrase rewords
 * the verb and the frame, but an outlet copies the figure it reports, so a shared figure of one counted
 * thing anchors two rewordings of one fact that share too few words for a tf-idf cosine ({@link Facts}
 * asks it only where the main verbs agree and no slot differs: a figure alone is no fact, "12 people were
 * killed" and "12 people were injured" are two).
 *
 * <p>Only figures that pick out a fact count: two or more of a counted thing, money, a share, a length or a
 * speed; not an age ("the 82-year-old general", which every report of a person may give), a duration
 * ("for 17 years") or a time ago, which describe the story's people and background rather than a happening.
 */
final class SharedFigures {

    /** The least value that anchors: "one" and "a" are how every singular noun is counted. */
    static final double LEAST_ANCHOR = 2;

    /** Currency signs as the word a second outlet writes for them ("$2 million" / "two million dollars"). */
    private static final Map<String, String> CURRENCY_WORDS = Map.of("money:$", "money:dollar",
            "money:us$", "money:dollar", "money:\u20ac", "money:euro", "money:\u00a3", "money:pound");

    private SharedFigures() {
    }

    /** Whether the two give a consistent figure for one counted thing that picks out a fact. */
    static boolean share(Slots a, Slots b) {
        for (Quantity q : a.quantities()) {
            if (!anchors(q)) {
                continue;
            }
            for (Quantity r : b.quantities()) {
                if (anchors(r) && counted(q).equals(counted(r)) && q.consistentWith(r) && r.consistentWith(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the quantity is a figure that picks out a fact (see the class comment). */
    static boolean anchors(Quantity q) {
        String slot = q.slot();
        return q.value() >= LEAST_ANCHOR && !slot.startsWith("age") && !slot.equals("duration")
                && !slot.equals("time ago") && !slot.isBlank() && !slot.startsWith("\u0000");
    }

    /** What the quantity counts, a currency sign read as its word. */
    private static String counted(Quantity q) {
        String slot = CURRENCY_WORDS.getOrDefault(q.slot().toLowerCase(java.util.Locale.ROOT), q.slot());
        return q.where().isEmpty() ? slot : slot + " " + q.where();
    }
}

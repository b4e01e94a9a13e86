package io.storyline.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic news stream with known stories, for measuring story clustering at scale. It is
 * news-like in the ways clustering cares about: each story has its own invented names and places
 * (rare terms shared by its articles), a subject shared with other stories (so subject words alone
 * cannot tell stories apart), a time span of a few days, and articles from several outlets; story
 * sizes are skewed (a few big stories, many small ones). Stories on the same subject recur months
 * apart, so time must count. All words are made up here or are common English; the same seed gives
 * the same stream.
 *
 * <p>Each line is an article in the JSON Lines input schema (docs/INPUT.md) plus {@code "story"},
 * the gold label, which the loader ignores.
 */
public final class StreamGenerator {

    /** Articles per story on average. */
    static final int MEAN_STORY_SIZE = 20;

    private static final String[] SYLLABLES = {"ka", "lo", "mir", "ten", "sa", "vo", "rin", "dal", "be", "qua",
        "nor", "zi", "pe", "tor", "lu", "gan", "ve", "shi", "mon", "ra", "del", "ost", "ura", "fen"};
    private static final String[][] SUBJECTS = {
        {"earthquake", "magnitude", "rubble", "aftershock", "rescuers", "collapsed", "epicentre", "tremor"},
        {"election", "ballots", "candidate", "turnout", "campaign", "polling", "voters", "recount"},
        {"flood", "river", "evacuated", "rainfall", "levee", "submerged", "stranded", "dam"},
        {"strike", "union", "wages", "walkout", "pickets", "negotiators", "workers", "contract"},
        {"merger", "shareholders", "acquisition", "shares", "takeover", "board", "bid", "regulators"},
        {"trial", "jury", "verdict", "prosecutors", "defendant", "testimony", "judge", "sentencing"},
        {"wildfire", "blaze", "firefighters", "acres", "containment", "smoke", "evacuation", "embers"},
        {"outbreak", "virus", "infections", "vaccine", "quarantine", "hospitals", "cases", "symptoms"},
        {"protest", "demonstrators", "police", "rally", "crowds", "tear", "square", "marchers"},
        {"summit", "leaders", "talks", "treaty", "delegations", "agreement", "ministers", "communique"},
        {"storm", "hurricane", "winds", "landfall", "coast", "damage", "shelters", "gusts"},
        {"crash", "plane", "passengers", "investigators", "wreckage", "airline", "runway", "recorder"}};
    private static final String[] COMMON = {"officials", "said", "government", "people", "year", "week",
        "reported", "according", "statement", "local", "national", "city", "country", "president",
        "authorities", "spokesman", "told", "reporters", "morning", "evening", "expected", "during",
        "including", "former", "several", "public", "million", "percent", "region", "state"};
    private static final String[] OUTLETS = {"Harbour Herald", "Daily Lantern", "Northern Wire",
        "Evening Courier", "Valley Times", "Metro Ledger", "Coastal Post", "Capital Dispatch",
        "Morning Signal", "Plains Observer", "River Gazette", "Summit Journal"};
    private static final String[] VERBS = {"confirmed", "described", "warned", "announced", "questioned",
        "visited", "criticised", "praised", "reported", "estimated"};

    private final long seed;

    public StreamGenerator(long seed) {
        this.seed = seed;
    }

    /** A planned story: its gold label, subject, invented names, first day and length in days. */
    private record Plan(String label, int subject, String[] names, LocalDate start, int days, String[] outlets) {
    }

    /** Writes {@code articles} articles as JSON Lines. */
    public void write(int articles, Writer out) throws IOException {
        if (articles < 1) {
            throw new IllegalArgumentException("need at least one article, was " + articles);
        }
        Random random = new Random(seed);
        int storyCount = Math.max(1, articles / MEAN_STORY_SIZE);
        int spanDays = Math.max(30, articles / 100);
        LocalDate origin = LocalDate.of(2024, 1, 1);
        List<Plan> plans = new ArrayList<>(storyCount);
        double[] cumulative = new double[storyCount];
        double total = 0;
        for (int s = 0; s < storyCount; s++) {
            String[] names = new String[3 + random.nextInt(4)];
            for (int n = 0; n < names.length; n++) {
                names[n] = inventedWord(random);
            }
            String[] outlets = new String[2 + random.nextInt(5)];
            for (int o = 0; o < outlets.length; o++) {
                outlets[o] = OUTLETS[random.nextInt(OUTLETS.length)];
            }
            plans.add(new Plan("story-" + (s + 1), random.nextInt(SUBJECTS.length), names,
                    origin.plusDays(random.nextInt(spanDays)), 1 + random.nextInt(10), outlets));
            total += 1.0 / Math.pow(1 + random.nextDouble() * 9, 1.2); // skewed sizes
            cumulative[s] = total;
        }
        ObjectMapper json = new ObjectMapper();
        for (int a = 0; a < articles; a++) {
            double draw = random.nextDouble() * total;
            int s = java.util.Arrays.binarySearch(cumulative, draw);
            Plan plan = plans.get(Math.min(storyCount - 1, s < 0 ? -s - 1 : s));
            ObjectNode node = json.createObjectNode();
            node.put("id", "g" + (a + 1));
            node.put("outlet", plan.outlets()[random.nextInt(plan.outlets().length)]);
            node.put("title", title(plan, random));
            node.put("published", plan.start().plusDays(random.nextInt(plan.days())).toString());
            node.put("text", body(plan, random));
            node.put("story", plan.label());
            out.write(json.writeValueAsString(node));
            out.write('\n');
        }
        out.flush();
    }

    private static String title(Plan plan, Random random) {
        String[] subject = SUBJECTS[plan.subject()];
        return capital(subject[random.nextInt(subject.length)]) + " in " + capital(plan.names()[0]) + ": "
                + capital(plan.names()[1 + random.nextInt(plan.names().length - 1)]) + " "
                + VERBS[random.nextInt(VERBS.length)];
    }

    private static String body(Plan plan, Random random) {
        String[] subject = SUBJECTS[plan.subject()];
        StringBuilder text = new StringBuilder();
        int sentences = 6 + random.nextInt(8);
        for (int i = 0; i < sentences; i++) {
            StringBuilder sentence = new StringBuilder();
            sentence.append(capital(COMMON[random.nextInt(COMMON.length)]));
            int words = 10 + random.nextInt(12);
            for (int w = 1; w < words; w++) {
                double roll = random.nextDouble();
                String word;
                if (roll < 0.15) {
                    word = capital(plan.names()[random.nextInt(plan.names().length)]);
                } else if (roll < 0.35) {
                    word = subject[random.nextInt(subject.length)];
                } else if (roll < 0.45) {
                    word = VERBS[random.nextInt(VERBS.length)];
                } else {
                    word = COMMON[random.nextInt(COMMON.length)];
                }
                sentence.append(' ').append(word);
            }
            text.append(sentence).append(". ");
            if (i % 4 == 3) {
                text.append("\n\n");
            }
        }
        return text.toString().strip();
    }

    private static String inventedWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

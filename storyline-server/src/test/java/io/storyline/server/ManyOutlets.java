package io.storyline.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story told by twelve outlets over three days, written for the story page's browser tests: a
 * landslide on a coast road. Every outlet carries some of ten shared facts (so the matrix has facts
 * carried by several outlets, each worded its own way), five of its own (so it has many facts carried
 * by one), and counts disagree (conflicts). One outlet is hostile: markup and a script in its name,
 * title, address and text, and a 2,000-letter word in one of its sentences.
 */
final class ManyOutlets {

    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMAGE = "<img src=x onerror=\"window.__pwned=1\">";
    static final String HOSTILE_OUTLET = IMAGE + " Evil Herald";
    static final String LONG_WORD = "Landslip".repeat(250);

    static final List<String> OUTLETS = List.of("Kellan Courier", "Dunmore Gazette", "The Coast Record",
            "Ashford Evening Post", "BBC Radio West", "Reuters", "Associated Press", "West Country Times",
            "The Harbour Herald", "Atlantic Daily Mail", "Morning Star Kellan", HOSTILE_OUTLET);

    private static final List<String> SHARED = List.of(
            "A landslide buried the coast road between Kellan and Dunmore on Tuesday night after three days of heavy rain.",
            "Rescue teams pulled two drivers from a van trapped under the mud near the Kellan turning.",
            "The road will stay closed for at least two weeks while engineers check the cliff above it.",
            "Buses between Kellan and Dunmore now take a 30-mile detour through Ashford.",
            "The Met Office issued an amber warning for more rain on Thursday.",
            "Residents had complained about cracks in the road surface since January.",
            "A temporary school bus service will run from the Kellan community hall.",
            "The council leader, Maria Osei, said the slope had been inspected in March.",
            "Fishing boats ferried food and fuel to Dunmore harbour on Wednesday.",
            "Power was cut to 900 homes when the slide brought down a pylon.");

    private static final List<String> PEOPLE = List.of("Tom Hale", "Aisha Brennan", "Rory Quinn", "Nadia Petrov",
            "Owen Marsh", "Lucy Tran", "Ben Adeyemi", "Cara Flint", "Dev Sharma", "Ellen Voss", "Hugo Lind", "Ines Moreau");
    private static final List<String> TRADES = List.of("bakery", "garage", "pharmacy", "surf school", "pub", "post office",
            "bookshop", "boatyard", "cafe", "butcher's", "hardware store", "guest house");
    private static final List<String> PLACES = List.of("Penhallow Lane", "the old quarry", "St Bride's church",
            "the lifeboat station", "Gull Point", "the caravan park", "Trevose Farm", "the golf club", "Mill Cove",
            "the harbour wall", "Keeper's Hill", "the railway bridge");

    /** Who each outlet says told it, so no two outlets print the same sentence (which would read as page furniture). */
    private static final List<String> SAID_BY = List.of("police said", "the coastguard said", "residents said",
            "the county council said", "a spokeswoman said", "engineers said", "the fire service said",
            "local people said", "a councillor said", "the highways agency said", "rescuers said", "the mayor said");

    private ManyOutlets() {
    }

    /** The twelve articles, as POST /api/articles takes them. */
    static List<Map<String, String>> articles() {
        List<Map<String, String>> articles = new ArrayList<>();
        for (int i = 0; i < OUTLETS.size(); i++) {
            String outlet = OUTLETS.get(i);
            boolean hostile = outlet.equals(HOSTILE_OUTLET);
            List<String> sentences = new ArrayList<>();
            sentences.add(said(SHARED.get(0), i));
            sentences.add(said((i % 3 == 0 ? "60" : "40") + " homes in Kellan were evacuated as a precaution.", i + 5));
            for (int k = 1; k < SHARED.size(); k++) {
                if ((i + k) % 4 != 0 || hostile) {
                    sentences.add(said(SHARED.get(k), i + k));
                }
            }
            String person = PEOPLE.get(i);
            String trade = TRADES.get(i);
            String place = PLACES.get(i);
            sentences.add(person + ", who runs the " + trade + " in Kellan, said trade had fallen by half since the road closed.");
            sentences.add("Volunteers near " + place + " filled " + (200 + 37 * i) + " sandbags before dawn.");
            sentences.add("A drone survey of " + place + " found fresh fissures " + (3 + i) + " metres from the edge.");
            sentences.add("Walkers were told to keep away from the cliff path at " + place + " until further notice.");
            sentences.add(hostile
                    ? "Our reporter saw " + SCRIPT + " workers shore up the " + LONG_WORD + " with steel " + IMAGE + " mesh."
                    : person + " described hearing a roar like a train before the hillside gave way.");
            Map<String, String> article = new LinkedHashMap<>();
            article.put("id", "slide-" + (i + 1));
            article.put("outlet", outlet);
            article.put("title", hostile ? "Landslide shuts Kellan coast road " + IMAGE
                    : "Landslide shuts Kellan coast road (" + outlet + ")");
            article.put("published", "2026-03-0" + (3 + i % 3));
            article.put("url", hostile ? "javascript:window.__pwned=1" : "https://news.example/" + (i + 1) + "/landslide");
            article.put("text", String.join(" ", sentences));
            articles.add(article);
        }
        return articles;
    }

    private static String said(String sentence, int n) {
        return sentence.substring(0, sentence.length() - 1) + ", " + SAID_BY.get(n % SAID_BY.size()) + ".";
    }
}

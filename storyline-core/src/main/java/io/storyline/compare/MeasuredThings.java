package io.storyline.compare;

import io.storyline.analyze.Quantity;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import io.storyline.model.Conflict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Disagreements on a measure of one named thing, wherever in the story each outlet gives it: a
 * length or an age written before its holder ("the 150-metre Kestrel Moon", "the 82-year-old
 * Pinochet"), or before a common noun that the story elsewhere puts right before the name ("the
 * 140-metre vessel", when another sentence says "the container vessel Kestrel Moon"), or as AP
 * writes an age ("Pinochet, 82,"). A noun the story puts before more than one name is not resolved.
 */
final class MeasuredThings {

    private static final Pattern NAME_AFTER = Pattern.compile("^\\s+((?:[A-Z][\\w'-]+\\s?){1,4})");
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+([a-z]+)\\b");
    private static final Pattern NAME_BEFORE_AGE = Pattern.compile("((?:[A-Z][\\w'-]+\\s?){1,4}),\\s*$");

    private MeasuredThings() {
    }

    /** One measure of a thing. */
    private record Measure(Report report, String holder, Quantity quantity) {
    }

    static List<Conflict> conflicts(StoryAnalysis story, List<Report> reports, SourceNumbering sources) {
        List<Measure> measures = new ArrayList<>();
        for (Report report : reports) {
            String text = report.sentence().text();
            for (Quantity q : report.quantities()) {
                if (!q.slot().equals("length") && !q.slot().startsWith("age")) {
                    continue;
                }
                String holder = holder(story, text, q);
                if (holder != null) {
                    measures.add(new Measure(report, holder, q));
                }
            }
        }
        List<Article> articles = story.articles();
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            for (int j = i + 1; j < measures.size(); j++) {
                Measure a = measures.get(i);
                Measure b = measures.get(j);
                if (kind(a).equals(kind(b)) && a.holder().equals(b.holder())
                        && !articles.get(a.report().article()).sameOutletAs(articles.get(b.report().article()))
                        && !a.quantity().consistentWith(b.quantity())) {
                    conflicts.add(new Conflict("number", kind(a) + " of " + a.holder(),
                            a.quantity().text(), sources.cite(a.report().sentence()),
                            b.quantity().text(), sources.cite(b.report().sentence())));
                }
            }
        }
        return conflicts;
    }

    private static String kind(Measure measure) {
        return measure.quantity().slot().startsWith("age") ? "age" : measure.quantity().slot();
    }

    /** The name the measure is of, or null when the sentence does not say or the story does not resolve it. */
    private static String holder(StoryAnalysis story, String text, Quantity q) {
        int at = text.indexOf(q.text());
        if (at < 0) {
            return null;
        }
        if (!q.text().contains("-")) {
            // "Qin, 44": the name before the age
            Matcher before = NAME_BEFORE_AGE.matcher(text.substring(0, at + q.text().indexOf(',') + 1));
            return q.slot().startsWith("age") && before.find() ? before.group(1).strip() : null;
        }
        String after = text.substring(at + q.text().length());
        Matcher name = NAME_AFTER.matcher(after);
        if (name.find()) {
            String holder = name.group(1).strip();
            // "the 28-year-old Egyptian man": a nationality names no one
            return java.util.Arrays.stream(holder.split("\\s+")).allMatch(w -> Lexicon.DEMONYMS.contains(Lexicon.lower(w)))
                    ? null : holder;
        }
        Matcher noun = NOUN_AFTER.matcher(after);
        return noun.find() ? nameAfterNoun(story, noun.group(1)) : null;
    }

    /** Whether the story writes the word in lower case somewhere: a common word, not a name. */
    private static boolean writtenInLowerCase(StoryAnalysis story, String lower) {
        Pattern word = Pattern.compile("(?<![\\w'-])" + Pattern.quote(lower) + "(?![\\w'-])");
        return story.sentences().stream().anyMatch(s -> word.matcher(s.text()).find());
    }

    /** Nouns any number of people answer to: "a 14-year-old girl" is not the one girl the story names. */
    private static final Set<String> ANYONE = Set.of("man", "woman", "boy", "girl", "child", "baby", "person",
            "men", "women", "boys", "girls", "children", "people", "son", "daughter", "mother", "father", "brother",
            "sister", "victim", "survivor", "patient", "student", "pupil", "resident", "worker", "driver", "passenger");

    /** The one name the story writes right after the noun ("vessel Kestrel Moon"); null if none or several. */
    private static String nameAfterNoun(StoryAnalysis story, String noun) {
        if (ANYONE.contains(noun)) {
            return null;
        }
        Pattern titled = Pattern.compile("\\b" + Pattern.quote(noun) + "\\s+((?:[A-Z][\\w'-]+\\s?){1,4})");
        Set<String> names = new HashSet<>();
        for (var sentence : story.sentences()) {
            Matcher m = titled.matcher(sentence.text());
            while (m.find()) {
                names.add(m.group(1).strip().toLowerCase(Locale.ROOT));
            }
        }
        if (names.size() != 1 || writtenInLowerCase(story, names.iterator().next().split("\\s+")[0])) {
            return null; // "the 45-year-old man At 9:36 pm": a common word opening a sentence is no name
        }
        String lower = names.iterator().next();
        for (var sentence : story.sentences()) {
            Matcher m = titled.matcher(sentence.text());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return lower;
    }
}

package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.Dispute;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;

import java.time.LocalDate;
import java.util.List;

/** Hand-built summaries for the renderer tests; the story is invented. */
final class SummaryFixtures {

    static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"alert(2)\" javascript:alert(1)";

    private SummaryFixtures() {
    }

    static List<Source> threeSources() {
        return List.of(
                new Source(1, "tide-1", "Tideline Post", "Ferry service suspended after pier collapse",
                        "https://www.tideline.example/news/2026/04/pier", LocalDate.of(2026, 4, 14),
                        "stories/tideline.html"),
                new Source(2, "gull-7", "Gull Bay Gazette", null, null, LocalDate.of(2026, 4, 15),
                        "stories/gazette.txt"),
                new Source(3, "tide-2", "Tideline Post", "Pier inquiry opens", "ftp://archive.example/pier.txt",
                        null, "stories/tideline-2.txt"));
    }

    /** Three sentences; the second is reported by all three sources, the third cites source 2 twice. */
    static Summary pierStory() {
        SummarySentence first = new SummarySentence("The north pier at Gull Bay collapsed on Monday morning.",
                List.of(new Citation(1, 0, "The north pier at Gull Bay collapsed on Monday morning.")));
        SummarySentence second = new SummarySentence("Two deckhands were taken to hospital with minor injuries.",
                List.of(new Citation(2, 3, "Two deckhands were taken to hospital with minor injuries."),
                        new Citation(1, 4, "Hospital staff treated two crew members for cuts."),
                        new Citation(3, 1, "Both injured deckhands have since gone home.")));
        SummarySentence third = new SummarySentence("Ferries will use the south quay until June.",
                List.of(new Citation(2, 5, "Ferries will use the south quay until June."),
                        new Citation(2, 6, "The south quay takes over all crossings.")));
        return new Summary("centroid", List.of(first, second, third), threeSources());
    }

    /** One sentence cited to source 1, disputed by source 2 on the toll and the day. */
    static Summary disputedStory() {
        SummarySentence sentence = new SummarySentence("The pier collapsed on Monday, injuring two deckhands.",
                List.of(new Citation(1, 0, "The pier collapsed on Monday, injuring two deckhands.")),
                List.of(new Dispute(new Citation(2, 0, "The pier collapsed on Tuesday, injuring <b>four</b> deckhands."),
                                "number", "deckhand", "two deckhands", "<b>four</b> deckhands"),
                        new Dispute(new Citation(2, 0, "The pier collapsed on Tuesday, injuring <b>four</b> deckhands."),
                                "day", "day", "Monday", "Tuesday")));
        return new Summary("coverage", List.of(sentence), threeSources());
    }

    static Summary empty() {
        return new Summary("centroid", List.of(), threeSources());
    }

    /** The same hostile payload in every field an article can supply. */
    static Summary hostile() {
        Source source = new Source(1, HOSTILE, HOSTILE, HOSTILE, "javascript:alert(1)", null, HOSTILE);
        Source second = new Source(2, "b", HOSTILE, HOSTILE, null, LocalDate.of(2026, 1, 2), HOSTILE);
        Source third = new Source(3, "c", "Plain Outlet", HOSTILE, "https://ok.example/a?q=\"onmouseover=\"x<b>",
                null, "c.txt");
        SummarySentence sentence = new SummarySentence(HOSTILE,
                List.of(new Citation(1, 0, HOSTILE), new Citation(2, 1, HOSTILE), new Citation(3, 2, HOSTILE)));
        return new Summary(HOSTILE, List.of(sentence), List.of(source, second, third));
    }
}

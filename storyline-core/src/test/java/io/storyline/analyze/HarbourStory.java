package io.storyline.analyze;

import io.storyline.model.Article;

import java.time.LocalDate;
import java.util.List;

/** A small invented story told by three outlets, for the tests of what the stages share. */
final class HarbourStory {

    private HarbourStory() {
    }

    static final Article GAZETTE = new Article("gazette", "Harbour Gazette", null, "Ferry strike halts crossings",
            LocalDate.of(2026, 5, 4), """
            Ferry crews in Nordsund walked out on Monday, halting every crossing to the islands.
            The union said the strike would last 48 hours.
            A fishing festival in the old town drew record crowds over the weekend.
            """, "gazette.txt");

    static final Article COURIER = new Article("courier", "Island Courier", null, "Islands cut off",
            LocalDate.of(2026, 5, 4), """
            Bakers on the islands said bread would run short by Wednesday.
            Every crossing to the islands was halted on Monday when ferry crews in Nordsund walked out.
            The union said the walkout would last 48 hours, its second this spring.
            """, "courier.txt");

    static final Article WIRE = new Article("wire", "Coast Wire", null, "Nordsund ferries stop",
            LocalDate.of(2026, 5, 5), """
            The harbour master of Nordsund closed the channel to private boats as well.
            Ferry crews in Nordsund walked out on Monday.
            """, "wire.txt");

    static List<Article> articles() {
        return List.of(GAZETTE, COURIER, WIRE);
    }

    static StoryAnalysis analysis() {
        return StoryAnalysis.of(articles());
    }

    /** The first sentence of the story that opens with the words given. */
    static AnalyzedSentence sentence(StoryAnalysis story, String opening) {
        return story.sentences().stream().filter(s -> s.text().startsWith(opening)).findFirst().orElseThrow();
    }
}

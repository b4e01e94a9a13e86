package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.Storyline;
import io.storyline.model.Citation;
import io.storyline.model.DayCoverage;
import io.storyline.model.Source;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import io.storyline.render.OutputFormats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timeline page's picture in a real browser (src/test/browser/timeline-picture.mjs, run by
 * {@link BrowserScript}): a story of two years with crowded weeks, one of two days, and one of four days
 * that refers back to a day six weeks earlier, each at a desktop and a phone width; every date of a short
 * timeline keeps its label, and the browser's own boxes of the date labels must not
 * intersect. Screenshots go to target/browser/. Skips (saying why) only when node or chromium is
 * not installed.
 */
class TimelinePictureBrowserTest {

    private static Timeline on(List<LocalDate> dates) {
        Source source = new Source(1, "a1", "Courier", "Flood on the Arun", null, dates.get(0), "a1.txt");
        List<TimelineEntry> entries = new ArrayList<>();
        List<DayCoverage> coverage = new ArrayList<>();
        for (LocalDate d : dates) {
            String text = "The river Arun stood at a new height on " + d + ".";
            entries.add(new TimelineEntry(d, List.of(new SummarySentence(text, List.of(new Citation(1, 0, text))))));
            coverage.add(new DayCoverage(d, 2, 3));
        }
        return new Timeline(entries, List.of(source), coverage, List.of());
    }

    /**
     * Four days of April and, six weeks before them, a day the articles only refer back to: drawn to scale, the
     * April days would share the last tenth of the axis and one of them would lose its label.
     */
    private static Timeline withFarReference() {
        Timeline april = on(List.of(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15),
                LocalDate.of(2026, 4, 16)));
        List<DayCoverage> coverage = new ArrayList<>(april.coverage());
        coverage.add(0, new DayCoverage(LocalDate.of(2026, 3, 3), 0, 2));
        return new Timeline(april.entries(), april.sources(), coverage, List.of());
    }

    private static List<LocalDate> twoYears() {
        LocalDate start = LocalDate.of(2009, 4, 20);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            dates.add(start.plusDays(i * 2L));
        }
        dates.add(start.plusMonths(5));
        for (int i = 0; i < 5; i++) {
            dates.add(start.plusMonths(11).plusDays(i));
        }
        dates.add(start.plusMonths(23));
        dates.add(start.plusYears(2));
        return dates;
    }

    @Test
    void dateLabelsNeverOverlapForTwoYearsOrTwoDays() throws Exception {
        BrowserScript.assumeInstalled();
        Path out = BrowserScript.output();
        Path twoYears = out.resolve("timeline-two-years.html");
        Path twoDays = out.resolve("timeline-two-days.html");
        Files.deleteIfExists(out.resolve("timeline-two-years-phone.png"));
        Files.writeString(twoYears, Storyline.render(on(twoYears()), OutputFormats.HTML));
        Files.writeString(twoDays, Storyline.render(on(List.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11))),
                OutputFormats.HTML));

        Path farReference = out.resolve("timeline-far-reference.html");
        Files.writeString(farReference, Storyline.render(withFarReference(), OutputFormats.HTML));

        String log = BrowserScript.run("timeline-picture.mjs", Duration.ofMinutes(3), out.toString(), twoYears.toString(),
                twoDays.toString(), farReference.toString());
        assertThat(log).contains("timeline-two-years at desktop size").contains("timeline-two-days at phone size")
                .contains("timeline-far-reference at phone size");
        assertThat(out.resolve("timeline-two-years-phone.png")).isNotEmptyFile();
    }
}

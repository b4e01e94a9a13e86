package io.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Citation;
import io.storyline.model.DayCoverage;
import io.storyline.model.Source;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The timeline page's picture stays readable however the dates crowd: its date labels never overlap. */
class TimelinePictureTest {

    /** A timeline on the given dates, each with one sentence and a day of coverage. */
    public static Timeline on(List<LocalDate> dates) {
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

    /** Two years with two crowded weeks: the hard case for labels. */
    public static List<LocalDate> twoYears() {
        LocalDate start = LocalDate.of(2009, 4, 20);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            dates.add(start.plusDays(i * 2L)); // a busy fortnight
        }
        dates.add(start.plusMonths(5));
        for (int i = 0; i < 5; i++) {
            dates.add(start.plusMonths(11).plusDays(i)); // a busy week a year on
        }
        dates.add(start.plusMonths(23));
        dates.add(start.plusYears(2));
        return dates;
    }

    /** A story of two days. */
    public static List<LocalDate> twoDays() {
        return List.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
    }

    private static List<double[]> labelBoxes(String html) {
        List<double[]> boxes = new ArrayList<>();
        for (Element label : Jsoup.parse(html).select("svg text.label")) {
            double x = Double.parseDouble(label.attr("x"));
            double y = Double.parseDouble(label.attr("y"));
            double width = 2 * 30.0; // "30 Apr 2009" at 10px is under 60 units wide
            double left = switch (label.attr("text-anchor")) {
                case "start" -> x;
                case "end" -> x - width;
                default -> x - width / 2;
            };
            boxes.add(new double[] {left, y - 10, left + width, y + 3});
        }
        return boxes;
    }

    @Test
    void labelsOfACrowdedTwoYearStoryNeverOverlap() {
        String html = OutputFormats.HTML.render(RecordType.TIMELINE, on(twoYears()), RenderOptions.defaults());
        List<double[]> boxes = labelBoxes(html);
        assertThat(boxes.size()).as("most dates keep a label").isGreaterThanOrEqualTo(8);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
                assertThat(apart).as("label %d and %d overlap", i, j).isTrue();
            }
        }
        assertThat(Jsoup.parse(html).select("svg circle.mark")).hasSize(twoYears().size());
        String viewBox = Jsoup.parse(html).selectFirst("svg").attr("viewBox");
        double height = Double.parseDouble(viewBox.split(" ")[3]);
        boxes.forEach(b -> assertThat(b[3]).isLessThanOrEqualTo(height));
    }

    @Test
    void aTwoDayStoryLabelsBothDaysInsideThePicture() {
        String html = OutputFormats.HTML.render(RecordType.TIMELINE, on(twoDays()), RenderOptions.defaults());
        List<double[]> boxes = labelBoxes(html);
        assertThat(boxes).hasSize(2);
        assertThat(boxes.get(0)[0]).isGreaterThanOrEqualTo(0);
        assertThat(boxes.get(1)[2]).isLessThanOrEqualTo(720);
    }

    @Test
    void aLabelTakesTheFirstRowWithRoom() {
        List<Double> rows = new ArrayList<>();
        assertThat(TimelineHtml.labelRow(rows, 0)).isZero();
        rows.set(0, 72.0);
        assertThat(TimelineHtml.labelRow(rows, 40)).isEqualTo(1);
        rows.set(1, 112.0);
        assertThat(TimelineHtml.labelRow(rows, 80)).isZero();
        assertThat(TimelineHtml.labelRow(rows, 60)).isEqualTo(2);
        rows.set(2, 130.0);
        assertThat(TimelineHtml.labelRow(rows, 50)).isEqualTo(-1);
    }
}

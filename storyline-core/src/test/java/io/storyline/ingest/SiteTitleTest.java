package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A site's name comes off a page title at either end; the headline's own parts stay. */
class SiteTitleTest {

    @Test
    void aTrailingOrLeadingSiteNameGoes() {
        assertThat(SiteTitle.strip("The Ferry Clock | Harbour Review", "Harbour Review", null, List.of()))
                .isEqualTo("The Ferry Clock");
        assertThat(SiteTitle.strip("Tidewater Times — Old pier to close", "Tidewater Times", null, List.of()))
                .isEqualTo("Old pier to close");
        // spelled another way than og:site_name: by case, spacing or a leading "the"
        assertThat(SiteTitle.strip("Gull Bay ferry cut - THE GULL BAY GAZETTE", "the Gull Bay Gazette", null, List.of()))
                .isEqualTo("Gull Bay ferry cut");
    }

    @Test
    void theHostNamesTheSiteWhenThePageDoesNot() {
        assertThat(SiteTitle.strip("Moons spew water | Skywatch.example", null, "skywatch.example", List.of()))
                .isEqualTo("Moons spew water");
        assertThat(SiteTitle.strip("Moons spew water - Skywatch", null, "skywatch.example", List.of()))
                .isEqualTo("Moons spew water");
    }

    @Test
    void aPartTheOtherTitlesLeaveOutGoes() {
        assertThat(SiteTitle.strip("Old pier to close | Tideline", null, "news.example",
                Arrays.asList(null, "Old pier to close")))
                .isEqualTo("Old pier to close");
    }

    @Test
    void theHeadlinesOwnPartsStay() {
        // nothing says "Part two" or "October pack" is the site
        assertThat(SiteTitle.strip("Ferry strike - Part two", "Tideline", "tideline.example", List.of()))
                .isEqualTo("Ferry strike - Part two");
        assertThat(SiteTitle.strip("Dare to Sail 3 / October pack – Kessel Boats Entertainment", null,
                "kesselboats.example", List.of("Dare to Sail 3 / October pack – Kessel Boats Entertainment")))
                .isEqualTo("Dare to Sail 3 / October pack – Kessel Boats Entertainment");
        // a title that is only the site's name is left as it is
        assertThat(SiteTitle.strip("Tideline", "Tideline", null, List.of())).isEqualTo("Tideline");
        assertThat(SiteTitle.strip("Snooze cruise: Study sees a future", "Tideline", null, List.of()))
                .isEqualTo("Snooze cruise: Study sees a future");
    }

    @Test
    void theExtractorStripsTheSiteFromTheOpenGraphTitleToo() {
        String html = "<!DOCTYPE html><html><head><title>The Ferry Clock | Harbour Review</title>"
                + "<meta property=\"og:title\" content=\"The Ferry Clock | Harbour Review\">"
                + "<meta property=\"og:site_name\" content=\"Harbour Review\"></head><body><article>"
                + "<p>The harbour board voted on Tuesday to close the old pier to traffic from next spring, after "
                + "engineers found rust in most of its supporting beams.</p>"
                + "<p>Fishing crews who moor there said they had not been asked, and would take the matter to the "
                + "council at its next sitting in March.</p></article></body></html>";
        assertThat(HtmlExtractor.extract(html, "https://harbourreview.example/ferry-clock").title())
                .isEqualTo("The Ferry Clock");
    }
}

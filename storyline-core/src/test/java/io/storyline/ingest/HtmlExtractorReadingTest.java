package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** How a page is read before its blocks are weighed: what counts as a page, and the form of its text. */
class HtmlExtractorReadingTest {

    private static final String STORY = "<p>The harbour board voted on Tuesday to close the old pier to traffic from "
            + "next spring, after engineers found rust in most of its supporting beams.</p>"
            + "<p>Fishing crews who moor there said they had not been asked, and would take the matter to the "
            + "council at its next sitting in March.</p>";

    @Test
    void aPageWrittenInsideNoscriptForReadersWithoutJavaScriptIsRead() {
        String html = "<!DOCTYPE html><html><head><title>Pier</title></head><body><div id=\"app\"></div>"
                + "<noscript><div id=\"page\"><h1>Pier to close</h1>" + STORY + "</div></noscript></body></html>";

        assertThat(HtmlExtractor.extract(html, null).text()).contains("The harbour board voted", "Fishing crews");
    }

    @Test
    void invisibleCharactersInsideWordsGoWithoutSplittingThem() {
        // a hyphenation plugin's soft hyphens and a zero-width space, written as characters, not entities
        String html = "<!DOCTYPE html><html><body><article>" + STORY.replace("harbour", "har\u00ADbour")
                .replace("engineers", "engi\u00ADneers").replace("Fishing", "Fish\u200Bing")
                + "<p>A tag the invisible character breaks stays text: <\u00ADb>not bold.</p></article></body></html>";

        String text = HtmlExtractor.extract(html, null).text();
        assertThat(text).contains("The harbour board voted", "after engineers found", "Fishing crews")
                .contains("stays text: < b>not bold.").doesNotContain("\u00AD", "\u200B");
    }

    @Test
    void aNoscriptFallbackBesideTheStoryStillGoes() {
        String html = "<!DOCTYPE html><html><body><article>" + STORY + "</article>"
                + "<noscript><p>Please enable JavaScript to see the comments.</p></noscript></body></html>";

        assertThat(HtmlExtractor.extract(html, null).text()).contains("The harbour board voted")
                .doesNotContain("enable JavaScript");
    }

    @Test
    void aSavedPageThatOpensWithALongStyleBlockIsAWebPage() {
        String html = "<style>\n" + ".card { margin: 0 auto; padding: 4px; }\n".repeat(200) + "</style>\n"
                + "<!DOCTYPE html><html><head><title>Pier</title></head><body><article>" + STORY + "</article></body></html>";

        assertThat(HtmlExtractor.looksLikeHtml(html)).isTrue();
        assertThat(HtmlExtractor.extract(html, null).text()).startsWith("The harbour board voted")
                .doesNotContain("margin");
    }

    @Test
    void plainTextThatMentionsTagsIsNoWebPage() {
        assertThat(HtmlExtractor.looksLikeHtml("The <body> of the report was read at the harbour board.")).isFalse();
        assertThat(HtmlExtractor.looksLikeHtml("<note> " + "x".repeat(2000) + " the report had no markup")).isFalse();
    }

    @Test
    void textIsGivenInTheComposedFormWhateverThePageUsed() {
        // Bengali "saare" (half past) with its letter as one code point (U+09DC), and "cafe" with a combining accent
        String html = "<!DOCTYPE html><html><body><article><p>\u0986\u099C \u09B8\u0995\u09BE\u09B2 \u09B8\u09BE\u09DC\u09C7 "
                + "\u09ED\u099F\u09BE\u09B0 \u09A6\u09BF\u0995\u09C7 \u098F \u0998\u099F\u09A8\u09BE \u0998\u099F\u09C7\u0964 "
                + "The cafe\u0301 on the quay stayed open while the engineers looked at the pier beams.</p></article></body></html>";

        String text = HtmlExtractor.extract(html, null).text();

        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).contains("\u09B8\u09BE\u09A1\u09BC\u09C7", "caf\u00E9");
    }
}

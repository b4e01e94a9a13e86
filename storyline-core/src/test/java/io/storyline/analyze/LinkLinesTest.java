package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A line that only points to web addresses is no statement; a statement naming an address stays one. */
class LinkLinesTest {

    @Test
    void aWireLinkTrailerIsAPointer() {
        assertThat(LinkLines.pointer("------ On the Net: The report: http://www.harbour-board.example.org")).isTrue();
        assertThat(LinkLines.pointer("On the Web: www.harbour-board.example.org")).isTrue();
        assertThat(LinkLines.pointer("More at https://example.org/ferry.")).isTrue();
    }

    @Test
    void aStatementThatNamesAnAddressIsNoPointer() {
        assertThat(LinkLines.pointer("The harbour board posted its report on the ferry crash at "
                + "http://www.harbour-board.example.org on Friday.")).isFalse();
        assertThat(LinkLines.pointer("The ferry sank on Friday with 30 people aboard.")).isFalse();
    }
}

package io.storyline.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepeatedSentencesTest {

    private static final String NOTICE = "These crawls are part of an effort to archive pages as they are created.";

    @Test
    void fingerprintIgnoresCaseAndPunctuationButNotWordsOrNumbers() {
        long notice = RepeatedSentences.fingerprint(NOTICE);
        assertThat(notice).isNotZero();
        assertThat(RepeatedSentences.fingerprint("  these CRAWLS are part of an effort, to archive pages as they are created"))
                .isEqualTo(notice);
        assertThat(RepeatedSentences.fingerprint("These crawls are part of an effort to archive sites as they are created."))
                .isNotEqualTo(notice);
        // an updated figure is news, not the same sentence again
        assertThat(RepeatedSentences.fingerprint("At least 12 people were killed in the flooding on Sunday, police said."))
                .isNotEqualTo(RepeatedSentences.fingerprint("At least 15 people were killed in the flooding on Sunday, police said."));
    }

    @Test
    void shortSentencesAreNeverFingerprinted() {
        assertThat(RepeatedSentences.fingerprint("Get digital access today.")).isZero();
        assertThat(RepeatedSentences.fingerprint("one two three four five six seven")).isZero();
        assertThat(RepeatedSentences.fingerprint("one two three four five six seven eight")).isNotZero();
    }

    @Test
    void countsDocumentsAndForgetsBeyondTheWindow() {
        RepeatedSentences seen = new RepeatedSentences(2);
        long notice = RepeatedSentences.fingerprint(NOTICE);
        seen.addDocument(new long[] {notice});
        seen.addDocument(new long[] {notice, 7L});
        assertThat(seen.documentsWith(notice)).isEqualTo(2);
        assertThat(seen.documentsWith(7L)).isEqualTo(1);
        seen.addDocument(new long[] {9L}); // the first document leaves the window
        assertThat(seen.documentsWith(notice)).isEqualTo(1);
        seen.addDocument(new long[0]);
        seen.addDocument(new long[0]);
        assertThat(seen.documentsWith(notice)).isZero();
        assertThat(seen.documentsWith(7L)).isZero();
        assertThatThrownBy(() -> new RepeatedSentences(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.storyline.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text the summarizer takes no sentence from gets no empty summary: stderr says why and the exit code is
 * that of no usable input, as when no article is usable.
 */
class NoSentenceTest {

    @Test
    void oneShortLineOnStandardInputSaysItIsTooShort() {
        CommandRun run = CommandRun.withStdin("A ship hit the bridge\n", "summarize", "--no-progress", "-");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_NO_ARTICLES);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("storyline: no sentence was selected: the article holds only one sentence"
                + " of fewer than 6 words, too short for a summary");
    }

    @Test
    void shortLinesInEveryFormatGiveNoDocument() {
        CommandRun run = CommandRun.withStdin("Storm warning issued.\nFerries stop at noon.\nBridge shut tonight.\n",
                "summarize", "--no-progress", "--format", "json", "-");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_NO_ARTICLES);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("no sentence was selected: the article holds only").contains("sentences of fewer than 6 words");
    }

    @Test
    void aStoryWithSentencesIsSummarizedAsBefore() {
        CommandRun run = CommandRun.withStdin("The ferry from the north pier sailed again on Tuesday, the harbour"
                + " master said.\n", "summarize", "--no-progress", "-");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("The ferry from the north pier sailed again on Tuesday");
        assertThat(run.stderr()).doesNotContain("no sentence");
    }
}

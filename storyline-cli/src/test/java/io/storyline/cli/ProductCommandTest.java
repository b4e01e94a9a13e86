package io.storyline.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product command on its own: without storyline-eval on the class path (as in this module's
 * tests and storyline-product.jar) no {@link CommandSet} is found and only the product's commands exist.
 */
class ProductCommandTest {

    @Test
    void hasNoEvaluationCommands() {
        String help = CommandRun.of("--help").stdout();
        assertThat(help).contains("summarize").contains("serve").contains("help")
                .doesNotContain("generate-stream").doesNotContain("bench-server").doesNotContainPattern("\\n\\s+eval\\s");
        CommandRun eval = CommandRun.of("eval", "summarize");
        assertThat(eval.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(eval.stderr()).contains("eval");
    }
}

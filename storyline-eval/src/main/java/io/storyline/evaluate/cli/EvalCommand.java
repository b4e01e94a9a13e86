package io.storyline.evaluate.cli;

import picocli.CommandLine.Command;

/** {@code storyline eval ...}: measure Storyline on benchmark data, the way the literature does. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measures Storyline on benchmark data sets.",
        subcommands = {EvalSummarizeCommand.class, EvalTimelineCommand.class, EvalClusterCommand.class,
            EvalConflictsCommand.class, EvalPairsCommand.class,
            EvalExtractCommand.class, EvalTrainBlocksCommand.class})
final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package io.storyline.evaluate.cli;

import io.storyline.cli.CommandSet;

import java.util.List;

/**
 * The benchmark commands this module adds to {@code storyline} (registered in
 * {@code META-INF/services/io.storyline.cli.CommandSet}): they are on the class path of the full
 * {@code storyline.jar} only, not of the product command.
 */
public final class EvaluationCommands implements CommandSet {

    @Override
    public List<Class<?>> commands() {
        return List.of(GenerateStreamCommand.class, EvalCommand.class, BenchServerCommand.class,
                BenchFollowCommand.class);
    }

    /** {@code eval} runs the benchmarks a user reproduces; the rest are tools for load tests and data. */
    @Override
    public List<Class<?>> userCommands() {
        return List.of(EvalCommand.class);
    }
}

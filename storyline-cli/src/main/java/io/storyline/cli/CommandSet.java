package io.storyline.cli;

import java.util.List;

/**
 * More top-level commands for {@code storyline}, found on the class path by {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/io.storyline.cli.CommandSet} line naming the implementation). The
 * evaluation module adds {@code eval}, {@code generate-stream} and {@code bench-server} this way, so
 * the product command neither depends on nor ships the benchmark code.
 */
public interface CommandSet {

    /**
     * picocli {@code @Command} classes, in the order {@code --help} lists them. A class with a
     * {@code (Terminal)} constructor gets the streams of the run, as the built-in commands do.
     */
    List<Class<?>> commands();

    /**
     * Which of {@link #commands()} a user runs (as {@code eval} for benchmarks): a mistyped command is told of
     * these, as of the built-in ones, and not of the rest (servers for load tests, data generators).
     */
    default List<Class<?>> userCommands() {
        return List.of();
    }
}

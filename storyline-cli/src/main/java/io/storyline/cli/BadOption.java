package io.storyline.cli;

import io.storyline.render.OutputFormat;
import io.storyline.render.OutputFormats;
import io.storyline.render.RecordType;

import java.util.function.Supplier;

/**
 * A command-line option whose value a command rejects after picocli parsed it (a format the record
 * has not, a method no summarizer has, a count that is not positive; storyline-eval's commands
 * use it too). {@link Main} answers it as it
 * answers picocli's own parse errors: the message, one line pointing to {@code --help}, exit code
 * {@link Main#EXIT_USAGE}. It is an {@link IllegalArgumentException}, so callers that check options
 * directly keep catching what they caught.
 */
public final class BadOption extends IllegalArgumentException {

    public BadOption(String message) {
        super(message);
    }

    /** The value {@code check} gives; an {@link IllegalArgumentException} it throws becomes a bad option. */
    public static <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (BadOption e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BadOption(e.getMessage());
        }
    }

    /** {@code --format}'s format for the record, else a bad option naming the formats there are. */
    static OutputFormat format(String name, RecordType<?> record) {
        return check(() -> OutputFormats.forName(name, record));
    }

    /** The value of a count option that must be above zero. */
    public static int positive(String option, int value) {
        if (value <= 0) {
            throw new BadOption(option + " must be a positive number, was " + value);
        }
        return value;
    }
}

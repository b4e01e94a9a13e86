package io.storyline.ingest;

/**
 * An input whose end is lost (a gzip file cut short in its data): what came before the break is still the
 * reader's, so it is read, and the message says what was lost.
 */
final class CutShortInputException extends UnusableInputException {

    private static final long serialVersionUID = 1L;

    private final transient byte[] partial;

    CutShortInputException(String problem, byte[] partial) {
        super(problem);
        this.partial = partial;
    }

    /** The bytes before the break. */
    byte[] partial() {
        return partial;
    }
}

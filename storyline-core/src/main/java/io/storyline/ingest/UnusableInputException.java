package io.storyline.ingest;

/** A file (or line) that cannot become an article; its message is shown to the user as is. */
class UnusableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    UnusableInputException(String problem) {
        super(problem, null, false, false);
    }
}

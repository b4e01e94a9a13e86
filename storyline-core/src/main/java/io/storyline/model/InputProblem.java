package io.storyline.model;

/**
 * A piece of input that could not be used, or only in part, reported to the user: one bad file
 * never costs the good ones. A {@linkplain #noted() notice} reports an input read whole.
 *
 * @param location the file (or {@code file:line}) the problem is in
 * @param problem  what is wrong with it, in words a user can act on
 * @param extent   whether the input was skipped or read as far as it goes
 */
public record InputProblem(String location, String problem, Extent extent) {

    /** How much of the input was still used. */
    public enum Extent {
        /** Nothing of this input (file, line, record, item) was used. */
        SKIPPED,
        /** The input gave its articles, but part of it (a missing field, a cut tail) was lost. */
        READ_IN_PART,
        /** The input was read whole; the notice says how, as a reader checking the text should know (a guessed encoding). */
        NOTED
    }

    /** An input that was skipped. */
    public InputProblem(String location, String problem) {
        this(location, problem, Extent.SKIPPED);
    }

    /** An input whose articles were used, with part of it lost as {@code problem} says. */
    public static InputProblem readInPart(String location, String problem) {
        return new InputProblem(location, problem, Extent.READ_IN_PART);
    }

    /** An input read whole, with a notice of how it was read. */
    public static InputProblem noted(String location, String notice) {
        return new InputProblem(location, notice, Extent.NOTED);
    }

    /** True for a notice, which is no problem: the input was read whole. */
    public boolean noted() {
        return extent == Extent.NOTED;
    }

    public boolean skipped() {
        return extent == Extent.SKIPPED;
    }

    /** How the command line names the extent: "skipped", "note" or "read in part". */
    public String extentLabel() {
        return skipped() ? "skipped" : noted() ? "note" : "read in part";
    }

    /** True when some input was skipped or read only in part (a notice alone is no problem). */
    public static boolean anyProblem(java.util.List<InputProblem> problems) {
        return problems.stream().anyMatch(p -> !p.noted());
    }

    @Override
    public String toString() {
        return location + ": " + problem;
    }
}

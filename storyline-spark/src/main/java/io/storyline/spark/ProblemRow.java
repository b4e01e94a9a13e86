package io.storyline.spark;

import io.storyline.model.InputProblem;

import java.io.Serializable;

/**
 * An {@link InputProblem} that can travel between executors: an input skipped or read in part, and why.
 *
 * @param extent "skipped", "read in part" or "note", as the command line says it
 */
record ProblemRow(String location, String problem, String extent) implements Serializable {

    static ProblemRow of(InputProblem problem) {
        return new ProblemRow(problem.location(), problem.problem(), problem.extentLabel());
    }

    /** A whole input skipped (what the driver itself finds: too large, unlistable). */
    static ProblemRow skipped(String location, String problem) {
        return new ProblemRow(location, problem, "skipped");
    }

    @Override
    public String toString() {
        return location + ": " + problem;
    }
}

package io.storyline.spark;

import io.storyline.model.InputProblem;

import java.io.Serializable;

/** An {@link InputProblem} that can travel between executors: an input skipped, and why. */
record ProblemRow(String location, String problem) implements Serializable {

    static ProblemRow of(InputProblem problem) {
        return new ProblemRow(problem.location(), problem.problem());
    }

    @Override
    public String toString() {
        return location + ": " + problem;
    }
}

package io.storyline.cli;

import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;

import java.io.PrintStream;

/** One line on stderr per input that was skipped, and a count when any were. */
final class InputReport {

    private InputReport() {
    }

    static void print(Corpus corpus, PrintStream stderr) {
        for (InputProblem problem : corpus.problems()) {
            stderr.println("storyline: skipped " + problem.location() + ": " + problem.problem());
        }
        if (corpus.hasProblems()) {
            stderr.printf("storyline: read %d article(s); skipped %d input(s)%n",
                    corpus.articles().size(), corpus.problems().size());
        }
    }
}

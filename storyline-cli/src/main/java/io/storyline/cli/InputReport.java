package io.storyline.cli;

import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;

import java.io.PrintStream;

/**
 * One line on stderr per input that was skipped or read only in part, and a count when any were; one
 * {@code note} line per input read whole with a notice (a guessed encoding).
 */
final class InputReport {

    private InputReport() {
    }

    static void print(Corpus corpus, PrintStream stderr) {
        int skipped = 0;
        int inPart = 0;
        for (InputProblem problem : corpus.problems()) {
            String extent = problem.extentLabel();
            stderr.println("storyline: " + extent + " " + problem.location() + ": " + problem.problem());
            skipped += problem.skipped() ? 1 : 0;
            inPart += problem.skipped() || problem.noted() ? 0 : 1;
        }
        if (corpus.hasProblems()) {
            stderr.printf("storyline: read %d article(s); skipped %d input(s)%s%n", corpus.articles().size(), skipped,
                    inPart == 0 ? "" : "; read " + inPart + " in part");
        }
    }
}

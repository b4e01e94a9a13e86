package io.storyline.cli;

import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;

import java.io.PrintStream;

/** One line on stderr per input that was skipped or read only in part, and a count when any were. */
final class InputReport {

    private InputReport() {
    }

    static void print(Corpus corpus, PrintStream stderr) {
        int skipped = 0;
        for (InputProblem problem : corpus.problems()) {
            String extent = problem.skipped() ? "skipped" : "read in part";
            stderr.println("storyline: " + extent + " " + problem.location() + ": " + problem.problem());
            skipped += problem.skipped() ? 1 : 0;
        }
        if (corpus.hasProblems()) {
            int inPart = corpus.problems().size() - skipped;
            stderr.printf("storyline: read %d article(s); skipped %d input(s)%s%n", corpus.articles().size(), skipped,
                    inPart == 0 ? "" : "; read " + inPart + " in part");
        }
    }
}

package io.storyline.evaluate.cli;

import io.storyline.evaluate.rouge.RougeLexicon;

import java.io.PrintStream;

/** The word lists ROUGE-1.5.5 needs for its official numbers, as every {@code eval} command finds them. */
final class Lexicons {

    private Lexicons() {
    }

    /** The official lists, or none with a warning on {@code stderr} that figures will differ slightly. */
    static RougeLexicon installed(PrintStream stderr) {
        return RougeLexicon.official().orElseGet(() -> {
            stderr.println("storyline: warning: WordNet's irregular-form lists were not found; "
                    + "ROUGE will differ slightly from the official script (build with Maven, which bundles them, "
                    + "or set -Dstoryline.rouge.data)");
            return RougeLexicon.none();
        });
    }
}

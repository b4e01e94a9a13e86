package io.storyline.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams one run of the command talks through. */
public record Terminal(InputStream stdin, PrintStream stdout, PrintStream stderr) {
}

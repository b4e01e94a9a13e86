package io.storyline.evaluate.cli;

import io.storyline.summarize.Summarizers;

import java.util.Iterator;

/** The summary methods, as {@code --methods} lists its choices in {@code --help}. */
final class MethodNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Summarizers.names().iterator();
    }
}

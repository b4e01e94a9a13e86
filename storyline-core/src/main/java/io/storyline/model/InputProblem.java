package io.storyline.model;

/**
 * A piece of input that could not be used, reported to the user and skipped: one bad file never
 * costs the good ones.
 *
 * @param location the file (or {@code file:line}) the problem is in
 * @param problem  what is wrong with it, in words a user can act on
 */
public record InputProblem(String location, String problem) {

    @Override
    public String toString() {
        return location + ": " + problem;
    }
}

package io.storyline.render;

/** A count with its noun in the number it needs: "1 article", "2 articles", "1 story", "3 stories". */
public final class Plural {

    private Plural() {
    }

    /** {@code n one} for one, else {@code n many}. */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code n noun} for one, else {@code n nouns}: for nouns whose plural adds an s. */
    public static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }
}

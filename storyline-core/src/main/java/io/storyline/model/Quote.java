package io.storyline.model;

import java.util.Objects;

/**
 * Words attributed to a speaker: a direct quotation, or an attribution such as "according to X".
 *
 * @param text          the quoted words, without the quotation marks (several sentences when the
 *                      quote spans them)
 * @param speaker       who said it, as the story names them at their fullest ("Robert Gates" for
 *                      "Gates said", the last named person for "he said"); an unnamed speaker is
 *                      given as written ("the spokesman")
 * @param direct        whether the words stand in quotation marks
 * @param source        the {@link Source#number()} of the article it is in
 * @param sentenceIndex index (0-based) of the sentence in that article where the quote begins
 */
public record Quote(String text, String speaker, boolean direct, int source, int sentenceIndex) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
    }
}

package io.storyline.ingest;

/**
 * One kind of input Storyline reads (plain text, HTML, JSON Lines, a feed, a WARC archive, DUC/TREC SGML...).
 * A format says whether it reads an input, by its name, what a server said it is, or its first bytes, and
 * reads it into articles and problems. Formats hold no state; {@link ArticleFormats} lists each once, in the
 * order they are asked, and the first that recognises an input reads it.
 */
interface ArticleFormat {

    /**
     * Whether this format reads the input. Looks only at what identifies a format (the extension, the media
     * type, the first bytes or first line); never throws: an input whose bytes cannot be read is not
     * recognised, and the format that finally reads it reports why.
     */
    boolean recognises(Input input);

    /**
     * Reads the input: each article and each problem within it (a bad line, a bad record) goes to
     * {@code reading}; everything else in the input is still read.
     *
     * @throws UnusableInputException when nothing can be read from the input; its message is the problem
     */
    void read(Input input, Reading reading) throws UnusableInputException;
}

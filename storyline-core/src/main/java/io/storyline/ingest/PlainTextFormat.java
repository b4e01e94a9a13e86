package io.storyline.ingest;

/**
 * Plain text, one article a file: the format of last resort, reading whatever no other format recognises
 * (binary data is refused by {@link TextDecoder}). A short first line may be the headline. Text tokenized
 * in the Penn Treebank style, such as Timeline17's, is plain text too: {@link ScrapeRepair} undoes the
 * tokenization of every text, whatever format carried it, and a {@code YYYY-MM-DD} folder dates any input.
 */
final class PlainTextFormat implements ArticleFormat {

    @Override
    public boolean recognises(Input input) {
        return true;
    }

    @Override
    public void read(Input input, Reading reading) throws UnusableInputException {
        String text = Input.nonBlank(input.text());
        reading.add(Articles.assemble(text, Metadata.NONE, input.from(), reading.fallbackDate(), input.address()));
    }
}

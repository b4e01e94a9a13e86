package io.storyline.render;

/**
 * Writes one kind of record as a whole document in one format. Writers only format: the record is
 * finished (nothing is summarized, compared or dated here), and every piece of article text is
 * treated as untrusted and escaped for the format.
 *
 * @param <T> the record
 */
@FunctionalInterface
interface RecordWriter<T> {

    /** The document, ending with a line break unless it is empty. */
    String write(T record, RenderOptions options);
}

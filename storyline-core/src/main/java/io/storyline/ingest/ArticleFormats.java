package io.storyline.ingest;

import java.util.List;

/**
 * The registry of input formats: each listed once, most specific first. An input is read by the first format
 * that recognises it; plain text, last, reads whatever no other format claims. A new format is one class
 * implementing {@link ArticleFormat} and one line here.
 */
final class ArticleFormats {

    /** Every format Storyline reads, in the order they are asked. */
    static final ArticleFormats ALL = new ArticleFormats(List.of(
            new WebPageFormat(),    // a fetched page: by the server's media type
            new WarcFormat(),       // .warc, .warc.gz: by name, streamed from disk
            new MarkdownFormat(),   // .md, .markdown: by name (a folder's Markdown files are its notes, not read)
            new DucSgmlFormat(),    // <DOC> first: by content, whatever the name
            new FeedFormat(),       // .rss, .atom, .xml, or <rss / <feed / <rdf:RDF in a file with no known extension
            new JsonLinesFormat(),  // .jsonl, .ndjson, or a first line {"text": ...} in a file with no known extension
            new JsonFormat(),       // .json
            new HtmlFormat(),       // .html, .htm, .xhtml (also gzipped), or content that is a page
            new PlainTextFormat())); // everything else, Penn-Treebank-tokenized text (Timeline17) included

    private final List<ArticleFormat> formats;

    ArticleFormats(List<ArticleFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** The format that reads the input: the first that recognises it. */
    ArticleFormat formatOf(Input input) {
        for (ArticleFormat format : formats) {
            if (format.recognises(input)) {
                return format;
            }
        }
        throw new IllegalStateException("no format reads " + input.location() + "; plain text should read anything");
    }

    List<ArticleFormat> formats() {
        return formats;
    }
}

/**
 * Storyline's library: news articles in, cited summaries, timelines, outlet comparisons and
 * stories out. The front door is {@link io.storyline.Storyline}; {@code io.storyline.model} holds
 * the records every stage passes on; each stage's package exports its entry points (loading,
 * clustering, summarizing, timelines, comparison, output formats) and keeps its workings
 * package-private.
 *
 * <p>{@code io.storyline.analyze} is the analysis every stage shares (sentences, stems, similarity,
 * same-fact detection, source numbering). It is exported because the evaluation module's ROUGE
 * scorer must stem exactly as the summarizer does; {@code io.storyline.analyze.time} (time
 * expressions and the calendar's words) is internal. On the class path, as the command line, the
 * server and the Spark job use the library, this descriptor is not enforced; it states the
 * supported API and is checked when the library is compiled.
 */
module io.storyline.core {
    requires java.net.http;
    requires java.xml;
    requires org.jsoup;
    requires com.fasterxml.jackson.databind;
    requires com.rometools.rome;
    requires jwarc;

    exports io.storyline;
    exports io.storyline.model;
    exports io.storyline.ingest;
    exports io.storyline.analyze;
    exports io.storyline.cluster;
    exports io.storyline.summarize;
    exports io.storyline.timeline;
    exports io.storyline.compare;
    exports io.storyline.render;

    // JSON output is built as Jackson trees, but records in model are also read back in tests and
    // by library users through Jackson's data binding.
    opens io.storyline.model to com.fasterxml.jackson.databind;
}

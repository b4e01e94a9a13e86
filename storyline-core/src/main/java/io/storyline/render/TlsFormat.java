package io.storyline.render;

/** The Timeline17 gold format, which timeline scorers read. */
final class TlsFormat extends OutputFormat {

    TlsFormat() {
        super("tls", "txt", "text/plain");
        renders(RecordType.TIMELINE, "the Timeline17 gold format", (timeline, options) -> TimelineTls.render(timeline));
    }
}

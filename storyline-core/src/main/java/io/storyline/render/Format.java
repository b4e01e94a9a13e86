package io.storyline.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The output formats of {@code storyline summarize --format NAME}. */
public enum Format {

    /** Markdown with numbered citations and a source list; the default. */
    MD("md", "md", "text/markdown", MarkdownRenderer::new),
    /** Machine-readable JSON, schema {@code storyline.summary/1}, documented in docs/FORMATS.md. */
    JSON("json", "json", "application/json", JsonRenderer::new),
    /** One self-contained HTML page: inline CSS, no scripts, no external assets. */
    HTML("html", "html", "text/html", HtmlRenderer::new),
    /** The summary's sentences only, one per line, as ROUGE scorers read them. */
    TEXT("text", "txt", "text/plain", options -> new PlainTextRenderer());

    private final String cliName;
    private final String fileExtension;
    private final String mediaType;
    private final Function<RenderOptions, SummaryRenderer> factory;

    Format(String cliName, String fileExtension, String mediaType,
           Function<RenderOptions, SummaryRenderer> factory) {
        this.cliName = cliName;
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
        this.factory = factory;
    }

    /** The format used when none is asked for. */
    public static Format defaultFormat() {
        return MD;
    }

    /**
     * The format with the given {@code --format} name, ignoring case; {@code markdown} and
     * {@code txt} are accepted as aliases.
     *
     * @throws IllegalArgumentException naming the valid choices, fit to show a user
     */
    public static Format fromName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "markdown":
                return MD;
            case "txt":
                return TEXT;
            default:
                for (Format format : values()) {
                    if (format.cliName.equals(key)) {
                        return format;
                    }
                }
                throw new IllegalArgumentException("unknown format '" + name + "'; choose one of "
                        + String.join(", ", cliNames()));
        }
    }

    /** The names {@link #fromName} accepts, without aliases, in declaration order. */
    public static List<String> cliNames() {
        return Arrays.stream(values()).map(Format::cliName).toList();
    }

    public String cliName() {
        return cliName;
    }

    /** Extension for a file in this format, without the dot. */
    public String fileExtension() {
        return fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    public SummaryRenderer renderer(RenderOptions options) {
        return factory.apply(options == null ? RenderOptions.defaults() : options);
    }

    public SummaryRenderer renderer() {
        return renderer(RenderOptions.defaults());
    }

    @Override
    public String toString() {
        return cliName;
    }
}

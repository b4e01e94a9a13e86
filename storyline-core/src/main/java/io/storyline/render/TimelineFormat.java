package io.storyline.render;

import io.storyline.model.Timeline;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** The output formats of {@code storyline timeline --format NAME}. */
public enum TimelineFormat {

    /** Markdown: a heading per date, cited sentences, a source list; the default. */
    MD("md", "md", TimelineMarkdown::render),
    /** Machine-readable JSON, schema {@code storyline.timeline/1}, documented in docs/FORMATS.md. */
    JSON("json", "json", TimelineJson::render),
    /** One self-contained HTML page with an inline SVG picture of the coverage and the chosen dates. */
    HTML("html", "html", TimelineHtml::render),
    /** The Timeline17 gold format: a date line, its sentences one a line, a line of 32 dashes. */
    TLS("tls", "txt", (timeline, options) -> TimelineTls.render(timeline));

    private final String cliName;
    private final String fileExtension;
    private final BiFunction<Timeline, RenderOptions, String> renderer;

    TimelineFormat(String cliName, String fileExtension, BiFunction<Timeline, RenderOptions, String> renderer) {
        this.cliName = cliName;
        this.fileExtension = fileExtension;
        this.renderer = renderer;
    }

    /**
     * The format with the given name, ignoring case ({@code markdown} is accepted for md).
     *
     * @throws IllegalArgumentException naming the valid choices
     */
    public static TimelineFormat fromName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (key.equals("markdown")) {
            return MD;
        }
        for (TimelineFormat format : values()) {
            if (format.cliName.equals(key)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; choose one of "
                + String.join(", ", cliNames()));
    }

    public static List<String> cliNames() {
        return Arrays.stream(values()).map(f -> f.cliName).toList();
    }

    public String cliName() {
        return cliName;
    }

    public String fileExtension() {
        return fileExtension;
    }

    /** The timeline as a document in this format. */
    public String render(Timeline timeline, RenderOptions options) {
        return renderer.apply(timeline, options == null ? RenderOptions.defaults() : options);
    }

    @Override
    public String toString() {
        return cliName;
    }
}

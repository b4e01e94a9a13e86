package io.storyline.render;

import java.util.List;
import java.util.Locale;

/**
 * Every output format, registered once. Commands, the server and the library find a format here by
 * its {@code --format} name for the record they write, and list the choices from here in their help
 * and messages. A new format is one {@link OutputFormat} subclass and one line in {@link #ALL}.
 */
public final class OutputFormats {

    /** Markdown with numbered citations; the default of every command. */
    public static final OutputFormat MD = new MarkdownFormat();
    /** JSON with the stable schemas of docs/FORMATS.md. */
    public static final OutputFormat JSON = new JsonFormat();
    /** One self-contained HTML page: inline CSS, no scripts, no external assets. */
    public static final OutputFormat HTML = new HtmlFormat();
    /** Plain text: a summary's sentences as ROUGE scorers read them, a comparison without markup. */
    public static final OutputFormat TEXT = new TextFormat();
    /** The Timeline17 gold format that timeline scorers read. */
    public static final OutputFormat TLS = new TlsFormat();
    /** JSON Lines: one line per article with its story. */
    public static final OutputFormat JSONL = new JsonLinesFormat();

    /** The registry, in the order help and messages list the formats. */
    private static final List<OutputFormat> ALL = List.of(MD, JSON, HTML, TEXT, TLS, JSONL);

    private OutputFormats() {
    }

    public static List<OutputFormat> all() {
        return ALL;
    }

    /** The formats that render {@code type}, in registry order. */
    public static List<OutputFormat> of(RecordType<?> type) {
        return ALL.stream().filter(format -> format.renders(type)).toList();
    }

    /** The names of the formats that render {@code type}. */
    public static List<String> names(RecordType<?> type) {
        return of(type).stream().map(OutputFormat::name).toList();
    }

    /** Each format of {@code type} with what it gives, for {@code --help}: {@code md, json, html (self-contained page)}. */
    public static List<String> described(RecordType<?> type) {
        return of(type).stream().map(format -> format.describe(type)).toList();
    }

    /**
     * The format called {@code name} (ignoring case and surrounding blanks; aliases such as
     * {@code markdown} and {@code txt} included) that renders {@code type}.
     *
     * @throws IllegalArgumentException naming the valid choices, fit to show a user, when no format
     *                                  is called so or that format does not render {@code type}
     */
    public static OutputFormat forName(String name, RecordType<?> type) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (OutputFormat format : ALL) {
            if (format.isCalled(key)) {
                if (!format.renders(type)) {
                    throw new IllegalArgumentException(notAvailable(format, type));
                }
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; choose " + choices(type));
    }

    static String notAvailable(OutputFormat format, RecordType<?> type) {
        return "format '" + format.name() + "' is not available for a " + type.name() + "; choose " + choices(type);
    }

    /** {@code md, json, html or tls}. */
    private static String choices(RecordType<?> type) {
        List<String> names = names(type);
        int last = names.size() - 1;
        return last <= 0 ? String.join("", names) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    }
}

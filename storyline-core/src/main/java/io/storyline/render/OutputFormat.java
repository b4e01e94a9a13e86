package io.storyline.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One output format (md, json, html...): its names, file extension and media type, and the record
 * types it renders, each with its {@link RecordWriter}. A subclass registers its writers in its
 * constructor with {@link #renders}; {@link OutputFormats} lists every format once.
 */
public abstract class OutputFormat {

    private final String name;
    private final String fileExtension;
    private final String mediaType;
    private final List<String> aliases;
    private final Map<RecordType<?>, Registration<?>> writers = new LinkedHashMap<>();

    private record Registration<T>(String note, RecordWriter<T> writer) {
    }

    /**
     * @param name          the {@code --format} name, lower case
     * @param fileExtension extension for a file in this format, without the dot
     * @param aliases       other names accepted for it, lower case
     */
    protected OutputFormat(String name, String fileExtension, String mediaType, String... aliases) {
        this.name = name;
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
        this.aliases = List.of(aliases);
    }

    /**
     * Declares that this format renders records of {@code type} with {@code writer}.
     *
     * @param note what this format gives for the record, shown in {@code --help} after the name
     *             (e.g. "self-contained page"), or empty
     */
    protected final <T> void renders(RecordType<T> type, String note, RecordWriter<T> writer) {
        writers.put(type, new Registration<>(note, writer));
    }

    public final String name() {
        return name;
    }

    /** Extension for a file in this format, without the dot. */
    public final String fileExtension() {
        return fileExtension;
    }

    public final String mediaType() {
        return mediaType;
    }

    /** Whether {@code key} (already stripped and lower-cased) names this format. */
    final boolean isCalled(String key) {
        return name.equals(key) || aliases.contains(key);
    }

    public final boolean renders(RecordType<?> type) {
        return writers.containsKey(type);
    }

    /** The format's name with what it gives for the record, as {@code --help} lists it: {@code "html (self-contained page)"}. */
    public final String describe(RecordType<?> type) {
        Registration<?> registration = writers.get(type);
        return registration == null || registration.note().isEmpty() ? name : name + " (" + registration.note() + ")";
    }

    /**
     * Whether a summary in this format shows the outlets' comparison beside it, so that callers
     * compare the outlets (which takes time) only when it will be shown.
     */
    public boolean showsComparison() {
        return false;
    }

    /**
     * Whether a summary in this format shows its citations (and the disputes beside them), so that
     * callers compare the outlets for the disputes only when they will be shown.
     */
    public boolean showsCitations() {
        return true;
    }

    /**
     * The record as a document in this format.
     *
     * @param options presentation choices; {@code null} means {@link RenderOptions#defaults()}
     * @throws IllegalArgumentException when this format does not render that type of record
     */
    public final <T> String render(RecordType<T> type, T record, RenderOptions options) {
        @SuppressWarnings("unchecked") // renders(type, ...) stores only a writer of that type
        Registration<T> registration = (Registration<T>) writers.get(type);
        if (registration == null) {
            throw new IllegalArgumentException(OutputFormats.notAvailable(this, type));
        }
        return registration.writer().write(record, options == null ? RenderOptions.defaults() : options);
    }

    @Override
    public String toString() {
        return name;
    }
}

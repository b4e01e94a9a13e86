package io.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * One input as the formats see it: what names it (a file, stdin, a fetched page, a page inside an archive),
 * where it came from, and its bytes. A file's bytes are read when a format first asks for them, so a format
 * that recognises its input by name (WARC) can stream the file instead; reading them fails at most once, and
 * the same problem is given to whoever asks again.
 */
final class Input {

    /** Gets an input's bytes, within the load's size limit, or says why they cannot be had. */
    @FunctionalInterface
    interface Source {
        byte[] bytes() throws UnusableInputException;
    }

    /** Extensions Storyline reads a format from; a file without one of them is recognised by its content. */
    static final Set<String> KNOWN_EXTENSIONS = Set.of("txt", "text", "htm", "html", "xhtml",
            "jsonl", "ndjson", "json", "gz", "rss", "atom", "xml", "warc", "md", "markdown");
    /** How much of the start of an input content sniffing looks at. */
    private static final int HEAD_BYTES = 2048;

    private final Provenance from;
    private final Path name;
    private final Path stored;
    private final String address;
    private final String requested;
    private final String mediaType;
    private final String charset;
    private final Source source;
    private byte[] bytes;
    private UnusableInputException unreadable;
    private String text;
    private UnusableInputException undecodable;
    private String encodingNotice;
    private String cutShortNotice;

    private Input(Provenance from, Path name, Path stored, String address, String requested, String mediaType,
                  String charset, Source source) {
        this.from = from;
        this.name = name;
        this.stored = stored;
        this.address = address;
        this.requested = requested;
        this.mediaType = mediaType;
        this.charset = charset;
        this.source = source;
    }

    /** A file on disk; {@code source} reads it (size limit, gunzipping) when a format asks. */
    static Input file(Path file, Provenance from, Source source) {
        return new Input(from, file, file, null, null, null, null, source);
    }

    /** A file's bytes fetched by another system; {@code name} only names it and is never opened. */
    static Input inMemory(Path name, Provenance from, byte[] bytes) {
        return inMemory(name, from, () -> bytes);
    }

    /** A file's bytes held in memory, got by {@code source} (gunzipping) when a format asks; never opened. */
    static Input inMemory(Path name, Provenance from, Source source) {
        return new Input(from, name, null, null, null, null, null, source);
    }

    /** Standard input, nameless: recognised by its content alone. */
    static Input stdin(Provenance from, Source source) {
        return new Input(from, null, null, null, null, null, null, source);
    }

    /** A page fetched from {@code requested}; the server's media type and charset say what it is. */
    static Input fetched(Provenance from, String requested, PageFetcher.Page page) {
        return new Input(from, null, null, page.finalUrl(), requested, page.contentType(), page.charset(),
                page::body);
    }

    /** A web page captured at {@code address} inside an archive, with the charset its response declared. */
    static Input capture(Provenance from, String address, byte[] body, String charset) {
        return new Input(from, null, null, address, null, null, charset, () -> body);
    }

    Provenance from() {
        return from;
    }

    /** As problems name the input: its path, {@code <stdin>}, or its address. */
    String location() {
        return from.origin();
    }

    /** The file name's format extension, lower case ("page.html.gz" gives "html"); empty when there is none. */
    String extension() {
        if (name == null) {
            return "";
        }
        String file = name.getFileName().toString().replaceFirst("(?i)\\.gz$", "");
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** True when the extension names no format, so the content decides. */
    boolean hasUnknownExtension() {
        return !KNOWN_EXTENSIONS.contains(extension());
    }

    /** The file name, lower case, or empty for stdin and web pages. */
    String fileName() {
        return name == null ? "" : name.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** The file on disk that holds the bytes, or null when they are only in memory (or arrive on stdin). */
    Path storedFile() {
        return stored;
    }

    /** Where a web page was read from (after redirects), or null for files. */
    String address() {
        return address;
    }

    /** The address a fetched page was asked for (before redirects), or null. */
    String requested() {
        return requested;
    }

    /** True for a page fetched from the web, whose server said what it is. */
    boolean isFetched() {
        return mediaType != null;
    }

    /** The media type a server gave ("text/html"; empty when it gave none), or null for anything not fetched. */
    String mediaType() {
        return mediaType;
    }

    /** The charset an HTTP header declared, or null. */
    String charset() {
        return charset;
    }

    byte[] bytes() throws UnusableInputException {
        if (bytes == null && unreadable == null) {
            try {
                bytes = source.bytes();
            } catch (CutShortInputException e) {
                bytes = e.partial();
                cutShortNotice = e.getMessage();
            } catch (UnusableInputException e) {
                unreadable = e;
            }
        }
        if (unreadable != null) {
            throw unreadable;
        }
        return bytes;
    }

    /** The bytes as text ({@link TextDecoder}): refused when they are binary. */
    String text() throws UnusableInputException {
        if (text == null && undecodable == null) {
            try {
                TextDecoder.Decoded decoded = TextDecoder.decoded(bytes());
                text = decoded.text();
                encodingNotice = decoded.notice();
            } catch (UnusableInputException e) {
                undecodable = e;
            }
        }
        if (undecodable != null) {
            throw undecodable;
        }
        return text;
    }

    /**
     * How the text its articles came from was read when not plainly (the windows-1252 guess for bytes
     * that are not valid UTF-8 and declare no charset, stray bytes, a repair: {@link TextDecoder}), which
     * the reader is told once per input; null when plainly.
     */
    String encodingNotice() {
        return encodingNotice;
    }

    /** What was lost of an input cut short (a truncated gzip file read up to its break), or null. */
    String cutShortNotice() {
        return cutShortNotice;
    }

    /** Records how a format decoded the bytes itself (an HTML page honours its declared charset). */
    void decodedBy(TextDecoder.Decoded decoded) {
        encodingNotice = decoded.notice();
    }

    /** The text for sniffing, or null when the input is not readable text. */
    String textOrNull() {
        try {
            return text();
        } catch (UnusableInputException e) {
            return null;
        }
    }

    /** The first bytes for sniffing, one character a byte; empty when the input cannot be read. */
    String head() {
        try {
            byte[] b = bytes();
            return new String(b, 0, Math.min(b.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        } catch (UnusableInputException e) {
            return "";
        }
    }

    /** {@code text} itself, refused when it holds nothing but white space. */
    static String nonBlank(String text) throws UnusableInputException {
        if (text.isBlank()) {
            throw new UnusableInputException("contains only white space");
        }
        return text;
    }
}

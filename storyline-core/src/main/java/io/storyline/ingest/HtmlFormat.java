package io.storyline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page, one article a file: {@code .html}, {@code .htm}, {@code .xhtml} (also gzipped), or text that
 * is a page whatever its name. {@link HtmlExtractor} finds the article and its metadata. Pages captured in
 * a WARC archive or fetched from the web are handed here by {@link WarcFormat} and {@link WebPageFormat}.
 */
final class HtmlFormat implements ArticleFormat {

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    @Override
    public boolean recognises(Input input) {
        if (EXTENSIONS.contains(input.extension())) {
            return true;
        }
        String text = input.textOrNull();
        return text != null && HtmlExtractor.looksLikeHtml(text);
    }

    @Override
    public void read(Input input, Reading reading) throws UnusableInputException {
        TextDecoder.Decoded decoded = decodedInput(input);
        String html = Input.nonBlank(decoded.text());
        reading.add(Articles.assemble(html, decoded.controlFree(), Metadata.NONE, input.from(), reading.fallbackDate(),
                input.address()));
    }

    /** A page captured or fetched at {@link Input#address()}, whose domain names the outlet when the page does not. */
    static ExtractedArticle page(Input input, Reading reading) throws UnusableInputException {
        TextDecoder.Decoded decoded = decodedInput(input);
        return Articles.assemble(decoded.text(), decoded.controlFree(), Metadata.NONE, input.from(), reading.fallbackDate(),
                input.address());
    }

    /**
     * HTML declares its encoding, but pages are often saved or served in another: bytes that are valid UTF-8
     * are read as UTF-8 whatever the page says (legacy text is almost never valid UTF-8 by chance); otherwise
     * a declared legacy charset is honoured (the HTTP header's, else {@code <meta charset>}), else windows-1252.
     *
     * The input learns whether its page was read by the windows-1252 guess.
     */
    static String decode(Input input) throws UnusableInputException {
        return decodedInput(input).text();
    }

    private static TextDecoder.Decoded decodedInput(Input input) throws UnusableInputException {
        TextDecoder.Decoded decoded = decoded(input.bytes(), input.charset());
        input.decodedBy(decoded);
        return decoded;
    }

    /** @param headerCharset the charset an HTTP header declared, or null */
    static TextDecoder.Decoded decoded(byte[] bytes, String headerCharset) throws UnusableInputException {
        if (bytes.length == 0 || TextDecoder.binaryKind(bytes) != null) {
            return TextDecoder.decoded(bytes); // says why these bytes are no page
        }
        TextDecoder.Decoded utf8 = TextDecoder.utf8Reading(bytes);
        if (utf8 != null) {
            return utf8;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String declared = headerCharset != null ? headerCharset : m.find() ? m.group(1) : null;
        if (declared != null) {
            try {
                Charset charset = Charset.forName(declared);
                if (!charset.name().equalsIgnoreCase("UTF-8") && !charset.name().equalsIgnoreCase("US-ASCII")) {
                    return TextDecoder.Decoded.plain(new String(bytes, charset));
                }
            } catch (RuntimeException unknownCharset) {
                // fall through to the usual decoding
            }
        }
        return TextDecoder.decoded(bytes);
    }
}

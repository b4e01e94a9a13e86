package io.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a body another program sent (the server's posted HTML page or JSON records), decoded by
 * the rules files are read by: UTF-8 when the bytes are valid UTF-8, else a page's declared charset,
 * else the windows-1252 guess with a {@link #notice()} saying so, as a file read that way gets.
 *
 * @param notice how the text was read when not plainly ({@value TextDecoder#LEGACY_NOTICE} when the guess was
 *               used, or a repair), else null
 */
public record BodyText(String text, String notice) {

    /** An HTML page: its bytes and the charset its Content-Type declared (or null). */
    public static BodyText ofPage(byte[] body, String declaredCharset) {
        try {
            return of(HtmlFormat.decoded(body, declaredCharset));
        } catch (UnusableInputException noText) {
            return lossy(body); // empty or binary: refused downstream as before, with its own reason
        }
    }

    /**
     * The charset parameter of a Content-Type ("text/html; Charset = "ISO-8859-1"" gives ISO-8859-1), or null when it
     * declares none. Read the same way for a fetched page and a posted one.
     */
    public static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher declared = CHARSET_PARAMETER.matcher(contentType);
        return declared.find() ? declared.group(1) : null;
    }

    private static final Pattern CHARSET_PARAMETER =
            Pattern.compile("(?i)(?:^|;)\\s*charset\\s*=\\s*\"?([\\w.:-]+)");

    /** JSON records, which declare no charset. */
    public static BodyText ofRecords(byte[] body) {
        try {
            return of(TextDecoder.decoded(body));
        } catch (UnusableInputException noText) {
            return lossy(body);
        }
    }

    private static BodyText of(TextDecoder.Decoded decoded) {
        return new BodyText(decoded.text(), decoded.notice());
    }

    private static BodyText lossy(byte[] body) {
        return new BodyText(new String(body, StandardCharsets.UTF_8), null);
    }
}

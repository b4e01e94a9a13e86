package io.storyline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BodyTextTest {

    @Test
    void readsTheCharsetParameterHoweverItIsWritten() {
        assertEquals("iso-8859-1", BodyText.charsetOf("text/html; charset=iso-8859-1"));
        assertEquals("ISO-8859-1", BodyText.charsetOf("text/html;Charset = \"ISO-8859-1\""));
        assertEquals("utf-8", BodyText.charsetOf("text/html; boundary=x; charset=utf-8"));
    }

    @Test
    void aContentTypeWithoutCharsetDeclaresNone() {
        assertNull(BodyText.charsetOf("text/html"));
        assertNull(BodyText.charsetOf(""));
        assertNull(BodyText.charsetOf(null));
        // a parameter that merely ends in "charset" is not the charset
        assertNull(BodyText.charsetOf("text/html; xcharset=koi8-r"));
    }

    @Test
    void aPageInItsDeclaredCharsetIsDecodedWithoutAGuess() {
        byte[] latin1 = "<p>Caf\u00e9 Z\u00fcrich</p>".getBytes(StandardCharsets.ISO_8859_1);
        BodyText text = BodyText.ofPage(latin1, BodyText.charsetOf("text/html; charset=ISO-8859-1"));
        assertEquals("<p>Caf\u00e9 Z\u00fcrich</p>", text.text());
        assertNull(text.notice());
    }
}

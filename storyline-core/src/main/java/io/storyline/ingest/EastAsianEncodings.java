package io.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * Tells which East Asian legacy encoding a file that is not UTF-8 was saved in (Shift_JIS, EUC-JP, EUC-KR,
 * GB18030 or Big5), for plain-text files that declare none. Such text is made mostly of two-byte characters,
 * so most of its bytes are above 0x7F, which Western text in windows-1252 never comes near; read as
 * windows-1252 it would be a wall of accented letters with no sentence in it.
 *
 * <p>Each candidate must decode the bytes strictly, and the decoded text must look like its language: the
 * kana every Japanese sentence carries, the Hangul (with few Hanja) of Korean, and for Chinese a share of the commonest
 * characters of its script (simplified for GB18030, traditional for Big5). Bytes of one encoding decoded
 * by another give rare or half-width characters instead, so the checks tell them apart; when no candidate
 * passes, the caller says so rather than guess.
 */
final class EastAsianEncodings {

    /** Share of non-ASCII bytes above which text is not Western windows-1252 (accented text stays near 0.1). */
    static final double MIN_HIGH_SHARE = 0.3;

    private record Candidate(String charset, Script script) {
    }

    private enum Script { JAPANESE, KOREAN, SIMPLIFIED, TRADITIONAL }

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("Shift_JIS", Script.JAPANESE),
            new Candidate("EUC-JP", Script.JAPANESE),
            new Candidate("EUC-KR", Script.KOREAN),
            new Candidate("GB18030", Script.SIMPLIFIED),
            new Candidate("Big5", Script.TRADITIONAL));

    /** Very common characters of written Chinese, simplified and traditional (function words, numerals). */
    private static final String COMMON_SIMPLIFIED = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长";
    private static final String COMMON_TRADITIONAL = "的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長";
    /** Of the Han characters of real Chinese text, at least this share are among the commonest above. */
    private static final double MIN_COMMON_SHARE = 0.12;

    private EastAsianEncodings() {
    }

    /** True when the bytes from {@code offset} are too far above ASCII to be Western windows-1252 text. */
    static boolean looksDoubleByte(byte[] bytes, int offset) {
        int high = 0;
        int counted = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b > ' ') {
                counted++;
                if (b >= 0x80) {
                    high++;
                }
            }
        }
        return counted > 0 && high >= counted * MIN_HIGH_SHARE;
    }

    /** The text and the encoding it was read by, or null when no candidate reads as its language. */
    static TextDecoder.Decoded decoded(byte[] bytes, int offset) {
        for (Candidate candidate : CANDIDATES) {
            String text = strict(bytes, offset, candidate.charset());
            if (text != null && readsAs(text, candidate.script())) {
                return new TextDecoder.Decoded(text, "read as " + candidate.charset() + ": not valid UTF-8");
            }
        }
        return null;
    }

    private static String strict(byte[] bytes, int offset, String charset) {
        try {
            return Charset.forName(charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean readsAs(String text, Script script) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int halfWidth = 0;
        int common = 0;
        int other = 0;
        String commonSet = script == Script.TRADITIONAL ? COMMON_TRADITIONAL : COMMON_SIMPLIFIED;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80 || isPunctuation(c)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (c >= 0xFF61 && c <= 0xFF9F) {
                halfWidth++; // half-width katakana: what other encodings' bytes turn into under Shift_JIS
            } else if (s == Character.UnicodeScript.HAN) {
                han++;
                if (commonSet.indexOf(c) >= 0) {
                    common++;
                }
            } else if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (s == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else {
                other++;
            }
        }
        int letters = han + kana + hangul + halfWidth + other;
        if (letters == 0) {
            return false;
        }
        return switch (script) {
            case JAPANESE -> kana >= letters * 0.2 && halfWidth + other <= letters * 0.05;
            // Korean news writes few Hanja; Chinese bytes read as EUC-KR come out as Hangul and Hanja half and half
            case KOREAN -> hangul >= letters * 0.85 && kana + halfWidth + other <= letters * 0.05;
            case SIMPLIFIED, TRADITIONAL -> han >= letters * 0.9 && common >= han * MIN_COMMON_SHARE;
        };
    }

    /** CJK and full-width punctuation and symbols, which every candidate shares and which tell none apart. */
    private static boolean isPunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0x2000 && c <= 0x206F)
                || Character.isWhitespace(c);
    }
}

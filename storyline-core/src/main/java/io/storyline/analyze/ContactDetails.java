package io.storyline.analyze;

import java.util.regex.Pattern;

/**
 * Whether a sentence gives contact details: a telephone number or an e-mail address, also one written
 * "name(at)host.com" against harvesting. Such a sentence addresses the reader or the outlet's clients ("The
 * news manager is Paul Foutch, 404-526-5429, pfoutch(at)coxnews.com."): the story's facts are never in it,
 * whatever markup it came in, so it is never a summary sentence, even when a wire service's standing notices
 * repeat it in every budget it sends.
 */
public final class ContactDetails {

    /**
     * A telephone number: three, three and four digits ("404-526-5429", "(404) 526-5429", "404.526.5429",
     * "404 526 5429"), or an international number ("+44 20 7946 0958", "+44 (0)20 7946 0018"). A year range, a
     * score or a date is none of these shapes.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w-])(?:\\(\\d{3}\\)\\s?|\\d{3}[-.\\s])\\d{3}[-.\\s]\\d{4}(?![\\w-])"
                    + "|(?<!\\w)\\+\\d{1,3}(?:\\s?\\(0\\)\\s?|[\\s.-])\\d{1,4}(?:[\\s.-]\\d{1,4}){1,4}(?!\\w)");
    /** "name@host.com", or "name(at)host.com" / "name [at] host.com" written against harvesting. */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\w.+-]+(?:@|\\s?[(\\[]at[)\\]]\\s?)[\\w-]+(?:\\.[\\w-]+)*\\.\\p{Alpha}{2,}");

    private ContactDetails() {
    }

    /** Whether the text holds a telephone number or an e-mail address. */
    public static boolean in(String text) {
        if (!mayHold(text)) {
            return false;
        }
        return PHONE.matcher(text).find() || EMAIL.matcher(text).find();
    }

    /** The text with each telephone number and e-mail address in it replaced by a space. */
    public static String removedFrom(String text) {
        if (!mayHold(text)) {
            return text;
        }
        return EMAIL.matcher(PHONE.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    /** The quick test: an address's sign, or enough digits for a number. */
    private static boolean mayHold(String text) {
        return text.indexOf('@') >= 0 || text.contains("at)") || text.contains("at]") || hasDigitRun(text);
    }

    /** Whether there are at least ten digits in the text: fewer make no telephone number. */
    private static boolean hasDigitRun(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < 10; i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits >= 10;
    }
}

package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads one article record of the JSON input schema (docs/INPUT.md): an object whose only required
 * field is {@code text}, with optional {@code id}, {@code outlet}, {@code url}, {@code title} and
 * {@code published}.
 */
final class JsonRecords {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> FIELDS = Set.of("id", "outlet", "url", "title", "published", "text");

    /**
     * A record's metadata and its raw text; {@code dateNotice} says why a {@code published} that is not a
     * date was left out (the record is read as undated), else null.
     */
    record Entry(Metadata metadata, String text, String dateNotice) {
    }

    private JsonRecords() {
    }

    /** Parses one JSON Lines line. */
    static Entry parseLine(String line) throws UnusableInputException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UnusableInputException(unreadable(e));
        }
        return entry(node);
    }

    private static final java.util.regex.Pattern TWO_FIGURES = java.util.regex.Pattern.compile("\\((\\d+)\\).*?\\((\\d+)");

    /**
     * Why the JSON could not be read, in the user's words: a value over the reader's size limit is valid JSON that
     * is too large (said with its size and the limit, not the parser's class names), anything else invalid JSON.
     */
    static String unreadable(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            java.util.regex.Matcher figures = TWO_FIGURES.matcher(String.valueOf(e.getOriginalMessage()));
            return figures.find()
                    ? "is too large to read: one value holds " + String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(figures.group(1)))
                    + " characters, over the limit of " + String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(figures.group(2)))
                    + " (split the text into several records)"
                    : "is too large to read: a value is over the JSON reader's size limit (split the text into several records)";
        }
        return "is not valid JSON (" + firstLine(e.getOriginalMessage()) + ")";
    }

    static Entry entry(JsonNode node) throws UnusableInputException {
        if (node == null || !node.isObject()) {
            throw new UnusableInputException("is not a JSON object with a \"text\" field");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new UnusableInputException("has no \"text\" field");
        }
        if (!text.isTextual()) {
            throw new UnusableInputException("has a \"text\" field that is not a string");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (FIELDS.contains(field.getKey()) && !field.getValue().isNull()
                    && !field.getValue().isValueNode()) {
                throw new UnusableInputException("has a \"" + field.getKey() + "\" field that is not a string");
            }
        }
        String published = string(node, "published");
        LocalDate date = DateParsing.parseIso(published);
        String dateNotice = published != null && date == null
                ? "has \"published\": \"" + published + "\", which is not an ISO date such as 2011-03-31 or"
                        + " 2011-03-31T18:02:00Z: read as undated"
                : null;
        return new Entry(new Metadata(string(node, "id"), string(node, "outlet"), string(node, "url"),
                string(node, "title"), date), text.asText(), dateNotice);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

package io.storyline.cli;

import io.storyline.Storyline;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;
import io.storyline.render.OutputFormat;

import java.time.LocalDate;

/**
 * What {@code summarize --since} prints when no article is dated on or after the day: a plain statement in
 * the asked format (JSON: the summary with no sentence and its {@code notice}), never an empty summary that
 * could be read as a failure to summarize.
 */
final class NothingNew {

    private NothingNew() {
    }

    static String document(LocalDate since, Summary summary, OutputFormat format) {
        String heading = "Nothing new since " + since;
        String notice = summary.notice();
        String sentence = Character.toUpperCase(notice.charAt(0)) + notice.substring(1) + ".";
        return switch (format.name()) {
            case "json" -> withNotice(Storyline.render(SummaryReport.of(summary), format), notice);
            case "md" -> "# " + heading + "\n\n" + sentence + "\n";
            case "html" -> "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + heading
                    + "</title>\n</head>\n<body>\n<h1>" + heading + "</h1>\n<p>" + sentence + "</p>\n</body>\n</html>\n";
            default -> sentence + "\n";
        };
    }

    /** The summary's JSON with {@code "notice"} added after its keys. */
    private static String withNotice(String json, String notice) {
        try {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode tree =
                    (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
            tree.put("notice", notice);
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the summary's own JSON did not parse", e);
        }
    }
}

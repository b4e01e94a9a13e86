package io.storyline.server;

import java.util.List;
import java.util.Map;

/**
 * A small newsroom of two subjects, posted as JSON records: a flood in Kelby and, three weeks later,
 * the inquiry into it (two events of one storyline), and a ferry strike at Brannock (another).
 */
final class StorylineDesk {

    private StorylineDesk() {
    }

    static Map<String, Object> article(String id, String published, String title, String text) {
        java.util.LinkedHashMap<String, Object> record = new java.util.LinkedHashMap<>();
        record.put("id", id);
        record.put("outlet", id.endsWith("2") ? "Wend Valley Post" : "Kelby Herald");
        if (published != null) {
            record.put("published", published);
        }
        record.put("title", title);
        record.put("text", text);
        return record;
    }

    /** The flood and the ferry strike, in the first days. */
    static List<Map<String, Object>> firstDays() {
        return List.of(
                article("flood1", "2024-03-04", "Kelby flood forces hundreds from homes",
                        "The river Wend burst its banks at Kelby on Monday. Mayor Ada Quist opened the Kelby school hall "
                                + "to families and said the Wend flood was the worst in forty years."),
                article("flood2", "2024-03-05", "Kelby counts the cost of the Wend flood",
                        "Volunteers in Kelby cleared mud from homes as the river Wend fell. Mayor Ada Quist said the "
                                + "flood had damaged three hundred houses in Kelby."),
                article("ferry1", "2024-03-06", "Ferry crews strike at Brannock",
                        "Ferry crews at Brannock walked out over wages on Wednesday. Calloway Lines called the Brannock "
                                + "ferry strike unlawful and cancelled every crossing."),
                article("ferry2", "2024-03-07", "Brannock ferry strike enters second day",
                        "No ferries left Brannock on Thursday as the strike by Calloway Lines crews went on. The union "
                                + "said Calloway Lines had refused to talk about wages."));
    }

    /** The inquiry into the flood, three weeks later. */
    static List<Map<String, Object>> inquiry() {
        return List.of(
                article("inquiry1", "2024-03-28", "Inquiry into Kelby flood defences opens",
                        "An inquiry into the Wend flood at Kelby opened on Tuesday. Mayor Ada Quist told the inquiry the "
                                + "Kelby flood defences on the river Wend had not been repaired since 2009."),
                article("inquiry2", "2024-03-29", "Quist blames budget cuts for Kelby flood defences",
                        "Mayor Ada Quist told the Wend flood inquiry that budget cuts left the Kelby flood walls "
                                + "unrepaired. The inquiry into the Kelby flood will report in June."));
    }

    /** The inquiry told again without a date, and once with a date thirty years off. */
    static List<Map<String, Object>> undatedAndStray() {
        return List.of(
                article("undated", null, "Kelby flood inquiry hears from Mayor Ada Quist",
                        "Mayor Ada Quist told the inquiry into the Wend flood at Kelby that the flood defences on the "
                                + "river Wend were never repaired. The Kelby flood inquiry will report in June."),
                article("stray", "1994-03-29", "Quist: Kelby flood walls were left to crumble",
                        "Mayor Ada Quist said the Kelby flood walls on the river Wend were left to crumble for years "
                                + "before the Wend flood. The Kelby flood inquiry sits again next week."));
    }
}

package io.storyline.server;

import io.storyline.model.Article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles as a client posts them to {@code /api/articles}: only what each file says (an undated one goes without a date). */
final class PostedRecords {

    private PostedRecords() {
    }

    static List<Map<String, String>> of(List<Article> articles) {
        List<Map<String, String>> posted = new ArrayList<>();
        for (Article a : articles) {
            Map<String, String> record = new LinkedHashMap<>();
            record.put("id", a.id());
            if (a.outletKnown()) {
                record.put("outlet", a.outlet());
            }
            if (a.published() != null) {
                record.put("published", a.published().toString());
            }
            if (a.title() != null) {
                record.put("title", a.title());
            }
            record.put("text", a.text());
            posted.add(record);
        }
        return posted;
    }
}

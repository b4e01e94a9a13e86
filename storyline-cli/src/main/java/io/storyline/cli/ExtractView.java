package io.storyline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storyline.ingest.ExtractedArticle;
import io.storyline.ingest.HtmlPage;
import io.storyline.ingest.PublicationTime;
import io.storyline.model.Article;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints extracted articles as text blocks, one JSON array, or JSON Lines ({@code storyline.extract/1}). */
public final class ExtractView {

    enum Style { TEXT, JSON, JSONL }

    static final String SCHEMA = "storyline.extract/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractView() {
    }

    static String render(List<ExtractedArticle> articles, Style style) {
        return switch (style) {
            case TEXT -> text(articles);
            case JSON -> json(articles.stream().map(ExtractView::fields).toList(), true) + "\n";
            case JSONL -> {
                StringBuilder out = new StringBuilder();
                articles.forEach(a -> out.append(json(fields(a), false)).append('\n'));
                yield out.toString();
            }
        };
    }

    private static String text(List<ExtractedArticle> articles) {
        StringBuilder out = new StringBuilder();
        for (ExtractedArticle extracted : articles) {
            Article a = extracted.article();
            if (out.length() > 0) {
                out.append("\n").append("-".repeat(72)).append("\n\n");
            }
            out.append(a.headline().orElse("(no headline)")).append("\n");
            HtmlPage page = extracted.page();
            line(out, "By", page == null ? null : page.byline());
            line(out, "Outlet", a.outlet());
            PublicationTime time = page == null ? null : page.published().orElse(null);
            line(out, "Published", time != null ? time.iso() + " (" + sourceName(time.source()) + ")"
                    : a.published() == null ? null : a.published().toString());
            line(out, "URL", a.url());
            for (String other : a.urls()) {
                if (!other.equals(a.url())) {
                    line(out, "Also at", other);
                }
            }
            line(out, "Read from", a.origin());
            out.append("\n").append(a.text()).append("\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append(label).append(": ").append(value).append("\n");
        }
    }

    public static String sourceName(PublicationTime.Source source) {
        return switch (source) {
            case JSON_LD -> "JSON-LD";
            case META -> "meta tag";
            case TIME_ELEMENT -> "<time>";
            case URL -> "URL";
        };
    }

    private static Map<String, Object> fields(ExtractedArticle extracted) {
        Article a = extracted.article();
        HtmlPage page = extracted.page();
        PublicationTime time = page == null ? null : page.published().orElse(null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("byline", page == null ? null : page.byline());
        m.put("outlet", a.outlet());
        m.put("outletSource", page == null || page.outletFrom() == null ? null
                : page.outletFrom().name().toLowerCase(java.util.Locale.ROOT));
        m.put("published", time != null ? time.iso() : a.published() == null ? null : a.published().toString());
        m.put("publishedSource", time == null ? null : sourceName(time.source()));
        m.put("url", a.url());
        m.put("urls", a.urls());
        m.put("origin", a.origin());
        m.put("paragraphs", new ArrayList<>(List.of(a.text().split("\n\n"))));
        m.put("text", a.text());
        return m;
    }

    private static String json(Object value, boolean pretty) {
        try {
            return pretty ? JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value)
                    : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

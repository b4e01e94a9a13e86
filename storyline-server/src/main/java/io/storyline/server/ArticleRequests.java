package io.storyline.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.ingest.Articles;
import io.storyline.model.Article;

import java.net.URI;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns the body of {@code POST /api/articles} into articles with core's ingest code: a JSON object
 * or array of objects in the input schema (docs/INPUT.md; {@code text} may be a whole HTML page), or
 * one HTML page whose URL comes as the {@code url} parameter. Items that cannot be used are
 * reported by position; the others are still used.
 */
final class ArticleRequests {

    /** Most articles in one request. */
    static final int MAX_ITEMS = 1000;

    /** The usable articles of a request, and what was wrong with the others. */
    record Parsed(List<Article> articles, List<Problem> problems) {
    }

    /** An unusable item: its position in the request (0-based) and why. */
    record Problem(int item, String problem) {
    }

    /** A request that cannot be read at all (HTTP 400). */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }

    private final ObjectMapper json;

    ArticleRequests(ObjectMapper json) {
        this.json = json;
    }

    Parsed fromJson(String body) throws BadRequest {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (StreamConstraintsException e) {
            // Jackson's own limits (nesting, number or string length): such errors carry no location
            throw new BadRequest("the body is JSON this server does not read: " + firstLine(e.getOriginalMessage())
                    + "; an article needs no more than three levels");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BadRequest("the body is not valid JSON: " + firstLine(e.getOriginalMessage())
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (root == null || root.isMissingNode()) {
            throw new BadRequest("the body is empty; send a JSON object or an array of objects");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else if (root.isObject()) {
            items.add(root);
        } else {
            throw new BadRequest("the body must be a JSON object or an array of objects, not " + root.getNodeType()
                    .toString().toLowerCase(java.util.Locale.ROOT));
        }
        if (items.size() > MAX_ITEMS) {
            throw new BadRequest("at most " + MAX_ITEMS + " articles per request (got " + items.size() + ")");
        }
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            try {
                articles.add(fromRecord(item));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(i, e.getMessage()));
            }
        }
        return new Parsed(articles, problems);
    }

    Parsed fromHtml(String page, String url) throws BadRequest {
        if (url == null || url.isBlank()) {
            throw new BadRequest("an HTML page needs its address: POST /api/articles?url=https://...");
        }
        ObjectNode record = json.createObjectNode();
        record.put("text", page);
        record.put("url", url.strip());
        try {
            return new Parsed(List.of(fromRecord(record)), List.of());
        } catch (IllegalArgumentException e) {
            return new Parsed(List.of(), List.of(new Problem(0, e.getMessage())));
        }
    }

    /**
     * One record: without an id, the article is named after its URL, else its text (so sending the
     * same article twice is recognised); without an outlet, the URL's host names it.
     */
    private Article fromRecord(JsonNode item) {
        if (item == null || !item.isObject()) {
            throw new IllegalArgumentException("item: is not a JSON object with a \"text\" field");
        }
        JsonNode idNode = item.get("id");
        boolean hasId = idNode != null && idNode.isValueNode() && !idNode.isNull() && !idNode.asText().isBlank();
        String url = item.hasNonNull("url") ? item.get("url").asText() : null;
        String name = hasId ? idNode.asText().strip()
                : "a-" + fingerprint(url != null && !url.isBlank() ? url : item.path("text").asText());
        Article article;
        try {
            article = Articles.fromJson(item, name);
        } catch (Articles.UnusableArticle e) {
            throw new IllegalArgumentException(unusable(item, hasId ? name : null, url, e.reason()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(unusable(item, hasId ? name : null, url, e.getMessage()));
        }
        String host = article.outletKnown() ? null : host(article.url());
        if (host != null) { // no outlet named: the address's host says who published it
            article = new Article(article.id(), host, article.url(), article.title(),
                    article.published(), article.text(), article.origin());
        }
        // each posted article its own origin (its address, else its id): dates read from an undated article's
        // text are kept by origin, and one "api" for all made every posted article take the last one's day
        String origin = article.url() != null && !article.url().isBlank() ? article.url() : "api:" + article.id();
        return new Article(article.id(), article.outlet(), article.url(), article.title(), article.published(),
                article.text(), origin, canonical(item.path("text").asText(), article.url()));
    }

    /**
     * Why a record is unusable, naming it as its sender knows it: by its id, else its URL, else its title,
     * else as "the posted article" (never by the name made from its text's fingerprint).
     */
    static String unusable(JsonNode item, String id, String url, String reason) {
        if (id != null) {
            return id + ": " + reason;
        }
        if (url != null && !url.isBlank()) {
            return url.strip() + ": " + reason;
        }
        String title = item.path("title").isValueNode() ? item.path("title").asText().strip() : "";
        return (title.isEmpty() ? "the posted article" : "the article \"" + title + "\"") + " " + reason;
    }

    /** The page's own address ({@code link rel=canonical}, {@code og:url}) when the text is a web page that gives one. */
    private static List<String> canonical(String text, String url) {
        return Articles.pageAddress(text, url).map(List::of).orElse(List.of());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null || host.isBlank() ? null : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 64-bit FNV-1a, hex: a short stable name for content without one. */
    static String fingerprint(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(hash);
    }
}

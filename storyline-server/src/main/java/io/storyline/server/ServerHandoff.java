package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Article;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands articles to the running server that holds a database, through its API ({@code POST
 * /api/articles}, in batches of at most {@link ArticleRequests#MAX_ITEMS}), so that they are stored
 * and placed in stories by the one writer. Used by {@code ingest} when a server owns the database.
 */
public final class ServerHandoff {

    /** What the server did with the articles: how many it added, which were already there, which it refused and why. */
    public record Outcome(int added, int duplicates, List<String> refused) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerHandoff() {
    }

    /**
     * Posts the articles; returns once the server has stored every batch.
     *
     * @throws IOException when the server does not answer or refuses a batch as a whole; batches
     *                     sent before it stay stored, and the message says how many
     */
    public static Outcome handTo(DatabaseOwner.RunningServer server, List<Article> articles) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int added = 0;
        int duplicates = 0;
        List<String> refused = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += ArticleRequests.MAX_ITEMS) {
            List<Article> batch = articles.subList(from, Math.min(articles.size(), from + ArticleRequests.MAX_ITEMS));
            HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/api/articles"))
                    .timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(records(batch))));
            if (server.token() != null) {
                request.header("Authorization", "Bearer " + server.token());
            }
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted after handing " + from + " articles to " + server.uri(), e);
            } catch (IOException e) {
                throw new IOException("the server at " + server.uri() + " did not answer (" + e.getMessage() + ")"
                        + (from > 0 ? "; it took the first " + from + " articles" : ""), e);
            }
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200 && response.statusCode() != 201 && response.statusCode() != 400
                    || response.statusCode() == 400 && body.hasNonNull("error")) {
                throw new IOException("the server at " + server.uri() + " refused the articles (HTTP "
                        + response.statusCode() + ": " + body.path("error").asText(response.body()) + ")"
                        + (from > 0 ? "; it took the first " + from + " articles" : ""));
            }
            added += body.path("added").size();
            duplicates += body.path("duplicates").size();
            for (JsonNode problem : body.path("problems")) {
                refused.add(batch.get(problem.path("item").asInt()).origin() + ": " + problem.path("problem").asText());
            }
        }
        return new Outcome(added, duplicates, refused);
    }

    /** Each article as a record of the input schema, its id kept. */
    private static ArrayNode records(List<Article> articles) {
        ArrayNode array = JSON.createArrayNode();
        for (Article a : articles) {
            ObjectNode record = array.addObject();
            record.put("id", a.id());
            record.put("outlet", a.outlet());
            record.put("text", a.text());
            if (a.url() != null) {
                record.put("url", a.url());
            }
            if (a.title() != null) {
                record.put("title", a.title());
            }
            if (a.published() != null) {
                record.put("published", a.published().toString());
            }
        }
        return array;
    }
}

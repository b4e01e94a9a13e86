package io.storyline.server.follow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The tests' HTTP client for the server's API: status and body of every call. */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, String body, String contentType) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Client(URI base) {
        this.base = base;
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Reply post(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** Follows a feed; the source's id. */
    long follow(String url) throws IOException, InterruptedException {
        Reply added = post("/api/sources", "application/json", JSON.writeValueAsString(java.util.Map.of("url", url)));
        if (added.status() != 201 && added.status() != 200) {
            throw new AssertionError("could not follow " + url + ": " + added.status() + " " + added.body());
        }
        return added.json().get("id").asLong();
    }

    JsonNode poll(long source) throws IOException, InterruptedException {
        Reply poll = post("/api/sources/" + source + "/poll", "application/json", "");
        if (poll.status() != 200) {
            throw new AssertionError("poll of " + source + ": " + poll.status() + " " + poll.body());
        }
        return poll.json();
    }

    JsonNode source(long id) throws IOException, InterruptedException {
        return get("/api/sources/" + id).json();
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
    }
}

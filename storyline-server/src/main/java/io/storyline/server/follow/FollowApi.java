package io.storyline.server.follow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.storyline.server.Newsroom;
import io.storyline.server.RenderedPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of following (docs/API.md): {@code /api/sources} to list, add, pause, resume, poll and remove
 * followed feeds with their health, and the Atom feeds out: {@code /feeds/front}, {@code /feeds/story/ID}
 * and {@code /feeds/search?q=}.
 */
public final class FollowApi {

    /** Stories in the front page's and a search's feed. */
    static final int FEED_STORIES = 20;

    /** A source as the API shows it. */
    record SourceView(long id, String url, String title, long intervalSeconds, boolean paused, String status,
                      Instant added, Instant lastPoll, Instant lastSuccess, String lastError, Instant lastErrorAt,
                      int errorsInARow, Instant nextPoll, long itemsSeen, long articlesAdded,
                      List<String> entryProblems) {
        static SourceView of(Source s, List<String> entryProblems) {
            String status = s.paused() ? "paused" : s.lastPoll() == null ? "waiting" : s.failures() > 0 ? "failing" : "ok";
            return new SourceView(s.id(), s.url(), s.title(), s.interval().toSeconds(), s.paused(), status, s.added(),
                    s.lastPoll(), s.lastSuccess(), s.lastError(), s.lastErrorAt(), s.failures(), s.nextPoll(),
                    s.itemsSeen(), s.articlesAdded(), entryProblems);
        }
    }

    record SourceList(List<SourceView> sources) {
    }

    record PollView(int entries, int newEntries, int articlesAdded, List<String> problems, SourceView source) {
    }

    record Error(String error) {
    }

    private final Follower follower;
    private final Newsroom newsroom;
    private final ObjectMapper json;
    private final RenderedPages storyFeeds = new RenderedPages(256);

    private FollowApi(Follower follower, Newsroom newsroom, ObjectMapper json) {
        this.follower = follower;
        this.newsroom = newsroom;
        this.json = json;
    }

    /** Adds the routes; {@code follower} may be null (then the source routes say following is off). */
    public static void register(RoutesConfig r, Follower follower, Newsroom newsroom, ObjectMapper json) {
        FollowApi api = new FollowApi(follower, newsroom, json);
        r.get("/api/sources", ctx -> api.send(ctx, 200, new SourceList(api.follower().sources().stream()
                .map(s -> SourceView.of(s, api.follower().entryProblems(s.id()))).toList())));
        r.post("/api/sources", api::add);
        r.get("/api/sources/{id}", ctx -> api.send(ctx, 200, api.view(api.follower().source(api.id(ctx))
                .orElseThrow(() -> api.unknown(ctx)))));
        r.delete("/api/sources/{id}", ctx -> {
            if (!api.follower().remove(api.id(ctx))) {
                throw api.unknown(ctx);
            }
            ctx.status(204);
        });
        r.post("/api/sources/{id}/pause", ctx -> api.pause(ctx, true));
        r.post("/api/sources/{id}/resume", ctx -> api.pause(ctx, false));
        r.post("/api/sources/{id}/poll", api::pollNow);
        r.get("/feeds/front", api::frontFeed);
        r.get("/feeds/story/{id}", api::storyFeed);
        r.get("/feeds/search", api::searchFeed);
        r.exception(Refusal.class, (e, ctx) -> api.send(ctx, e.status, new Error(e.getMessage())));
    }

    private Follower follower() {
        if (follower == null) {
            throw new Refusal(404, "this server follows no sources");
        }
        return follower;
    }

    private SourceView view(Source s) {
        return SourceView.of(s, follower().entryProblems(s.id()));
    }

    private void add(Context ctx) throws IOException {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new Refusal(415, "send the source as application/json: {\"url\": \"https://...\"}");
        }
        JsonNode body;
        try {
            body = json.readTree(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Refusal(400, "the body is not valid JSON; send {\"url\": \"https://...\"}");
        }
        if (body == null || !body.isObject() || !body.path("url").isTextual()) {
            throw new Refusal(400, "send a JSON object with the source's \"url\" (and optionally \"intervalSeconds\")");
        }
        Duration interval = null;
        JsonNode seconds = body.get("intervalSeconds");
        if (seconds != null && !seconds.isNull()) {
            if (!seconds.canConvertToLong() || seconds.asLong() < 1) {
                throw new Refusal(400, "intervalSeconds must be a whole number of seconds");
            }
            interval = Duration.ofSeconds(seconds.asLong());
        }
        try {
            Map.Entry<Source, Boolean> added = follower().add(body.get("url").asText(), interval);
            send(ctx, added.getValue() ? 201 : 200, view(added.getKey()));
        } catch (Follower.BadSource e) {
            throw new Refusal(400, e.getMessage());
        }
    }

    private void pause(Context ctx, boolean paused) throws IOException {
        send(ctx, 200, view(follower().setPaused(id(ctx), paused).orElseThrow(() -> unknown(ctx))));
    }

    private void pollNow(Context ctx) {
        long id = id(ctx);
        Follower.Poll poll = follower().pollNow(id).orElseThrow(() -> unknown(ctx));
        Source after = follower().source(id).orElseThrow(() -> unknown(ctx));
        send(ctx, 200, new PollView(poll.entries(), poll.fresh(), poll.articles(), poll.problems(), view(after)));
    }

    private void frontFeed(Context ctx) {
        List<Newsroom.StoryView> views = new ArrayList<>();
        for (Newsroom.NewsStory story : newsroom.stories(Newsroom.Order.NEWEST)) {
            if (views.size() == FEED_STORIES) {
                break;
            }
            views.add(newsroom.view(story));
        }
        atom(ctx, AtomFeed.write(base(ctx), "Storyline: the newest stories", "/feeds/front", "/", views));
    }

    /** A story's feed: written once per view of the story and address asked for ({@link RenderedPages}). */
    private void storyFeed(Context ctx) throws IOException {
        long id = id(ctx, "story");
        Newsroom.NewsStory story = newsroom.story(id).orElseThrow(() -> new Refusal(404, "no story with the id " + id));
        URI base = base(ctx);
        atom(ctx, storyFeeds.page(newsroom.view(story), base.toString(), view -> AtomFeed.write(base,
                view.story().story().label(), "/feeds/story/" + view.story().id(), "/story/" + view.story().id(),
                List.of(view))));
    }

    private void searchFeed(Context ctx) throws IOException {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (q.isEmpty()) {
            throw new Refusal(400, "give the words to follow: /feeds/search?q=WORDS");
        }
        List<Newsroom.StoryView> views = new ArrayList<>();
        for (Newsroom.NewsStory story : newsroom.search(q, false)) {
            if (views.size() == FEED_STORIES) {
                break;
            }
            views.add(newsroom.view(story));
        }
        String query = "q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
        atom(ctx, AtomFeed.write(base(ctx), "Storyline: stories matching “" + q + "”", "/feeds/search?" + query,
                "/search?" + query, views));
    }

    /** The server's address as the reader reached it (the Host it asked for), which feed links start with. */
    private static URI base(Context ctx) {
        String host = ctx.host();
        try {
            return new URI(ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host) + "/");
        } catch (java.net.URISyntaxException e) {
            throw new Refusal(400, "the Host header is not a host name");
        }
    }

    private static void atom(Context ctx, byte[] feed) {
        ctx.status(200).contentType(AtomFeed.MEDIA_TYPE).result(feed);
    }

    /** The path's source id. */
    private long id(Context ctx) {
        return id(ctx, "source");
    }

    /** The path's {@code {id}} as a number; one that is none answers 404, as an unknown {@code kind} does. */
    private static long id(Context ctx, String kind) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw unknown(ctx, kind);
        }
    }

    private Refusal unknown(Context ctx) {
        return unknown(ctx, "source");
    }

    private static Refusal unknown(Context ctx, String kind) {
        return new Refusal(404, "no " + kind + " with the id '" + ctx.pathParam("id") + "'");
    }

    private void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request refused with its status and message. */
    static final class Refusal extends RuntimeException {
        private final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}

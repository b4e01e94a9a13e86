package io.storyline.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.storyline.model.Article;
import io.storyline.server.follow.FollowApi;
import io.storyline.server.follow.FollowSettings;
import io.storyline.server.follow.Follower;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Storyline server: the HTTP API (docs/API.md) and the web pages, over a {@link Newsroom} kept in
 * an SQLite file. Binds to loopback unless another host is given.
 *
 * <pre>{@code
 * try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0))) {
 *     System.out.println(server.uri());
 * }
 * }</pre>
 */
public final class StorylineServer implements AutoCloseable {

    /** The web page's files, served by name only: nothing else can be asked for. */
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "story.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");
    private static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; frame-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'self'";
    private static final int MAX_LIMIT = 200;

    private final Newsroom newsroom;
    private final Javalin app;
    private final String host;
    private final String token;
    private final DatabaseOwner owner;
    private final Follower follower;

    private StorylineServer(Newsroom newsroom, Javalin app, String host, String token, DatabaseOwner owner,
                            Follower follower) {
        this.newsroom = newsroom;
        this.app = app;
        this.host = host;
        this.token = token;
        this.owner = owner;
        this.follower = follower;
    }

    /** As {@link #start(ServerSettings, FollowSettings)} with the default following (public sources only). */
    public static StorylineServer start(ServerSettings settings) throws IOException {
        return start(settings, FollowSettings.defaults());
    }

    /**
     * Opens the database, rebuilds the stories, starts following the sources and starts listening.
     *
     * @throws IOException when the database cannot be used or the port cannot be bound; the
     *                     message says which
     */
    public static StorylineServer start(ServerSettings settings, FollowSettings follow) throws IOException {
        // a busy port is found before the database is opened or any source polled: nothing starts only to stop
        try {
            requireFree(settings.host(), settings.port());
        } catch (IOException | RuntimeException e) {
            throw cannotListen(settings, e);
        }
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        DatabaseOwner owner = take(settings.database());
        Newsroom newsroom;
        // what the replay thread does once the stored articles are placed: write the first pages (set below)
        java.util.concurrent.CompletableFuture<Runnable> warmUp = new java.util.concurrent.CompletableFuture<>();
        try {
            ArticleStore store = ArticleStore.open(settings.database());
            newsroom = settings.listenFirst()
                    ? Newsroom.open(store, settings.features(), replay -> replayThread(() -> {
                        replay.run();
                        try {
                            warmUp.get(5, java.util.concurrent.TimeUnit.MINUTES).run();
                        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                            // the server did not start: no page to warm
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }))
                    : Newsroom.open(store, settings.features());
        } catch (IOException | RuntimeException e) {
            warmUp.complete(() -> { });
            owner.close();
            throw e;
        }
        Map<String, byte[]> assets = new java.util.HashMap<>();
        for (String name : ASSETS.keySet()) {
            assets.put(name, resource(name));
        }
        byte[] page = resource("index.html");
        String token = settings.token() != null || RequestGuard.isLoopback(settings.host()) ? settings.token()
                : RequestGuard.newToken();
        RequestGuard guard = new RequestGuard(RequestGuard.namesFor(settings.host()), token);
        Routes routes = new Routes(newsroom, json, new ArticleRequests(json), page, assets, guard, new RenderedPages(256),
                new ReadTimes());
        warmUp.complete(routes::warmUp);
        Follower follower;
        try {
            follower = Follower.start(newsroom, settings.database(), follow, System.err);
        } catch (IOException | RuntimeException e) {
            newsroom.close();
            owner.close();
            throw e;
        }
        Javalin app = Javalin.create(config -> {
            routes.configure(config, settings);
            FollowApi.register(config.routes, follower, newsroom, json);
        });
        try {
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) { // the port was taken meanwhile
            follower.close();
            newsroom.close();
            owner.close();
            throw cannotListen(settings, e);
        }
        StorylineServer server = new StorylineServer(newsroom, app, settings.host(), token, owner, follower);
        owner.announce(server.uri(), token);
        return server;
    }

    /** The replay of the stored articles, on a thread of its own (a daemon: it never keeps the process alive). */
    private static void replayThread(Runnable replay) {
        Thread t = new Thread(replay, "storyline-replay");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The database for this server alone: waits a little for an {@code ingest} that is storing, and
     * refuses one another server holds (two writers would each miss the other's articles).
     */
    private static DatabaseOwner take(java.nio.file.Path database) throws IOException {
        for (int tries = 0; ; tries++) {
            Optional<DatabaseOwner> owner = DatabaseOwner.tryTake(database);
            if (owner.isPresent()) {
                return owner.get();
            }
            Optional<DatabaseOwner.RunningServer> other = DatabaseOwner.runningServer(database);
            if (other.isPresent() || tries >= 150) {
                throw new IOException(database.toAbsolutePath() + ": is in use by " + other.map(o -> "the Storyline"
                        + " server at " + o.uri() + " (process " + o.pid() + "); stop it or give another --db")
                        .orElse("another Storyline process; try again when it ends"));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + database, e);
            }
        }
    }

    /**
     * The token writes need ({@code Authorization: Bearer ...}): the one given, or the one made at
     * start when the server listens beyond loopback without one; empty when writes need none.
     */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** The newsroom behind the server (for embedding and tests). */
    public Newsroom newsroom() {
        return newsroom;
    }

    /** The sources the server follows (for embedding and tests). */
    public Follower follower() {
        return follower;
    }

    @Override
    public void close() {
        app.stop();
        follower.close();
        newsroom.close();
        owner.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StorylineServer.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IOException("the web page's file " + name + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Fails when the port is taken, before the database is opened, the sources followed or Javalin tries the
     * port: Javalin logs its own failure to start as an error line ahead of the message this server gives. Its
     * log stays as it is, so errors in handlers still show. Port 0 (any free port) needs no check.
     */
    private static void requireFree(String host, int port) throws IOException {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
        }
    }

    private static IOException cannotListen(ServerSettings settings, Exception e) {
        return new IOException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The routes and their handlers. */
    private record Routes(Newsroom newsroom, ObjectMapper json, ArticleRequests requests, byte[] page,
                          Map<String, byte[]> assets, RequestGuard guard, RenderedPages storyPages, ReadTimes times) {

        void configure(JavalinConfig config, ServerSettings settings) {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            SlowClientLimits.apply(config);
            config.requestLogger.http(this::timed);
            var r = config.routes;
            r.before(guard::check);
            r.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", SECURITY_POLICY);
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("Cache-Control", "no-store");
            });
            r.get("/api/health", ctx -> send(ctx, 200, new ApiViews.Health(newsroom.articleCount(), newsroom.storyCount(),
                    newsroom.toPlace())));
            r.get("/api/timings", ctx -> send(ctx, 200, new ApiViews.Timings(times.figures())));
            r.post("/api/articles", this::addArticles);
            r.get("/api/articles/<id>", ctx -> article(ctx, ctx.pathParam("id")));
            // an id no URL path can carry (a "." or ".." segment, an empty one) is asked for as ?id=
            r.get("/api/articles", ctx -> article(ctx, Optional.ofNullable(ctx.queryParam("id"))
                    .orElseThrow(() -> new NotFound("ask for an article as /api/articles/ID or /api/articles?id=ID"))));
            r.get("/api/stories", this::stories);
            r.get("/api/stories/{id}", this::story);
            r.get("/api/stories/{id}/new", this::whatsNew);
            r.get("/api/storylines", this::storylines);
            r.get("/api/storylines/{id}", this::storyline);
            for (String path : List.of("/", "/article", "/search", "/sources")) {
                r.get(path, this::shell);
            }
            r.get("/story/{id}", ctx -> shellFor(ctx, "story", id -> newsroom.story(id).isPresent()));
            r.get("/storyline/{id}", ctx -> shellFor(ctx, "storyline", id -> newsroom.storyline(id).isPresent()));
            r.get("/article/<id>", ctx -> {
                String id = ctx.pathParam("id");
                if (newsroom.article(id).isPresent()) {
                    shell(ctx);
                } else {
                    missing(ctx, "Storyline has no article with the id '" + id + "'.");
                }
            });
            r.get("/assets/{name}", ctx -> {
                String name = ctx.pathParam("name");
                byte[] body = assets.get(name);
                if (body == null) {
                    throw new NotFound("no such file");
                }
                ctx.status(200).contentType(ASSETS.get(name)).result(body);
            });
            r.exception(NotFound.class, (e, ctx) -> send(ctx, 404, new ApiViews.Error(e.getMessage())));
            r.exception(RequestGuard.Refused.class, (e, ctx) -> send(ctx, e.status(), new ApiViews.Error(e.getMessage())));
            r.exception(ArticleRequests.BadRequest.class, (e, ctx) -> send(ctx, 400, new ApiViews.Error(e.getMessage())));
            r.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(),
                    new ApiViews.Error(e.getStatus() == 413 ? "the request body is larger than the limit of "
                            + settings.maxBodyBytes() + " bytes" : e.getMessage())));
            r.exception(Exception.class, (e, ctx) -> {
                System.err.println("storyline-server: " + ctx.method() + " " + ctx.path() + ": " + e);
                send(ctx, 500, new ApiViews.Error("internal error: " + e.getClass().getSimpleName()));
            });
            r.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    send(ctx, 404, new ApiViews.Error("not found: " + ctx.method() + " " + ctx.path()));
                }
            });
        }

        /**
         * Counts the answer's time by its route's pattern ({@link ReadTimes}); a request no route took (a 404 for an
         * unknown path) counts under the last endpoint it ran, the before-handlers' {@code *}, so that no address a
         * client makes up adds a kind.
         */
        private void timed(Context ctx, Float handlerMillis) {
            long now = System.nanoTime();
            String route;
            try {
                route = ctx.endpoint().path;
            } catch (RuntimeException none) {
                route = "(no route)";
            }
            long inServer = 0;
            try {
                var request = org.eclipse.jetty.ee10.servlet.ServletContextRequest.getServletContextRequest(ctx.req());
                inServer = request == null ? 0 : now - request.getBeginNanoTime();
            } catch (RuntimeException notJetty) {
                // only the handlers' time is known
            }
            times.record(ctx.method() + " " + route, (long) (handlerMillis * 1e6), inServer);
        }

        /** The web page's shell; its script shows what the path names. */
        private void shell(Context ctx) {
            ctx.status(200).contentType("text/html; charset=utf-8").result(page);
        }

        /** The shell for a story or storyline the server holds, else a 404 page saying there is none. */
        private void shellFor(Context ctx, String kind, java.util.function.LongPredicate held) {
            String raw = ctx.pathParam("id");
            java.util.OptionalLong id = idIn(ctx);
            if (id.isPresent() && held.test(id.getAsLong())) {
                shell(ctx);
            } else {
                missing(ctx, "Storyline has no " + kind + " with the id '" + raw + "'.");
            }
        }

        /** The path's {@code {id}} as a number, or empty when it is not one (the caller answers 404). */
        private static java.util.OptionalLong idIn(Context ctx) {
            try {
                return java.util.OptionalLong.of(Long.parseLong(ctx.pathParam("id")));
            } catch (NumberFormatException e) {
                return java.util.OptionalLong.empty();
            }
        }

        private static void missing(Context ctx, String message) {
            ctx.status(404).contentType("text/html; charset=utf-8").result(MissingPage.html(message));
        }

        private void addArticles(Context ctx) throws Exception {
            String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
            ArticleRequests.Parsed parsed;
            io.storyline.ingest.BodyText body;
            if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
                body = io.storyline.ingest.BodyText.ofPage(ctx.bodyAsBytes(), io.storyline.ingest.BodyText.charsetOf(type));
                parsed = requests.fromHtml(body.text(), ctx.queryParam("url"));
            } else if (type.startsWith("application/json")) {
                body = io.storyline.ingest.BodyText.ofRecords(ctx.bodyAsBytes());
                parsed = requests.fromJson(body.text());
            } else {
                send(ctx, 415, new ApiViews.Error("send application/json (articles) or text/html (a page with ?url=),"
                        + " not " + type));
                return;
            }
            Newsroom.Added added = parsed.articles().isEmpty() ? new Newsroom.Added(List.of(), List.of())
                    : newsroom.add(parsed.articles());
            int status = !added.added().isEmpty() ? 201 : !added.duplicates().isEmpty() ? 200 : 400;
            send(ctx, status, new ApiViews.AddResult(added.added(), added.duplicates(), parsed.problems(),
                    body.notice() == null ? List.of() : List.of(body.notice())));
        }


        private void article(Context ctx, String id) {
            var found = newsroom.article(id).orElseThrow(() -> new NotFound("no article with the id '" + id + "'"));
            Article a = found.getKey();
            send(ctx, 200, new ApiViews.ArticlePage(a.id(), a.outlet(), a.title(), a.url(), a.published(), a.text(),
                    new ApiViews.StoryRef(found.getValue().id(), found.getValue().story().label())));
        }

        /**
         * Writes the newest story's page and the front page's lists once, as the first readers will ask for them,
         * so that they do not wait for the classes and JSON writers those pages use to be loaded and set up (up to
         * 1.9 s on a busy machine, session 16's profile). Runs on the replay's thread once the stored articles are
         * placed, not before listening: a restart answers as soon as it did. The story's page is kept for its
         * first reader ({@link RenderedPages}); a warm-up that fails costs only its time.
         */
        void warmUp() {
            try {
                List<Newsroom.NewsStory> newest = newsroom.stories(Newsroom.Order.NEWEST);
                if (!newest.isEmpty()) {
                    storyPages.page(newsroom.view(newest.get(0)), v -> json.writeValueAsBytes(ApiViews.StoryPage.of(v)));
                }
                json.writeValueAsBytes(new ApiViews.StoryList(newest.size(), 0,
                        newest.stream().limit(50).map(ApiViews.StoryItem::of).toList()));
                List<Newsroom.NewsStoryline> lines = newsroom.storylines(Newsroom.Order.NEWEST);
                json.writeValueAsBytes(new ApiViews.StorylineList(lines.size(), 0,
                        lines.stream().limit(50).map(line -> ApiViews.StorylineItem.of(line, null)).toList()));
            } catch (IOException | RuntimeException e) {
                System.err.println("storyline-server: the warm-up of the first pages failed (readers are not affected): " + e);
            }
        }

        private void stories(Context ctx) throws IOException, ArticleRequests.BadRequest {
            String q = ctx.queryParam("q");
            String entity = ctx.queryParam("entity");
            String sort = Optional.ofNullable(ctx.queryParam("sort")).orElse("newest");
            int limit = intParam(ctx, "limit", 50, 1, MAX_LIMIT);
            int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
            List<Newsroom.NewsStory> found;
            if (entity != null && !entity.isBlank()) {
                found = newsroom.search(entity, true);
            } else if (q != null && !q.isBlank()) {
                found = newsroom.search(q, false);
            } else if (sort.equals("newest") || sort.equals("biggest")) {
                found = newsroom.stories(sort.equals("newest") ? Newsroom.Order.NEWEST : Newsroom.Order.BIGGEST);
            } else {
                throw new ArticleRequests.BadRequest("sort must be newest or biggest, not '" + sort + "'");
            }
            List<ApiViews.StoryItem> page = new ArrayList<>();
            for (int i = offset; i < found.size() && page.size() < limit; i++) {
                page.add(ApiViews.StoryItem.of(found.get(i)));
            }
            send(ctx, 200, new ApiViews.StoryList(found.size(), offset, page));
        }

        private void storylines(Context ctx) throws ArticleRequests.BadRequest {
            String sort = Optional.ofNullable(ctx.queryParam("sort")).orElse("newest");
            if (!sort.equals("newest") && !sort.equals("biggest")) {
                throw new ArticleRequests.BadRequest("sort must be newest or biggest, not '" + sort + "'");
            }
            int limit = intParam(ctx, "limit", 50, 1, MAX_LIMIT);
            int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
            List<Newsroom.NewsStoryline> found = newsroom.storylines(sort.equals("newest")
                    ? Newsroom.Order.NEWEST : Newsroom.Order.BIGGEST);
            List<ApiViews.StorylineItem> page = new ArrayList<>();
            for (int i = offset; i < found.size() && page.size() < limit; i++) {
                page.add(ApiViews.StorylineItem.of(found.get(i), null));
            }
            send(ctx, 200, new ApiViews.StorylineList(found.size(), offset, page));
        }

        private void storyline(Context ctx) {
            long id = idIn(ctx).orElseThrow(
                    () -> new NotFound("no storyline with the id '" + ctx.pathParam("id") + "'"));
            Newsroom.NewsStoryline line = newsroom.storyline(id)
                    .orElseThrow(() -> new NotFound("no storyline with the id " + id));
            send(ctx, 200, ApiViews.StorylineItem.of(line, newsroom.storylineTimeline(line).orElse(null)));
        }

        private Newsroom.NewsStory storyOf(Context ctx) {
            long id = idIn(ctx).orElseThrow(
                    () -> new NotFound("no story with the id '" + ctx.pathParam("id") + "'"));
            return newsroom.story(id).orElseThrow(() -> new NotFound("no story with the id " + id));
        }

        /**
         * What is new in the story since {@code ?since=}: with a date-time (the reader's last visit), the
         * articles that arrived after it; with a date, those dated on that day or later.
         */
        private void whatsNew(Context ctx) throws ArticleRequests.BadRequest, IOException {
            Newsroom.NewsStory story = storyOf(ctx);
            String raw = ctx.queryParam("since");
            if (raw == null || raw.isBlank()) {
                throw new ArticleRequests.BadRequest("give the time the reader last looked as ?since=, a date"
                        + " (2024-05-02) or an ISO-8601 date-time (2024-05-02T09:30:00Z)");
            }
            io.storyline.model.StoryUpdate.Since since;
            try {
                since = io.storyline.model.StoryUpdate.since(raw);
            } catch (IllegalArgumentException e) {
                throw new ArticleRequests.BadRequest("since: " + e.getMessage());
            }
            java.time.Instant visit = since.visit();
            send(ctx, 200, visit == null ? ApiViews.NewSince.of(story, newsroom.whatsNew(story, since.day()), null)
                    : ApiViews.NewSince.of(story, newsroom.whatsNew(story, visit), visit));
        }

        private void story(Context ctx) throws IOException {
            Newsroom.NewsStory story = storyOf(ctx);
            String focus = ctx.queryParam("focus");
            if (focus == null || focus.isBlank()) {
                byte[] body = storyPages.page(newsroom.view(story), v -> json.writeValueAsBytes(ApiViews.StoryPage.of(v)));
                ctx.status(200).contentType("application/json; charset=utf-8").result(body);
            } else {
                send(ctx, 200, ApiViews.StoryPage.of(newsroom.view(story), newsroom.focusedSummary(story, focus),
                        focus.strip()));
            }
        }

        private static int intParam(Context ctx, String name, int fallback, int min, int max)
                throws ArticleRequests.BadRequest {
            String raw = ctx.queryParam(name);
            if (raw == null || raw.isBlank()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(raw.strip());
                if (value < min || value > max) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new ArticleRequests.BadRequest(name + " must be a whole number from " + min + " to " + max);
            }
        }

        private void send(Context ctx, int status, Object body) {
            try {
                ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An unknown id or path: 404 with a message. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** Starts a server from command-line style flags: {@code --port N --host H --db PATH --token T}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        ServerSettings settings = ServerSettings.defaults();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> settings = settings.withPort(Integer.parseInt(args[i + 1]));
                case "--host" -> settings = settings.withHost(args[i + 1]);
                case "--db" -> settings = settings.withDatabase(java.nio.file.Path.of(args[i + 1]));
                case "--token" -> settings = settings.withToken(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        StorylineServer server = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("listening on " + server.listening());
        System.out.flush();
        Thread.currentThread().join();
    }

    /**
     * Where the server really listens, for people: {@code http://127.0.0.1:8080/}, or for every
     * address {@code http://0.0.0.0:8080/ (every address of this machine; here http://127.0.0.1:8080/)}.
     */
    public String listening() {
        if (RequestGuard.isWildcard(host)) {
            return "http://" + (host.contains(":") ? "[::]" : host) + ":" + port() + "/ (every address of this machine;"
                    + " from here " + uri() + ")";
        }
        return uri().toString();
    }

    /** The server's address to connect to, e.g. {@code http://127.0.0.1:8080/} (loopback when it listens on every address). */
    public URI uri() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? ServerSettings.LOOPBACK : host;
        return URI.create("http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port() + "/");
    }
}

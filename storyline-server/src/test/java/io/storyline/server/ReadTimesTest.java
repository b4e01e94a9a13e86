package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The server's own time per kind of answer ({@code GET /api/timings}): quantiles within a bucket's width of
 * the nearest-rank ones, each route counted under its pattern (not under each story's address), and a made-up
 * path under one kind.
 */
class ReadTimesTest {

    @TempDir
    Path folder;

    @Test
    void bucketsHoldTheirTimesAndAreAtMostASixteenthWide() {
        for (long micros : new long[] {0, 1, 15, 16, 17, 31, 32, 33, 1000, 123_456, 9_999_999, Long.MAX_VALUE / 4}) {
            int bucket = ReadTimes.bucket(micros);
            assertThat(ReadTimes.upperBound(bucket)).as("upper bound of " + micros).isGreaterThanOrEqualTo(micros);
            if (bucket > 0) {
                assertThat(ReadTimes.upperBound(bucket - 1)).as("the bucket before " + micros).isLessThan(micros);
            }
            assertThat((double) ReadTimes.upperBound(bucket) - micros).isLessThanOrEqualTo(micros / 16.0);
        }
        assertThat(ReadTimes.bucket(1000)).isLessThan(ReadTimes.bucket(1100));
    }

    @Test
    void quantilesAreTheNearestRankWithinABucket() {
        ReadTimes times = new ReadTimes();
        for (int ms = 1; ms <= 100; ms++) {       // 1 ms .. 100 ms, handlers; 10 ms more in the server
            times.record("GET /x", ms * 1_000_000L, (ms + 10) * 1_000_000L);
        }
        times.record("GET /y", 5_000_000L, 0);   // the server's time unknown: at least the handlers'
        ReadTimes.Kind x = times.figures().get("GET /x");
        assertThat(x.handler().count()).isEqualTo(100);
        assertThat(x.handler().p50Ms()).isCloseTo(50.0, within(50.0 / 16));
        assertThat(x.handler().p95Ms()).isCloseTo(95.0, within(95.0 / 16));
        assertThat(x.handler().p99Ms()).isCloseTo(99.0, within(99.0 / 16));
        assertThat(x.handler().maxMs()).isEqualTo(100.0);
        assertThat(x.inServer().p50Ms()).isCloseTo(60.0, within(60.0 / 16));
        assertThat(x.inServer().maxMs()).isEqualTo(110.0);
        assertThat(times.figures().get("GET /y").inServer().maxMs()).isEqualTo(5.0);
        assertThat(new ReadTimes().figures()).isEmpty();
    }

    @Test
    void theServerCountsEachRouteOnceUnderItsPattern() throws Exception {
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            Http http = new Http(server.uri());
            Examples.post(http);
            long id = http.get("/api/stories").json().get("stories").get(0).get("id").asLong();
            for (int i = 0; i < 3; i++) {
                http.get("/api/stories/" + id);
            }
            http.get("/api/stories?sort=biggest");
            http.get("/no/such/path");
            http.get("/another/made-up/path");
            JsonNode routes = http.get("/api/timings").json().get("routes");
            assertThat(routes.path("GET /api/stories/{id}").path("handler").path("count").asLong()).isEqualTo(3);
            assertThat(routes.path("GET /api/stories").path("handler").path("count").asLong()).isEqualTo(2);
            JsonNode story = routes.path("GET /api/stories/{id}");
            assertThat(story.path("inServer").path("maxMs").asDouble())
                    .isGreaterThanOrEqualTo(story.path("handler").path("maxMs").asDouble());
            assertThat(story.path("handler").path("p99Ms").asDouble()).isPositive();
            routes.fieldNames().forEachRemaining(route -> assertThat(route).doesNotContain("/api/stories/" + id)
                    .doesNotContain("made-up").doesNotContain("no/such"));
            // paths no route takes: one kind for all (the guard's before-handler is the last endpoint they ran)
            assertThat(routes.path("GET *").path("handler").path("count").asLong()).isEqualTo(2);
        }
    }
}

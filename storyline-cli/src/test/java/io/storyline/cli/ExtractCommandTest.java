package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @TempDir
    Path dir;
    HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/keeper", exchange -> {
            byte[] body = LighthousePage.HTML.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // a server that answers at once and then sends its page one byte a second (for 20 s at most)
        server.createContext("/trickle", exchange -> {
            byte[] body = LighthousePage.HTML.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 20; i++) {
                    out.write(body[i]);
                    out.flush();
                    Thread.sleep(1000);
                }
                out.write(body, 20, body.length - 20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException clientGaveUp) {
                // the fetcher stopped reading: what the test wants
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/keeper";
    }

    private Path gzippedPage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(LighthousePage.HTML.getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(dir.resolve("keeper.html.gz"), bytes.toByteArray());
    }

    @Test
    void textShowsEveryFieldAndTheParagraphs() throws IOException {
        CommandRun run = CommandRun.of("extract", gzippedPage().toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("Lighthouse keeper retires\n")
                .contains("By: Mara Holm\n")
                .contains("Outlet: Northern Light\n")
                .contains("Published: 2022-06-01T07:30+02:00 (JSON-LD)\n")
                .contains("URL: https://northern-light.example/2022/06/01/keeper\n")
                .contains("thirty-one years on the rock.\n\nThe light has been automatic")
                .doesNotContain("trackReader").doesNotContain("Front page").doesNotContain("rights reserved");
    }

    @Test
    void jsonAndJsonLinesCarryTheSameFields() throws IOException {
        Path page = gzippedPage();
        CommandRun json = CommandRun.of("extract", "--format", "json", page.toString());
        assertThat(json.exitCode()).as(json.stderr()).isZero();
        JsonNode array = new ObjectMapper().readTree(json.stdout());
        assertThat(array.isArray()).isTrue();
        JsonNode a = array.get(0);
        assertThat(a.get("schema").asText()).isEqualTo("storyline.extract/1");
        assertThat(a.get("byline").asText()).isEqualTo("Mara Holm");
        assertThat(a.get("publishedSource").asText()).isEqualTo("JSON-LD");
        assertThat(a.get("outletSource").asText()).isEqualTo("site_name");
        assertThat(a.get("paragraphs")).hasSize(2);
        CommandRun lines = CommandRun.of("extract", "-f", "jsonl", page.toString());
        assertThat(lines.stdout().lines()).hasSize(1);
        assertThat(new ObjectMapper().readTree(lines.stdout()).get("text").asText()).isEqualTo(a.get("text").asText());
    }

    @Test
    void aUrlIsFetchedOnlyWithTheFlagAndAListFileWorksToo() throws IOException {
        CommandRun refused = CommandRun.of("extract", url());
        assertThat(refused.exitCode()).isEqualTo(Main.EXIT_NO_ARTICLES);
        assertThat(refused.stderr()).contains("storyline: skipped " + url() + ": is a private or local address (127.0.0.1);")
                .doesNotContain("Exception");
        Path list = Files.writeString(dir.resolve("urls.txt"), "# today's reading\n" + url() + "\n\n");
        CommandRun fetched = CommandRun.of("extract", "--allow-private-addresses", "--urls", list.toString(), "-f", "jsonl");
        assertThat(fetched.exitCode()).as(fetched.stderr()).isZero();
        assertThat(fetched.stdout()).contains("\"outlet\":\"Northern Light\"").contains("Skerry light");
    }

    @Test
    void theTimeoutCoversThePageBodyNotOnlyItsHeaders() {
        String trickle = "http://127.0.0.1:" + server.getAddress().getPort() + "/trickle";
        CommandRun run = CommandRun.of("extract", "--allow-private-addresses", "--timeout", "3", "-f", "jsonl", trickle);
        // without a deadline on the body the page would arrive whole after 20 s and be extracted
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_NO_ARTICLES);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("storyline: skipped " + trickle + ": did not send its page within 3 s");
    }

    @Test
    void theSameArticleTwiceIsPrintedOnceWithBothAddresses() throws IOException {
        Path saved = gzippedPage();
        CommandRun run = CommandRun.of("extract", "--allow-private-addresses", "-f", "json", url(), saved.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.stdout());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("urls").toString()).contains(url()).contains("https://northern-light.example/2022/06/01/keeper");
        CommandRun kept = CommandRun.of("extract", "--allow-private-addresses", "--keep-duplicates", "-f", "jsonl",
                url(), saved.toString());
        assertThat(kept.stdout().lines()).hasSize(2);
    }

    @Test
    void badInputIsOneLineEachAndTheRestIsPrinted() throws IOException {
        Path good = gzippedPage();
        Path notAFeed = Files.writeString(dir.resolve("news.rss"), "<<< not xml");
        Path front = Files.writeString(dir.resolve("front.html"),
                "<html><body><ul><li><a href=\"/a\">One</a></li><li><a href=\"/b\">Two</a></li></ul></body></html>");
        CommandRun run = CommandRun.of("extract", good.toString(), notAFeed.toString(), front.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_SKIPPED_INPUT);
        assertThat(run.stdout()).contains("Lighthouse keeper retires");
        assertThat(run.stderr().lines().filter(l -> l.startsWith("storyline: skipped "))).hasSize(2);
        assertThat(run.stderr()).contains(notAFeed + ": is not a readable RSS or Atom feed")
                .contains(front + ": ").doesNotContain("\tat ");
    }

    @Test
    void usageErrors() {
        assertThat(CommandRun.of("extract", "--format", "xml", "x").stderr()).contains("unknown format 'xml'");
        assertThat(CommandRun.of("extract").stderr()).contains("nothing to read");
        CommandRun help = CommandRun.of("extract", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("--allow-private-addresses").contains("--urls");
    }
}

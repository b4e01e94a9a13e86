package io.storyline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A posted page or record whose bytes are not valid UTF-8 is read as a file is (a declared charset,
 * else windows-1252) and the reply says when the guess was used, in {@code notices}; the text was
 * read as UTF-8 with every legacy letter replaced by U+FFFD, without a word.
 */
class LegacyUploadTest {

    @TempDir
    Path folder;

    private static final String PAGE = "<html><head><title>Caf\u00e9 owners close for a day</title></head><body><article>"
            + "<p>Caf\u00e9 owners on the quay closed their doors on Tuesday in protest at the new terrace tax, "
            + "\u201cfor one day only\u201d, their association said on the quay.</p><p>The council said the tax would "
            + "raise 40,000 euros a year for repairs to the quay and the harbour steps.</p></article></body></html>";

    @Test
    void aLegacyPageIsReadAsWindows1252AndTheReplySaysSo() throws Exception {
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            HttpResponse<String> guessed = post(server.uri(), "/api/articles?url=https://quay.example/cafes",
                    "text/html", PAGE.getBytes(Charset.forName("windows-1252")));
            assertThat(guessed.statusCode()).as(guessed.body()).isEqualTo(201);
            assertThat(Http.JSON.readTree(guessed.body()).get("notices").get(0).asText())
                    .isEqualTo("read as Windows-1252: not valid UTF-8");
            String id = Http.JSON.readTree(guessed.body()).get("added").get(0).get("articleId").asText();
            String text = new Http(server.uri()).get("/api/articles/" + id).json().get("text").asText();
            assertThat(text).contains("Caf\u00e9 owners").contains("\u201cfor one day only\u201d").doesNotContain("\ufffd");

            HttpResponse<String> declared = post(server.uri(), "/api/articles?url=https://quay.example/cafes-2",
                    "text/html; charset=ISO-8859-1", PAGE.replace("Tuesday", "Monday").replace('\u201c', '"')
                            .replace('\u201d', '"').getBytes(StandardCharsets.ISO_8859_1));
            assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
            assertThat(Http.JSON.readTree(declared.body()).has("notices")).isFalse();

            String record = "{\"id\": \"quay-3\", \"text\": \"Caf\u00e9 owners on the quay reopened on Wednesday after "
                    + "their one-day protest at the terrace tax, their association said.\"}";
            HttpResponse<String> json = post(server.uri(), "/api/articles", "application/json",
                    record.getBytes(Charset.forName("windows-1252")));
            assertThat(json.statusCode()).as(json.body()).isEqualTo(201);
            assertThat(json.body()).contains("\"notices\":[\"read as Windows-1252: not valid UTF-8\"]");
            assertThat(new Http(server.uri()).get("/api/articles/quay-3").json().get("text").asText())
                    .startsWith("Caf\u00e9 owners");

            HttpResponse<String> utf8 = post(server.uri(), "/api/articles", "application/json",
                    record.replace("quay-3", "quay-4").replace("Wednesday", "Thursday").getBytes(StandardCharsets.UTF_8));
            assertThat(utf8.body()).doesNotContain("notices");
        }
    }

    private static HttpResponse<String> post(URI base, String path, String type, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

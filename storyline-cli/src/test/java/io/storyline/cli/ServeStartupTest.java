package io.storyline.cli;

import io.storyline.model.Article;
import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;
import io.storyline.server.follow.FollowSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code serve} prints once it listens, its counts in the number they need ("1 article", "2 sources"). */
class ServeStartupTest {

    @TempDir
    Path folder;

    @Test
    void oneOfEachIsSingularAndTwoArePlural() throws Exception {
        Path db = folder.resolve("news.db");
        Path list = Files.writeString(folder.resolve("sources.txt"), "https://courier.example/feed.xml 2h\n");
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(db),
                FollowSettings.defaults().withSourcesFile(list))) {
            assertThat(ServeCommand.startupLines(server, db, false)).containsExactly(
                    "Storyline is serving " + server.listening() + " (0 articles in 0 stories; database " + db + ")",
                    "Following 1 source (their health: " + server.uri().resolve("/sources") + ")");
            server.newsroom().add(List.of(article("ferry-1", "Ferry terminal fire closes the harbour",
                    "Flames tore through the ferry terminal on Tuesday. Firefighters kept the blaze from the boats.")));
            assertThat(ServeCommand.startupLines(server, db, false).get(0)).endsWith("(1 article in 1 story; database "
                    + db + ")");
            server.newsroom().add(List.of(article("budget-1", "Council passes the city budget",
                    "Councillors voted nine to four for the budget. Libraries lose two librarians under the plan.")));
            assertThat(ServeCommand.startupLines(server, db, false).get(0)).contains("(2 articles in 2 stories;");
        }
        Path twoSources = Files.writeString(folder.resolve("two.txt"),
                "https://courier.example/feed.xml 2h\nhttps://gazette.example/feed.xml 2h\n");
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(db),
                FollowSettings.defaults().withSourcesFile(twoSources))) {
            assertThat(ServeCommand.startupLines(server, db, false)).last().asString().startsWith("Following 2 sources");
        }
    }

    private static Article article(String id, String title, String text) {
        return new Article(id, "Harbour Post", "https://post.example/" + id, title, LocalDate.of(2026, 3, 6),
                title + ".\n\n" + text, "test", List.of());
    }
}

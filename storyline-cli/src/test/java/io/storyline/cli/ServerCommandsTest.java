package io.storyline.cli;

import io.storyline.server.ArticleStore;
import io.storyline.server.DatabaseOwner;
import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServerCommandsTest {

    @TempDir
    Path folder;

    @Test
    void ingestLoadsAFolderOnceAndSkipsWhatIsAlreadyThere() throws Exception {
        Path db = folder.resolve("news.db");
        CommandRun first = CommandRun.of("ingest", "--no-progress", "--db", db.toString(), "../examples/harbour-bridge");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("Added 5 of 5 articles");
        CommandRun again = CommandRun.of("ingest", "--no-progress", "--db", db.toString(), "../examples/harbour-bridge");
        assertThat(again.stdout()).contains("Added 0 of 5").contains("5 already there");
        try (ArticleStore store = ArticleStore.open(db)) {
            assertThat(store.count()).isEqualTo(5);
        }
    }

    @Test
    void ingestIntoTheDatabaseOfARunningServerHandsItTheArticlesWhichItShowsAtOnce() throws Exception {
        Path db = folder.resolve("live.db");
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0).withDatabase(db))) {
            CommandRun run = CommandRun.of("ingest", "--no-progress", "--db", db.toString(), "../examples/harbour-bridge");
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(run.stdout()).contains("Handed 5 articles to the server at " + server.uri()).contains("added 5 of 5");
            assertThat(server.newsroom().articleCount()).isEqualTo(5);
            assertThat(server.newsroom().storyCount()).isPositive();
            CommandRun again = CommandRun.of("ingest", "--no-progress", "--db", db.toString(), "../examples/harbour-bridge");
            assertThat(again.stdout()).contains("added 0 of 5 (5 already there)");
        }
        try (ArticleStore store = ArticleStore.open(db)) {
            assertThat(store.count()).isEqualTo(5);
        }
    }

    @Test
    void ingestNeverClaimsArticlesWhenTheDatabaseIsHeldAndTheServerDoesNotTakeThem() throws Exception {
        Path db = folder.resolve("held.db");
        try (DatabaseOwner other = DatabaseOwner.tryTake(db).orElseThrow()) {
            CommandRun busy = CommandRun.of("ingest", "--no-progress", "--db", db.toString(), "../examples/harbour-bridge");
            assertThat(busy.exitCode()).isEqualTo(Main.EXIT_FAILED);
            assertThat(busy.stderr()).contains("held.db").contains("in use by another Storyline process")
                    .contains("nothing was added");
            assertThat(busy.stdout()).doesNotContain("Added");
            // a server said it holds the database, but nothing answers there any more
            int closedPort;
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                closedPort = probe.getLocalPort();
            }
            Files.writeString(folder.resolve("held.db.server"), "uri=http://127.0.0.1:" + closedPort + "/\npid=4242\n");
            CommandRun gone = CommandRun.of("ingest", "--no-progress", "--db", db.toString(), "../examples/harbour-bridge");
            assertThat(gone.exitCode()).isEqualTo(Main.EXIT_FAILED);
            assertThat(gone.stderr()).contains("served by the Storyline server at http://127.0.0.1:" + closedPort)
                    .contains("did not answer");
            assertThat(gone.stdout()).doesNotContain("Added").doesNotContain("added");
        }
        try (ArticleStore store = ArticleStore.open(db)) {
            assertThat(store.count()).isZero();
        }
    }

    /** A port another program holds: one clean message, and no error line from the web server's log before it. */
    @Test
    void serveOnAPortInUseSaysSoAndNothingElse() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            java.io.PrintStream stderr = System.err;
            java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
            CommandRun run;
            System.setErr(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                run = CommandRun.of("serve", "--port", String.valueOf(port), "--db", folder.resolve("busy.db").toString());
            } finally {
                System.setErr(stderr);
            }
            assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILED);
            assertThat(run.stderr().strip()).isEqualTo("storyline: error: cannot listen on 127.0.0.1:" + port
                    + ": Address already in use");
            assertThat(logged.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("ERROR")
                    .doesNotContain("Failed to start");
        }
    }

    @Test
    void ingestReportsBadFilesAndKeepsTheGoodOnes() throws Exception {
        Path input = Files.createDirectories(folder.resolve("in"));
        Files.writeString(input.resolve("good.txt"), "Ferry strike ends\n\nThe ferry workers returned on Monday after a deal on pay.");
        Files.write(input.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5});
        Files.writeString(input.resolve("empty.txt"), "");
        Path db = folder.resolve("n.db");
        CommandRun run = CommandRun.of("ingest", "--no-progress", "--db", db.toString(), input.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_SKIPPED_INPUT);
        assertThat(run.stderr()).contains("binary.txt").contains("empty.txt");
        assertThat(run.stdout()).contains("Added 1 of 1");
        try (ArticleStore store = ArticleStore.open(db)) {
            assertThat(store.count()).as("the good file is stored").isEqualTo(1);
        }
    }

    @Test
    void aDatabaseThatIsNotOneFailsWithOneLine() throws Exception {
        Path notDb = folder.resolve("notes.db");
        Files.writeString(notDb, "these are my notes, not a database at all, sorry");
        CommandRun ingest = CommandRun.of("ingest", "--no-progress", "--db", notDb.toString(), "../examples/harbour-bridge");
        assertThat(ingest.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(ingest.stderr().strip().lines()).hasSize(1);
        assertThat(ingest.stderr()).contains("notes.db");
        CommandRun serve = CommandRun.of("serve", "--port", "0", "--db", folder.toString());
        assertThat(serve.exitCode()).isEqualTo(Main.EXIT_FAILED);
        assertThat(serve.stderr()).contains("is a folder");
    }

    @Test
    void everyServerCommandHasHelp() {
        for (String command : new String[] {"serve", "ingest"}) {
            CommandRun help = CommandRun.of(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.stdout()).contains("Usage: storyline " + command);
        }
        assertThat(CommandRun.of("serve", "--help").stdout()).contains("127.0.0.1");
    }
}

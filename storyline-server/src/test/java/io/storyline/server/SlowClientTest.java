package io.storyline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow clients on real loopback sockets: 250 uploads whose bodies trickle in a byte at a time
 * (the probe found the server stopped answering at 250 such clients: each held one of its 250
 * threads) must leave it answering reads, and each such upload is ended, either refused at once
 * (too many bodies being read) or cut off for sending too slowly.
 */
class SlowClientTest {

    static final int CLIENTS = 250;

    @TempDir
    Path folder;

    @Test
    void uploadsThatTrickleNeitherHoldTheServerNorStayOpen() throws Exception {
        try (StorylineServer server = StorylineServer.start(ServerSettings.defaults().withPort(0)
                .withDatabase(folder.resolve("news.db")))) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    Socket socket = new Socket("127.0.0.1", server.port());
                    socket.setSoTimeout(60_000);
                    socket.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    slow.add(socket);
                }
                for (int round = 0; round < 3; round++) {
                    Thread.sleep(1500);
                    for (Socket socket : slow) {
                        trickle(socket);
                    }
                }
                // still answering while the slow clients are connected
                RawHttp.Reply health = RawHttp.send(server.port(), "GET", "/api/health", Map.of(), null);
                assertThat(health.status()).isEqualTo(200);
                int refused = 0;
                int cutOff = 0;
                for (Socket socket : slow) {
                    String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(answer).as("each slow upload is answered and closed").startsWith("HTTP/1.1 ");
                    int status = RawHttp.parse(answer).status();
                    assertThat(status).isIn(408, 503);
                    refused += status == 503 ? 1 : 0;
                    cutOff += status == 408 ? 1 : 0;
                }
                assertThat(cutOff).as("bodies read at once, then cut off for their rate").isPositive()
                        .isLessThanOrEqualTo(RequestGuard.MAX_UPLOADS * 3);
                assertThat(refused).as("uploads refused while others were being read").isPositive();
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
            assertThat(server.newsroom().articleCount()).isZero();
        }
    }

    private static void trickle(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (IOException closedByTheServer) {
            // expected once the server has answered it
        }
    }
}

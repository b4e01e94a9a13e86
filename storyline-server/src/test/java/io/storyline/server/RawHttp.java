package io.storyline.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, so a test sends exactly the headers an attacker's page or
 * client would (Host, Origin, no Content-Type), which java.net.http does not allow.
 */
final class RawHttp {

    record Reply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /**
     * One request with these headers (a null value leaves the header out; Host defaults to
     * 127.0.0.1:PORT) and body; Content-Length is added.
     */
    static Reply send(int port, String method, String path, Map<String, String> headers, String body) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", "127.0.0.1:" + port);
        all.putAll(headers);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        all.forEach((name, value) -> {
            if (value != null) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        head.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Reply parse(String response) {
        int status = Integer.parseInt(response.substring(9, 12));
        int end = response.indexOf("\r\n\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : response.substring(0, end < 0 ? response.length() : end).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        String body = end < 0 ? "" : response.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Reply(status, headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int nl = chunked.indexOf("\r\n", at);
            if (nl < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, nl).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, nl + 2, Math.min(chunked.length(), nl + 2 + size));
            at = nl + 2 + size + 2;
        }
        return out.toString();
    }
}

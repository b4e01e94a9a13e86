package io.storyline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** WARC records written by hand, as a crawler would write them, for the archive tests. */
final class WarcFixtures {

    private WarcFixtures() {
    }

    static byte[] response(String target, String contentType, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length
                + "\r\n\r\n";
        byte[] block = concat(http.getBytes(StandardCharsets.ISO_8859_1), payload);
        return record("response", target, "application/http; msgtype=response", block);
    }

    static byte[] request(String target) {
        byte[] block = ("GET / HTTP/1.1\r\nHost: example\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return record("request", target, "application/http; msgtype=request", block);
    }

    static byte[] record(String type, String target, String contentType, byte[] block) {
        String header = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Target-URI: " + target + "\r\n"
                + "WARC-Date: 2021-03-04T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((type + target).getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A gzip member of its own, as in .warc.gz files. */
    static byte[] gzip(byte[] record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

package io.storyline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a benchmark's JSON Lines file one record at a time, skipping blank lines. */
final class JsonLines {

    /** What to do with one record; {@code where} is "file:line", for error messages. */
    interface RecordReader {
        void read(JsonNode record, String where);
    }

    private JsonLines() {
    }

    static void read(Path jsonl, RecordReader reader) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    reader.read(json.readTree(line), jsonl + ":" + number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
    }
}

package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A {@code .json} file: one article object, or an array of them (schema in docs/INPUT.md). A bad element is
 * one problem ({@code file.json[3]: ...}); the others still load.
 */
final class JsonFormat implements ArticleFormat {

    @Override
    public boolean recognises(Input input) {
        return input.extension().equals("json");
    }

    @Override
    public void read(Input input, Reading reading) throws UnusableInputException {
        String text = Input.nonBlank(input.text());
        Provenance file = input.from();
        JsonNode root;
        try {
            root = JsonRecords.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnusableInputException(JsonRecords.unreadable(e));
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                String location = file.origin() + "[" + i + "]";
                try {
                    JsonRecords.Entry entry = JsonRecords.entry(root.get(i));
                    if (entry.dateNotice() != null) {
                        reading.noted(location, entry.dateNotice());
                    }
                    Provenance from = new Provenance(file.id() + ":" + i, file.name(), location, file.pathDate());
                    reading.add(Articles.assemble(entry.text(), entry.metadata(), from, reading.fallbackDate(), null));
                } catch (UnusableInputException e) {
                    reading.problem(location, e.getMessage());
                }
            }
        } else {
            JsonRecords.Entry entry = JsonRecords.entry(root);
            if (entry.dateNotice() != null) {
                reading.noted(file.origin(), entry.dateNotice());
            }
            reading.add(Articles.assemble(entry.text(), entry.metadata(), file, reading.fallbackDate(), null));
        }
    }
}

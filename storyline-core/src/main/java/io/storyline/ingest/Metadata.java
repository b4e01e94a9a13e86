package io.storyline.ingest;

import java.time.LocalDate;

/** Facts given explicitly alongside a text (JSON fields, page metadata); every field may be null. */
record Metadata(String id, String outlet, String url, String title, LocalDate published) {

    static final Metadata NONE = new Metadata(null, null, null, null, null);
}

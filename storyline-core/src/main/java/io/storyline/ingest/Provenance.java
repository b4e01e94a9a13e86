package io.storyline.ingest;

import java.time.LocalDate;

/**
 * Where a text came from, and what that place says about it.
 *
 * @param id       identifier to use when the content names none (path relative to its input root)
 * @param name     file name without extension (never the outlet: an article that names none has
 *                 {@code Article.UNKNOWN_OUTLET}, its file shown as its origin)
 * @param origin   shown to users: a path, {@code path:line}, or {@code <stdin>}
 * @param pathDate date from a {@code YYYY-MM-DD} folder or the file name, or null
 */
record Provenance(String id, String name, String origin, LocalDate pathDate) {
}

package io.storyline.ingest;

/** Progress of a {@link ArticleLoader#load} run, reported once per input file (or stdin). */
@FunctionalInterface
public interface LoadListener {

    /** Ignores every report. */
    LoadListener NONE = (location, filesDone, filesTotal) -> { };

    /**
     * Called after each file has been read, whether it loaded or was reported as a problem.
     *
     * @param location   the file just finished (as shown in problems and origins)
     * @param filesDone  files finished so far, including this one
     * @param filesTotal files this run will read
     */
    void fileRead(String location, int filesDone, int filesTotal);
}

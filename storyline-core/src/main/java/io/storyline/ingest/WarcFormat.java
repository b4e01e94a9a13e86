package io.storyline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A WARC archive ({@code .warc}, {@code .warc.gz}), as web crawls are kept: every HTML response in it is one
 * article, handed to {@link HtmlFormat} with the address it was captured from. Streamed record by record
 * from disk ({@link WarcArchive}), so the archive as a whole has no size limit, only each page; an archive
 * held in memory passes through a temporary file. A damaged record is one problem and reading goes on.
 */
final class WarcFormat implements ArticleFormat {

    @Override
    public boolean recognises(Input input) {
        String name = input.fileName();
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    @Override
    public void read(Input input, Reading reading) throws UnusableInputException {
        if (input.storedFile() != null) {
            readArchive(input, input.storedFile(), reading);
            return;
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile("storyline-", input.fileName());
            Files.write(temporary, input.bytes());
            readArchive(input, temporary, reading);
        } catch (IOException e) {
            throw new UnusableInputException("could not be buffered for reading (" + e.getMessage() + ")");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a temporary file left behind is the system's to clean
                }
            }
        }
    }

    /** {@code file} holds the archive's bytes; {@code input} names it (they differ for in-memory reads). */
    private static void readArchive(Input input, Path file, Reading reading) {
        Provenance archive = input.from();
        String location = input.location();
        int[] pages = {0};
        int[] damaged = {0};
        try {
            if (Files.size(file) == 0) {
                reading.problem(location, "is empty");
                return;
            }
            WarcArchive.read(file, reading.maxBytes(), new WarcArchive.Sink() {
                @Override
                public void capture(WarcArchive.Capture capture) {
                    pages[0]++;
                    String at = location + " @" + capture.offset() + " (" + capture.target() + ")";
                    String domain = HtmlExtractor.domain(capture.target());
                    Provenance from = new Provenance(archive.id() + "@" + capture.offset(),
                            domain != null ? domain : archive.name(), at, null);
                    try {
                        Input page = Input.capture(from, capture.target(), capture.body(), capture.charset());
                        reading.add(HtmlFormat.page(page, reading));
                        reading.noteHowRead(page);
                    } catch (UnusableInputException e) {
                        damaged[0]++;
                        reading.problem(at, e.getMessage());
                    }
                }

                @Override
                public void problem(long offset, String problem) {
                    damaged[0]++;
                    reading.problem(location + " @" + offset, problem);
                }
            });
        } catch (IOException e) {
            reading.problem(location, ProblemWords.unreadable(e));
            return;
        }
        if (pages[0] == 0 && damaged[0] == 0) {
            reading.problem(location, "is a WARC file with no HTML responses in it");
        }
    }
}

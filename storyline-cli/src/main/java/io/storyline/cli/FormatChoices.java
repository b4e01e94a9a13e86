package io.storyline.cli;

import io.storyline.render.OutputFormats;
import io.storyline.render.RecordType;

import java.util.Iterator;

/**
 * The {@code --format} choices of a command, from the format registry: picocli shows them in the
 * option's help as {@code ${COMPLETION-CANDIDATES}}, each with what it gives for the record
 * ("md, json, html (self-contained page), text (sentences only)").
 */
abstract class FormatChoices implements Iterable<String> {

    private final RecordType<?> record;

    FormatChoices(RecordType<?> record) {
        this.record = record;
    }

    @Override
    public Iterator<String> iterator() {
        return OutputFormats.described(record).iterator();
    }

    static final class Summary extends FormatChoices {
        Summary() {
            super(RecordType.SUMMARY);
        }
    }

    static final class Timeline extends FormatChoices {
        Timeline() {
            super(RecordType.TIMELINE);
        }
    }

    static final class Comparison extends FormatChoices {
        Comparison() {
            super(RecordType.COMPARISON);
        }
    }

    static final class Stories extends FormatChoices {
        Stories() {
            super(RecordType.STORIES);
        }
    }

    static final class Digest extends FormatChoices {
        Digest() {
            super(RecordType.DIGEST);
        }
    }
}

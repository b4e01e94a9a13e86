package io.storyline.evaluate.pairs;

import io.storyline.evaluate.pairs.LabelledPair.Half;
import io.storyline.evaluate.pairs.LabelledPair.Label;
import io.storyline.evaluate.pairs.LabelledPair.SentenceRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled sentence pairs, as a tab-separated file: a header line, then one pair a line:
 * {@code pair dataset cluster article_a sentence_a hash_a article_b sentence_b hash_b label half drawn_as}.
 * Lines starting with {@code #} and blank lines are comments. How the pairs were drawn and labelled is
 * in {@code docs/PAIRS.md}.
 */
public final class PairSet {

    /** The set that ships with the project, on the class path. */
    public static final String RESOURCE = "/io/storyline/evaluate/pairs/labels.tsv";

    static final String HEADER = "pair\tdataset\tcluster\tarticle_a\tsentence_a\thash_a\tarticle_b\tsentence_b\thash_b"
            + "\tlabel\thalf\tdrawn_as";

    private PairSet() {
    }

    /** The bundled set. */
    public static List<LabelledPair> bundled() {
        try (InputStream in = PairSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the labelled pairs " + RESOURCE + " are missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses a label file; {@code where} names it in the message of an {@link IllegalArgumentException}. */
    public static List<LabelledPair> parse(String text, String where) {
        List<LabelledPair> pairs = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean header = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw new IllegalArgumentException(where + ":" + (n + 1) + ": expected the header line '"
                            + HEADER.replace('\t', ' ') + "'");
                }
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 12) {
                throw new IllegalArgumentException(where + ":" + (n + 1) + ": expected 12 tab-separated fields, found " + f.length);
            }
            try {
                pairs.add(new LabelledPair(Integer.parseInt(f[0].trim()), PairClusters.dataset(f[1]), f[2].trim(),
                        new SentenceRef(f[3].trim(), Integer.parseInt(f[4].trim()), f[5].trim()),
                        new SentenceRef(f[6].trim(), Integer.parseInt(f[7].trim()), f[8].trim()),
                        Label.of(f[9]), Half.of(f[10]), f[11].trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ":" + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        if (!header) {
            throw new IllegalArgumentException(where + ": no header line and no pairs");
        }
        return pairs;
    }

    /** The line a pair is written as. */
    static String line(LabelledPair p) {
        return String.join("\t", Integer.toString(p.id()), p.dataset(), p.cluster(), p.a().article(),
                Integer.toString(p.a().sentence()), p.a().hash(), p.b().article(), Integer.toString(p.b().sentence()),
                p.b().hash(), p.label().word(), p.half().word(), p.drawnAs());
    }
}

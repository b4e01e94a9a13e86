package io.storyline.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term ids and document frequencies learnt from the stream so far (incremental idf, as in the TDT
 * systems of Allan et al. 1998): a live service cannot know tomorrow's vocabulary.
 */
final class Vocabulary {

    static final int PRIOR_DOCUMENTS = 20;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private int[] documentFrequency = new int[1024];
    private int[] nameDocuments = new int[1024];
    private int documents;

    /** The id of a stem, made on first sight; {@code word} is the form shown for it in labels. */
    int idOf(String stem, String word) {
        Integer id = ids.get(stem);
        if (id != null) {
            return id;
        }
        int next = words.size();
        ids.put(stem, next);
        words.add(word);
        if (next == documentFrequency.length) {
            documentFrequency = Arrays.copyOf(documentFrequency, next * 2);
            nameDocuments = Arrays.copyOf(nameDocuments, next * 2);
        }
        return next;
    }

    /** The id of a stem seen before, or -1. */
    int find(String stem) {
        Integer id = ids.get(stem);
        return id == null ? -1 : id;
    }

    /** Counts one more document holding each of these (distinct) terms. */
    void addDocument(int[] distinctTerms) {
        documents++;
        for (int term : distinctTerms) {
            documentFrequency[term]++;
        }
    }

    /** Counts one more document writing this term as a name (with a capital inside a sentence). */
    void addNameSighting(int term) {
        nameDocuments[term]++;
    }

    /**
     * The share of the documents holding a term that write it as a name ("Mubarak", "Homs": nearly
     * all; "protest": few); 0 for a term no document held.
     */
    double nameShare(int term) {
        int documentsWith = documentFrequency[term];
        return documentsWith == 0 ? 0 : Math.min(1.0, (double) nameDocuments[term] / documentsWith);
    }

    /**
     * Smoothed inverse document frequency. {@value #PRIOR_DOCUMENTS} imagined documents without the
     * term stand in for the background a short stream lacks: without them, in six articles of one
     * story the story's own words (in all six) would weigh nothing; in a long stream they vanish.
     */
    double idf(int term) {
        return Math.log((documents + PRIOR_DOCUMENTS + 1.0) / (documentFrequency[term] + 0.5));
    }

    String word(int term) {
        return words.get(term);
    }

    int documents() {
        return documents;
    }

    int size() {
        return words.size();
    }
}

package io.storyline.evaluate.rouge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a summary scored as it did against its references: what each of its sentences matches, and
 * which reference bigrams it missed. Tokens are ROUGE's own (lower-cased, stemmed as configured),
 * and the summary is cut at the configured limit first, as the scorer cuts it.
 *
 * @param sentences one entry per summary sentence that survives the cut
 * @param missed    reference bigrams absent from the summary, those in the most references first
 */
public record RougeExplanation(List<SentenceMatch> sentences, List<MissedGram> missed) {

    /**
     * @param sentence        the summary sentence as given
     * @param tokens          its ROUGE tokens after the cut
     * @param unigramHits     its tokens that occur in some reference
     * @param bigramHits      its bigrams that occur in some reference
     */
    public record SentenceMatch(String sentence, int tokens, int unigramHits, int bigramHits) {
    }

    /** A reference bigram the summary lacks, and in how many references it stands. */
    public record MissedGram(String gram, int references) {
    }

    static RougeExplanation of(SummaryTokenizer tokenizer, List<String> peerSentences,
                               List<List<String>> referenceSummaries) {
        Set<String> referenceUnigrams = new HashSet<>();
        Map<String, Integer> referenceBigrams = new LinkedHashMap<>();
        for (List<String> reference : referenceSummaries) {
            List<String> words = tokenizer.tokens(reference);
            referenceUnigrams.addAll(words);
            Set<String> own = new HashSet<>(bigrams(words));
            own.forEach(b -> referenceBigrams.merge(b, 1, Integer::sum));
        }
        List<SentenceMatch> matches = new ArrayList<>();
        List<List<String>> units = tokenizer.sentenceTokens(peerSentences);
        Set<String> peerBigrams = new HashSet<>(bigrams(tokenizer.tokens(peerSentences)));
        for (int i = 0; i < units.size(); i++) {
            List<String> words = units.get(i);
            int unigramHits = (int) words.stream().filter(referenceUnigrams::contains).count();
            int bigramHits = (int) bigrams(words).stream().filter(referenceBigrams::containsKey).count();
            matches.add(new SentenceMatch(peerSentences.get(i), words.size(), unigramHits, bigramHits));
        }
        List<MissedGram> missed = new ArrayList<>();
        referenceBigrams.forEach((gram, count) -> {
            if (!peerBigrams.contains(gram)) {
                missed.add(new MissedGram(gram, count));
            }
        });
        missed.sort(Comparator.comparingInt((MissedGram m) -> -m.references()));
        return new RougeExplanation(matches, missed);
    }

    private static List<String> bigrams(List<String> words) {
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            grams.add(words.get(i) + " " + words.get(i + 1));
        }
        return grams;
    }
}

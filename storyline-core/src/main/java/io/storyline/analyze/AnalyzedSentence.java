package io.storyline.analyze;

/**
 * A sentence of a story with what the algorithms need: where it stands, its length, and its words
 * as stem ids of the story's vocabulary.
 *
 * @param id        index of this sentence in {@link StoryAnalysis#sentences()}
 * @param article   index of its article in {@link StoryAnalysis#articles()}
 * @param position  its 0-based position within the article
 * @param text      the sentence as written in the source
 * @param words     number of words as a reader counts them
 * @param stems     every word's stem id, in order (stop words included, for n-grams)
 * @param stop      whether the word at the same index is a stop word
 * @param tfidf     tf-idf vector over content stems, for similarity
 */
public record AnalyzedSentence(int id, int article, int position, String text, int words,
                               int[] stems, boolean[] stop, TermVector tfidf) {

    /** Number of content (non-stop) words. */
    public int contentWords() {
        int n = 0;
        for (boolean s : stop) {
            if (!s) {
                n++;
            }
        }
        return n;
    }

    public boolean isFirstInArticle() {
        return position == 0;
    }
}

package io.storyline.summarize;

/**
 * A monotone submodular reward over the sentences of a search, added to concept coverage by
 * {@link CoverageSearch}. It keeps the state of the set being built: {@link #take} and
 * {@link #drop} are called in last-in, first-out order, so a reward can undo a step exactly.
 * Submodularity keeps the search's bound valid: what a set adds is at most the sum of what its
 * members add one by one.
 */
interface SentenceReward {

    /** No reward: concept coverage alone. */
    SentenceReward NONE = modular(new double[0]);

    /**
     * A fixed amount per sentence whatever else is chosen ({@code gains[i]} for sentence i, 0 past
     * the array): modular, so it keeps no state and trivially keeps the bound valid.
     */
    static SentenceReward modular(double[] gains) {
        return new SentenceReward() {
            @Override
            public double gain(int sentence) {
                return sentence < gains.length ? gains[sentence] : 0;
            }

            @Override
            public void take(int sentence) {
            }

            @Override
            public void drop(int sentence) {
            }

            @Override
            public void reset() {
            }
        };
    }

    /** Both rewards, added. */
    static SentenceReward sum(SentenceReward first, SentenceReward second) {
        return new SentenceReward() {
            @Override
            public double gain(int sentence) {
                return first.gain(sentence) + second.gain(sentence);
            }

            @Override
            public void take(int sentence) {
                first.take(sentence);
                second.take(sentence);
            }

            @Override
            public void drop(int sentence) {
                first.drop(sentence);
                second.drop(sentence);
            }

            @Override
            public void reset() {
                first.reset();
                second.reset();
            }
        };
    }

    /** What adding the sentence to the current set would add. */
    double gain(int sentence);

    void take(int sentence);

    /** Undoes the last {@link #take} of this sentence. */
    void drop(int sentence);

    /** Back to the empty set. */
    void reset();
}

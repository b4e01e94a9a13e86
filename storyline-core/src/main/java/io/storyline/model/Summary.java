package io.storyline.model;

import java.util.List;

/**
 * A cited summary of one story.
 *
 * @param method    the summarization method that chose the sentences
 * @param sentences the summary, in reading order
 * @param sources   every article that went in, numbered as citations refer to them
 */
public record Summary(String method, List<SummarySentence> sentences, List<Source> sources) {

    public Summary {
        sentences = List.copyOf(sentences);
        sources = List.copyOf(sources);
    }

    public int wordCount() {
        return sentences.stream().mapToInt(s -> s.text().split("\\s+").length).sum();
    }
}

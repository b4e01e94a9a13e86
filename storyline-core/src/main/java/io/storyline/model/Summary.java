package io.storyline.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A cited summary of one story.
 *
 * @param method    the summarization method that chose the sentences
 * @param sentences the summary, in reading order
 * @param sources   every article that went in, numbered as citations refer to them
 * @param notice    what a reader should know about how it was made (a focus none of whose words the
 *                  articles use, so the summary is the ordinary one), or null
 */
public record Summary(String method, List<SummarySentence> sentences, List<Source> sources,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String notice) {

    public Summary {
        sentences = List.copyOf(sentences);
        sources = List.copyOf(sources);
    }

    public Summary(String method, List<SummarySentence> sentences, List<Source> sources) {
        this(method, sentences, sources, null);
    }

    public Summary withNotice(String note) {
        return new Summary(method, sentences, sources, note);
    }

    public int wordCount() {
        return sentences.stream().mapToInt(s -> s.text().split("\\s+").length).sum();
    }
}

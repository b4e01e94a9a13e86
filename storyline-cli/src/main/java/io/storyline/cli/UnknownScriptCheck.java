package io.storyline.cli;

import io.storyline.analyze.UnknownScripts;
import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Before a summary: leaves out each article written in a script whose sentences cannot be found
 * ({@link UnknownScripts}), saying so on stderr with its file, so the summary quotes no fragments of it
 * and the other articles are summarized as ever.
 */
final class UnknownScriptCheck {

    private UnknownScriptCheck() {
    }

    static Corpus readable(Corpus corpus, PrintStream stderr) {
        List<Article> kept = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>(corpus.problems());
        for (Article article : corpus.articles()) {
            Optional<String> script = UnknownScripts.of(article.text());
            if (script.isEmpty()) {
                kept.add(article);
                continue;
            }
            String problem = "written in " + script.get() + " script, whose sentence ends storyline does not know;"
                    + " left out of the summary";
            stderr.println("storyline: skipped " + article.origin() + ": " + problem);
            problems.add(new InputProblem(article.origin(), problem));
        }
        return kept.size() == corpus.articles().size() ? corpus : new Corpus(kept, problems, corpus.duplicates());
    }
}

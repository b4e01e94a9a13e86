package io.storyline.render;

import io.storyline.model.Summary;

import java.io.IOException;

/**
 * Turns a finished {@link Summary} into one output format. Renderers are stateless and never fail
 * on odd content: every piece of article text is treated as untrusted and escaped for the format.
 * Obtain one through {@link Format#renderer(RenderOptions)}.
 */
public interface SummaryRenderer {

    /** The whole document, ending with a line break unless it is empty. */
    String render(Summary summary);

    /** Writes {@link #render(Summary)} to {@code out}, for callers that stream to a file or stdout. */
    default void renderTo(Summary summary, Appendable out) throws IOException {
        out.append(render(summary));
    }
}

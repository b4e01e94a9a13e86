package io.storyline.render;

import io.storyline.model.Comparison;

/**
 * Presentation choices that are not part of the summary itself.
 *
 * @param title      heading shown above the summary (e.g. the story's headline); {@code null} or
 *                   blank means the generic {@value #DEFAULT_TITLE}
 * @param comparison how the outlets compare (entities, quotes, facts, conflicts), shown beside the
 *                   summary by the JSON and HTML renderers; {@code null} leaves it out
 */
public record RenderOptions(String title, Comparison comparison) {

    public static final String DEFAULT_TITLE = "Summary";

    public RenderOptions(String title) {
        this(title, null);
    }

    public static RenderOptions defaults() {
        return new RenderOptions(null, null);
    }

    public RenderOptions withTitle(String newTitle) {
        return new RenderOptions(newTitle, comparison);
    }

    public RenderOptions withComparison(Comparison newComparison) {
        return new RenderOptions(title, newComparison);
    }

    /** The heading to show: the title collapsed to one line, or {@value #DEFAULT_TITLE}. */
    public String heading() {
        return title == null || title.isBlank() ? DEFAULT_TITLE : Copy.oneLine(title);
    }

    /** Whether a title was given, as opposed to the default heading. */
    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }
}

package io.storyline.render;

/**
 * Presentation choices that are not part of the record itself.
 *
 * @param title heading shown above the record (e.g. the story's headline); {@code null} or blank
 *              means the record's generic heading ({@value #DEFAULT_TITLE} for a summary)
 */
public record RenderOptions(String title) {

    public static final String DEFAULT_TITLE = "Summary";

    public static RenderOptions defaults() {
        return new RenderOptions(null);
    }

    public RenderOptions withTitle(String newTitle) {
        return new RenderOptions(newTitle);
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

package io.storyline.server;

/**
 * What a {@link StoryFeature} shows for one story.
 *
 * @param data a value Jackson can write (records, lists, maps): sent as JSON for API clients
 * @param html optional self-contained HTML (a picture, a table) made by one of core's renderers,
 *             which escape all source text; the page shows it in a sandboxed frame that runs no
 *             script. May be {@code null}: the page then shows the data as text.
 */
public record FeatureView(Object data, String html) {
}

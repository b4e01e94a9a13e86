package io.storyline.server;

/**
 * What a {@link StoryFeature} shows for one story.
 *
 * @param data a value Jackson can write (records, lists, maps): sent as JSON; the web page lays out
 *             the timeline's and the comparison's in the page (story.js) and shows any other as text
 * @param html optional self-contained HTML page (a picture, a table) made by one of core's renderers,
 *             which escape all source text, for API clients that want the view as a page of its own;
 *             the web page does not use it. May be {@code null}.
 */
public record FeatureView(Object data, String html) {
}

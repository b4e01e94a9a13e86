package io.storyline.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Story pages as sent: the JSON of a story's current view is written once and sent to every reader until
 * the view changes, instead of once per read (a story page with its timeline and comparison is tens of
 * kilobytes). Only current views are kept (stand-ins and previous summaries are sent as made), at most
 * {@code capacity} stories, the least recently read let go first.
 */
final class RenderedPages {

    /** Writes a view's page. */
    interface Writer {
        byte[] write(Newsroom.StoryView view) throws IOException;
    }

    private record Page(Newsroom.StoryView view, byte[] body) {
    }

    private final Map<Long, Page> pages;

    RenderedPages(int capacity) {
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Page> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The page of this view: the one written before when it is the same view, else written now. */
    byte[] page(Newsroom.StoryView view, Writer writer) throws IOException {
        if (!view.current()) {
            return writer.write(view);
        }
        long id = view.story().id();
        synchronized (pages) {
            Page kept = pages.get(id);
            if (kept != null && kept.view() == view) {
                return kept.body();
            }
        }
        byte[] body = writer.write(view);
        synchronized (pages) {
            pages.put(id, new Page(view, body));
        }
        return body;
    }
}

package io.storyline.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Story pages and story feeds as sent: what a story's view is written as (its JSON page, its Atom feed) is
 * written once and sent to every reader until the view changes, instead of once per read (a story page with its
 * timeline and comparison is tens of kilobytes). A view is the same object for every read until the story or its
 * summary changes ({@link Newsroom#view}), a stand-in or a previous summary too, so each is kept by its identity,
 * at most {@code capacity} stories, the least recently read let go first. A {@code variant} tells apart two
 * writings of one view (a feed's links start with the address the reader asked for).
 */
public final class RenderedPages {

    /** Writes a view's page. */
    public interface Writer {
        byte[] write(Newsroom.StoryView view) throws IOException;
    }

    private record Page(Newsroom.StoryView view, String variant, byte[] body) {
    }

    private final Map<Long, Page> pages;

    public RenderedPages(int capacity) {
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Page> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The page of this view: the one written before when it is the same view, else written now. */
    public byte[] page(Newsroom.StoryView view, Writer writer) throws IOException {
        return page(view, "", writer);
    }

    /** The page of this view in this variant: the one written before when both are the same, else written now. */
    public byte[] page(Newsroom.StoryView view, String variant, Writer writer) throws IOException {
        long id = view.story().id();
        synchronized (pages) {
            Page kept = pages.get(id);
            if (kept != null && kept.view() == view && kept.variant().equals(variant)) {
                return kept.body();
            }
        }
        byte[] body = writer.write(view);
        synchronized (pages) {
            pages.put(id, new Page(view, variant, body));
        }
        return body;
    }
}

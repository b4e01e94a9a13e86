package io.storyline.server;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Story pages and story feeds as sent: what a story's view is written as (its JSON page, its Atom feed) is
 * written once and sent to every reader until the view changes, instead of once per read (a story page with its
 * timeline and comparison is tens of kilobytes). A view is the same object for every read until the story or its
 * summary changes ({@link Newsroom#view}), a stand-in or a previous summary too, so each is kept by its identity,
 * at most {@code capacity} stories, the one written longest ago let go first. A {@code variant} tells apart two
 * writings of one view (a feed's links start with the address the reader asked for).
 *
 * <p>A read takes no lock: the pages are in a concurrent map. With a lock around every read (as an LRU order
 * needs: a read moves its story), a reader the machine set aside while it held the lock kept every other reader
 * of a page waiting: up to 0.6 s a read under the follow benchmark on two busy cores (session 19's profile).
 */
public final class RenderedPages {

    /** Writes a view's page. */
    public interface Writer {
        byte[] write(Newsroom.StoryView view) throws IOException;
    }

    private record Page(Newsroom.StoryView view, String variant, byte[] body, long written) {
    }

    private final int capacity;
    private final Map<Long, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();

    public RenderedPages(int capacity) {
        this.capacity = capacity;
    }

    /** The page of this view: the one written before when it is the same view, else written now. */
    public byte[] page(Newsroom.StoryView view, Writer writer) throws IOException {
        return page(view, "", writer);
    }

    /** The page of this view in this variant: the one written before when both are the same, else written now. */
    public byte[] page(Newsroom.StoryView view, String variant, Writer writer) throws IOException {
        long id = view.story().id();
        Page kept = pages.get(id);
        if (kept != null && kept.view() == view && kept.variant().equals(variant)) {
            return kept.body();
        }
        byte[] body = writer.write(view);
        pages.put(id, new Page(view, variant, body, writes.incrementAndGet()));
        if (pages.size() > capacity) {
            letGoOldest();
        }
        return body;
    }

    /** Lets go of the pages written longest ago until at most {@code capacity} are kept (only on a write). */
    private void letGoOldest() {
        while (pages.size() > capacity) {
            Map.Entry<Long, Page> oldest = null;
            for (Map.Entry<Long, Page> e : pages.entrySet()) {
                if (oldest == null || e.getValue().written() < oldest.getValue().written()) {
                    oldest = e;
                }
            }
            if (oldest == null) {
                return;
            }
            pages.remove(oldest.getKey(), oldest.getValue());
        }
    }
}

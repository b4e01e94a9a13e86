package io.storyline.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The stories whose summaries are to be made, for one background thread: stories a reader is waiting
 * for first ({@link #soon}), then stories that changed, oldest change first ({@link #later}). A story
 * queued twice is made once. One thread, so that making summaries never takes more than one core from
 * the readers.
 */
final class SummaryQueue implements AutoCloseable {

    private final Deque<Long> queue = new ArrayDeque<>();
    private final Set<Long> queued = new HashSet<>();
    private final Set<Long> urgent = new HashSet<>();
    private final LongConsumer make;
    private final Thread worker;
    private boolean closed;

    SummaryQueue(LongConsumer make) {
        this.make = make;
        this.worker = new Thread(this::work, "storyline-summaries");
        worker.setDaemon(true);
        worker.start();
    }

    /** The story changed: make its summary after those already asked for. */
    synchronized void later(long story) {
        if (!closed && queued.add(story)) {
            queue.addLast(story);
            notifyAll();
        }
    }

    /** A reader asked for the story: make its summary next (once, however many readers ask). */
    synchronized void soon(long story) {
        if (closed || urgent.contains(story)) {
            return;
        }
        if (queued.add(story)) {
            queue.addFirst(story);
        } else {
            queue.remove(story);
            queue.addFirst(story);
        }
        urgent.add(story);
        notifyAll();
    }

    private synchronized long next() throws InterruptedException {
        while (queue.isEmpty() && !closed) {
            wait();
        }
        if (closed) {
            throw new InterruptedException("closed");
        }
        long story = queue.removeFirst();
        queued.remove(story);
        urgent.remove(story);
        return story;
    }

    private void work() {
        while (true) {
            long story;
            try {
                story = next();
            } catch (InterruptedException closing) {
                return;
            }
            try {
                make.accept(story);
            } catch (RuntimeException e) {
                System.err.println("storyline-server: cannot summarize story " + story + ": " + e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            queue.clear();
            notifyAll();
        }
        worker.interrupt();
    }
}

package io.storyline.server;

import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.Summary;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story page is written once per view, and again when the view changes (a view not current too: a stand-in
 * or a previous summary is the same object for every read until it changes); a feed once per view and address.
 * Beyond the capacity, the page written longest ago is let go first.
 */
class RenderedPagesTest {

    @Test
    void aViewIsWrittenOnceAndAgainWhenItChanges() throws Exception {
        AtomicInteger written = new AtomicInteger();
        RenderedPages.Writer writer = v -> {
            written.incrementAndGet();
            return (v.story().id() + ":" + v.summary().method()).getBytes(StandardCharsets.UTF_8);
        };
        RenderedPages pages = new RenderedPages(2);
        Newsroom.StoryView one = view(1, "coverage", true);
        assertThat(new String(pages.page(one, writer), StandardCharsets.UTF_8)).isEqualTo("1:coverage");
        pages.page(one, writer);
        assertThat(written.get()).as("the same current view: written once").isEqualTo(1);

        Newsroom.StoryView oneAgain = view(1, "coverage", true);   // the story changed: a new view
        pages.page(oneAgain, writer);
        assertThat(written.get()).isEqualTo(2);

        Newsroom.StoryView standIn = view(2, "lead", false);
        pages.page(standIn, writer);
        pages.page(standIn, writer);
        assertThat(written.get()).as("a stand-in read twice: written once").isEqualTo(3);

        pages.page(view(3, "coverage", true), writer);
        pages.page(view(4, "coverage", true), writer);   // capacity 2: story 1 is let go
        pages.page(oneAgain, writer);
        assertThat(written.get()).isEqualTo(6);

        // kept: 4 and 1; the one written longest ago goes first, however often it is read (reads take no lock)
        Newsroom.StoryView four = view(4, "coverage", true);
        pages.page(four, writer);                          // a new view of 4: written, now the newest
        pages.page(oneAgain, writer);                      // 1 is read again: kept, not written
        assertThat(written.get()).isEqualTo(7);
        pages.page(view(5, "coverage", true), writer);     // 1 was written before 4: 1 is let go
        pages.page(four, writer);
        assertThat(written.get()).as("4 kept").isEqualTo(8);
        pages.page(oneAgain, writer);
        assertThat(written.get()).as("1 let go, written again").isEqualTo(9);
    }

    @Test
    void aFeedIsWrittenOncePerViewAndAddress() throws Exception {
        AtomicInteger written = new AtomicInteger();
        RenderedPages feeds = new RenderedPages(4);
        Newsroom.StoryView one = view(1, "coverage", true);
        byte[] local = feeds.page(one, "http://127.0.0.1:8080/", v -> {
            written.incrementAndGet();
            return "local".getBytes(StandardCharsets.UTF_8);
        });
        byte[] again = feeds.page(one, "http://127.0.0.1:8080/", v -> {
            throw new AssertionError("written twice");
        });
        assertThat(again).isSameAs(local);
        byte[] other = feeds.page(one, "http://news.example:8080/", v -> {
            written.incrementAndGet();
            return "other".getBytes(StandardCharsets.UTF_8);
        });
        assertThat(new String(other, StandardCharsets.UTF_8)).isEqualTo("other");
        assertThat(written.get()).isEqualTo(2);
    }

    private static Newsroom.StoryView view(long id, String method, boolean current) {
        Article a = new Article("a" + id, "Coast Wire", null, "Ferry sails", null, "The ferry sailed.", "test");
        Story story = new Story("s" + id, "Ferry sails", null, null, List.of("Coast Wire"), List.of(a.id()));
        return new Newsroom.StoryView(new Newsroom.NewsStory(id, story, List.of(a)),
                new Summary(method, List.of(), List.of()), Map.of(), current);
    }
}

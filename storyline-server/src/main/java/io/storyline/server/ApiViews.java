package io.storyline.server;

import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Fact;
import io.storyline.model.Source;
import io.storyline.model.StoryUpdate;
import io.storyline.model.Summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API (docs/API.md). */
final class ApiViews {

    private ApiViews() {
    }

    record StoryItem(long id, String label, LocalDate first, LocalDate last, int articles, List<String> outlets) {
        static StoryItem of(Newsroom.NewsStory s) {
            return new StoryItem(s.id(), s.story().label(), s.story().first(), s.story().last(), s.story().size(),
                    s.story().outlets());
        }
    }

    record StoryList(int total, int offset, List<StoryItem> stories) {
    }

    /** A storyline with its events in time order; {@code timeline} only on the storyline's own page. */
    record StorylineItem(long id, String label, LocalDate first, LocalDate last, int articles, int undated,
                         int outsideSpan, List<StoryItem> events,
                         @com.fasterxml.jackson.annotation.JsonInclude(
                                 com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) FeatureView timeline) {
        static StorylineItem of(Newsroom.NewsStoryline s, FeatureView timeline) {
            var line = s.storyline();
            return new StorylineItem(s.id(), line.label(), line.first(), line.last(), line.articles(), line.undated(),
                    line.outsideSpan(), s.events().stream().map(StoryItem::of).toList(), timeline);
        }
    }

    record StorylineList(int total, int offset, List<StorylineItem> storylines) {
    }

    record ArticleItem(String id, String outlet, String title, String url, LocalDate published) {
        static ArticleItem of(Article a) {
            return new ArticleItem(a.id(), a.outlet(), a.title(), a.url(), a.published());
        }
    }

    /** One story; {@code focus} is the question its summary was weighed towards, absent for the ordinary summary. */
    record StoryPage(long id, String label, LocalDate first, LocalDate last, List<String> outlets,
                     List<ArticleItem> articles, Summary summary, boolean summaryCurrent,
                     Map<String, FeatureView> features,
                     @com.fasterxml.jackson.annotation.JsonInclude(
                             com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String focus) {
        static StoryPage of(Newsroom.StoryView view) {
            return of(view, view.summary(), null);
        }

        /** The story with {@code summary} in place of its ordinary one (focused on {@code focus}). */
        static StoryPage of(Newsroom.StoryView view, Summary summary, String focus) {
            Newsroom.NewsStory s = view.story();
            return new StoryPage(s.id(), s.story().label(), s.story().first(), s.story().last(), s.story().outlets(),
                    s.articles().stream().map(ArticleItem::of).toList(), summary, view.current(), view.features(), focus);
        }
    }

    /**
     * What is new in a story since a day ({@code GET /api/stories/{id}/new?since=}): the new articles, the
     * update summary (citing only them), the facts only they report and the conflicts one of them is in, both
     * cited by the numbers of {@code sources} (the summary's sources first, numbered as there).
     */
    /** What is new: {@code arrivedAfter} is the reader's last visit when new means arrived after it, else null. */
    record NewSince(long id, String label, LocalDate since, java.time.Instant arrivedAfter, int read, int undated,
                    List<ArticleItem> articles, Summary summary, List<Fact> facts, List<Conflict> conflicts,
                    List<Source> sources) {
        static NewSince of(Newsroom.NewsStory s, StoryUpdate update, java.time.Instant arrivedAfter) {
            Comparison comparison = update.comparison();
            return new NewSince(s.id(), s.story().label(), update.since(), arrivedAfter, update.read().size(),
                    update.undated().size(), update.fresh().stream().map(ArticleItem::of).toList(), update.summary(),
                    comparison.facts(), comparison.conflicts(), comparison.sources());
        }
    }

    record StoryRef(long id, String label) {
    }

    record ArticlePage(String id, String outlet, String title, String url, LocalDate published, String text,
                       StoryRef story) {
    }

    record Problem(int item, String problem) {
    }

    /** @param notices how the body was read, when a reader should know (a guessed encoding); left out when none */
    record AddResult(List<Newsroom.Placed> added, List<String> duplicates, List<ArticleRequests.Problem> problems,
                     @com.fasterxml.jackson.annotation.JsonInclude(
                             com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY) List<String> notices) {
    }

    /** {@code toPlace}: stored articles a server that listened first is still placing in stories (0 once all are). */
    record Health(int articles, int stories, int toPlace) {
    }

    /** {@code GET /api/timings}: by route, how long answers took in the handlers and in the server ({@link ReadTimes}). */
    record Timings(Map<String, ReadTimes.Kind> routes) {
    }

    record Error(String error) {
    }
}

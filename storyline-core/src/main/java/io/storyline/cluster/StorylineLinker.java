package io.storyline.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links events (the stories a {@link StoryStream} finds: tight in time and topic) into storylines,
 * the continuing subjects a reader follows over weeks or months.
 *
 * <p>Events are taken in time order and each joins the storyline whose centroid (the sum of its
 * events' centroids, so big events lead its direction) is most similar to its own, by cosine, when
 * that reaches {@code linkThreshold}; else it starts a storyline. Then storylines whose centroids
 * are at least {@code mergeThreshold} alike are merged, unless both hold at least
 * {@code nameMinArticles} articles, both name distinctive people, places or organisations, and their
 * names are less than {@code nameFloor} alike (see {@link #namesAgree}). This is the same single-pass clustering as the events (Allan, Papka &amp; Lavrenko 1998), one level up, in the spirit of topic detection and
 * tracking's "topics" over "events" and of the story chains of Shahaf &amp; Guestrin (2010,
 * "Connecting the dots between news articles"): what ties events of one storyline across weeks is
 * their shared distinctive names and topic terms, which the squared-idf weights already stress.
 * Time counts far less than between events: a gap of up to {@code graceDays} costs nothing and longer
 * ones decay slowly ({@code decayDays}), so a storyline may rest for weeks (a trial adjourned) and
 * come back, while a subject that returns much later (another flu season) is another storyline.
 * An undated event joins by content alone, at a fixed share ({@code undatedShare}) of its similarity;
 * so does an event most of whose articles are undated ({@link #MIN_DATED_SHARE}).
 * Candidates come from an index over the events' heaviest
 * terms, so the cost per event is bounded and the whole is linear in the number of events.
 */
final class StorylineLinker {

    /** A storyline's centroid keeps at most this many terms. */
    static final int CENTROID_TERMS = 500;
    /** An index entry keeps only this many storylines (the most recent). */
    private static final int POSTINGS_PER_TERM = 48;

    /**
     * An event's topic vector keeps its centroid's weights divided by idf to this power: the event
     * vectors square the idf to tell one event from the next, but a storyline's events share its
     * topic words ("spill", "flu"), which are common within it; taking most of the squaring back out
     * gives them their weight beside the names (tuned on Timeline17 topics, docs/BENCHMARKS.md).
     */
    static final double IDF_TAKEN_OUT = 1.5;
    /** An event's topic vector keeps at most this many terms. */
    static final int TOPIC_TERMS = 300;
    /**
     * A term whose idf is below this (in more than about a fifth of the articles) names no subject: it
     * is left out of topic vectors, or dividing by the idf would let the stream's commonest words
     * make every storyline alike.
     */
    static final double MIN_TOPIC_IDF = 1.5;
    /**
     * An event counts as dated only when at least this share of its articles is. An event of undated
     * articles that a dated one happened to join (ten undated wire stories and one dated page on the
     * same subject) takes no date from that one article: it links as an undated event does, by
     * content at {@code undatedShare} of its similarity, rather than by nearness in time to whatever
     * storyline the stray article's date falls beside, and it stretches no storyline's days.
     */
    static final double MIN_DATED_SHARE = 0.5;
    /** The gap between spans when either is undated. */
    static final int UNKNOWN = -1;

    /**
     * A dated storyline of fewer articles than this may be a side angle of a settled one ({@link #adoptSideAngles}):
     * a second story of a subject in the news (the spill's oyster growers, the uprising's refugees) may run to
     * several reports over a week or two (10 chosen among 5, 10 and 20 on half the Timeline17 topics,
     * docs/BENCHMARKS.md).
     */
    static final int SIDE_ANGLE_ARTICLES = 10;
    /**
     * An undated storyline of fewer articles than this may be a side angle: with no days to place it in the
     * settled storyline's news, only a small one is taken in on content alone; a cluster of undated reports
     * on one subject is as likely a subject of its own told in related words (one region's peace talks beside
     * another's uprising).
     */
    static final int UNDATED_SIDE_ANGLE_ARTICLES = 5;
    /**
     * A storyline (at least {@link #MIN_DATED_SHARE} of its articles dated) of at most this share of a settled
     * storyline's articles may be a side angle of it, however many articles it holds: a subject of hundreds of reports has angles of dozens (the stars' telethon for the
     * earthquake's victims, 29 reports over two weeks within the quake's 245 over two months), which linking
     * leaves apart when their words drift from the subject's. Much smaller only: two subjects of like size told in
     * one vocabulary (the Egyptian and Syrian uprisings) stay apart. Mostly dated only: thirty undated wire
     * reports of another region's peace talks that five dated pages joined are a subject of their own, which
     * those few dates would otherwise place within the uprising's news. (A fifth: on half the Timeline17 topics a
     * fifth, a half and 1 gave the same storylines, and a tenth cannot reach the one nested there; docs/BENCHMARKS.md.)
     */
    static final double NESTED_SHARE = 0.2;
    /** A storyline of at least this many articles is settled: it may take in side angles, if {@link #daily}. */
    static final int SETTLED_ARTICLES = 20;
    /**
     * A storyline of at least this many articles a day over its span is reported daily (a subject in the
     * news, not an occasional one): only such a storyline takes in side angles ({@link #adoptSideAngles}).
     */
    static final double DAILY_ARTICLES = 1.0;
    /**
     * A storyline reported daily within this many days either side of a side angle's days counts as daily
     * for that side angle ({@link #dailyNear}), whatever its rate over its whole span: a war followed for two
     * years in bursts is in the news, day after day, around each of its side angles.
     */
    static final int NEAR_DAYS = 14;
    /**
     * Least cosine (time-weighted, as linking) between a side angle and a settled storyline for it to join
     * (0.08 chosen with {@link #NEAR_DAYS} on half the Timeline17 topics, docs/BENCHMARKS.md).
     */
    static final double ADOPT_THRESHOLD = 0.08;
    /**
     * Least cosine (time-weighted) for a small side angle to join a settled storyline that is not reported daily
     * (a financial crisis followed by one paper every few days): such a subject draws side angles too (a
     * bank's chief, a bail-out vote's holdouts), but with no daily run of news to place them in, they need more
     * in common with it than {@link #ADOPT_THRESHOLD} (0.11 chosen among 0.08 to 0.12 on a tuning part of the
     * Timeline17 topics holding a less-than-daily one, docs/BENCHMARKS.md).
     */
    static final double SUB_DAILY_ADOPT_THRESHOLD = 0.11;
    /**
     * A settled storyline reported less than daily takes in side angles only when it carries at least this many
     * articles a day over its span (one every four days: a subject in the news every few days). One of an
     * article a month or two over years (DUC 2006's topics) is as likely several subjects run together by
     * linking, and would gather more (0.25 and 0.5 gave the same on the tuning part of the Timeline17 topics; chosen on DUC 2006,
     * where side angles without it took precision from 0.60 to 0.52, docs/BENCHMARKS.md).
     */
    static final double SUB_DAILY_ARTICLES = 0.25;
    /**
     * An event of a settled storyline moves to another settled storyline when it is more alike to that one than
     * to the rest of its own by more than this ({@link #replaceEvents}).
     */
    static final double REPLACE_MARGIN = 0.0;

    /** A term at least this share of whose documents write it as a name counts as a name. */
    static final double NAME_SHARE = 0.5;
    /**
     * A name in more than about one article in seven (idf below this) tells no storyline from another
     * (a president, a weekday, a month) and is left out of a storyline's names.
     */
    static final double MIN_NAME_IDF = 2.0;
    /**
     * A storyline's names weigh by their rarity in the stream: the events' centroids (which square the
     * idf) divided by the idf once, so the names carry idf once, as in plain tf-idf.
     */
    static final double NAME_IDF_TAKEN_OUT = 1.0;

    private final StorylineSettings settings;
    private final java.util.function.IntToDoubleFunction idf;
    private final java.util.function.IntToDoubleFunction nameShare;

    /** @param idf each term's current inverse document frequency */
    StorylineLinker(StorylineSettings settings, java.util.function.IntToDoubleFunction idf) {
        this(settings, idf, term -> 0);
    }

    /**
     * @param idf       each term's current inverse document frequency
     * @param nameShare each term's share of documents writing it as a name
     */
    StorylineLinker(StorylineSettings settings, java.util.function.IntToDoubleFunction idf,
                    java.util.function.IntToDoubleFunction nameShare) {
        this.settings = settings;
        this.idf = idf;
        this.nameShare = nameShare;
    }

    /** An event's names: the terms of its centroid mostly written as names, weighted by rarity. */
    private TermWeights names(OpenStory event) {
        TermWeights vector = new TermWeights();
        if (settings.nameFloor() == 0) {
            return vector; // the check is off: no cost
        }
        for (int term : event.centroid.top(TOPIC_TERMS)) {
            double termIdf = idf.applyAsDouble(term);
            if (termIdf >= MIN_NAME_IDF && nameShare.applyAsDouble(term) >= NAME_SHARE) {
                vector.add(term, event.centroid.get(term) / Math.pow(termIdf, NAME_IDF_TAKEN_OUT));
            }
        }
        return vector;
    }

    /**
     * A storyline's names as its label ranks them ({@link StorylineLabel}): the name terms of its events'
     * centroids weighted as {@link #names} weighs them (the centroid's weight divided by the idf once, so a
     * name counts by how much of the storyline's text it fills and how rare it is in the stream), summed over
     * the events, but without the {@link #MIN_NAME_IDF} floor: a name in much of the stream tells no storyline
     * from another, yet in a stream mostly about one subject it is that subject's name ("Egypt" in a stream of
     * the uprising). Computed whatever the {@code nameFloor}: a label is no merge decision.
     */
    TermWeights labelNames(List<OpenStory> line) {
        TermWeights weights = new TermWeights();
        for (OpenStory event : line) {
            for (int term : event.centroid.top(TOPIC_TERMS)) {
                if (nameShare.applyAsDouble(term) >= NAME_SHARE) {
                    double termIdf = idf.applyAsDouble(term);
                    weights.add(term, event.centroid.get(term) / Math.pow(termIdf, NAME_IDF_TAKEN_OUT));
                }
            }
        }
        return weights;
    }

    /**
     * Whether two storylines' names allow them to be merged: when both name someone or somewhere
     * distinctive, the cosine of their names must reach {@code nameFloor}. Two subjects told in one
     * vocabulary (protests, regimes, security forces) but about different people and places (Mubarak
     * and Cairo, Assad and Homs) stay apart, and one bridging pair of storylines cannot chain two
     * big subjects together. A storyline of fewer than {@code nameMinArticles} articles is not held to
     * it: its few articles name too few people and places (a side angle of a big story, such as the
     * drilling debate at home after an oil spill abroad, names hardly anyone of the big story's cast).
     */
    private boolean namesAgree(Line a, Line b) {
        if (a.namesNorm == 0 || b.namesNorm == 0
                || a.articles < settings.nameMinArticles() || b.articles < settings.nameMinArticles()) {
            return true;
        }
        return a.names.dot(b.names) / (a.namesNorm * b.namesNorm) >= settings.nameFloor();
    }

    /**
     * Whether a storyline may go on across a gap of {@code days}: within the grace days always; beyond them only
     * when the two share a name, if both name anyone. Past the grace, time no longer vouches for two reports
     * belonging together, and the words of one kind of news (a village evacuated, people killed and missing)
     * are shared by unrelated stories months apart (a landslide in March, a dam's collapse in July, each in
     * its own places with its own officials); a subject that comes back after months (a trial resumed, a war's
     * next offensive) names its people and places again. True when either is undated or names no one.
     */
    private boolean resumes(int days, TermWeights names, TermWeights otherNames) {
        return days == UNKNOWN || days <= settings.graceDays() || names.dot(otherNames) > 0
                || names.norm() == 0 || otherNames.norm() == 0;
    }

    /** An event's topic vector: its centroid's heaviest terms with part of the idf taken back out. */
    private TermWeights topic(OpenStory event) {
        TermWeights vector = new TermWeights();
        for (int term : event.centroid.top(TOPIC_TERMS)) {
            double termIdf = idf.applyAsDouble(term);
            if (termIdf >= MIN_TOPIC_IDF) {
                vector.add(term, event.centroid.get(term) / Math.pow(termIdf, IDF_TAKEN_OUT));
            }
        }
        return vector;
    }

    /**
     * How much of a similarity a gap of {@code days} between an event and a storyline leaves: all of
     * it within the grace, then an exponential decay; when either is undated, a fixed share, so that
     * an undated event needs more in common to join (its time says nothing for it).
     */
    private double decay(int days) {
        if (days == UNKNOWN) {
            return settings.undatedShare();
        }
        return days <= settings.graceDays() ? 1.0 : Math.exp(-(days - settings.graceDays()) / settings.decayDays());
    }

    /** An event's first and last day as linking sees them: {@link ArticleProfile#UNDATED} both unless it is mostly dated. */
    static Days days(OpenStory event) {
        return mostlyDated(event) ? new Days(event.firstDay(), event.lastDay())
                : new Days(ArticleProfile.UNDATED, ArticleProfile.UNDATED);
    }

    /** An event's first and last day, {@link ArticleProfile#UNDATED} both when it is not mostly dated. */
    record Days(int first, int last) {
    }

    /** Whether at least {@link #MIN_DATED_SHARE} of an event's articles are dated. */
    static boolean mostlyDated(OpenStory event) {
        int dated = 0;
        for (ArticleProfile member : event.members) {
            if (member.dated()) {
                dated++;
            }
        }
        return dated >= MIN_DATED_SHARE * event.members.size();
    }

    /** A storyline while linking: its events and centroid. */
    private static final class Line {
        final int number;
        final List<OpenStory> events = new ArrayList<>();
        TermWeights centroid = new TermWeights();
        double norm;
        TermWeights names = new TermWeights();
        double namesNorm;
        int articles;
        Line survivor;
        /** The first and last day of each dated event: a gap is measured to the nearest of them. */
        java.util.TreeSet<Integer> days = new java.util.TreeSet<>();
        /** How many of its dated events' dated articles appeared on each day. */
        java.util.TreeMap<Integer, Integer> articlesByDay = new java.util.TreeMap<>();
        /** How many articles {@link #articlesByDay} counts. */
        int datedArticles;

        Line(int number) {
            this.number = number;
        }

        /** Builds this storyline again from {@code kept}, its events after some moved out or in. */
        void rebuild(List<OpenStory> kept, Map<OpenStory, Days> daysOf, Map<OpenStory, TermWeights> topics,
                     Map<OpenStory, TermWeights> namesOf) {
            events.clear();
            centroid = new TermWeights();
            names = new TermWeights();
            days = new java.util.TreeSet<>();
            articlesByDay = new java.util.TreeMap<>();
            norm = 0;
            namesNorm = 0;
            articles = 0;
            datedArticles = 0;
            kept.forEach(event -> add(event, daysOf.get(event), topics.get(event), namesOf.get(event)));
        }

        void add(OpenStory event, Days eventDays, TermWeights vector, TermWeights eventNames) {
            events.add(event);
            articles += event.members.size();
            if (eventDays.first() != ArticleProfile.UNDATED) {
                for (ArticleProfile member : event.members) {
                    if (member.dated()) {
                        articlesByDay.merge(member.day(), 1, Integer::sum);
                        datedArticles++;
                    }
                }
            }
            span(eventDays.first(), eventDays.last());
            centroid.addAll(vector);
            centroid.keepTop(CENTROID_TERMS);
            norm = centroid.norm();
            names.addAll(eventNames);
            names.keepTop(CENTROID_TERMS);
            namesNorm = names.norm();
        }

        void span(int first, int last) {
            if (first != ArticleProfile.UNDATED) {
                days.add(first);
                days.add(last);
            }
        }

        /**
         * Days between a span and the nearest of this storyline's events (not its whole span, which a
         * long storyline stretches over everything near it); 0 when one overlaps; {@link #UNKNOWN}
         * when either is undated.
         */
        int gapTo(int first, int last) {
            if (first == ArticleProfile.UNDATED || days.isEmpty()) {
                return UNKNOWN;
            }
            if (days.subSet(first, true, last, true).size() > 0) {
                return 0;
            }
            Integer before = days.lower(first);
            Integer after = days.higher(last);
            int gap = Integer.MAX_VALUE;
            if (before != null) {
                gap = first - before;
            }
            if (after != null) {
                gap = Math.min(gap, after - last);
            }
            return gap;
        }

        /** Days between this storyline's events and the nearest of another's. */
        int gapTo(Line other) {
            if (days.isEmpty() || other.days.isEmpty()) {
                return UNKNOWN;
            }
            int gap = Integer.MAX_VALUE;
            for (int day : days) {
                gap = Math.min(gap, other.gapTo(day, day));
                if (gap == 0) {
                    break;
                }
            }
            return gap;
        }

        Line root() {
            Line line = this;
            while (line.survivor != null) {
                line = line.survivor;
            }
            return line;
        }
    }

    /**
     * The storylines of the events, each a list of events in the order given; the storylines in order
     * of their first event.
     *
     * @param events in time order (the order they are linked in)
     */
    List<List<OpenStory>> link(List<OpenStory> events) {
        List<Line> lines = new ArrayList<>();
        StoryIndex index = new StoryIndex(POSTINGS_PER_TERM);
        Map<OpenStory, TermWeights> topics = new java.util.IdentityHashMap<>();
        Map<OpenStory, TermWeights> namesOf = new java.util.IdentityHashMap<>();
        Map<OpenStory, Days> daysOf = new java.util.IdentityHashMap<>();
        for (OpenStory event : events) {
            Days eventDays = days(event);
            daysOf.put(event, eventDays);
            TermWeights vector = topic(event);
            topics.put(event, vector);
            TermWeights eventNames = names(event);
            namesOf.put(event, eventNames);
            double norm = vector.norm();
            if (norm == 0) {
                Line alone = new Line(lines.size());
                alone.add(event, eventDays, vector, eventNames);
                lines.add(alone);
                continue;
            }
            int[] keys = vector.top(settings.keyTerms());
            int first = eventDays.first();
            int last = eventDays.last();
            Line best = null;
            double bestScore = 0;
            for (int candidate : candidates(keys, vector, lines, index, -1)) {
                Line line = lines.get(candidate);
                int gap = line.gapTo(first, last);
                double score = line.norm == 0 ? 0 : vector.dot(line.centroid) / (norm * line.norm) * decay(gap);
                if (score > bestScore && resumes(gap, eventNames, line.names)) {
                    bestScore = score;
                    best = line;
                }
            }
            if (best == null || bestScore < settings.linkThreshold()) {
                best = new Line(lines.size());
                lines.add(best);
            }
            best.add(event, eventDays, vector, eventNames);
            for (int key : keys) {
                index.add(key, best.number);
            }
        }
        mergeAlike(lines, index, topics, namesOf, daysOf);
        adoptSideAngles(lines, index, topics, namesOf, daysOf);
        replaceEvents(lines, index, topics, namesOf, daysOf);
        Map<OpenStory, Integer> position = new java.util.IdentityHashMap<>();
        events.forEach(event -> position.put(event, position.size()));
        List<List<OpenStory>> linked = new ArrayList<>();
        for (Line line : lines) {
            if (line.survivor == null) {
                List<OpenStory> ordered = new ArrayList<>(line.events);
                ordered.sort(java.util.Comparator.comparingInt(position::get));
                linked.add(ordered);
            }
        }
        return linked;
    }

    /** Merges each storyline into an earlier one whose centroid is at least {@code mergeThreshold} alike. */
    private void mergeAlike(List<Line> lines, StoryIndex index, Map<OpenStory, TermWeights> topics,
                            Map<OpenStory, TermWeights> namesOf, Map<OpenStory, Days> daysOf) {
        for (int number = 0; number < lines.size(); number++) {
            Line line = lines.get(number);
            if (line.survivor != null || line.norm == 0) {
                continue;
            }
            int[] keys = line.centroid.top(settings.keyTerms());
            for (int candidate : candidates(keys, line.centroid, lines, index, number)) {
                Line other = lines.get(candidate).root();
                if (other == line || other.norm == 0 || other.number > number) {
                    continue;
                }
                int gap = line.gapTo(other);
                if (namesAgree(line, other) && resumes(gap, line.names, other.names)
                        && line.centroid.dot(other.centroid) / (line.norm * other.norm) * decay(gap)
                        >= settings.mergeThreshold()) {
                    line.events.forEach(event -> other.add(event, daysOf.get(event), topics.get(event), namesOf.get(event)));
                    line.events.clear();
                    line.survivor = other;
                    for (int key : keys) {
                        index.add(key, other.number);
                    }
                    break;
                }
            }
        }
    }

    /**
     * Whether a settled storyline carried at least {@link #DAILY_ARTICLES} articles a day from
     * {@link #NEAR_DAYS} before a side angle's first dated day to as many after its last; false for an
     * undated side angle (nothing places it in the settled storyline's bursts).
     */
    private static boolean dailyNear(Line settled, Line side) {
        if (side.days.isEmpty()) {
            return false;
        }
        int first = side.days.first() - NEAR_DAYS;
        int last = side.days.last() + NEAR_DAYS;
        int near = 0;
        for (int articles : settled.articlesByDay.subMap(first, true, last, true).values()) {
            near += articles;
        }
        return near >= DAILY_ARTICLES * (last - first + 1);
    }

    /**
     * Whether a side angle's dated days lie within the settled storyline's, give or take {@link #NEAR_DAYS}: an
     * angle of a subject is told while the subject is in the news; a run of pages over a year (a programme
     * schedule naming the subject now and then) is not one of its angles, however alike. True when either is
     * undated (nothing to compare).
     */
    static boolean within(Line side, Line settled) {
        if (side.days.isEmpty() || settled.days.isEmpty()) {
            return true;
        }
        return side.days.first() >= settled.days.first() - NEAR_DAYS
                && side.days.last() <= settled.days.last() + NEAR_DAYS;
    }

    /**
     * Whether a storyline is reported daily: at least {@link #DAILY_ARTICLES} articles a day over the span
     * of its dated events' days. An undated storyline is not.
     */
    static boolean daily(List<OpenStory> line) {
        return reported(line, DAILY_ARTICLES);
    }

    /**
     * Whether a storyline carried at least {@code perDay} articles a day over the span of its dated events' days;
     * false for an undated storyline.
     */
    static boolean reported(List<OpenStory> line, double perDay) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int articles = 0;
        for (OpenStory event : line) {
            articles += event.members.size();
            Days days = days(event);
            if (days.first() != ArticleProfile.UNDATED) {
                first = Math.min(first, days.first());
                last = Math.max(last, days.last());
            }
        }
        return first != Integer.MAX_VALUE && articles >= perDay * (last - first + 1);
    }

    /**
     * Joins each storyline of fewer than {@link #SIDE_ANGLE_ARTICLES} articles ({@link
     * #UNDATED_SIDE_ANGLE_ARTICLES} when undated), or mostly dated and at most {@link #NESTED_SHARE} of the settled
     * storyline's articles, to the settled storyline (at least {@link #SETTLED_ARTICLES}
     * articles, reported {@link #daily} over its span or {@linkplain #dailyNear around the side angle's days},
     * and with the side angle {@linkplain #within within its days}) it is most alike, when that
     * reaches {@link #ADOPT_THRESHOLD}, lower than the link threshold. A subject in the news day after day
     * draws side angles that share only part of its vocabulary (an op-ed on the spill's lessons, oyster
     * growers on the coast); alone, each would be a storyline of one or two articles. Only small into
     * settled: two storylines of like size are never joined this way, so two subjects told in one vocabulary (the
     * Egyptian and Syrian uprisings) stay apart, and nothing chains. Only into a daily storyline: one of
     * an article every few weeks that holds many articles (DUC 2006's topics, each an article a month or
     * two over years) is as likely several subjects run together by linking, and would gather more.
     * A storyline reported in bursts (a war followed for two years, daily in its weeks of news) is daily
     * around a side angle that appears in one of its bursts.
     */
    private void adoptSideAngles(List<Line> lines, StoryIndex index, Map<OpenStory, TermWeights> topics,
                                 Map<OpenStory, TermWeights> namesOf, Map<OpenStory, Days> daysOf) {
        for (int number = 0; number < lines.size(); number++) {
            Line line = lines.get(number);
            if (line.survivor != null || line.norm == 0) {
                continue;
            }
            boolean small = line.articles < SIDE_ANGLE_ARTICLES
                    && !(line.days.isEmpty() && line.articles >= UNDATED_SIDE_ANGLE_ARTICLES);
            if (!small && line.datedArticles < MIN_DATED_SHARE * line.articles) {
                continue; // a mostly undated storyline is a side angle only while small
            }
            Line best = null;
            double bestScore = 0;
            for (int candidate : candidates(line.centroid.top(settings.keyTerms()), line.centroid, lines, index,
                    number)) {
                Line other = lines.get(candidate).root();
                if (other == line || other.norm == 0 || other.articles < SETTLED_ARTICLES
                        || !(small || line.articles <= NESTED_SHARE * other.articles) || !within(line, other)) {
                    continue;
                }
                boolean daily = daily(other.events) || dailyNear(other, line);
                if (!daily && !(small && reported(other.events, SUB_DAILY_ARTICLES))) {
                    continue; // only a small angle joins a subject reported less than daily, and every few days
                }
                double score = line.centroid.dot(other.centroid) / (line.norm * other.norm) * decay(line.gapTo(other));
                if (score >= (daily ? ADOPT_THRESHOLD : SUB_DAILY_ADOPT_THRESHOLD) && score > bestScore) {
                    bestScore = score;
                    best = other;
                }
            }
            if (best != null) {
                Line home = best;
                line.events.forEach(event -> home.add(event, daysOf.get(event), topics.get(event),
                        namesOf.get(event)));
                line.events.clear();
                line.survivor = home;
            }
        }
    }

    /**
     * Moves each event of a settled storyline (at least {@link #SETTLED_ARTICLES} articles) to the settled
     * storyline it is most alike (time-weighted, as linking), when that is more alike than the rest of its own
     * storyline by more than {@link #REPLACE_MARGIN} and reaches the link threshold, and its names agree more with
     * that storyline's than with the rest of its own's ({@link #namesFitBetter}). Linking places an event
     * once, as it arrives: an event that came while its subject's storyline was still small, or before it
     * existed, joined whatever was then nearest (ten pages on the quake's aid among a run of radio schedules
     * naming it); once the subject's storyline has grown, the event fits it better. Every move is chosen
     * against the storylines as linking left them, then all are made, so the order of events does not matter
     * and nothing chains. Candidates come from the index, as in linking.
     */
    private void replaceEvents(List<Line> lines, StoryIndex index, Map<OpenStory, TermWeights> topics,
                               Map<OpenStory, TermWeights> namesOf, Map<OpenStory, Days> daysOf) {
        List<Move> moves = new ArrayList<>();
        for (Line line : lines) {
            if (line.survivor != null || line.articles < SETTLED_ARTICLES || line.events.size() < 2) {
                continue;
            }
            for (OpenStory event : line.events) {
                TermWeights vector = topics.get(event);
                double norm = vector.norm();
                TermWeights rest = line.centroid.scaled(1);
                rest.addAll(vector.scaled(-1));
                double restNorm = rest.norm();
                if (norm == 0 || restNorm == 0) {
                    continue;
                }
                Days days = daysOf.get(event);
                double own = vector.dot(rest) / (norm * restNorm) * decay(line.gapTo(days.first(), days.last()));
                Line best = null;
                double bestScore = 0;
                for (int candidate : candidates(vector.top(settings.keyTerms()), vector, lines, index, line.number)) {
                    Line other = lines.get(candidate).root();
                    if (other == line || other.norm == 0 || other.articles < SETTLED_ARTICLES) {
                        continue;
                    }
                    double score = vector.dot(other.centroid) / (norm * other.norm)
                            * decay(other.gapTo(days.first(), days.last()));
                    if (score > bestScore) {
                        bestScore = score;
                        best = other;
                    }
                }
                if (best != null && bestScore >= settings.linkThreshold() && bestScore > own + REPLACE_MARGIN
                        && namesFitBetter(namesOf.get(event), best, line)) {
                    moves.add(new Move(event, line, best));
                }
            }
        }
        java.util.Set<Line> touched = new java.util.LinkedHashSet<>();
        for (Move move : moves) {
            move.from().events.remove(move.event());
            move.to().events.add(move.event());
            touched.add(move.from());
            touched.add(move.to());
        }
        for (Line line : touched) {
            line.rebuild(new ArrayList<>(line.events), daysOf, topics, namesOf);
        }
    }

    /**
     * Whether an event's names agree more with another storyline's names than with the rest of its own's (cosine
     * of the rarity-weighted names, {@link #names}): a page on the stars of a telethon for the quake's victims
     * shares words of show business with a singer's storyline, but its names are the quake's, not the singer's
     * circle; it stays with the quake. True when the event names no one (nothing to compare: content decides).
     */
    private static boolean namesFitBetter(TermWeights eventNames, Line to, Line from) {
        double norm = eventNames.norm();
        if (norm == 0) {
            return true;
        }
        TermWeights rest = from.names.scaled(1);
        rest.addAll(eventNames.scaled(-1));
        return cosine(eventNames, norm, to.names) > cosine(eventNames, norm, rest);
    }

    /** Cosine of a vector of the given norm and another; 0 when the other is empty. */
    private static double cosine(TermWeights vector, double norm, TermWeights other) {
        double otherNorm = other.norm();
        return otherNorm == 0 ? 0 : vector.dot(other) / (norm * otherNorm);
    }

    /** An event {@link #replaceEvents} moves from one storyline to another. */
    private record Move(OpenStory event, Line from, Line to) {
    }

    /**
     * Storylines sharing the key terms, the most strongly voted first, at most {@code candidates};
     * every storyline while there are no more than that.
     */
    private int[] candidates(int[] keys, TermWeights vector, List<Line> lines, StoryIndex index, int exclude) {
        if (lines.size() <= settings.candidates()) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i != exclude && lines.get(i).survivor == null) {
                    all.add(i);
                }
            }
            return all.stream().mapToInt(Integer::intValue).toArray();
        }
        Map<Integer, Double> votes = new HashMap<>();
        for (int key : keys) {
            double vote = vector.get(key);
            for (int posted : index.stories(key)) {
                int root = lines.get(posted).root().number;
                if (root != exclude) {
                    votes.merge(root, vote, Double::sum);
                }
            }
        }
        return votes.entrySet().stream()
                .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? Double.compare(b.getValue(), a.getValue())
                        : Integer.compare(a.getKey(), b.getKey()))
                .limit(settings.candidates())
                .mapToInt(Map.Entry::getKey).toArray();
    }
}

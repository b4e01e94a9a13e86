package io.storyline.compare;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Entity;
import io.storyline.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entities of one story: every proper-noun mention of every sentence ({@link NameFinder}),
 * grouped so that each real thing is one entity across outlets and spellings. Mentions with the
 * same key are one group; groups whose names are transliteration variants merge when no single
 * article uses both spellings (an article is consistent, outlets are not); a partial person name
 * ("Treki", "Gadhafi") joins the full name that contains it, the most mentioned one when several
 * do; a definite role ("the foreign minister") joins the one person the story gives that role,
 * preferring a current holder over a former one.
 *
 * <p>Centrality: the share of articles that mention the entity times {@code 1 + ln(mentions)}, plus
 * a half for a mention in an article's first sentence, scaled so the most central entity has 1.
 */
final class StoryEntities {

    /** A mention of a sentence tied to its entity ({@code -1} when a role could not be resolved). */
    record Mention(Name name, int entity) {
    }

    private final List<Entity> entities;
    private final List<List<Mention>> bySentence;

    private StoryEntities(List<Entity> entities, List<List<Mention>> bySentence) {
        this.entities = entities;
        this.bySentence = bySentence;
    }

    List<Entity> entities() {
        return entities;
    }

    /** The mentions of a sentence ({@link AnalyzedSentence#id()}), in text order. */
    List<Mention> mentions(int sentence) {
        return bySentence.get(sentence);
    }

    /** The entities a sentence mentions, by index into {@link #entities()}. */
    Set<Integer> entitiesOf(int sentence) {
        Set<Integer> ids = new HashSet<>();
        for (Mention mention : bySentence.get(sentence)) {
            if (mention.entity() >= 0) {
                ids.add(mention.entity());
            }
        }
        return ids;
    }

    static StoryEntities of(StoryAnalysis story, SourceNumbering sources) {
        List<String> texts = story.sentences().stream().map(AnalyzedSentence::text).toList();
        NameFinder finder = new NameFinder(new Capitals(texts));
        List<List<Name>> names = new ArrayList<>();
        for (String text : texts) {
            names.add(finder.find(text));
        }
        return new Resolver(story, sources, names).resolve();
    }

    /**
     * The type most mentions were given, other than OTHER; OTHER when none was. A person known from
     * context alone ("Air France said") is no person when as many mentions take an article ("the Air
     * France jet", "the Kestrel Moon"): a person's name does not, so the next type wins.
     */
    private static EntityType typeOf(Map<EntityType, Integer> votes, Set<EntityType> strong, int articled) {
        EntityType best = mostVoted(votes, null);
        if (best == EntityType.PERSON && !strong.contains(EntityType.PERSON) && articled > 0
                && articled >= votes.getOrDefault(EntityType.PERSON, 0)) {
            return mostVoted(votes, EntityType.PERSON);
        }
        return best;
    }

    /** The type most mentions were given, other than OTHER and {@code except}; OTHER when none was. */
    private static EntityType mostVoted(Map<EntityType, Integer> votes, EntityType except) {
        EntityType best = EntityType.OTHER;
        int bestVotes = 0;
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getKey() != EntityType.OTHER && vote.getKey() != except && vote.getValue() > bestVotes) {
                best = vote.getKey();
                bestVotes = vote.getValue();
            }
        }
        return best;
    }

    /** A set of mentions believed to name one thing; merged with union-find. */
    private static final class Group {
        final List<String> key;
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        final Set<EntityType> strong = java.util.EnumSet.noneOf(EntityType.class);
        final Set<Integer> articles = new HashSet<>();
        final Map<String, int[]> roles = new HashMap<>(); // role -> {current, former}
        int mentions;
        int articled; // mentions with an article before them: evidence against a person
        int parent;

        Group(List<String> key, int index) {
            this.key = key;
            this.parent = index;
        }

        EntityType type() {
            return typeOf(votes, strong, articled);
        }
    }

    private static final class Resolver {
        private final StoryAnalysis story;
        private final SourceNumbering sources;
        private final List<List<Name>> names;
        private final List<Group> groups = new ArrayList<>();
        private final Map<String, Integer> groupByKey = new HashMap<>();

        Resolver(StoryAnalysis story, SourceNumbering sources, List<List<Name>> names) {
            this.story = story;
            this.sources = sources;
            this.names = names;
        }

        /**
         * A name that is one of the story's own outlets ("East Herald", "Capital News") is a publisher,
         * whatever its words suggest (a compass word for a place, a sentence-opening for a person).
         */
        private void typeOutlets() {
            Set<String> outlets = new HashSet<>();
            for (io.storyline.model.Article article : story.articles()) {
                if (article.outletKnown()) {
                    outlets.add(String.join(" ", NameKey.tokens(article.outlet())));
                }
            }
            for (Group group : groups) {
                if (outlets.contains(String.join(" ", group.key))) {
                    group.votes.clear();
                    group.votes.put(EntityType.ORGANISATION, group.mentions);
                    group.strong.clear();
                    group.strong.add(EntityType.ORGANISATION);
                    group.articled = 0;
                }
            }
        }

        StoryEntities resolve() {
            int[][] groupOf = new int[names.size()][];
            for (int s = 0; s < names.size(); s++) {
                List<Name> sentenceNames = names.get(s);
                groupOf[s] = new int[sentenceNames.size()];
                int article = story.sentences().get(s).article();
                for (int m = 0; m < sentenceNames.size(); m++) {
                    Name name = sentenceNames.get(m);
                    if (name.roleOnly()) {
                        groupOf[s][m] = -1;
                        continue;
                    }
                    List<String> key = NameKey.tokens(name.text());
                    if (key.isEmpty()) {
                        groupOf[s][m] = -2;
                        continue;
                    }
                    int g = groupByKey.computeIfAbsent(String.join(" ", key), k -> {
                        groups.add(new Group(key, groups.size()));
                        return groups.size() - 1;
                    });
                    Group group = groups.get(g);
                    group.forms.merge(name.text(), 1, Integer::sum);
                    group.votes.merge(name.type(), name.strong() ? 3 : 1, Integer::sum);
                    if (name.strong() && name.type() == EntityType.OTHER) {
                        group.articled++;
                    } else if (name.strong()) {
                        group.strong.add(name.type());
                    }
                    group.articles.add(article);
                    group.mentions++;
                    if (name.role() != null) {
                        group.roles.computeIfAbsent(name.role(), r -> new int[2])[name.former() ? 1 : 0]++;
                    }
                    groupOf[s][m] = g;
                }
            }
            typeOutlets();
            mergeVariants();
            mergePartialNames();
            int[] entityOfGroup = new int[groups.size()];
            List<Integer> roots = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                if (find(g) == g) {
                    roots.add(g);
                }
            }
            // pool every group into its root
            Map<Integer, Pool> pools = new LinkedHashMap<>();
            for (int root : roots) {
                pools.put(root, new Pool());
            }
            for (int g = 0; g < groups.size(); g++) {
                pools.get(find(g)).add(groups.get(g));
            }
            // role-only mentions
            int[][] roleTarget = new int[names.size()][];
            for (int s = 0; s < names.size(); s++) {
                roleTarget[s] = new int[names.get(s).size()];
                for (int m = 0; m < names.get(s).size(); m++) {
                    Name name = names.get(s).get(m);
                    roleTarget[s][m] = name.roleOnly() ? holderOf(name.role(), pools) : -1;
                    if (roleTarget[s][m] >= 0) {
                        Pool pool = pools.get(roleTarget[s][m]);
                        pool.roleForms.add(name.text());
                        pool.extraMentions++;
                        pool.articles.add(story.sentences().get(s).article());
                    }
                }
            }
            // entities, ranked
            List<Integer> order = new ArrayList<>(pools.keySet());
            Map<Integer, Double> raw = new HashMap<>();
            Map<Integer, Boolean> inLead = new HashMap<>();
            for (int s = 0; s < names.size(); s++) {
                if (story.sentences().get(s).position() == 0) {
                    for (int m = 0; m < names.get(s).size(); m++) {
                        int g = groupOf[s][m] >= 0 ? find(groupOf[s][m]) : roleTarget[s][m];
                        if (g >= 0) {
                            inLead.put(g, true);
                        }
                    }
                }
            }
            int articles = Math.max(1, story.articles().size());
            for (int root : order) {
                Pool pool = pools.get(root);
                double share = (double) pool.articles.size() / articles;
                raw.put(root, share * (1 + Math.log(pool.mentions())) + (inLead.getOrDefault(root, false) ? 0.5 : 0));
            }
            order.sort(Comparator.comparingDouble((Integer r) -> -raw.get(r)).thenComparingInt(r -> r));
            double max = order.isEmpty() ? 1 : raw.get(order.get(0));
            List<Entity> entities = new ArrayList<>();
            Map<Integer, Integer> indexOfRoot = new HashMap<>();
            for (int root : order) {
                Pool pool = pools.get(root);
                indexOfRoot.put(root, entities.size());
                String name = pool.name();
                Set<String> aliases = new java.util.LinkedHashSet<>(pool.forms.keySet());
                aliases.addAll(pool.roleForms);
                aliases.remove(name);
                Set<Integer> sources = new TreeSet<>();
                pool.articles.forEach(a -> sources.add(this.sources.number(a)));
                double centrality = Math.round(raw.get(root) / max * 1000) / 1000.0;
                entities.add(new Entity(name, pool.type(), List.copyOf(aliases), pool.mentions(),
                        List.copyOf(sources), centrality));
            }
            for (int g = 0; g < groups.size(); g++) {
                entityOfGroup[g] = indexOfRoot.get(find(g));
            }
            List<List<Mention>> bySentence = new ArrayList<>();
            for (int s = 0; s < names.size(); s++) {
                List<Mention> mentions = new ArrayList<>();
                for (int m = 0; m < names.get(s).size(); m++) {
                    int g = groupOf[s][m];
                    int entity = g >= 0 ? entityOfGroup[g] : roleTarget[s][m] >= 0 ? indexOfRoot.get(roleTarget[s][m]) : -1;
                    mentions.add(new Mention(names.get(s).get(m), entity));
                }
                mentions.sort(Comparator.comparingInt(x -> x.name().start()));
                bySentence.add(List.copyOf(mentions));
            }
            return new StoryEntities(List.copyOf(entities), List.copyOf(bySentence));
        }

        /** Transliteration variants, never two spellings used in one article. */
        private void mergeVariants() {
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    Group ga = groups.get(a);
                    Group gb = groups.get(b);
                    if (find(a) != find(b) && NameKey.exactOrVariant(ga.key, gb.key)
                            && compatible(ga.type(), gb.type()) && disjoint(ga.articles, gb.articles)) {
                        union(b, a);
                    }
                }
            }
        }

        /** A partial person name joins the most mentioned full name containing it. */
        private void mergePartialNames() {
            List<Integer> byLength = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                byLength.add(g);
            }
            byLength.sort(Comparator.comparingInt(g -> groups.get(g).key.size()));
            Map<Integer, Pool> rootPools = new HashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                rootPools.computeIfAbsent(find(g), r -> new Pool()).add(groups.get(g));
            }
            for (int s : byLength) {
                Group shorter = groups.get(s);
                EntityType type = shorter.type();
                boolean onlyWeakEvidence = shorter.strong.isEmpty() || shorter.strong.equals(Set.of(EntityType.PERSON));
                if (type != EntityType.PERSON && type != EntityType.OTHER && !onlyWeakEvidence) {
                    continue;
                }
                int best = -1;
                int bestMentions = -1;
                int firstNameMatches = 0;
                for (int l = 0; l < groups.size(); l++) {
                    Group longer = groups.get(l);
                    if (longer.key.size() <= shorter.key.size() || rootPools.get(find(l)).type() != EntityType.PERSON) {
                        continue;
                    }
                    boolean part = NameKey.partOf(shorter.key, longer.key);
                    boolean firstName = shorter.key.size() == 1 && NameKey.sameWord(shorter.key.get(0), longer.key.get(0))
                            && Lexicon.FIRST_NAMES.contains(shorter.key.get(0));
                    if (!part && !firstName) {
                        continue;
                    }
                    if (!part) {
                        firstNameMatches++;
                    }
                    int mentions = rootPools.get(find(l)).mentions();
                    if (mentions > bestMentions) {
                        best = l;
                        bestMentions = mentions;
                    }
                }
                if (best >= 0 && !(firstNameMatches > 1) && find(s) != find(best)) {
                    Pool moved = rootPools.remove(find(s));
                    union(s, best);
                    Pool target = rootPools.get(find(best));
                    target.absorb(moved);
                }
            }
        }

        /** The one person the story gives this role, preferring current over former holders. */
        private int holderOf(String role, Map<Integer, Pool> pools) {
            if (role == null) {
                return -1;
            }
            int best = -1;
            long bestScore = -1;
            int tied = 0;
            for (Map.Entry<Integer, Pool> entry : pools.entrySet()) {
                Pool pool = entry.getValue();
                if (pool.type() != EntityType.PERSON) {
                    continue;
                }
                int[] uses = pool.roles.get(role);
                if (uses == null) {
                    continue;
                }
                long score = uses[0] * 1000L + uses[1] * 10L + pool.mentions();
                if (score > bestScore) {
                    best = entry.getKey();
                    bestScore = score;
                    tied = 0;
                } else if (score == bestScore) {
                    tied++;
                }
            }
            return tied > 0 ? -1 : best;
        }

        private int find(int g) {
            while (groups.get(g).parent != g) {
                groups.get(g).parent = groups.get(groups.get(g).parent).parent;
                g = groups.get(g).parent;
            }
            return g;
        }

        private void union(int child, int parent) {
            int a = find(child);
            int b = find(parent);
            if (a != b) {
                groups.get(a).parent = b;
            }
        }

        private static boolean compatible(EntityType a, EntityType b) {
            return a == b || a == EntityType.OTHER || b == EntityType.OTHER;
        }

        private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
            for (int x : a) {
                if (b.contains(x)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Everything known about one entity, gathered from its groups. */
    private static final class Pool {
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        final Set<Integer> articles = new HashSet<>();
        final Map<String, int[]> roles = new HashMap<>();
        final Set<String> roleForms = new java.util.LinkedHashSet<>();
        final Set<EntityType> strong = java.util.EnumSet.noneOf(EntityType.class);
        int groupMentions;
        int extraMentions;
        int articled;

        void add(Group group) {
            strong.addAll(group.strong);
            articled += group.articled;
            group.forms.forEach((form, count) -> forms.merge(form, count, Integer::sum));
            group.votes.forEach((type, count) -> votes.merge(type, count, Integer::sum));
            articles.addAll(group.articles);
            group.roles.forEach((role, uses) -> {
                int[] pooled = roles.computeIfAbsent(role, r -> new int[2]);
                pooled[0] += uses[0];
                pooled[1] += uses[1];
            });
            groupMentions += group.mentions;
        }

        void absorb(Pool other) {
            strong.addAll(other.strong);
            articled += other.articled;
            other.forms.forEach((form, count) -> forms.merge(form, count, Integer::sum));
            other.votes.forEach((type, count) -> votes.merge(type, count, Integer::sum));
            articles.addAll(other.articles);
            groupMentions += other.groupMentions;
        }

        int mentions() {
            return groupMentions + extraMentions;
        }

        EntityType type() {
            return typeOf(votes, strong, articled);
        }

        /** The fullest form: most words, then most used, then first seen. */
        String name() {
            String best = null;
            int bestWords = -1;
            int bestCount = -1;
            for (Map.Entry<String, Integer> form : forms.entrySet()) {
                int words = NameKey.tokens(form.getKey()).size();
                if (words > bestWords || (words == bestWords && form.getValue() > bestCount)) {
                    best = form.getKey();
                    bestWords = words;
                    bestCount = form.getValue();
                }
            }
            return best;
        }
    }
}

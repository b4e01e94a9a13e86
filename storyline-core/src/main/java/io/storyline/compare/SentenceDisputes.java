package io.storyline.compare;

import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Dispute;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts the story's conflicts ({@link Comparison#conflicts()}) beside the sentences a summary or a
 * timeline shows, as an editor checks a sentence against every source: a source that gives another
 * value for a slot of a shown sentence is shown beside it ("[4] says four people") and is not cited
 * for it. The summary and the timeline find disputes only among near copies of the sentence
 * ({@code analyze.Facts}); the comparison also finds them between reports worded apart (the toll
 * an opening gives, the length of a named ship), so both are checked.
 * <p>
 * A conflict concerns a shown sentence when one of its two statements is cited for the sentence and
 * the sentence carries that statement's value and not the other's: the sentence itself always does;
 * another cited report only when the value is written in the shown sentence too (a longer report may
 * carry slots the shown sentence does not). A conflict whose other statement is the shown sentence's
 * own source is left to the comparison's list: that source is the sentence.
 */
public final class SentenceDisputes {

    private static final Pattern LOOSE_HYPHEN = Pattern.compile("(?<![\\p{L}\\p{N}])-|-(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

    private SentenceDisputes() {
    }

    /** The summary with each sentence's disputing sources beside it and uncited. */
    public static Summary beside(Summary summary, Comparison comparison) {
        List<Conflict> renumbered = renumbered(comparison, summary.sources());
        Updates updates = new Updates(summary.sources()).knowing(renumbered);
        List<Conflict> conflicts = uncitingOnly(renumbered, updates);
        List<SummarySentence> sentences = summary.sentences().stream()
                .map(s -> updatesLabelled(beside(s, conflicts), updates)).toList();
        boolean[] dropped = deniedAlongside(sentences);
        List<SummarySentence> shown = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!dropped[i]) {
                shown.add(sentences.get(i));
            }
        }
        return new Summary(summary.method(), shown, summary.sources(), summary.notice());
    }

    /** The timeline with each sentence's disputing sources beside it and uncited. */
    public static Timeline beside(Timeline timeline, Comparison comparison) {
        List<Conflict> renumbered = renumbered(comparison, timeline.sources());
        Updates updates = new Updates(timeline.sources()).knowing(renumbered);
        List<Conflict> conflicts = uncitingOnly(renumbered, updates);
        List<List<SummarySentence>> byEntry = timeline.entries().stream()
                .map(e -> e.sentences().stream().map(s -> updatesLabelled(beside(s, conflicts), updates)).toList()).toList();
        boolean[] dropped = deniedAlongside(byEntry.stream().flatMap(List::stream).toList());
        List<TimelineEntry> entries = new ArrayList<>();
        int at = 0;
        for (int e = 0; e < byEntry.size(); e++) {
            List<SummarySentence> shown = new ArrayList<>();
            for (SummarySentence sentence : byEntry.get(e)) {
                if (!dropped[at++]) {
                    shown.add(sentence);
                }
            }
            if (!shown.isEmpty()) {
                entries.add(new TimelineEntry(timeline.entries().get(e).date(), shown));
            }
        }
        return new Timeline(entries, timeline.sources(), timeline.coverage(), timeline.undated(), timeline.inferred());
    }

    /**
     * The comparison's conflicts a sentence's citations answer to: disagreements and an outlet's revised copy.
     * Another day's report is the story moving on: the comparison lists it as an update, and it takes no
     * citation away.
     */
    private static List<Conflict> uncitingOnly(List<Conflict> conflicts, Updates updates) {
        return conflicts.stream().filter(updates::uncites).toList();
    }

    /**
     * The sentence with each note the {@link Updates} decision calls an update marked so (the summary's own
     * notes, found by its fact test): one decision with the comparison's list. A note is an update only
     * against every source the sentence is cited to, so an outlet of the same day disagreeing stays a
     * disagreement.
     */
    static SummarySentence updatesLabelled(SummarySentence sentence, Updates updates) {
        List<Dispute> disputes = new ArrayList<>(sentence.disputedBy().size());
        boolean changed = false;
        for (Dispute d : sentence.disputedBy()) {
            boolean update = d.update() || sentence.citations().stream()
                    .allMatch(c -> updates.between(d.kind(), d.slot(), d.shownValue(), d.value(), c, d.citation()));
            disputes.add(update && !d.update() ? d.asUpdate() : d);
            changed |= update && !d.update();
        }
        return changed ? new SummarySentence(sentence.text(), sentence.citations(), disputes) : sentence;
    }

    /**
     * Which shown sentences to leave out because another shown sentence states what they deny, or denies
     * what they state ("was arrested" / "did not arrest"): the two are one event, shown once with the other
     * outlet beside it as disagreeing, as two values of one slot are, never as two facts each cited. The side
     * more sources are cited for stays (on a tie, the one shown first); its note names the other. Only
     * {@code negation}: a value the comparison finds in a sentence worded apart may be one slot of another
     * fact, which showing once would lose.
     */
    static boolean[] deniedAlongside(List<SummarySentence> sentences) {
        Map<String, Integer> shownAt = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Citation own = sentences.get(i).citations().get(0);
            shownAt.putIfAbsent(own.source() + ":" + own.sentenceIndex(), i);
        }
        boolean[] dropped = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            for (Dispute d : sentences.get(i).disputedBy()) {
                Integer j = d.kind().equals("negation")
                        ? shownAt.get(d.citation().source() + ":" + d.citation().sentenceIndex()) : null;
                if (j == null || j == i || dropped[i] || dropped[j]) {
                    continue;
                }
                int citedI = sentences.get(i).citations().size();
                int citedJ = sentences.get(j).citations().size();
                dropped[citedI > citedJ || citedI == citedJ && i < j ? j : i] = true;
            }
        }
        return dropped;
    }

    /** The sentence with the sources of {@code conflicts} (numbered as its citations) that dispute it. */
    static SummarySentence beside(SummarySentence sentence, List<Conflict> conflicts) {
        Citation own = sentence.citations().get(0);
        List<Dispute> disputes = new ArrayList<>(sentence.disputedBy());
        Set<String> shown = new HashSet<>();
        disputes.forEach(d -> shown.add(key(d)));
        Set<Integer> disputing = new HashSet<>();
        disputes.forEach(d -> disputing.add(d.citation().source()));
        List<Dispute> added = new ArrayList<>();
        for (Conflict conflict : conflicts) {
            Dispute dispute = dispute(sentence, conflict);
            if (dispute != null && dispute.citation().source() != own.source() && shown.add(key(dispute))) {
                added.add(dispute);
                disputing.add(dispute.citation().source());
            }
        }
        if (added.isEmpty()) {
            return sentence;
        }
        added.sort(java.util.Comparator.comparingInt(d -> d.citation().source()));
        disputes.addAll(added);
        List<Citation> citations = new ArrayList<>();
        for (Citation citation : sentence.citations()) {
            if (citation == own || !disputing.contains(citation.source())) {
                citations.add(citation);
            }
        }
        return new SummarySentence(sentence.text(), citations, disputes);
    }

    /** One disputing source and value per entry: the same value found by two rules is shown once. */
    private static String key(Dispute dispute) {
        return dispute.citation().source() + "\u0000" + normalised(dispute.value());
    }

    /** What the conflict's other side says against the sentence, or null when it does not concern it. */
    private static Dispute dispute(SummarySentence sentence, Conflict conflict) {
        boolean first = agrees(sentence, conflict.statement(), conflict.value(), conflict.otherValue());
        boolean second = agrees(sentence, conflict.otherStatement(), conflict.otherValue(), conflict.value());
        if (first == second) {
            return null;
        }
        return first
                ? new Dispute(conflict.otherStatement(), conflict.kind(), conflict.slot(), conflict.value(),
                conflict.otherValue(), conflict.update())
                : new Dispute(conflict.statement(), conflict.kind(), conflict.slot(), conflict.otherValue(),
                conflict.value(), conflict.update());
    }

    /**
     * Whether the sentence states what {@code statement} says in the conflict's slot: the statement is
     * the sentence itself, or it is cited for the sentence and the sentence writes its value and not
     * the other.
     */
    private static boolean agrees(SummarySentence sentence, Citation statement, String value, String otherValue) {
        if (same(sentence.citations().get(0), statement)) {
            return true;
        }
        boolean cited = sentence.citations().stream().anyMatch(c -> same(c, statement));
        return cited && writes(sentence.text(), value) && !writes(sentence.text(), otherValue);
    }

    private static boolean same(Citation a, Citation b) {
        return a.source() == b.source() && a.sentenceIndex() == b.sentenceIndex();
    }

    /** Whether the text writes the value, as whole words ("Three crew" in "three crew members were ..."). */
    static boolean writes(String text, String value) {
        String words = normalised(value);
        return !words.isBlank() && (" " + normalised(text) + " ").contains(" " + words + " ");
    }

    /**
     * Lower case, every run of characters other than letters, digits and inner hyphens one space
     * ("thirty-three" stays one word).
     */
    private static String normalised(String text) {
        String words = LOOSE_HYPHEN.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return NOT_A_WORD.matcher(words).replaceAll(" ").strip();
    }

    /** The comparison's conflicts with their sources numbered as {@code numbering} numbers the same articles. */
    private static List<Conflict> renumbered(Comparison comparison, List<Source> numbering) {
        Map<String, Integer> numberOfArticle = new HashMap<>();
        numbering.forEach(s -> numberOfArticle.putIfAbsent(s.articleId(), s.number()));
        Map<Integer, Integer> renumber = new HashMap<>();
        for (Source source : comparison.sources()) {
            Integer number = numberOfArticle.get(source.articleId());
            if (number != null) {
                renumber.put(source.number(), number);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (Conflict c : comparison.conflicts()) {
            Integer first = renumber.get(c.statement().source());
            Integer second = renumber.get(c.otherStatement().source());
            if (first != null && second != null) {
                conflicts.add(new Conflict(c.kind(), c.slot(), c.value(), renumbered(c.statement(), first),
                        c.otherValue(), renumbered(c.otherStatement(), second), c.update()));
            }
        }
        return conflicts;
    }

    private static Citation renumbered(Citation citation, int number) {
        return new Citation(number, citation.sentenceIndex(), citation.sentence());
    }
}

package io.storyline.compare;

import io.storyline.analyze.Backing;
import io.storyline.analyze.Facts;

import java.util.ArrayList;
import java.util.List;

/**
 * What the outlets of one fact group carry in common. {@link FactMatcher} joins sentences that tell one
 * fact, a relation that is symmetric; carrying a statement is not: "A second top official, el-Treki,
 * defected Thursday to Egypt, in another sign the government may be weakening" holds the whole of "el-Treki
 * defected to Egypt", not the reverse. So the statement shown for a group is the member the most others
 * report, and only the outlets whose member reports it are listed as carrying it. "Reports" is the test a
 * summary cites by ({@link Facts#reportedBy}: one fact with no slot differing, and {@link Backing}: the member
 * holds most of the shown sentence's own words): a group's members may only share a distinctive name and an
 * event class, which finds a disagreement or a related report but is no ground to cite. The members left over are read again the same way, into statements of their
 * own; each statement keeps the group's other members beside it as related reports, cited for nothing.
 */
final class CommonStatements {

    private CommonStatements() {
    }

    /**
     * One statement of a group: {@code carrying} starts with the member whose words are shown, then those
     * that back it in source order; {@code related} is every other member of the group, in source order.
     */
    record Statement(List<Report> carrying, List<Report> related) {
    }

    /** The group's statements, the most widely backed first; {@code members} in source order. */
    static List<Statement> of(List<Report> members, Facts facts) {
        int n = members.size();
        boolean[][] backs = new boolean[n][n]; // backs[shown][other]: other's sentence reports what shown reports
        for (int shown = 0; shown < n; shown++) {
            Backing.Claim claim = Backing.claimOf(members.get(shown).sentence().text()); // read once, asked of every other
            for (int other = 0; other < n; other++) {
                backs[shown][other] = other != shown
                        && facts.reportedBy(members.get(shown).sentence(), claim, members.get(other).sentence());
            }
        }
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            remaining.add(i);
        }
        List<List<Integer>> parts = new ArrayList<>();
        while (!remaining.isEmpty()) {
            int best = remaining.get(0);
            int bestCount = -1;
            for (int candidate : remaining) {
                int count = 0;
                for (int other : remaining) {
                    count += backs[candidate][other] ? 1 : 0;
                }
                if (count > bestCount) { // ties go to the earliest source
                    best = candidate;
                    bestCount = count;
                }
            }
            List<Integer> part = new ArrayList<>();
            part.add(best);
            for (int other : remaining) {
                if (backs[best][other]) {
                    part.add(other);
                }
            }
            remaining.removeAll(part);
            parts.add(part);
        }
        List<Statement> statements = new ArrayList<>();
        for (List<Integer> part : parts) {
            List<Report> related = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!part.contains(i)) {
                    related.add(members.get(i));
                }
            }
            statements.add(new Statement(part.stream().map(members::get).toList(), related));
        }
        return statements;
    }
}

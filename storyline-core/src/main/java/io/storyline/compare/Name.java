package io.storyline.compare;

import io.storyline.model.EntityType;

/**
 * A proper-noun mention found in one sentence, typed by the evidence around it.
 *
 * @param start    offset of the name in the sentence
 * @param end      offset just after it
 * @param text     the name as written, titles left out ("Moussa Koussa")
 * @param type     the type the evidence points to ({@link EntityType#OTHER} when none does)
 * @param strong   whether that evidence is a list or a title, rather than context alone; for
 *                 {@link EntityType#OTHER}, that the name took an article ("the Kestrel Moon", "an Air
 *                 France jet"), which a person's name does not: evidence against a person
 * @param role     the title or role written with it ("foreign minister"), or {@code null}
 * @param former   whether the role was given as former ("former foreign minister")
 * @param roleOnly whether this is a role standing for a name ("the foreign minister")
 */
record Name(int start, int end, String text, EntityType type, boolean strong, String role,
            boolean former, boolean roleOnly) {
}

package io.storyline.analyze;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences in a person's own voice rather than an outlet's report: a reader's comment, a letter, a blogger's
 * aside, or a quotation the splitter cut into several sentences. A citation says that the outlet reports the
 * fact; a reader's "Me and my country's prayers are with them and the rest of the world wherever this swine
 * flu has spread" shares words with "Swine flu has spread from Mexico to several countries", but it is not the
 * outlet reporting it. So such a sentence backs no citation ({@link Facts#reportsElsewhere},
 * {@link Facts#reportedBy}); a missing citation is better than a wrong one.
 * <p>
 * Two signs, either enough:
 * <ul>
 *   <li>the sentence speaks in the first person outside quotation marks ("I", "me", "my", "we", "our",
 *   "us"); news speaks of others, and inside marks a quoted speaker's "we" is the speaker's, not the
 *   outlet's. A quotation running over several sentences leaves the middle ones without marks; those are
 *   the speaker's words too, a claim and not the outlet's statement;</li>
 *   <li>the sentence stands among such sentences: at least {@value #MIN_AROUND} of the {@value #WINDOW}
 *   sentences centred on it speak so. On a comments page not every line says "I" ("The appearance of swine
 *   flu in Mexico City came as a bolt from the blue."), but its neighbours do.</li>
 * </ul>
 * "You" does not count: an outlet's explainer speaks to its reader ("What precautions should you take?")
 * in its own voice, and the news lines a comments page opens with stay the outlet's.
 */
final class PersonalVoice {

    /** Sentences around one, itself in the middle, read for a stretch of personal voice. */
    static final int WINDOW = 5;
    /** How many of them must speak in the first person: a majority. */
    static final int MIN_AROUND = 3;

    /**
     * "I" after a capitalised word is a numeral ("World War I"); "US" (the country) is not "us". The look
     * behind for that word is tried only where an "I" stands ({@code (?=I\\b)} first): tried at every
     * position of every sentence it took 8% of a summary's processor time (JFR, DUC 2004, session 19).
     */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "\\b(?=I\\b)(?<!\\p{Lu}\\p{L}{0,20}\\s)I\\b|\\b(?:I'm|I've|I'd|I'll|[Ww]e|[Mm]e|[Mm]y|[Oo]ur|us)\\b");

    private PersonalVoice() {
    }

    /** Whether the sentence speaks in the first person outside quotation marks. */
    static boolean firstPerson(String sentence) {
        return FIRST_PERSON.matcher(Quotations.outsideQuotations(sentence)).find();
    }

    /** Whether the sentence is a question: it ends in a question mark, closing quotation marks aside. */
    static boolean asks(String sentence) {
        String text = sentence.strip();
        int end = text.length();
        while (end > 0 && "\"'\u201d\u2019)".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == '?';
    }

    /** The ids of the story's sentences in a personal voice, by the two signs above, article by article. */
    static BitSet of(StoryAnalysis story) {
        BitSet voiced = new BitSet();
        for (int article = 0; article < story.articles().size(); article++) {
            List<AnalyzedSentence> sentences = story.sentencesOf(article);
            boolean[] first = new boolean[sentences.size()];
            for (int i = 0; i < first.length; i++) {
                first[i] = firstPerson(sentences.get(i).text());
            }
            int half = WINDOW / 2;
            for (int i = 0; i < first.length; i++) {
                int around = 0;
                for (int k = Math.max(0, i - half); k <= Math.min(first.length - 1, i + half); k++) {
                    around += first[k] ? 1 : 0;
                }
                if (first[i] || around >= MIN_AROUND) {
                    voiced.set(sentences.get(i).id());
                }
            }
        }
        return voiced;
    }
}

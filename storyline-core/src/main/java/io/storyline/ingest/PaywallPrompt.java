package io.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A paywall's words to its reader inside the story's blocks: "To view the full story, please subscribe",
 * "Subscribe now for the full story", "Already a subscriber? Log in". They are the outlet's notice, not the
 * story, and a summary that quotes them cites furniture.
 * <ul>
 *   <li>A prompt saying the story is cut here (a subscription with "the full story", "the rest of the
 *       article", "continue reading") ends the story: it and every block after it go (the offer, the perks,
 *       the log-in line), once some of the story came before it. A prompt that opens the text goes alone:
 *       the story follows it.</li>
 *   <li>An "already a subscriber" line goes alone, wherever it is.</li>
 * </ul>
 * Only short blocks are prompts: a paragraph of the story that talks about subscriptions is longer.
 */
final class PaywallPrompt {

    /** A prompt is one short block; a story's paragraph about subscriptions is longer. */
    static final int MAX_PROMPT_CHARS = 200;
    /** Story text before a prompt for it to end the story rather than open it. */
    static final int MIN_STORY_BEFORE = 200;

    private static final String SUBSCRIBING = "(subscri\\w*|log ?in|sign ?in|sign ?up|regist\\w*"
            + "|abonn\\w*|anmeld\\w*|einlogg\\w*|suscri\\w*|abonne\\w*|inscri\\w*)";
    private static final String REST_OF_STORY = "(full (story|article)|whole (story|article)|entire (story|article)"
            + "|rest of (the|this) (story|article)|continue reading|keep reading|read the rest|read more of"
            + "|access to this (story|article)|weiterlesen|ganzen artikel|vollständigen artikel|gesamten artikel"
            + "|artículo completo|nota completa|seguir leyendo|l'article complet|la suite de l'article|lire la suite)";
    private static final Pattern STORY_CUT = Pattern.compile("\\b" + SUBSCRIBING + "\\b.*" + REST_OF_STORY
            + "|" + REST_OF_STORY + ".*\\b" + SUBSCRIBING + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ALREADY_SUBSCRIBED = Pattern.compile("already (a )?(subscriber|subscribed|member)"
            + "|bereits abonnent|schon abonnent|ya (sos|eres|es) (suscriptor|suscriptora)|déjà abonné",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PaywallPrompt() {
    }

    /** The blocks without the paywall's prompts (the same list when there is none, most pages). */
    static List<TextBlock> without(List<TextBlock> blocks) {
        List<TextBlock> kept = null;
        int storyBefore = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            String text = block.text();
            boolean prompt = text.length() <= MAX_PROMPT_CHARS;
            if (prompt && STORY_CUT.matcher(text).find()) {
                if (kept == null) {
                    kept = new ArrayList<>(blocks.subList(0, i));
                }
                if (storyBefore >= MIN_STORY_BEFORE) {
                    return kept; // the story ends here; the offer follows
                }
                continue;
            }
            if (prompt && ALREADY_SUBSCRIBED.matcher(text).find()) {
                if (kept == null) {
                    kept = new ArrayList<>(blocks.subList(0, i));
                }
                continue;
            }
            storyBefore += text.length();
            if (kept != null) {
                kept.add(block);
            }
        }
        return kept == null ? blocks : kept;
    }
}

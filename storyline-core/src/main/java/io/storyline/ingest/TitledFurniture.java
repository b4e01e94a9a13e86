package io.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Page furniture that a page titles in words rather than in its markup: boxes of links to other stories
 * ("Related articles", "More on this topic", "Mehr zum Thema", "Lo último", "À lire aussi") and the prompts
 * around a story ("Share this article", "No comments", "Was this article helpful?", "Follow us on").
 * Their class names are often bare layout words ("block", "panel", "text"), so {@link HtmlExtractor}'s
 * furniture names miss them, and a box's teasers (a linked title over a line of summary) are too long and
 * too little linked to pass for a list of links.
 *
 * <p>Each is found by its title: a line whose whole text is one of these phrases (in English, German,
 * French, Spanish, Portuguese, Italian, Polish or Dutch), outside any link. What it titles goes with it:
 * <ul>
 *   <li>the outermost block that opens with the title, when that block holds no more than a third of the
 *       page's paragraph text and not the page's main landmark (a box of its own);</li>
 *   <li>otherwise (the title stands among the story's own paragraphs), the title and the blocks after it
 *       while they are mostly links or hold no text.</li>
 * </ul>
 */
final class TitledFurniture {

    /** Titles of boxes of other stories and prompts, matched against a whole line in lower case without end marks. */
    private static final Pattern TITLE = Pattern.compile(String.join("|",
            // English
            "related( (articles?|posts?|stories|story|content|news|links|topics|reading|videos?|coverage))?",
            "(you )?(may|might|could) also (like|enjoy|be interested in)", "you might like",
            "(also read|read also|read next|read more|more to read|what to read next)",
            "more (on|about) (this|the) (topic|story|subject|issue)",
            "more (stories|news|articles|posts|videos|headlines)( from [\\p{L}\\d.' -]{1,30})?",
            "more (from|in) [\\p{L}\\d.' -]{1,30}",
            "latest( (articles|news|posts|stories|videos|headlines))?", "recent (posts|articles|stories|news)",
            "most (read|popular|viewed|shared|commented)( (articles|stories|posts))?",
            "popular (posts|articles|stories)", "trending( now| stories| news)?",
            "recommended( for you| articles| stories| reading)?", "top stories", "editor'?s'? picks",
            "don'?t miss", "other (articles|stories|news)", "similar (articles|posts|stories)",
            // German
            "mehr zum thema", "mehr (aus|von|vom|zu|zur|im|in) [\\p{L}\\d.' -]{1,30}",
            "mehr (artikel|beiträge|news|nachrichten|themen|dazu)",
            "(auch|ebenfalls) interessant", "das (könnte|dürfte) (sie|dich) (auch )?interessieren",
            "(verwandte|ähnliche|passende) (artikel|beiträge|themen|inhalte|rezepte|nachrichten)",
            "weitere (artikel|beiträge|nachrichten|news|themen|meldungen)( (zum|zu diesem) thema)?",
            "(neueste|neuste|aktuelle|letzte|neue) (artikel|beiträge|nachrichten|news|meldungen)",
            "meistgelesen(e)?( (artikel|beiträge))?", "beliebte (artikel|beiträge)", "schon gelesen",
            "lesen sie (auch|mehr|weiter)", "auch lesenswert", "kommentierte artikel", "empfehlungen",
            "top-?(artikel|themen|news)",
            // Spanish
            "lo (último|más leído|más visto)", "(noticias|artículos|notas) relacionad[oa]s", "relacionad[oa]s",
            "(también )?(te|le) (puede|pueden|podría) interesar", "lee también", "más (noticias|leídas|leído|vistas)",
            "otras noticias", "últimas noticias",
            // Portuguese
            "(leia|veja) também", "(notícias|matérias) relacionadas", "mais (lidas|notícias)", "últimas notícias",
            // French
            "(à )?lire aussi", "à (voir|lire) (aussi|également)", "sur le même sujet",
            "(articles|sujets) (similaires|liés|associés)", "vous aimerez (peut-être )?aussi", "(les )?plus lus",
            "dans la même rubrique", "(les )?derniers articles",
            // Italian
            "leggi anche", "articoli correlati", "potrebbe interessarti", "(gli )?ultimi articoli", "(i )?più letti",
            // Polish
            "(czytaj|przeczytaj) (także|też|również|więcej)", "zobacz (też|także|również)",
            "(podobne|powiązane|inne) (artykuły|wpisy)", "najnowsze( (artykuły|wpisy))?", "polecane( artykuły)?",
            "najczęściej czytane",
            // Dutch
            "lees (ook|meer)", "gerelateerde artikelen", "meer nieuws",
            // prompts: share, follow, comment, rate
            "share( (this|the))?( (article|story|post|page))?( (on|with|via)( [\\p{L}.+]{1,20})?)?",
            "follow us( on [\\p{L}.+]{1,20})?", "no comments( yet)?", "leave a (comment|reply)",
            "(was|is) this (article |page |post )?(helpful|useful)", "rate this (article|post|story|recipe)",
            "((diesen|den) )?((artikel|beitrag|news|seite|text) )?teilen", "(jetzt|mit freunden) teilen",
            "möchten sie (den|diesen) (artikel|beitrag) teilen", "war (der|dieser) (artikel|beitrag|text) (nützlich|hilfreich)",
            "(noch )?keine (kommentare|bewertungen)", "folgen sie uns( auf [\\p{L}.+]{1,20})?",
            "diskutieren sie mit( uns)?",
            "compart(ir|e)( (esta|este) (nota|artículo|noticia))?", "síguenos( en [\\p{L}.+]{1,20})?", "sin comentarios",
            "compartilhe( (esta|este) (notícia|matéria|artigo))?", "(nos siga|siga-nos) (no|nas|em)( [\\p{L}.+]{1,20})?",
            "partager( (cet|l') ?article)?( sur [\\p{L}.+]{1,20})?", "suivez-nous( sur [\\p{L}.+]{1,20})?",
            "aucun commentaire", "condividi( (questo|l') ?articolo)?", "seguici( su [\\p{L}.+]{1,20})?",
            "udostępnij( artykuł)?", "brak komentarzy", "deel (dit|deze) (artikel|pagina|bericht)"));
    /** Marks around a title: "» Read also:", "Related articles ›". */
    private static final Pattern EDGE_MARKS = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A title is a short line. */
    private static final int MAX_TITLE_CHARS = 60;
    /** A line long enough to be a sentence rather than a label ("News", "Video"). */
    private static final int MIN_LINE_CHARS = 20;

    private TitledFurniture() {
    }

    /** Whether a line titles furniture ("Related articles:", "» Mehr zum Thema", "Share this article"). */
    static boolean isTitle(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_TITLE_CHARS) {
            return false;
        }
        text = SPACES.matcher(EDGE_MARKS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ");
        return TITLE.matcher(text).matches();
    }

    /**
     * Removes the furniture {@link #isTitle titled} as such from the page.
     *
     * @param body               the page's body
     * @param totalParagraphText the page's paragraph text, for the share a box may hold
     * @param counts             the page's text counts (too high for blocks that lost furniture since: they are
     *                           then less likely to be taken for a box)
     * @param holdingMainContent the page's main landmark and the blocks around it, never a box
     * @param removals           removes each box, keeping where it was for the counts of the page after it
     */
    static void remove(Element body, int totalParagraphText, TextCounts counts, java.util.Set<Element> holdingMainContent,
            TextCounts.Removals removals) {
        List<Element> titles = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && t.parent() instanceof Element parent
                        && t.getWholeText().length() <= MAX_TITLE_CHARS * 2 && !t.isBlank()
                        && isTitle(t.text()) && parent.closest("a") == null) {
                    titles.add(parent);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        if (titles.isEmpty()) {
            return;
        }
        for (Element title : titles) {
            if (!attached(title, body)) {
                continue; // went with an earlier box
            }
            Element line = wholeLine(title, body);
            if (line == null) {
                if (titlesItsLinks(title)) {
                    removals.remove(title); // "Related Stories: <a>Storm batters coast</a>": the title and its links in one line
                }
                continue; // otherwise the words are part of a longer line
            }
            Element box = boxOpenedBy(line, body, counts, totalParagraphText, holdingMainContent);
            if (proseFollows(line, box == line ? line.parent() : box)) {
                continue; // a section of the story under a title of that kind ("More on this topic: ...")
            }
            if (box != line) {
                removals.remove(box);
            } else {
                removeWithLinksAfter(line, counts, removals);
            }
        }
    }

    /**
     * Whether the element is one line of a title and links alone: its text is the title followed by the
     * text of its links and nothing else ("Related Stories: Storm batters coast", "Read more: ...").
     */
    private static boolean titlesItsLinks(Element element) {
        StringBuilder rest = new StringBuilder();
        boolean titled = false;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                if (t.isBlank() || titled && EDGE_MARKS.matcher(t.text()).matches()) {
                    continue; // spaces, and marks between the links ("A, B | C")
                }
                if (titled || !isTitle(t.text())) {
                    return false; // words outside the title and the links: a sentence of the story
                }
                titled = true;
            } else if (child instanceof Element e && e.normalName().equals("a") && titled) {
                rest.append(e.text());
            } else if (!(child instanceof Element e && e.normalName().equals("br"))) {
                return false;
            }
        }
        return titled && !rest.toString().isBlank();
    }

    /** The outermost element whose whole text is the title's, from the title's own element up; null if none. */
    private static Element wholeLine(Element title, Element body) {
        String text = title.text().strip();
        if (!isTitle(text)) {
            return null;
        }
        Element line = title;
        while (line.parent() != null && line.parent() != body && line.parent().text().strip().equals(text)) {
            line = line.parent();
        }
        return line;
    }

    /**
     * The outermost block that opens with {@code line} (nothing with text before it) and is small enough to
     * be a box; {@code line} itself when none is.
     */
    private static Element boxOpenedBy(Element line, Element body, TextCounts counts, int totalParagraphText,
            java.util.Set<Element> holdingMainContent) {
        Element box = line;
        for (Element up = line; up.parent() != null && up.parent() != body && opensWith(up.parent(), up); up = up.parent()) {
            Element candidate = up.parent();
            if (holdingMainContent.contains(candidate) || counts.paragraphText(candidate) * 3 >= totalParagraphText
                    || candidate.normalName().equals("article") || candidate.normalName().equals("main")) {
                break;
            }
            box = candidate;
        }
        return box;
    }

    /** Whether {@code child} comes first among the parent's children that hold text. */
    private static boolean opensWith(Element parent, Element child) {
        for (Node n : parent.childNodes()) {
            if (n == child) {
                return true;
            }
            if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element e && e.hasText()) {
                return false;
            }
        }
        return false;
    }

    /** Removes the title line and the blocks after it while they are mostly links or hold no text. */
    private static void removeWithLinksAfter(Element line, TextCounts counts, TextCounts.Removals removals) {
        List<Element> gone = new ArrayList<>();
        gone.add(line);
        for (Element next = line.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            int text = counts.textAtLeast(next);
            if (text > 0 && counts.linkText(next) * 2 < text) {
                break;
            }
            gone.add(next);
        }
        gone.forEach(removals::remove);
    }

    /**
     * Whether the title is followed by prose: the first thing with text after it, inside {@code within}, is a
     * line or paragraph of some length with no link in it ("More on this topic" over a paragraph of the
     * story). A box of other stories goes on with links, a list, or teasers.
     */
    private static boolean proseFollows(Element line, Element within) {
        for (Node at = line; at != null && at != within; at = at.parent()) {
            for (Node next = at.nextSibling(); next != null; next = next.nextSibling()) {
                if (next instanceof TextNode t && !t.isBlank()) {
                    return t.text().strip().length() >= MIN_LINE_CHARS;
                }
                if (next instanceof Element e && e.hasText()) {
                    return e.normalName().equals("p") && e.text().length() >= MIN_LINE_CHARS
                            && e.selectFirst(HtmlExtractor.evaluator("a")) == null;
                }
            }
        }
        return false;
    }

    /** Whether the element is still in the page (not inside a box removed before). */
    private static boolean attached(Element e, Element body) {
        Element up = e;
        while (up != null && up != body) {
            up = up.parent();
        }
        return up == body;
    }
}

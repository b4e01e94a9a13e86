package io.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A gallery page tells its story in the captions of its pictures ("Last-minute costume idea right here!
 * What you need: ..." under each of 40 photos). Captions are otherwise no text of the article (a credit,
 * a line on what the picture shows), so the extractor drops every {@code <figcaption>}; on a gallery page
 * that would leave nothing but the introduction. A page is a gallery when at least {@link #MIN_CAPTIONS}
 * of its captions are long ({@link #LONG_CAPTION} characters, a paragraph rather than a label) and those
 * together hold more text than the page's paragraphs outside captions. Its long captions are then read
 * as paragraphs; its short ones still go.
 */
final class GalleryCaptions {

    static final int MIN_CAPTIONS = 3;
    static final int LONG_CAPTION = 100;

    private GalleryCaptions() {
    }

    /** On a gallery page, turns each long caption into a paragraph, in place; other pages are left as they are. */
    static void keepOnGalleryPage(Element body) {
        List<Element> captions = body.getElementsByTag("figcaption");
        if (captions.size() < MIN_CAPTIONS) {
            return;
        }
        List<Element> longCaptions = new ArrayList<>();
        int captionText = 0;
        for (Element caption : captions) {
            int length = caption.text().length();
            if (length >= LONG_CAPTION && caption.parents().stream().noneMatch(p -> p.normalName().equals("figcaption"))) {
                longCaptions.add(caption);
                captionText += length;
            }
        }
        if (longCaptions.size() < MIN_CAPTIONS || captionText <= paragraphTextOutsideCaptions(body)) {
            return;
        }
        for (Element caption : longCaptions) {
            // a caption made of paragraphs is a block holding them; one of plain text is a paragraph itself
            caption.tagName(caption.getElementsByTag("p").isEmpty() ? "p" : "div");
            // its class names it a caption, which would mark it as furniture: here captions are the story
            caption.removeAttr("class");
        }
    }

    private static int paragraphTextOutsideCaptions(Element body) {
        int total = 0;
        for (Element p : body.getElementsByTag("p")) {
            if (p.parents().stream().noneMatch(a -> a.normalName().equals("figcaption"))) {
                total += p.text().length();
            }
        }
        return total;
    }
}

package io.storyline.server.follow;

import java.util.List;

/** Small invented feeds and news pages for the following tests: one story (a ferry terminal fire) told by several outlets. */
final class Feeds {

    private Feeds() {
    }

    /** An RSS item; {@code content} (content:encoded) and {@code description} may be null. */
    record Item(String guid, String title, String link, String pubDate, String description, String content) {
    }

    static String rss(String title, List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\n"
                + "<title>" + title + "</title><link>https://news.example/</link><description>news</description>\n");
        for (Item item : items) {
            xml.append("<item>");
            if (item.guid() != null) {
                xml.append("<guid isPermaLink=\"false\">").append(item.guid()).append("</guid>");
            }
            xml.append("<title>").append(item.title()).append("</title>");
            if (item.link() != null) {
                xml.append("<link>").append(item.link()).append("</link>");
            }
            xml.append("<pubDate>").append(item.pubDate()).append("</pubDate>");
            if (item.description() != null) {
                xml.append("<description><![CDATA[").append(item.description()).append("]]></description>");
            }
            if (item.content() != null) {
                xml.append("<content:encoded><![CDATA[").append(item.content()).append("]]></content:encoded>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    /** A news page with its outlet, headline, date and paragraphs. */
    static String page(String outlet, String headline, String date, List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>" + headline
                + "</title><meta property=\"og:site_name\" content=\"" + outlet + "\">"
                + "<meta property=\"article:published_time\" content=\"" + date + "T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + headline + "</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article><footer>Copyright</footer></body></html>").toString();
    }

    /** The fire story as one outlet tells it; {@code n} varies the details a little. */
    static List<String> fireStory(int n) {
        return List.of(
                "A fire swept through the ferry terminal in Port Wren on Tuesday night, forcing the evacuation of "
                        + (200 + n) + " passengers and closing the harbour crossing until further notice.",
                "Firefighters from three stations fought the blaze for four hours before bringing it under control,"
                        + " the Port Wren fire service said in a statement on Wednesday morning.",
                "The terminal's ticket hall and waiting room were destroyed, but the ferries moored at the quay were"
                        + " moved away from the flames and were not damaged, the harbour authority said.",
                "Investigators have not yet said what caused the fire, which started in a storage room behind the"
                        + " ticket hall shortly after the last evening sailing had left.",
                "Commuters who rely on the ferry were told to use the coastal road, adding about forty minutes to"
                        + " the journey between Port Wren and the island of Marl.");
    }

    /** About eighty words of the story, as a feed's content:encoded would carry it. */
    static String eightyWords() {
        return "<p>Harbour officials in Port Wren said on Thursday that the ferry terminal damaged by Tuesday's fire"
                + " will reopen next month in temporary buildings on the quay.</p><p>Ferries to the island of Marl"
                + " will resume on Saturday with a reduced timetable, the harbour authority said, and passengers"
                + " will buy tickets on board until the ticket hall is rebuilt. Investigators said the fire began"
                + " in a storage room behind the ticket hall and was probably caused by faulty wiring.</p>";
    }

    static String rfc822(int day) {
        return String.format("Tue, %02d Mar 2026 08:00:00 GMT", day);
    }
}

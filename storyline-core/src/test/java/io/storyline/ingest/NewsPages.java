package io.storyline.ingest;

/** Invented news pages for the ingestion tests. */
final class NewsPages {

    static final String PIER_STORY = "<p>The harbour board voted on Tuesday to close the old pier to traffic from "
            + "next spring, after engineers found rust in most of its supporting beams.</p>"
            + "<p>Fishing crews who moor there said they had not been asked, and would take the matter to the "
            + "council at its next sitting in March.</p>"
            + "<p>The board said a new pontoon would be built beside the ferry terminal within two years, paid for "
            + "by a levy on cruise ships calling at the port.</p>";

    static final String FERRY_STORY = "<p>Ferry crews on the Lindholm line walked out on Monday morning, halting "
            + "every crossing to the islands for the first time in a decade.</p>"
            + "<p>The union said the strike would last 48 hours unless the operator raised wages by six percent, "
            + "and that talks had broken down on Sunday night.</p>"
            + "<p>About 3,000 passengers a day use the crossing, most of them commuters and school pupils who now "
            + "face a long detour by road.</p>";

    private NewsPages() {
    }

    static String article(String headline, String site, String story) {
        return "<!DOCTYPE html><html><head><title>" + headline + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + site + "\">"
                + "<meta property=\"article:published_time\" content=\"2021-03-04T09:15:00Z\"></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                + "<article><h1>" + headline + "</h1>" + story + "</article>"
                + "<footer>Copyright Tidewater Media</footer></body></html>";
    }

    /** A section front: only headlines and links, no article. */
    static String frontPage() {
        StringBuilder links = new StringBuilder("<html><head><title>Tidewater Times</title></head><body><ul>");
        for (int i = 1; i <= 12; i++) {
            links.append("<li><a href=\"/story/").append(i).append("\">Headline number ").append(i).append("</a></li>");
        }
        return links.append("</ul></body></html>").toString();
    }
}

package io.storyline.server;

import java.nio.charset.StandardCharsets;

/**
 * The page a browser gets for a story, storyline or article the server does not hold: a 404 with a
 * readable message and a way back, needing no JavaScript (the web page's shell would answer 200 and
 * only then find, by script, that there is nothing to show). It looks as the page's own "Not found".
 */
final class MissingPage {

    private MissingPage() {
    }

    /** The page saying {@code message} (plain text; escaped here). */
    static byte[] html(String message) {
        String page = """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Not found · Storyline</title>
                <link rel="icon" href="data:,">
                <link rel="stylesheet" href="/assets/app.css">
                </head>
                <body>
                <header class="masthead">
                  <a class="brand" href="/">Storyline</a>
                </header>
                <main id="view">
                <h1>Not found</h1>
                <p class="muted">%s</p>
                <p><a href="/">Back to the front page</a></p>
                </main>
                </body>
                </html>
                """.formatted(escape(message));
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

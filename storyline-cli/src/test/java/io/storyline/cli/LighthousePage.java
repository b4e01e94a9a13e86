package io.storyline.cli;

/** An invented news page with metadata, furniture and an inline script (storyline-eval's tests use it too). */
public final class LighthousePage {

    public static final String HTML = """
            <!DOCTYPE html><html><head><title>Lighthouse keeper retires | Northern Light</title>
            <meta property="og:site_name" content="Northern Light">
            <link rel="canonical" href="https://northern-light.example/2022/06/01/keeper">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Lighthouse keeper retires",
             "datePublished":"2022-06-01T07:30:00+02:00","author":{"@type":"Person","name":"Mara Holm"}}</script>
            </head><body><nav><a href="/">Front page</a></nav><article><h1>Lighthouse keeper retires</h1>
            <p>The last keeper of the Skerry light handed over its keys on Wednesday after thirty-one years on the rock.</p>
            <p>The light has been automatic since 2009, but the coast authority kept a keeper for repairs and visitors.</p>
            <script>trackReader()</script></article><footer>All rights reserved</footer></body></html>
            """;

    private LighthousePage() {
    }
}

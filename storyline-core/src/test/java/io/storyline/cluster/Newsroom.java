package io.storyline.cluster;

import io.storyline.model.Article;

import java.time.LocalDate;

/** Hand-written articles for the clustering tests. */
final class Newsroom {

    private Newsroom() {
    }

    static Article article(String id, String outlet, String date, String title, String text) {
        return new Article(id, outlet, null, title, date == null ? null : LocalDate.parse(date), text, id);
    }

    static Article quake(String id, String outlet, String date, String town) {
        return article(id, outlet, date, "Earthquake shakes " + town,
                "A strong earthquake struck " + town + " early on Monday, collapsing houses in the old quarter. "
                        + "Rescuers in " + town + " dug through rubble for survivors as aftershocks rattled the valley. "
                        + "The mayor of " + town + " said the epicentre lay beneath the Varnel ridge.");
    }

    static Article ferry(String id, String outlet, String date) {
        return article(id, outlet, date, "Ferry strike halts Lisk crossings",
                "Ferry crews on the Lisk crossing walked out over wages, stranding hundreds of lorries at Brannock "
                        + "port. The union said the Lisk strike would last until the operator Calloway Lines reopened "
                        + "pay talks. Calloway Lines called the walkout at Brannock unlawful.");
    }
}

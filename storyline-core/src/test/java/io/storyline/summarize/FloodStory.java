package io.storyline.summarize;

import io.storyline.model.Article;

import java.time.LocalDate;
import java.util.List;

/** A small invented story told by three outlets, for the summarizer's tests. */
final class FloodStory {

    private FloodStory() {
    }

    static final Article VALLEY_POST = new Article("valley-post", "Valley Post", "https://valleypost.example/flood",
            "River Tamsin floods the lower town", LocalDate.of(2026, 3, 3), """
            The River Tamsin burst its banks in Eastmere on Monday night, flooding more than 200 homes in the lower town.
            Emergency crews evacuated about 600 residents to the sports hall on Hill Road before midnight.
            Mayor Ruth Calder said the town had not seen water this high since 1987.
            "We will help every family that lost its home," Calder told reporters at the town hall.
            The regional weather office had warned of heavy rain across the valley for three days.
            Schools in the lower town will stay closed until Friday, the council said.
            """, "valley-post.txt");

    static final Article RIVER_NEWS = new Article("river-news", "River News", null,
            "Hundreds leave homes as Tamsin overflows", LocalDate.of(2026, 3, 3), """
            More than 200 homes in Eastmere's lower town were flooded on Monday night when the River Tamsin burst its banks.
            About 600 people were evacuated by emergency crews to the Hill Road sports hall.
            Two fishermen were rescued from the roof of a boathouse by a coast guard helicopter.
            The rail line to Northbridge was closed after water covered the tracks near the station.
            Mayor Ruth Calder said the water was the highest the town had seen since 1987.
            """, "river-news.txt");

    static final Article DAILY_WIRE = new Article("daily-wire", "Daily Wire Service", null,
            "Eastmere counts the cost of the Tamsin flood", LocalDate.of(2026, 3, 4), """
            Eastmere began to count the cost of the flood on Tuesday as the River Tamsin slowly fell back.
            Insurers estimated the damage at 40 million euros across the lower town.
            The rail line to Northbridge reopened on Tuesday afternoon after engineers checked the tracks.
            Residents returned to mud-filled houses and ruined furniture along the river front.
            The council said a relief fund for flooded families would open on Wednesday.
            """, "daily-wire.txt");

    static List<Article> articles() {
        return List.of(VALLEY_POST, RIVER_NEWS, DAILY_WIRE);
    }
}

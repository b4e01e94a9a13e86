package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.InventedStory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented pages about a harbour closure, with each layout's lines run together the way scrapes of
 * news sites leave them: headline, standfirst, caption or time stamp before the first sentence.
 */
class FusedLinesTest {

    /** The story's own text, which tells ordinary words ("rescue", "large") from names ("Kelby"). */
    private static final FusedLines STORY = FusedLines.of(InventedStory.articles("Outlet", LocalDate.of(2024, 3, 4),
            "Large crowds gathered at the Kelby harbour as rescue teams searched the water. "
                    + "The rescue went on all night and large boats joined the rescue at dawn. "
                    + "A large crane and two rescue boats waited at the Gulf Coast port while millions watched. "
                    + "Rescue crews said millions of litres of fuel had leaked and a large slick reached the beaches. "
                    + "Millions of people watched the rescue as Gulf Coast beaches closed. "
                    + "Fishermen said millions of fish died and millions more would die."));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a headline and a standfirst in front of the first sentence (a BBC page)
        "Kelby harbour closed: ships stranded The closure is the first in fifty years There are reports of ships "
                + "waiting outside the breakwater.|There are reports of ships waiting outside the breakwater.",
        // a headline, then a caption (a BBC page)
        "Ferry captain says crew were told to leave Captain Moss, shown here in March, joined the ferry in 2019 A "
                + "second deckhand has told the inquiry the crew left the bridge.|A second deckhand has told the inquiry "
                + "the crew left the bridge.",
        // a title-case headline (a Fox News page)
        "Massive Fuel Spill Washes Ashore in the Bay Millions of litres of fuel have leaked into the bay from the "
                + "wreck.|Millions of litres of fuel have leaked into the bay from the wreck.",
        // a time stamp and a caption (a Guardian page)
        "Harbour closes as storm nears Sunday 3 March 2024 10.40 BST A couple wearing coats watch the waves "
                + "break over the quay.|A couple wearing coats watch the waves break over the quay.",
        // a headline before a sentence opening with a subordinate clause (a Washington Post page)
        "Cleaning up the harbour spill While the work to raise the wreck is hard, cleaning up the fuel needs "
                + "mostly manual labour.|While the work to raise the wreck is hard, cleaning up the fuel needs mostly "
                + "manual labour.",
        // a lower-case line end, then an ordinary capitalized word beginning the sentence (a CNN page)
        "Two divers are still missing in the harbour Rescue teams searched the water off Kelby through the night."
                + "|Rescue teams searched the water off Kelby through the night.",
        // a title-case headline before a sentence opening on "Both" (a Washington Post blog)
        "Handling the Harbour Crisis : 10 Bright -LRB- Practical -RRB- Ideas Both the mayor and the harbour master "
                + "spoke about the closure yesterday.|Both the mayor and the harbour master spoke about the closure "
                + "yesterday.",
        // an interview's standfirst naming its interviewer, run into the first quotation (a Guardian profile)
        "Which makes her the ideal person to run the harbour, she tells Anna Berg `` I have always loved ships , '' "
                + "says Mari Tamm.|`` I have always loved ships , '' says Mari Tamm.",
        // a headline ending on its single-quoted words, then the sentence (a BBC page)
        "Harbour was warned of crack 'weeks before closure' A diver said he reported a crack in the quay wall "
                + "weeks before.|A diver said he reported a crack in the quay wall weeks before.",
        // the same, the closing mark set apart from its word as the Penn Treebank sets it
        "Harbour was warned of crack 'weeks before closure ' A diver said he reported a crack in the quay wall "
                + "weeks before.|A diver said he reported a crack in the quay wall weeks before.",
        // the same, the opening mark after two spaces, as a backtick and its space are marked (a Guardian page)
        "Now they call it  'unprecedented ' Six weeks ago the harbour master dismissed the risk of a crack, it "
                + "emerged yesterday.|Six weeks ago the harbour master dismissed the risk of a crack, it emerged yesterday.",
        // a headline before a sentence opening on "Like" (a Guardian comment page)
        "The harbour master is a hero Like the captains of old, Ivo Saar stayed on the quay until the last ship left."
                + "|Like the captains of old, Ivo Saar stayed on the quay until the last ship left.",
        // a topic's label and headline before a lead that names the topic again (a Guardian page)
        "Kelby harbour closure: the official inquiry report Kelby's harbour board has published its own account of "
                + "the closure.|Kelby's harbour board has published its own account of the closure.",
        // a headline without a stop before a sentence opening on "On" and its day (a BBC page)
        "Captain Moss denies any blame On 8 February, 2024, Captain Moss appeared before the inquiry in Kelby."
                + "|On 8 February, 2024, Captain Moss appeared before the inquiry in Kelby.",
    })
    void keepsTheSentenceAfterTheFusedLines(String fused, String sentence) {
        assertThat(STORY.lastSentence(fused)).isEqualTo(sentence);
    }

    @Test
    void aStartersLetterAfterAWordTheStoryWritesBeforeCapitalsIsNoSeam() {
        FusedLines flu = FusedLines.of(InventedStory.articles("Outlet", LocalDate.of(2024, 3, 4),
                "Doctors confirmed three cases of influenza A in the port. The influenza A strain spread to the "
                        + "island. Tests for influenza A were sent to the capital. Nurses said the influenza season began."));
        String sentence = "The virus is an influenza A virus, carrying the designation H1N1 and spreading between people.";
        assertThat(flu.lastSentence(sentence)).isEqualTo(sentence);
        assertThat(flu.lastSentence("Flu cases rise in the port A nurse said the ward had filled with patients overnight."))
                .isEqualTo("A nurse said the ward had filled with patients overnight.");
        String strain = "The test was negative, but the island has confirmed its first case of the new influenza A (H1N1) "
                + "strain, which has spread to the port.";
        assertThat(STORY.lastSentence(strain)).as("a type's letter before its code in brackets").isEqualTo(strain);
        assertThat(STORY.leadOfParagraph(strain)).isEqualTo(strain);
        assertThat(flu.lastSentence("Tests for influenza The nurses said the ward had filled with patients overnight."))
                .as("a starter word is a seam whatever precedes it").isEqualTo("The nurses said the ward had filled with "
                        + "patients overnight.");
    }

    @Test
    void aLetterTheStoryWritesAfterTheWordNamesAType() {
        // "influenza" is followed by a lower-case word more often than by "A", but "influenza A" is the story's own name
        FusedLines flu = FusedLines.of(InventedStory.articles("Outlet", LocalDate.of(2024, 3, 4),
                "Doctors confirmed three cases of influenza A in the port. The influenza virus spread to the island. "
                        + "Tests for influenza A were sent to the capital. Nurses said the influenza season began. "
                        + "The influenza pandemic plan was opened. The strain is an influenza A strain. "
                        + "Influenza vaccines ran short and influenza wards filled."));
        String sentence = "The virus is an influenza A virus, carrying the designation H1N1 and spreading between people.";
        assertThat(flu.lastSentence(sentence)).isEqualTo(sentence);
        assertThat(flu.lastSentence("Flu cases rise in the port A nurse said the ward had filled with patients overnight."))
                .isEqualTo("A nurse said the ward had filled with patients overnight.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The rescue was reported in The Kelby Herald on Monday as the harbour reopened.",
        "A large crane lifted the wreck while Gulf Coast beaches stayed closed to swimmers.",
        "Rescue crews said that Kelby Harbour Authority officials ordered the boats out of the water.",
        "The ferry left the harbour at dawn and reached the island by noon on Sunday.",
        "Crowds cheered as the captain of the ferry said The Last Voyage was his favourite film.",
        "The harbour master had been criticised for helping to  'out ' Kelby as the port that leaked the fuel.",
        "The closure was ordered by the harbour master The Royal Harbour in Kelby, Tarn.",
        "The Kelby Harbour Bridge will remain closed for a month after divers found cracks.",
        "The mayor and the harbour master both said the closure would last a week, she tells the inquiry.",
        "The crew watched the film Carry On Sailing twice before the storm reached the harbour.",
        "The crew watched the film Feels Like Sailing twice before the storm reached the harbour.",
        "Kelby: the town that waited a week for its ferry while Kelby officials argued about the quay wall.",
        "Kelby harbour: the town waited a week for its ferry and the mayor asked Kelby officials to open the quay before the storm.",
    })
    void leavesASentenceWithoutSeamsWhole(String sentence) {
        assertThat(STORY.lastSentence(sentence)).isEqualTo(sentence);
    }

    /**
     * A harbour story whose text ends lines and clauses on "quay" and "Kelby" and never writes a capital
     * after them, and names people after "minister".
     */
    private static final FusedLines HARBOUR = FusedLines.of(InventedStory.articles("Outlet", LocalDate.of(2024, 3, 4),
            "Ships waited at the quay. Crowds gathered on the quay, and tugs left the quay. "
                    + "Divers searched the water off Kelby. The ferries of Kelby, the town said, would wait. "
                    + "The harbour minister Ivo Saar visited the quay. The minister Ivo Saar said the port at Kelby "
                    + "would reopen. Officials told the minister Anna Mets about the closure of the quay.\n"
                    + "The town of Kelby waited."));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a caption ending on a word that ends lines, then the lead (a BBC page)
        "Tugs wait beside the closed quay Harbour officials have ordered all tankers out of the bay until Friday."
                + "|Harbour officials have ordered all tankers out of the bay until Friday.",
        // a caption ending on a place, then the lead
        "Tugs wait at the quay in Kelby Ferries have been told to stay in port until the storm has passed."
                + "|Ferries have been told to stay in port until the storm has passed.",
        // a caption ending on a name, the lead opening on the same name
        "The meeting was the first between the minister and Tarnport Tarnport executives have met the harbour "
                + "master in Kelby.|Tarnport executives have met the harbour master in Kelby.",
        // a headline whose first words the lead repeats
        "Harbour master Ivo Saar resigns Harbour master Ivo Saar has resigned over the closure of the port."
                + "|Harbour master Ivo Saar has resigned over the closure of the port.",
        // a headline, then a video's caption quoting its speaker
        "Saar defends the closure Ivo Saar: \"We had no choice\" The harbour master has defended his decision to "
                + "close the port.|The harbour master has defended his decision to close the port.",
        // a headline quoting as headlines do, then a lead opening on a name after a line-ending word
        "Ferry crew left 'shaken and bewildered' by the closure of the quay Kelby police have questioned the "
                + "harbour master about the crack.|Kelby police have questioned the harbour master about the crack.",
    })
    void aParagraphsOpeningLosesTheCaptionAndHeadlineAboveIt(String fused, String lead) {
        assertThat(HARBOUR.leadOfParagraph(fused)).isEqualTo(lead);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a role before a name is an apposition, not a seam
        "The former harbour minister Ivo Saar has resigned over the closure of the port at Kelby.",
        // a day after a line's last word is the sentence's own
        "Tugs were still waiting beside the closed quay Monday as the storm passed over the bay.",
        // a clause with a comma is a sentence, not a page's line
        "The board apologized to the town on Thursday, saying it had closed the quay Ferries Ltd had leased for "
                + "a week.",
        // too few words above the seam for a caption or a headline
        "Beside the quay Harbour officials have ordered all tankers out of the bay until Friday.",
        // words quoted inside the sentence, and a comma after the quotation, are the sentence's own
        "The mayor called the closure of the quay 'a dark day', and Kelby police have questioned the harbour master.",
    })
    void aParagraphWithoutPageLinesStaysWhole(String sentence) {
        assertThat(HARBOUR.leadOfParagraph(sentence)).isEqualTo(sentence);
    }

    @Test
    void aSpanOfTimeOpeningTheLeadStaysWithIt() {
        // "ago" and "day" end clauses in this story and are never followed by a capital
        FusedLines story = FusedLines.of(InventedStory.articles("Outlet", LocalDate.of(2024, 3, 4),
                "The quay closed a week ago. Ferries stopped two days ago, and tugs left an hour ago. Divers came a "
                        + "month ago. It was a dark day. Crowds came on the first day, and tugs left that day."));
        assertThat(story.leadOfParagraph("Now they call it a dark day Twelve months ago Tarnport dismissed the risk of a "
                + "crack in the quay wall, it emerged yesterday."))
                .isEqualTo("Twelve months ago Tarnport dismissed the risk of a crack in the quay wall, it emerged yesterday.");
    }

    @Test
    void anEntryShowsTheLeadWithoutTheCaptionFusedInFrontOfIt() {
        // the rest of the story's coverage ends its lines on "quay" too (the caption's own seam is one use in 20)
        var articles = InventedStory.articles("Outlet", LocalDate.of(2024, 3, 4),
                "Tugs wait beside the closed quay Harbour officials have ordered all tankers out of the bay "
                        + "for a week.\nShips waited at the quay. Crowds gathered on the quay, and tugs left the quay. "
                        + "Divers searched the water beside the quay all day.",
                String.join(" ", java.util.Collections.nCopies(20, "Tugs left the quay.")));
        var timeline = new TimelineBuilder(new TimelineOptions(1, 4, List.of())).build(articles);
        assertThat(timeline.entries().get(0).sentences()).extracting(s -> s.text())
                .contains("Harbour officials have ordered all tankers out of the bay for a week.")
                .noneMatch(t -> t.startsWith("Tugs wait"));
    }
}

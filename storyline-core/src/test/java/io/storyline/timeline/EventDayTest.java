package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.time.TimeExpressions;
import io.storyline.analyze.time.TimeReference;
import io.storyline.model.Article;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDayTest {

    private static final LocalDate THURSDAY = LocalDate.of(2010, 1, 14);
    private final TimeExpressions resolver = new TimeExpressions();

    private LocalDate eventDay(String sentence) {
        List<TimeReference> days = resolver.resolve(sentence, THURSDAY).stream().filter(TimeReference::isDay).toList();
        TimeReference governing = EventDay.governing(sentence, days);
        return governing == null ? null : governing.date();
    }

    @Test
    void aDayNamedInPassingDoesNotDateTheSentence() {
        assertThat(eventDay("Aid reached the capital on Wednesday after Tuesday's earthquake."))
                .isEqualTo(LocalDate.of(2010, 1, 13));
        assertThat(eventDay("Survivors have slept in the streets since Monday.")).isNull();
        assertThat(eventDay("Rescuers freed a girl on Wednesday, the first since Tuesday's quake."))
                .isEqualTo(LocalDate.of(2010, 1, 13));
        assertThat(eventDay("The port was busier than on 4 January, officials said on Wednesday."))
                .isEqualTo(LocalDate.of(2010, 1, 13));
        assertThat(eventDay("Victims of Tuesday's earthquake queued for water.")).isNull();
        assertThat(eventDay("Hundreds have been killed since the army agreed on Monday to withdraw.")).isNull();
        assertThat(eventDay("Since the curfew began on Monday, soldiers have stormed three towns.")).isNull();
        assertThat(eventDay("The mayor said the city would add a free ferry starting Friday.")).isNull();
        assertThat(eventDay("New rules for lorries on the bridge come into force effective Monday.")).isNull();
    }

    @Test
    void aDayInARelativeClauseGivesWayToTheSentencesOwn() {
        LocalDate saturday = LocalDate.of(2026, 3, 14);
        String cracks = "The bridge will remain closed for a month after divers found cracks in the pier that the "
                + "ship hit on Tuesday night, city officials said Friday.";
        List<TimeReference> days = resolver.resolve(cracks, saturday).stream().filter(TimeReference::isDay).toList();
        assertThat(EventDay.governing(cracks, days).date()).isEqualTo(LocalDate.of(2026, 3, 13));
        String alone = "The quake, which struck on Tuesday, killed thousands.";
        days = resolver.resolve(alone, saturday).stream().filter(TimeReference::isDay).toList();
        assertThat(EventDay.governing(alone, days).date()).isEqualTo(LocalDate.of(2026, 3, 10));
        String said = "Officials said that the ship hit the pier on Tuesday.";
        days = resolver.resolve(said, saturday).stream().filter(TimeReference::isDay).toList();
        assertThat(EventDay.inRelativeClause(said, days.get(0))).isFalse();
    }

    @Test
    void aDayInAClauseOfTimeInThePluperfectIsOfAnEarlierEvent() {
        assertThat(eventDay("The governor accused the ministry of hiding the outbreak until after the premier, "
                + "the party's leader, had visited the province on Monday.")).isNull();
        assertThat(eventDay("The harbour reopened before the inspectors had finished their survey on Monday."))
                .isNull();
        assertThat(eventDay("The inspectors had finished their survey on Monday, officials said."))
                .as("a pluperfect main clause keeps its day").isEqualTo(LocalDate.of(2010, 1, 11));
    }

    @Test
    void aRelativeClauseDatesTheSentenceOnlyAfterItsBareSubject() {
        assertThat(eventDay("Health officials are testing a traveller from the coast who returned from abroad on "
                + "Monday, and a second traveller who also returned.")).isNull();
        assertThat(eventDay("In his first comment on the flood, in which 40 people died on Monday, the mayor said "
                + "the dams had held.")).isNull();
        assertThat(eventDay("The quake, which struck on Tuesday, killed thousands."))
                .isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(eventDay("Soldiers killed four people in protests that broke out in the port on Monday, "
                + "setting off the worst unrest in years.")).as("a main verb in the past before the clause")
                .isEqualTo(LocalDate.of(2010, 1, 11));
    }

    @Test
    void aDayInAnAfterDoingClauseIsOfTheEarlierDeed() {
        assertThat(eventDay("The champion had little trouble and after beating her rival in Monday's opener was "
                + "just as strong on Wednesday.")).isEqualTo(LocalDate.of(2010, 1, 13));
        assertThat(eventDay("The army withdrew from the valley after shelling the town on Monday.")).isNull();
        assertThat(eventDay("After the talks, the army withdrew from the valley on Monday."))
                .as("no deed of its own before the day").isEqualTo(LocalDate.of(2010, 1, 11));
        assertThat(eventDay("After meeting the generals on Monday, the president called for a ceasefire."))
                .as("a fronted clause sets the scene").isEqualTo(LocalDate.of(2010, 1, 11));
        assertThat(eventDay("The president called for a ceasefire after meeting the generals yesterday."))
                .as("a day word tells the same day's sequence").isEqualTo(LocalDate.of(2010, 1, 13));
    }

    @Test
    void aClauseOfPlaceBeforeAStateInThePresentDoesNotDateIt() {
        assertThat(eventDay("The unrest in the north, where a monitoring group said on Tuesday 40 people have "
                + "been killed, has deep roots in the region's history.")).isNull();
        assertThat(eventDay("The unrest in the north, where a monitoring group said on Tuesday 40 people have "
                + "been killed, reached the capital.")).as("a finished event after the clause")
                .isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(eventDay("The quake, which struck on Tuesday, has left thousands homeless.")).isNull();
        assertThat(eventDay("Aid reached the island slowly, where Tuesday's quake has left as many as 45,000-50 ,000 "
                + "dead.")).as("a comma inside a figure closes no clause").isNull();
        assertThat(eventDay("Police went to the harbour where the ferry sank on Tuesday.")).isNull();
    }

    @Test
    void aRelativeClauseThatEndsTheSentenceDoesNotDateIt() {
        assertThat(eventDay("Aid has begun to reach the victims of the earthquake which shook the island on Tuesday afternoon."))
                .isNull();
        assertThat(eventDay("The statement was read by his deputy in place of the chairman, who last night cancelled "
                + "his first public appearance since the collapse.")).isNull();
        assertThat(eventDay("The quake, which struck on Tuesday, killed thousands.")).isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(eventDay("Our correspondent reports that the three engineers were aboard the ferry on Tuesday."))
                .as("'reports that' opens what was reported, not a relative clause").isEqualTo(LocalDate.of(2010, 1, 12));
    }

    @Test
    void anEventTheSentenceFollowsAndTheStartOfARangeDoNotDateIt() {
        assertThat(eventDay("Rescue teams have begun arriving on the island following the earthquake on Tuesday.")).isNull();
        assertThat(eventDay("Ferry shares climbed 8p following confirmation on Monday that the quay was safe."))
                .as("'following' needs no article before its event").isNull();
        assertThat(eventDay("Ferry shares climbed following talks on Monday, the exchange said on Wednesday."))
                .isEqualTo(LocalDate.of(2010, 1, 13));
        assertThat(eventDay("The ferry sailed after midnight on Monday.")).as("a bare 'after' sets a time of day")
                .isEqualTo(LocalDate.of(2010, 1, 11));
        assertThat(eventDay("Following lengthy talks on Monday, the port reopened its northern quay."))
                .as("a fronted 'following' phrase names the earlier event too").isNull();
        assertThat(eventDay("After the leak was found on Monday, the port closed its northern quay."))
                .isEqualTo(LocalDate.of(2010, 1, 11));
        assertThat(eventDay("Flights resumed after the eruption on Monday, the airline said on Wednesday."))
                .isEqualTo(LocalDate.of(2010, 1, 13));
        assertThat(eventDay("The patient is believed to have caught the virus while travelling between January 4-8."))
                .isNull();
        assertThat(eventDay("The survey of ferry passengers was conducted between December 15 and January 3 in ten ports."))
                .as("a span's last day is no day of what went on over it").isNull();
        assertThat(eventDay("The survey was conducted between Monday and Wednesday, the board said on Wednesday."))
                .as("a day after the span still dates the sentence").isEqualTo(LocalDate.of(2010, 1, 13));
        assertThat(eventDay("Talks between the port and the union broke down on Monday."))
                .as("'between' without a day opens no span").isEqualTo(LocalDate.of(2010, 1, 11));
        assertThat(eventDay("The bridge was shut from Monday to Wednesday for repairs."))
                .as("the range's start is no day of the sentence").isEqualTo(LocalDate.of(2010, 1, 13));
        assertThat(eventDay("The bridge was closed on Monday and reopened on Wednesday."))
                .isEqualTo(LocalDate.of(2010, 1, 11));
    }

    @Test
    void aDayInAnotherPartOfTheSentenceDoesNotDateIt() {
        assertThat(eventDay("In the weeks after the ferry sank on Monday, the company began hiring divers.")).isNull();
        assertThat(eventDay("The council had long prepared for yesterday's storm and far worse.")).isNull();
        assertThat(eventDay("Rescuers have reached the coast following Tuesday 's storm.")).as("tokenized possessive")
                .isNull();
        assertThat(eventDay("The harbour board welcomed Tuesday's ruling on the levy.")).isNull();
        assertThat(eventDay("These dunes are the nearest land to the spot where the ferry sank on Monday.")).isNull();
        assertThat(eventDay("The minister has ignored a January 3 ruling by the court to reopen the port.")).isNull();
        assertThat(eventDay("The mayor proposed that the port reopen by January 12, but the unions objected.")).isNull();
        assertThat(eventDay("The slowdown after January 4 was deeper than the last one.")).isNull();
    }

    @Test
    void aDayThatSetsTheSceneStillDatesIt() {
        assertThat(eventDay("In the January 12 election, voters backed the mayor.")).isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(eventDay("By Tuesday evening the fire was out.")).isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(eventDay("The roof was torn off by Tuesday's storm.")).isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(eventDay("Officials said Tuesday's storm cut power to the island.")).isEqualTo(LocalDate.of(2010, 1, 12));
    }

    @Test
    void theDayOfTheEventItselfStillDatesIt() {
        assertThat(eventDay("The quake struck south of the capital on Tuesday.")).isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(eventDay("Thousands died in Tuesday's earthquake.")).isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(eventDay("The ship hit the pier late Tuesday night.")).isEqualTo(LocalDate.of(2010, 1, 12));
    }

    private static Article article(String id, LocalDate published, String text) {
        return new Article(id, "Harbour " + id, null, "Bridge", published, text, id + ".txt");
    }

    @Test
    void aMorningQueueAfterANightCrashIsTheNextDay() {
        LocalDate wednesday = LocalDate.of(2026, 3, 11);
        List<Article> story = List.of(
                article("a", wednesday, "A container ship struck the harbour bridge late on Tuesday night. "
                        + "Commuter traffic queued through the northern tunnel back to the roundabout by 7:30 in the morning. "
                        + "Engineers began an inspection of the damaged bridge pier."),
                article("b", wednesday.plusDays(1), "The harbour bridge stayed closed on Thursday after Tuesday's ship strike. "
                        + "Divers examined the damaged bridge pier for cracks."),
                article("c", wednesday.plusDays(2), "The container ship that struck the bridge on Tuesday night was towed away. "
                        + "Ferries carried commuters across the harbour instead of the bridge."));
        Timeline timeline = new TimelineBuilder(new TimelineOptions(4, 3, List.of())).build(story);
        for (TimelineEntry entry : timeline.entries()) {
            entry.sentences().stream().filter(s -> s.text().contains("7:30 in the morning"))
                    .forEach(s -> assertThat(entry.date()).as(s.text()).isEqualTo(wednesday));
        }
        assertThat(timeline.entries()).anySatisfy(e -> assertThat(e.sentences())
                .anySatisfy(s -> assertThat(s.text()).contains("7:30 in the morning")));
    }

    @Test
    void aDayBeforeTheStoryThatOneArticleRecallsIsNotOneOfItsDays() {
        LocalDate wednesday = LocalDate.of(2010, 1, 13);
        List<Article> story = List.of(
                article("a", wednesday, "A powerful earthquake struck the island on Tuesday, toppling buildings. "
                        + "An earlier quake in the region was recorded on 4 January north of the peninsula."),
                article("b", wednesday.plusDays(1), "Rescue teams searched the rubble of the island capital on Thursday. "
                        + "The earthquake on Tuesday flattened the cathedral and the parliament."),
                article("c", wednesday.plusDays(2), "Aid flights landed at the island airport on Friday. "
                        + "The quake that struck on Tuesday left a million people homeless."));
        Timeline timeline = new TimelineBuilder(new TimelineOptions(5, 2, List.of())).build(story);
        assertThat(timeline.entries()).extracting(TimelineEntry::date).doesNotContain(LocalDate.of(2010, 1, 4))
                .contains(LocalDate.of(2010, 1, 12));
    }

    @Test
    void aDatelineIsWhenTheCopyWasFiledNotTheEvent() {
        String wire = "HOUSTON, May 8 (Reuters) -- A gas cloud enveloped the rig before it exploded.";
        TimeReference may8 = resolver.resolve(wire, LocalDate.of(2010, 5, 9)).get(0);
        assertThat(EventDay.isDateline(wire, may8)).isTrue();
        String post = "NEW YORK, Sept. 29 -- Stocks fell sharply around the globe on Monday.";
        assertThat(EventDay.isDateline(post, resolver.resolve(post, LocalDate.of(2008, 9, 30)).get(0))).isTrue();
        String plain = "On May 8 the rig exploded -- and burned for two days.";
        assertThat(EventDay.isDateline(plain, resolver.resolve(plain, LocalDate.of(2010, 5, 9)).get(0))).isFalse();
    }

    @Test
    void anArticleFiledTheDayBeforeItsPaperReadsTodayFromItsDateline() {
        LocalDate monday = LocalDate.of(2008, 9, 29);
        List<Article> story = List.of(article("w", monday, "WASHINGTON, Sept. 28 -- Congressional leaders agreed today "
                + "on a plan to rescue the banks. The House will vote on the plan within days."),
                article("x", monday, "The bank rescue plan goes to the House for a vote this week."));
        io.storyline.analyze.StoryAnalysis analysis = io.storyline.analyze.StoryAnalysis.of(story);
        SentenceDating dating = SentenceDating.of(analysis, resolver, ReaderComments.of(analysis));
        var lead = analysis.sentences().stream().filter(s -> s.text().startsWith("WASHINGTON")).findFirst().orElseThrow();
        assertThat(dating.mentioned(lead)).isEqualTo(LocalDate.of(2008, 9, 28));
        String wire = "HOUSTON, May 8 (Reuters) -- A gas cloud enveloped the oil rig before it exploded and sank.";
        io.storyline.analyze.StoryAnalysis rig = io.storyline.analyze.StoryAnalysis.of(List.of(
                article("r", LocalDate.of(2010, 5, 8), wire)));
        SentenceDating rigDating = SentenceDating.of(rig, resolver, ReaderComments.of(rig));
        assertThat(rigDating.mentioned(rig.sentences().get(0))).as("the dateline is not the event's day").isNull();
    }
    @Test
    void aSentenceThatLooksAheadIsOfItsArticlesDayAndTheDayItNamesStillCounts() {
        LocalDate friday = LocalDate.of(2011, 4, 1);
        List<Article> story = List.of(
                article("a", friday, "The harbour board will meet on Monday to decide the ferry fares. "
                        + "Tomorrow, the minister will open the new pier. "
                        + "A hearing has been set for 6 April in the county court. "
                        + "The board raised fares on Tuesday."),
                article("b", LocalDate.of(2011, 4, 7), "The board met to set the fares."));
        io.storyline.analyze.StoryAnalysis analysis = io.storyline.analyze.StoryAnalysis.of(story);
        SentenceDating dating = SentenceDating.of(analysis, resolver, ReaderComments.of(analysis));
        var candidates = TimelineBuilder.candidates(analysis, dating, ReaderComments.of(analysis));
        for (String opening : List.of("The harbour board will", "Tomorrow", "A hearing")) {
            var s = analysis.sentences().stream().filter(x -> x.text().startsWith(opening)).findFirst().orElseThrow();
            assertThat(dating.mentioned(s)).as(opening).isNull();
            assertThat(candidates.get(friday)).as("a statement of its article's day").contains(s);
            assertThat(candidates.values()).as("not news of the day it looks ahead to")
                    .allSatisfy(day -> assertThat(day.contains(s)).isEqualTo(day == candidates.get(friday)));
        }
        var raised = analysis.sentences().stream().filter(x -> x.text().startsWith("The board raised")).findFirst()
                .orElseThrow();
        assertThat(dating.mentioned(raised)).isEqualTo(LocalDate.of(2011, 3, 29));
        assertThat(dating.coverage()).as("a day looked ahead to is still one the story names")
                .anySatisfy(d -> {
                    assertThat(d.date()).isEqualTo(LocalDate.of(2011, 4, 4));
                    assertThat(d.mentions()).isEqualTo(1);
                });
    }

    @Test
    void aDateJoinedByAHyphenToAWordNamesAKindOfThing() {
        assertThat(eventDay("Port officials warned of another Sept. 11-style attack on the harbour.")).isNull();
        assertThat(eventDay("Port officials feared a repeat of the Sept. 11 closure on Tuesday."))
                .isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(eventDay("The harbour was shut on Jan. 11-12 for repairs.")).isNull();
        assertThat(eventDay("The ferry sank on Jan. 11 with forty people aboard.")).isEqualTo(LocalDate.of(2010, 1, 11));
    }

    @Test
    void aDayInAWithPhraseAfterAStatementIsItsDetailsDay() {
        assertThat(eventDay("The coastguard reports that fifty boats have been searching the bay, "
                + "with twenty launched on Tuesday alone.")).isNull();
        assertThat(eventDay("Troops stormed the town, with tanks shelling its edge on Tuesday."))
                .isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(eventDay("The coastguard reports that the ferry sank on Tuesday, with forty people aboard."))
                .isEqualTo(LocalDate.of(2010, 1, 12));
    }

    @Test
    void aDayInAnAfterClauseBehindTheMainOneIsOfTheEarlierEvent() {
        assertThat(eventDay("The port closed its gates only after the storm's surge reached the old quay on Monday."))
                .isNull();
        assertThat(eventDay("After the storm's surge reached the old quay on Monday, the port closed its gates."))
                .isEqualTo(LocalDate.of(2010, 1, 11));
        assertThat(eventDay("The harbour master resigned after the board met yesterday."))
                .isEqualTo(LocalDate.of(2010, 1, 13));
        assertThat(eventDay("The port reopened on Wednesday after the storm passed."))
                .isEqualTo(LocalDate.of(2010, 1, 13));
    }

    @Test
    void aDayInABeforeClauseBehindTheMainOneIsOfTheLaterEvent() {
        assertThat(eventDay("The well spewed oil into the bay for weeks before it was capped on Monday.")).isNull();
        assertThat(eventDay("The well was capped on Monday before the storm arrived."))
                .isEqualTo(LocalDate.of(2010, 1, 11));
    }

    @Test
    void aParticiplesPhraseAfterTheSubjectIsReadAsARelativeClause() {
        assertThat(eventDay("The harbour master, arrested at the quay on Monday, has told police he acted alone."))
                .isNull();
        assertThat(eventDay("The ferry, launched at the yard on Monday, sank within an hour."))
                .as("a finished main event").isEqualTo(LocalDate.of(2010, 1, 11));
        assertThat(eventDay("Police said the harbour master, arrested on Monday, acted alone."))
                .as("not the subject's phrase").isEqualTo(LocalDate.of(2010, 1, 11));
    }

    @Test
    void aDayInAWhoseClauseIsOfTheThingTheClauseDescribes() {
        assertThat(eventDay("The harbour master spoke to the port board, whose inquiry resumes on Tuesday in Kelby."))
                .isNull();
        assertThat(eventDay("The board, whose members met on Tuesday, sacked the harbour master."))
                .as("a clause between commas after the subject, the main event finished")
                .isEqualTo(LocalDate.of(2010, 1, 12));
    }

    @Test
    void aDateNamingAThingStaysInPassingWhenANameStandsBeforeItsNoun() {
        // the stress is of the article's day; the explosion is the thing the response is to
        assertThat(eventDay("Despite the response to the January 11 Harbour Street gas explosion, officials stress "
                + "that the city was ready.")).isNull();
        assertThat(eventDay("A month before the January 7 Kelby bombings, officials warned of attacks.")).isNull();
        // the name is the sentence's subject after a scene: the day still dates the event
        assertThat(eventDay("In the January 12 Kelby election, voters backed the mayor."))
                .isEqualTo(LocalDate.of(2010, 1, 12));
        // a date followed by its own clause is no attribute
        assertThat(eventDay("The ferry sank on January 12 Coast Guard officials said.")).isEqualTo(LocalDate.of(2010, 1, 12));
    }
}

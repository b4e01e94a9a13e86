package io.storyline.summarize;

import io.storyline.analyze.StoryAnalysis;
import io.storyline.ingest.Articles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    private final Names names = Names.of(StoryAnalysis.of(List.of(Articles.fromText(
            "Thousands of Kurds marched in Rome. Police said thousands came. Meanwhile Ocalan's lawyers "
                    + "met the president of the court. President Scalfaro said nothing; police stood by, "
                    + "and meanwhile the Kurds' leaders waited.", "wire"))));

    @Test
    void namesAreCapitalisedWordsTheStoryNeverWritesInLowerCase() {
        assertThat(names.in("Thousands of Kurds marched in Rome.")).containsExactly("Kurds", "Rome");
        assertThat(names.in("President Scalfaro said nothing.")).containsExactly("Scalfaro");
        assertThat(names.in("Meanwhile Police met Ocalan.")).containsExactly("Ocalan");
    }

    @Test
    void possessivesCountAsTheirNameAndStopWordsDaysAndMonthsAreNoNames() {
        assertThat(names.in("Ocalan's lawyers and the Kurds' leaders met.")).containsExactly("Ocalan", "Kurds");
        assertThat(names.in("It's clear that Sunday's vote in March mattered to He.")).isEmpty();
    }

    @Test
    void runsAreTheNamesOfASentenceInOrderWithAllTheirWords() {
        assertThat(names.runs("President Scalfaro met Abdullah Ocalan's lawyers in Rome."))
                .containsExactly(java.util.Set.of("Scalfaro"), java.util.Set.of("Abdullah", "Ocalan"), java.util.Set.of("Rome"));
        assertThat(names.runs("Police said thousands came.")).isEmpty();
    }

    @Test
    void peopleAreNamesThatAreNeitherAGroupNorAPlace() {
        Names story = Names.of(StoryAnalysis.of(List.of(Articles.fromText(
                "Kurds in Rome welcomed Ocalan. A Kurdish leader spoke at Ocalan's trial near Ankara.", "wire"))));
        assertThat(story.people("Kurds in Rome welcomed Abdullah Ocalan."))
                .containsExactly(java.util.Set.of("Abdullah", "Ocalan"));
        assertThat(story.people("A Kurdish leader spoke at Ocalan's trial near Ankara."))
                .containsExactly(java.util.Set.of("Ocalan"));
    }

    @Test
    void aPluralNameBesideItsSingularOrAdjectiveIsAGroup() {
        Names story = Names.of(StoryAnalysis.of(List.of(Articles.fromText(
                "Kurds in Rome welcomed Ocalan. A Kurdish leader spoke. Jones met Democrats and Democratic aides. "
                        + "Paris and Williams stayed.", "wire"))));
        assertThat(story.isGroup(java.util.Set.of("Kurds"))).isTrue();
        assertThat(story.isGroup(java.util.Set.of("Democrats"))).isTrue();
        assertThat(story.isGroup(java.util.Set.of("Jones"))).isFalse();
        assertThat(story.isGroup(java.util.Set.of("Paris"))).isFalse();
        assertThat(story.isGroup(java.util.Set.of("Ocalan"))).isFalse();
        assertThat(story.isGroup(java.util.Set.of("Abdullah", "Ocalan"))).isFalse();
    }

    @Test
    void surnamesPeopleAfterPrepositionsAndNamesAfterACommaStayPeople() {
        Names story = Names.of(StoryAnalysis.of(List.of(Articles.fromText(
                "In Rome, Prodi met Kurdish leaders. Protesters shouted at Ocalan. Ocalan asked for asylum. "
                        + "Davis told reporters the talks had failed. David Stern said nothing. Serena Williams won. "
                        + "Prince William watched. Edwin Meese spoke. Meese left.", "wire"))));
        assertThat(story.people("In Rome, Prodi met Kurdish leaders.")).containsExactly(java.util.Set.of("Prodi"));
        assertThat(story.people("Protesters shouted at Ocalan.")).contains(java.util.Set.of("Ocalan"));
        assertThat(story.people("Davis told reporters the talks had failed.")).containsExactly(java.util.Set.of("Davis"));
        assertThat(story.isGroup(java.util.Set.of("Williams"))).isFalse();
        assertThat(story.people("Meese left.")).containsExactly(java.util.Set.of("Meese"));
    }

    @Test
    void possessivesNumbersAndAdjectivesDoNotMisleadThePersonTest() {
        Names story = Names.of(StoryAnalysis.of(List.of(Articles.fromText(
                "Kurds protested at Ocalan's trial. Crowds waited at Ocalan's hotel. Ocalan said little. "
                        + "In 1998, Ocalan fled to Rome. Turkey's Ecevit spoke. Iraqi Kurds fled. "
                        + "The Kurdish exodus grew.", "wire"))));
        // two "at Ocalan's ..." do not make Ocalan a place
        assertThat(story.people("Ocalan said little.")).containsExactly(java.util.Set.of("Ocalan"));
        // "In" before a number is not Ocalan's preposition
        assertThat(story.people("In 1998, Ocalan fled to Rome.")).contains(java.util.Set.of("Ocalan"));
        // a possessive ends a name
        assertThat(story.people("Turkey's Ecevit spoke.")).containsExactly(java.util.Set.of("Turkey"),
                java.util.Set.of("Ecevit"));
        // "Iraqi Kurds" does not make "Kurds" a surname beside "Kurdish"
        assertThat(story.isGroup(java.util.Set.of("Kurds"))).isTrue();
    }
}

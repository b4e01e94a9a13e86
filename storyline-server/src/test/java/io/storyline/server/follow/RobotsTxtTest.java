package io.storyline.server.follow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** robots.txt as RFC 9309 reads it. */
class RobotsTxtTest {

    @Test
    void theGroupForEveryoneAppliesWhenNoneNamesUs() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /private/\nAllow: /private/open\n");
        assertThat(robots.allows("/news/1")).isTrue();
        assertThat(robots.allows("/private/feed.xml")).isFalse();
        assertThat(robots.allows("/private/open/feed.xml")).as("the longer allow wins").isTrue();
    }

    @Test
    void aGroupNamingStorylineReplacesTheGeneralOne() {
        RobotsTxt robots = RobotsTxt.parse("""
                User-agent: *
                Disallow: /

                User-agent: OtherBot
                User-agent: Storyline
                Disallow: /drafts/
                """);
        assertThat(robots.allows("/news/1")).isTrue();
        assertThat(robots.allows("/drafts/1")).isFalse();
    }

    @Test
    void aGroupNamingUsWithNoRulesAllowsEverything() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: storyline\nDisallow:\n");
        assertThat(robots.allows("/anything")).isTrue();
    }

    @Test
    void wildcardsAndEndAnchors() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search?*q=\n# comment\n");
        assertThat(robots.allows("/report.pdf")).isFalse();
        assertThat(robots.allows("/report.pdf?download=1")).isTrue();
        assertThat(robots.allows("/search?lang=en&q=fire")).isFalse();
        assertThat(robots.allows("/search")).isTrue();
    }

    @Test
    void aTieGoesToAllow() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /page\nAllow: /page\n");
        assertThat(robots.allows("/page")).isTrue();
    }

    @Test
    void nothingOrGarbageDisallowsNothing() {
        assertThat(RobotsTxt.parse("").allows("/x")).isTrue();
        assertThat(RobotsTxt.parse("<html>not robots</html>\nDisallow /x").allows("/x")).isTrue();
        assertThat(RobotsTxt.DISALLOW_ALL.allows("/robots-free")).isFalse();
    }
}

package io.storyline.cluster;

import io.storyline.analyze.ContactDetails;
import io.storyline.analyze.SentenceSplitter;
import io.storyline.analyze.Tokens;
import io.storyline.model.Article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names an event the way a news desk would: the headline of its most representative article (the
 * one closest to the centroid); when no article has a headline, that article's lead sentence,
 * shortened at a phrase boundary. Never a list of key words, which no reader can take in.
 */
final class StoryLabel {

    static final int MAX_LENGTH = 120;
    /** A lead sentence longer than this is cut at a phrase boundary. */
    static final int MAX_LEAD = 100;
    /** ... but not before this many characters, which would leave too little to say what happened. */
    static final int MIN_LEAD = 35;
    /** A lead sentence has at least this many words (not "By Jane Smith" or "Updated 5 p.m."). */
    private static final int MIN_LEAD_WORDS = 5;
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    /**
     * Where a news sentence's main clause ends and detail begins: a comma, dash, semicolon or
     * parenthesis, or a subordinating word ("..., who", "after", "as", "amid").
     */
    private static final Pattern BOUNDARY = Pattern.compile(
            "\\s*(?:[,;:(]|\\s--?\\s|\\s\u2014\\s?|\u2014)|\\s(?=(?:who|which|after|as|when|while|because|amid|despite"
                    + "|but|since|before|following|saying|according|where|until|although|though|and)\\s)");

    /**
     * What a scraped lead may open with before the news: a page's date stamp ("January 25, 2011 |")
     * and a byline that ends with an outlet's initials or a staff credit ("By Jane Roe, AP",
     * "By the Wire Staff").
     */
    private static final Pattern PAGE_STAMP = Pattern.compile(
            "^(?:\\|?\\s*[A-Z][a-z]+\\.? \\d{1,2}, \\d{4}\\s*\\|\\s*)?(?:By [^|.!?]{1,60}\\b(?:[A-Z]{2,}|[Ss]taff)\\b:?\\s+(?=\\S))?");

    private StoryLabel() {
    }

    static String of(OpenStory story) {
        return headline(story).orElseGet(() -> story.members.isEmpty() ? "(untitled story)"
                : lead(mostCentral(story, member -> true).article()));
    }

    /**
     * The headline of the story's most representative article that has one naming a story; empty when none
     * has. A wire headline that is a contact line (a phone number, an e-mail address, a web address) names no story.
     */
    static java.util.Optional<String> headline(OpenStory story) {
        return java.util.Optional.ofNullable(mostCentral(story,
                        member -> member.article().headline().filter(StoryLabel::namesAStory).isPresent()))
                .map(m -> oneLine(m.article().headline().orElseThrow()));
    }

    /** A web address ("https://orsk.example/quake", "www.orsk.example"). */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+");

    /**
     * False for a headline that is a contact line: once its phone numbers and e-mail addresses
     * ({@link ContactDetails}) and web addresses are taken out, fewer than two words with a letter are left. A
     * headline with none of them is kept as it is.
     */
    static boolean namesAStory(String headline) {
        String rest = WEB_ADDRESS.matcher(ContactDetails.removedFrom(headline)).replaceAll(" ");
        if (rest.equals(headline)) {
            return true;
        }
        long words = java.util.Arrays.stream(rest.split("\\s+")).filter(StoryLabel::hasLetter).count();
        return words >= 2;
    }

    /** The member nearest the story's centroid among those {@code among} accepts (the first of a tie), or null. */
    private static ArticleProfile mostCentral(OpenStory story, java.util.function.Predicate<ArticleProfile> among) {
        ArticleProfile central = null;
        double best = Double.NEGATIVE_INFINITY;
        for (ArticleProfile member : story.members) {
            if (!among.test(member)) {
                continue;
            }
            double score = member.dot(story.centroid);
            if (score > best) {
                best = score;
                central = member;
            }
        }
        return central;
    }

    /** An article's lead sentence shortened at a phrase boundary, else its first words. */
    static String lead(Article article) {
        List<String> sentences = SPLITTER.split(article.text()).stream().filter(StoryLabel::hasLetter).toList();
        for (String sentence : sentences) {
            String news = PAGE_STAMP.matcher(oneLine(sentence)).replaceFirst("");
            if (Tokens.wordCount(news) >= MIN_LEAD_WORDS) {
                return shortened(news);
            }
        }
        return sentences.isEmpty() ? "(untitled story)" : shortened(oneLine(sentences.get(0)));
    }

    private static boolean hasLetter(String text) {
        return text.chars().anyMatch(Character::isLetter);
    }

    /**
     * A sentence as a label: whole (without its full stop) when short, else up to its last phrase
     * boundary between {@value #MIN_LEAD} and {@value #MAX_LEAD} characters, else up to a word
     * boundary with an ellipsis.
     */
    static String shortened(String sentence) {
        String s = sentence.strip();
        if (s.length() <= MAX_LEAD) {
            return s.endsWith(".") && !s.endsWith("..") ? s.substring(0, s.length() - 1) : s;
        }
        Matcher boundary = BOUNDARY.matcher(s);
        int cut = -1;
        while (boundary.find() && boundary.start() <= MAX_LEAD) {
            if (boundary.start() >= MIN_LEAD && balancedQuotes(s, boundary.start())) {
                cut = boundary.start();
            }
        }
        if (cut > 0) {
            return s.substring(0, cut).replaceAll("[\\s,;:(\u2014-]+$", "");
        }
        int space = s.lastIndexOf(' ', MAX_LEAD);
        return (space > MIN_LEAD ? s.substring(0, space) : s.substring(0, MAX_LEAD)).strip() + "\u2026";
    }

    private static boolean balancedQuotes(String s, int end) {
        int quotes = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            quotes += c == '"' || c == '\u201c' || c == '\u201d' ? 1 : 0;
        }
        return quotes % 2 == 0;
    }

    private static String oneLine(String text) {
        String label = text.strip().replaceAll("\\s+", " ");
        return label.length() <= MAX_LENGTH ? label : label.substring(0, MAX_LENGTH - 1).strip() + "\u2026";
    }
}

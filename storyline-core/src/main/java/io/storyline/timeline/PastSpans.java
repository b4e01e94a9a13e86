package io.storyline.timeline;

import java.util.regex.Pattern;

/**
 * A span of days before the article that a sentence sets its event in without naming the day ("Terror
 * came to the college's doorstep last week", "the bank cut its rate earlier this month"). The
 * resolver gives such a span no date, so the sentence would be taken for news of its article's day;
 * told in the past tense it is news of an earlier day the text does not name, and is not a candidate
 * for its article's day. A span that is the time of a state up to now ("prices have fallen over the
 * past week") is present perfect and not read so, nor is a possessive span naming another event
 * ("after last week's bombings"). "Recently", "in a recent speech" and "in the years since ..." set an
 * event in such a span too, as do a season or a longer span back ("earlier this summer", "a decade ago"): history
 * the article recounts.
 */
final class PastSpans {

    private static final Pattern EARLIER_SPAN = Pattern.compile(
            "\\b(?:last|late last|early last)\\s+(?:week|weekend)\\b(?!\\s*(?:'s|\u2019s))"
                    + "|\\bearlier\\s+(?:this|in the)\\s+(?:week|month)\\b(?!\\s*(?:'s|\u2019s))"
                    + "|\\bin\\s+a\\s+recent\\s+\\p{L}+|(?<!\\b(?:the|a|an|its|his|her|their|our)\\s)\\brecently\\b"
                    + "|\\bin\\s+the\\s+(?:years|decades|months)\\s+(?:since|after|before)\\b"
                    // a season or a longer span back ("earlier this summer", "a decade ago", "two years ago")
                    + "|\\bearlier\\s+this\\s+(?:year|spring|summer|autumn|fall|winter)\\b(?!\\s*(?:'s|\u2019s))"
                    // (not after a participle set off by a comma: "The quay, built two years ago, has cracked")
                    + "|(?<!,\\s\\p{L}{1,20}\\s)\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|\\d+)"
                    + "\\s+(?:decades?|years?|months?)\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);

    private PastSpans() {
    }

    /**
     * Whether the sentence reports a finished event set in an earlier span outside quotation marks; the
     * pluperfect ("In the years since they met, he had become a spokesman") is as past as the simple past.
     */
    static boolean toldOfEarlierSpan(String sentence) {
        String own = LeadDay.outsideQuotes(sentence);
        return EARLIER_SPAN.matcher(own).find()
                && (LeadDay.reportsFinishedEvent(sentence) || LeadDay.opensInThePluperfect(sentence));
    }
}

package io.storyline.timeline;

import io.storyline.analyze.time.TimeReference;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of a sentence's dates is the day of its own event. A sentence often names a day in passing:
 * an earlier event it is measured against ("the worst since Monday", "as on 4 January"), the start of
 * a state ("closed since Monday") or an event it follows ("aid arrived after Tuesday's quake"). Such
 * a day is the background, not the day the sentence reports, and dating the sentence by it puts the
 * entry on the wrong day. The governing expression is the first day not in passing.
 */
final class EventDay {

    /**
     * Words right before a date that make it a point of comparison, the start of a state, or when a plan
     * takes effect ("a ferry starting Thursday": the sentence reports the plan, made on another day).
     */
    private static final Set<String> PASSING_LEADS = Set.of("since", "like", "unlike", "than", "until", "till",
            "before", "after", "starting", "beginning", "effective");
    /** Two words right before a date that make it a point of comparison ("as in", "such as"). */
    private static final Set<String> PASSING_PAIRS = Set.of("as in", "as on", "such as", "as of", "same as",
            "compared with", "compared to", "than on", "than in", "since on");
    /** Words before a possessive date ("Tuesday's quake") that make it an earlier event the sentence follows. */
    private static final Set<String> FOLLOWING_LEADS = Set.of("after", "following", "since", "before", "from",
            "of");

    /**
     * Words before a possessive day that make it a thing the sentence is about, not the day of its
     * event ("rehearsed for yesterday's events", "a response to Tuesday's ruling"); "in", "at" and
     * "during" set the scene instead ("Thousands died in Tuesday's earthquake").
     */
    private static final Set<String> OBJECT_LEADS = Set.of("for", "about", "over", "against", "to", "on", "with",
            "into", "despite", "amid", "under", "like", "toward", "towards");
    /** Words before a phrase with a day that make it the scene of the sentence's event. */
    private static final Set<String> SCENE_LEADS = Set.of("in", "at", "during");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our");
    /** Lower-case words after a date that do not make it an attribute of a noun. */
    private static final Set<String> NOT_NOUNS = Set.of("and", "or", "to", "at", "in", "on", "of", "when", "as",
            "that", "which", "for", "by", "with", "from", "after", "before", "is", "was", "were", "are", "will",
            "had", "has", "have", "would", "could", "the", "a", "an", "this", "last", "next", "until", "through");
    /**
     * A span measured from an earlier event ("In the days after the rig sank April 22, BP began hiring
     * boats"): the sentence's event is somewhere in the span, not on the day it starts from.
     */
    private static final Pattern SPAN_AFTER = Pattern.compile(
            "\\b(?:days|weeks|months|hours|years)\\s+(?:after|following|since)\\b", Pattern.CASE_INSENSITIVE);
    /** A possessive ending after a day's word ("yesterday's events", "Tuesday 's quake" in tokenized copy). */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("\\s?['\u2019]s\\b");
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "\\s*[A-Z][A-Z.'\\-]+(?:\\s+[A-Z][A-Z.'\\-]+){0,3}\\s*(?:,\\s*[A-Z][A-Za-z.]+\\s*)?,?\\s*");
    private static final Pattern DATELINE_END = Pattern.compile(
            "\\s*(?:,\\s*\\d{4}\\s*)?(?:(?:\\(|-LRB-)[^()]{1,40}?(?:\\)|-RRB-)\\s*)?(?:--?|\u2014|\u2013)\\s");
    /** Verbs after which "that" opens what was said or found, not a relative clause. */
    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "announced", "reported",
            "confirmed", "added", "warned", "believe", "believes", "believed", "thought", "think", "found",
            "showed", "show", "shows", "stated", "claimed", "insisted", "argued", "noted", "suggested", "revealed",
            "admitted", "denied", "explained", "learned", "knew", "know", "hoped", "feared", "agreed", "decided",
            "ruled", "reports", "report", "concluded", "estimated", "predicted", "expected", "acknowledged", "so", "now", "such");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern SINCE = Pattern.compile("\\b[Ss]ince\\b");
    /**
     * An event the sentence follows, named with its day ("aid arrived following the earthquake on
     * Tuesday", "after the vote on 4 May", "shares climbed following confirmation on Sunday that the well
     * was sealed"): the day is the earlier event's, as in "after Tuesday's quake". "Following" needs no
     * article before its event's noun; a bare "after" may set a time of day ("after midnight on Sunday")
     * and keeps its article. A clause with its own verb ("After the virus was identified on April 23,
     * Mexico shut its schools") tells when the sentence's event began, and is not read so.
     */
    private static final Pattern AFTER_THE_EVENT = Pattern.compile(
            "\\b(?:(?i:after|following)\\s+(?i:the|a|an|this|last|its|their|his|her)|(?i:following)(?!\\s+\\p{L}+ing\\b))\\s+"
                    + "(?:(?!(?i:was|were|is|are|had|has|been|\\w+ed)\\b)[\\w'-]+\\s+){1,3}(?i:on|of|late|early)?\\s*$");
    /**
     * A clause of time in the pluperfect ("... until after the president, on his tour, had visited the
     * country on 16 April"): the date is of an event before the sentence's own, however far back the
     * clause's "after" stands.
     */
    private static final Pattern EARLIER_CLAUSE = Pattern.compile(
            "\\b(?i:after|until|till|before)\\b[^;:]{0,80}?\\bhad\\s+(?:been\\s+)?\\p{L}+\\b[^,;:]{0,60}$");
    /** A comma that ends a clause: followed by a space, not one inside a figure ("45,000", "50 ,000"). */
    private static final Pattern CLAUSE_COMMA = Pattern.compile(",(?=\\s)");
    private static final Pattern RELATIVE_WORD = Pattern.compile("\\b(?i:which|who|whom|whose|where|that)\\b");
    /**
     * A past participle opening a phrase after a comma ("Osman, arrested in Rome on Friday, ..."): set after
     * the subject, before any finite verb, it describes the subject as a relative clause does.
     */
    private static final Pattern PARTICIPLE_OPENING = Pattern.compile(
            "\\s*(?:\\p{Ll}{3,}ed|held|born|taken|seen|shot|caught|found|built|sent|struck|hit|sworn|chosen)\\b");
    /** Prepositions that open a fronted phrase rather than a subject. */
    private static final Set<String> FRONTED = Set.of("in", "on", "at", "after", "before", "during", "since",
            "following", "from", "for", "with", "despite", "amid", "as", "by", "of", "to", "under");
    /**
     * A clause of what someone had done before the sentence's event ("after crushing her opponent in
     * Saturday's opener was just as dominant on Sunday"): its day is the earlier deed's, up to the next
     * finite verb.
     */
    private static final Pattern AFTER_DOING = Pattern.compile("\\b(?i:after|before|since)\\s+\\p{Ll}+ing\\b"
            + "(?:(?!\\b(?:was|were|is|are|has|have|had|did|said|will)\\b)[^,;:]){0,80}$");
    /** Days named by words, which after an event mostly tell the same day's sequence ("after a call yesterday"). */
    private static final Pattern DAY_WORD = Pattern.compile(
            "yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)");
    /**
     * A hyphen joining the date to a word ("another Sept. 11-style attack", "a May 4-era rule"): the date
     * names a kind of thing, as an attribute does, not a day of the sentence's event.
     */
    private static final Pattern HYPHENATED = Pattern.compile("-\\p{L}");
    /**
     * A phrase opened by "with" after a comma ("..., with 300 established last Friday alone"): a detail
     * added to the main clause, whose day is the detail's.
     */
    private static final Pattern WITH_PHRASE = Pattern.compile("^\\s*with\\b", Pattern.CASE_INSENSITIVE);
    /** "After" or "following" opening a clause of an earlier event, "before" one of a later event. */
    private static final Pattern AFTER_WORD = Pattern.compile("\\b(?i:after|following|before)\\b");
    private static final Pattern AFTER_GERUND = Pattern.compile("\\s+\\p{L}+ing\\b");
    /** The rest of a range after its first day ("April 14-18", "14 to 18 April", "Monday to Friday"). */
    private static final Pattern RANGE_END = Pattern.compile(
            "(?:-|\u2013)\\d|\\s*\u2013\\s*\\d|\\s+(?:to|through)\\s+(?:\\d|[A-Z][a-z]+day\\b)");

    /**
     * Text that ends with the first part of a "between" span and its "and" ("the poll was conducted between
     * November 15 and "): the date after it is the span's last day, and what went on over the span happened on
     * none of its days in particular (a poll, a survey, a festival). The first part names a day (a digit or a
     * weekday), so "talks between Israel and Syria on Monday" is no span. ("shut from Monday to Wednesday"
     * keeps its last day: the state it tells ends then.)
     */
    private static final Pattern SPAN_OPEN_BEFORE = Pattern.compile(
            "\\bbetween\\s+(?:\\S+\\s+){0,3}?\\S*(?:\\d|day)\\S*\\s+and\\s+$",
            Pattern.CASE_INSENSITIVE);

    private EventDay() {
    }

    /**
     * The first of the day references that does not name a day in passing nor stand in a relative
     * clause; else the first in a relative clause set inside the sentence between commas ("the quake,
     * which struck on Tuesday, killed thousands": the clause is about the subject and still dates the
     * event when nothing else does); null when every day is named in passing. A relative clause that
     * runs to the sentence's end ("aid has arrived for the victims of the quake which shook the island
     * on Tuesday", "..., Hayward, who last night cancelled his speech") tells about a thing the
     * sentence names, and the sentence is of its article's day.
     */
    static TimeReference governing(String sentence, List<TimeReference> days) {
        TimeReference embedded = null;
        for (TimeReference r : days) {
            if (inPassing(sentence, r)) {
                continue;
            }
            if (!inRelativeClause(sentence, r)) {
                return r;
            }
            if (embedded == null && closedBeforeTheEnd(sentence, r)) {
                embedded = r;
            }
        }
        return embedded;
    }

    /**
     * Whether a comma after the date closes its relative clause and the clause still tells the sentence's
     * own event: its main verb before the clause reports a finished event ("security forces killed four in
     * demonstrations that erupted on Friday, uncorking ..."), or the clause follows the bare subject
     * and the main verb after it does ("The quake, which struck on Tuesday, killed thousands"). A main
     * verb in the present tells how things stand on the article's day ("is testing a woman who returned
     * on April 24, and ...", "The upheaval in Syria, where a rights group said on Tuesday ..., has
     * sectarian undercurrents"), and a fronted phrase is no subject ("In his first comment on the
     * massacre, in which 108 people were killed on 25 May, Assad said ...").
     */
    private static boolean closedBeforeTheEnd(String sentence, TimeReference r) {
        var closing = CLAUSE_COMMA.matcher(sentence);
        int comma = closing.find(Math.min(r.end(), sentence.length())) ? closing.start() : -1;
        if (comma < 0 || !WORD.matcher(sentence.substring(comma)).find()) {
            return false;
        }
        String before = sentence.substring(0, Math.min(r.start(), sentence.length()));
        var relative = RELATIVE_WORD.matcher(before);
        int opens = -1;
        while (relative.find()) {
            opens = relative.start();
        }
        int lastComma = before.lastIndexOf(',');
        if (lastComma > opens && PARTICIPLE_OPENING.matcher(before.substring(lastComma + 1)).lookingAt()) {
            opens = lastComma; // a participle's phrase opens after the comma
        }
        String main = before.substring(0, Math.max(0, opens));
        Boolean finished = LeadDay.finishedEventIfFinite(main);
        if (finished != null) {
            return finished;
        }
        var first = WORD.matcher(main);
        return first.find() && !FRONTED.contains(first.group().toLowerCase(Locale.ROOT))
                && LeadDay.reportsFinishedEvent(sentence.substring(comma + 1));
    }

    /**
     * Whether the date stands in a relative clause, or a participle's phrase set after the subject as one
     * ("Osman, arrested in Rome on Friday, has revealed"): "which", "who", or a "that" or "where" after a
     * noun (not after a verb of saying, "said that ...") or a "where" after a comma ("Syria, where ...") opens
     * a clause the date's words follow with no comma between.
     * Such a clause describes a thing ("the pier that the ship hit on Tuesday night") and its day is
     * the thing's, not the sentence's ("..., city officials said Friday").
     */
    static boolean inRelativeClause(String sentence, TimeReference r) {
        String before = sentence.substring(0, Math.min(r.start(), sentence.length()));
        int comma = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
        String clause = before.substring(comma + 1);
        if (comma > 0 && PARTICIPLE_OPENING.matcher(clause).lookingAt()
                && !LeadDay.hasFiniteVerb(before.substring(0, comma))) {
            return true; // "Osman, arrested in Rome on Friday, has revealed ...": a clause about the subject
        }
        var m = WORD.matcher(clause);
        String previous = "";
        boolean relative = false;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.equals("which") || word.equals("who") || word.equals("whom") || word.equals("whose")
                    || (word.equals("where") && (previous.isEmpty() ? comma >= 0 : !SAYING.contains(previous)))
                    || (word.equals("that") && !previous.isEmpty() && !SAYING.contains(previous))) {
                relative = true;
            }
            previous = word;
        }
        return relative;
    }

    /** Whether the date names an earlier event or a point of comparison rather than the sentence's event. */
    static boolean inPassing(String sentence, TimeReference r) {
        List<String> before = wordsBefore(sentence, r.start(), 2);
        String previous = before.isEmpty() ? "" : before.get(before.size() - 1);
        String lead = r.text().toLowerCase(Locale.ROOT);
        // the expression may carry its own preposition ("since March"): read that first word as the lead
        String first = lead.split("[\\s-]+")[0];
        if (PASSING_LEADS.contains(first)) {
            return true;
        }
        if (PASSING_LEADS.contains(previous)) {
            return true;
        }
        if (before.size() == 2 && PASSING_PAIRS.contains(before.get(0) + " " + previous)) {
            return true;
        }
        if (sinceClause(sentence, r)) {
            return true;
        }
        if (!DAY_WORD.matcher(lead).find() && AFTER_THE_EVENT.matcher(sentence.substring(0, Math.min(r.start(), sentence.length()))).find()) {
            return true;
        }
        if (HYPHENATED.matcher(sentence).region(Math.min(r.end(), sentence.length()), sentence.length()).lookingAt()
                || detailOfAStatement(sentence, r) || inTrailingAfterClause(sentence, r, lead)) {
            return true;
        }
        String upTo = sentence.substring(0, Math.min(r.start(), sentence.length()));
        if (previous.equals("between") || RANGE_END.matcher(sentence.substring(Math.min(r.end(), sentence.length())))
                .lookingAt() || SPAN_OPEN_BEFORE.matcher(upTo).find()) {
            return true;
        }
        if (EARLIER_CLAUSE.matcher(upTo).find() || afterDoing(upTo, lead)) {
            return true;
        }
        if (SPAN_AFTER.matcher(clauseBefore(sentence, r.start())).find()) {
            return true;
        }
        boolean possessive = lead.endsWith("'s") || lead.endsWith("\u2019s")
                || POSSESSIVE_AFTER.matcher(sentence).region(Math.min(r.end(), sentence.length()), sentence.length())
                .lookingAt();
        if (previous.equals("by") && before.size() == 2 && !possessive) {
            return true; // "proposed an ultimatum ... by March 17": a deadline, not the day of the proposal
        }
        if (possessive && (FOLLOWING_LEADS.contains(previous) || OBJECT_LEADS.contains(previous)
                || (previous.endsWith("ed") && !SAYING.contains(previous)))) {
            return true;
        }
        return attributive(sentence, r, before);
    }

    /**
     * Whether the date closes an "after" or "before" clause with its own verb that follows the main clause
     * ("BP arranged for the devices only after its rig blew out on April 20", "the well spewed 5m barrels
     * before it was capped on 15 July"): the main event came after or before that day, not on it. A fronted
     * clause sets the scene ("After the virus was identified on April 23, Mexico shut its schools") and a
     * day word mostly tells the same day's sequence ("resigned after the board met yesterday"): neither is
     * read so.
     */
    private static boolean inTrailingAfterClause(String sentence, TimeReference r, String lead) {
        if (DAY_WORD.matcher(lead).find()) {
            return false;
        }
        String clause = clauseBefore(sentence, r.start());
        int clauseStart = Math.min(r.start(), sentence.length()) - clause.length();
        var after = AFTER_WORD.matcher(clause);
        if (!after.find() || AFTER_GERUND.matcher(clause).region(after.end(), clause.length()).lookingAt()) {
            return false; // "after beating her rival ..." is a deed's phrase, read by afterDoing
        }
        String main = sentence.substring(0, clauseStart + after.start());
        return LeadDay.hasFiniteVerb(main) && LeadDay.hasFiniteVerb(clause.substring(after.end()));
    }

    /**
     * Whether the date stands in a "with" phrase added after a comma to a main clause that tells how things
     * stand rather than a finished event ("The FBI reports that 500 sites have been advertising relief, with
     * 300 established last Friday alone"): the sentence is a statement of its article's day and the day is
     * its detail's. After a finished event the phrase goes with it ("Troops stormed the town, with tanks
     * shelling it on Friday") and still dates it.
     */
    private static boolean detailOfAStatement(String sentence, TimeReference r) {
        String before = sentence.substring(0, Math.min(r.start(), sentence.length()));
        int comma = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
        if (comma < 0 || !WITH_PHRASE.matcher(before.substring(comma + 1)).lookingAt()) {
            return false;
        }
        String main = before.substring(0, comma);
        return Boolean.FALSE.equals(LeadDay.finishedEventIfFinite(main));
    }

    /**
     * Whether the date closes an "after doing" clause inside the sentence ("and after crushing her rival in
     * Saturday's opener was just as dominant on Sunday"). A fronted one sets the scene of the main event
     * ("After meeting the ministers on Friday, the president called for ..."), and a day word after a deed
     * mostly tells the same day's sequence ("after meeting them yesterday"): neither is read so.
     */
    private static boolean afterDoing(String upTo, String lead) {
        var m = AFTER_DOING.matcher(upTo);
        return m.find() && !upTo.substring(0, m.start()).isBlank() && !DAY_WORD.matcher(lead).find();
    }

    /**
     * Whether a date stands as an attribute of a noun after an article ("has ignored an August 3 demand",
     * "the March 17 deadline", "the April 20 Gulf Coast rig explosion"): it names the thing, not the day of the sentence's event, unless the
     * phrase itself sets the scene ("in the March 20 election, voters backed ..."), as "in Tuesday's
     * quake" does.
     */
    private static boolean attributive(String sentence, TimeReference r, List<String> before) {
        if (before.isEmpty() || !DETERMINERS.contains(before.get(before.size() - 1))
                || (before.size() == 2 && SCENE_LEADS.contains(before.get(0)))) {
            return false;
        }
        var next = WORD.matcher(sentence);
        int end = Math.min(r.end(), sentence.length());
        if (!next.find(end) || !sentence.substring(end, next.start()).isBlank()) {
            return false;
        }
        // a name may stand between the date and its noun ("the April 20 Gulf Coast rig explosion", "the July 7
        // London bombings"): the phrase still names a thing by its day
        for (int names = 0; Character.isUpperCase(next.group().charAt(0)) && names < MAX_NAME_WORDS; names++) {
            int after = next.end();
            if (!next.find() || !sentence.substring(after, next.start()).isBlank()) {
                return false;
            }
        }
        String noun = next.group();
        return Character.isLowerCase(noun.charAt(0)) && !NOT_NOUNS.contains(noun);
    }

    /** The most capitalized words of a name between an attributive date and its noun. */
    static final int MAX_NAME_WORDS = 4;

    /** The words of the date's clause before it: from the last comma, semicolon or colon. */
    private static String clauseBefore(String sentence, int at) {
        String before = sentence.substring(0, Math.min(at, sentence.length()));
        int comma = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
        return before.substring(comma + 1);
    }

    /**
     * Whether the date is an article's dateline ("HOUSTON, May 8 (Reuters) --", "PORT ALDER, Friday
     * --"): a place in capitals, the date, perhaps the agency, then a dash. It says when the copy was
     * filed, the "now" its weekdays are read from, not when the first sentence's event happened.
     */
    static boolean isDateline(String sentence, TimeReference r) {
        String before = sentence.substring(0, Math.min(r.start(), sentence.length()));
        String after = sentence.substring(Math.min(r.end(), sentence.length()));
        return DATELINE_PLACE.matcher(before).matches() && DATELINE_END.matcher(after).lookingAt();
    }

    /**
     * Whether the date closes a "since" clause ("since it agreed on November 2 to withdraw", "Since
     * the start of Ramadan on August 1, forces have stormed ..."): the start of a state the sentence
     * reports as it stands now.
     */
    private static boolean sinceClause(String sentence, TimeReference r) {
        String before = sentence.substring(0, Math.min(r.start(), sentence.length()));
        int comma = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
        return SINCE.matcher(before.substring(comma + 1)).find();
    }

    private static List<String> wordsBefore(String s, int at, int count) {
        List<String> words = new java.util.ArrayList<>();
        var m = WORD.matcher(s.substring(0, Math.max(0, Math.min(at, s.length()))));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words.subList(Math.max(0, words.size() - count), words.size());
    }
}

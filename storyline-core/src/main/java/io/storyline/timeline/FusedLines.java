package io.storyline.timeline;

import io.storyline.model.Article;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a scraped page ran its separate lines into one "sentence": a headline, a standfirst, a
 * photo caption or a time stamp lose their line breaks and stand, without a full stop, in front of the
 * article's first sentence ("Haiti earthquake: many feared dead The earthquake is the worst ...
 * There are reports of ..."). Such a run shows as one entry of several voices. The seam is a word
 * that can only begin a sentence there: a capitalized function word ("The", "There", "In", "A")
 * right after a word, or, after a lower-case word, a capitalized ordinary word followed by a
 * lower-case one ("... haven't been found Rescue teams are ...") whose lower-case form the story's
 * own text uses far more often (so that it is no name: "Scottish", "Haiti" and "Gulf Coast beaches"
 * never split), or after a headline in title case ("Massive Oil Spill Washes Ashore in the Gulf
 * Millions of gallons ..."). A capital after a word that can introduce
 * a title ("in The Guardian", "said The Times") is no seam. The entry keeps what follows the last
 * seam, the article's sentence, when it still has {@value #MIN_WORDS_KEPT} words, {@value
 * #MIN_LOWER_CASE_KEPT} of them in lower case (a caption's "The Royal Alexandra Hospital in Paisley,
 * Scotland." is no sentence).
 *
 * <p>One rule for every outlet's layout: it reads the language, not a page's markup.
 */
final class FusedLines {

    static final int MIN_WORDS_KEPT = 6;
    /** What is kept must read as a sentence, not a caption's names: this many lower-case words at least. */
    static final int MIN_LOWER_CASE_KEPT = 3;

    /** Capitalized words that begin a sentence and are never part of a name mid-sentence. */
    private static final Set<String> STARTERS = Set.of("The", "A", "An", "There", "It", "In", "This", "These",
            "Those", "He", "She", "They", "We", "His", "Her", "Their", "Its", "After", "But", "When", "While",
            "Some", "Many", "Most", "Thousands", "Hundreds", "Dozens", "According", "Officials", "More", "Both", "On",
            "Like");
    /** Words after which a capital may open a title or a name ("in The Guardian", "told The Times"). */
    private static final Set<String> TITLE_LEADS = Set.of("of", "in", "on", "at", "to", "from", "by", "for", "with",
            "said", "says", "told", "tells", "reported", "according", "the", "and", "or", "called", "named",
            "titled", "entitled", "newspaper", "magazine", "paper", "film", "book", "song", "album", "show",
            "series", "programme", "program", "station", "channel", "via", "into", "about", "as", "than", "like",
            "read", "reads", "wrote", "writes", "quoted", "is", "was", "are", "were");
    /** Small words that also join the parts of a name ("Gulf of Mexico", "Bank of England"). */
    private static final Set<String> NAME_LINKS = Set.of("of", "the", "and", "de", "la", "von", "van");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern LOWER = Pattern.compile("\\p{Ll}[\\p{Ll}'-]*");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    /** What follows a type's letter rather than the article "A": a bracket or a code of capitals and digits. */
    private static final Pattern TYPE_CODE = Pattern.compile("[(\\[]|\\p{Lu}+\\d");

    /** A caption or a headline in front of a lead has at least this many words, and at most {@value #MAX_LINES_WORDS}. */
    static final int MIN_LINE_WORDS = 4;
    static final int MAX_LINES_WORDS = 30;
    /** The lead kept after them has at least this many words. */
    static final int MIN_LEAD_WORDS = 8;
    /**
     * A word that ends a page's line: the story's text follows it with a capital at most this share of
     * the times, and with punctuation at least {@value #ENDS_CLAUSE} of them ("spill", "well", "hospital";
     * not "minister", followed by names, nor "angry", followed by nouns).
     */
    static final double CAPITAL_AFTER = 0.05;
    static final double ENDS_CLAUSE = 0.2;
    /** A name ending a line ("Port-au-Prince", "Louisiana") is followed by another name more often: this share. */
    static final double NAME_CAPITAL_AFTER = 0.15;
    static final int MIN_USES = 3;
    /** Titles that open a lead with a name ("US President ...", "Mr Dudley will ..."), unlike an apposition's name. */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady",
            "President", "Prime", "Vice", "King", "Queen", "Prince", "Princess", "Pope", "Gen", "General", "Adm",
            "Admiral", "Col", "Colonel", "Capt", "Captain", "Ambassador", "Senator", "Sen", "Governor", "Gov",
            "Judge", "Justice", "Secretary", "Chancellor", "Minister", "Chief");
    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*");
    /** A comma before a lower-case word: a sentence's clause ("on Thursday, saying"), which page lines seldom have. */
    private static final Pattern CLAUSE_COMMA = Pattern.compile(",\\s+\\p{Ll}");
    private static final Pattern QUOTED_CAPTION = Pattern.compile("\\p{L}:\\s[\"\u201c]");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[\\p{L}\\p{N}.!?)][\"\u201d]$");
    private static final Pattern WORD_AND_NEXT = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");

    private final Map<String, int[]> caseCounts;
    /** For each word of the story as written: its uses, those followed by a capital, those by punctuation. */
    private final Map<String, int[]> followers;

    /** How often the story writes each word before a lone capital letter ("influenza A"), keyed "word A". */
    private final Map<String, Integer> letterPairs;

    private FusedLines(Map<String, int[]> caseCounts, Map<String, int[]> followers, Map<String, Integer> letterPairs) {
        this.caseCounts = caseCounts;
        this.followers = followers;
        this.letterPairs = letterPairs;
    }

    /** The case profile of the story's own words: how often each is written in lower case and capitalized. */
    static FusedLines of(List<Article> articles) {
        Map<String, int[]> counts = new HashMap<>();
        for (Article a : articles) {
            Matcher m = LETTERS.matcher(a.text());
            while (m.find()) {
                String w = m.group();
                boolean lower = Character.isLowerCase(w.charAt(0));
                if (!lower && !CAPITALIZED.matcher(w).matches()) {
                    continue; // "UN", "iPhone": neither form
                }
                counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2])[lower ? 0 : 1]++;
            }
        }
        return new FusedLines(counts, followers(articles), letterPairs(articles));
    }

    private static final Pattern BEFORE_LONE_CAPITAL = Pattern.compile("(\\p{L}[\\p{L}'\u2019-]*)[ \\t]+(\\p{Lu})(?![\\p{L}\\p{N}.])");

    private static Map<String, Integer> letterPairs(List<Article> articles) {
        Map<String, Integer> pairs = new HashMap<>();
        for (Article a : articles) {
            Matcher m = BEFORE_LONE_CAPITAL.matcher(a.text());
            while (m.find()) {
                pairs.merge(m.group(1) + " " + m.group(2), 1, Integer::sum);
            }
        }
        return pairs;
    }

    private static Map<String, int[]> followers(List<Article> articles) {
        Map<String, int[]> followers = new HashMap<>();
        for (Article a : articles) {
            String text = a.text();
            Matcher m = WORD_AND_NEXT.matcher(text);
            while (m.find()) {
                int at = m.end();
                while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                    at++;
                }
                if (at == text.length()) {
                    continue;
                }
                char next = text.charAt(at);
                int[] c = followers.computeIfAbsent(m.group(), k -> new int[3]);
                c[0]++;
                c[1] += Character.isUpperCase(next) ? 1 : 0;
                c[2] += ".,;:?!".indexOf(next) >= 0 ? 1 : 0;
            }
        }
        return followers;
    }

    /**
     * An article's first sentence without the caption and headline a page set above its lead, run in
     * without a full stop: "Sea birds covered in spilt oil are being treated in Louisiana Oil spilling
     * out of a ruptured pipeline ... may reach ...". The seam is a capital after a word that ends a
     * page's line in this story's text (followed by punctuation often, by a capital almost never:
     * "spill", "well", "hospital", "Port-au-Prince"), or a capitalized word written twice ("... and BP BP executives have
     * met ..."), with {@value #MIN_LINE_WORDS} to {@value #MAX_LINES_WORDS} words before it and a lead of
     * {@value #MIN_LEAD_WORDS} words after it. A name after a role ("the former foreign secretary Robin
     * Cook has died") is an apposition, no seam; a title ("US President ...", "Mr Dudley ...") opens a lead.
     * Only a paragraph's first sentence is read so: that is where pages set their lines above the text.
     */
    String leadOfParagraph(String sentence) {
        List<int[]> tokens = new java.util.ArrayList<>();
        Matcher t = TOKEN.matcher(sentence);
        while (t.find()) {
            tokens.add(new int[] {t.start(), t.end()});
        }
        int last = Math.min(tokens.size() - MIN_LEAD_WORDS, MAX_LINES_WORDS);
        for (int i = last; i >= MIN_LINE_WORDS; i--) {
            String previous = sentence.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]);
            String word = sentence.substring(tokens.get(i)[0], tokens.get(i)[1]);
            String next = sentence.substring(tokens.get(i + 1)[0], tokens.get(i + 1)[1]);
            String lines = sentence.substring(0, tokens.get(i)[0]);
            String kept = sentence.substring(tokens.get(i)[0]);
            String beforePrevious = i >= 2 ? sentence.substring(tokens.get(i - 2)[0], tokens.get(i - 2)[1]) : "";
            boolean seam = repeatsOpening(sentence, tokens, i) || afterQuotedCaption(lines, previous, word)
                    || afterHeadlineQuote(lines, word) || (!CLAUSE_COMMA.matcher(lines).find()
                    && leadSeam(beforePrevious, previous, word, next, HEADLINE_QUOTE.matcher(lines).find()));
            if (seam && lowerCaseWords(kept) >= MIN_LOWER_CASE_KEPT) {
                return kept;
            }
        }
        return sentence;
    }

    /** A lead that repeats its headline's first two words ("X's doctor found guilty X's doctor has been ..."). */
    private static boolean repeatsOpening(String sentence, List<int[]> tokens, int i) {
        String previous = sentence.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]);
        return WORDLIKE.matcher(previous).matches() && !TITLE_LEADS.contains(previous.toLowerCase(Locale.ROOT))
                && Character.isUpperCase(sentence.charAt(tokens.get(i)[0]))
                && sentence.substring(tokens.get(i)[0], tokens.get(i + 1)[1])
                .equals(sentence.substring(tokens.get(0)[0], tokens.get(1)[1]));
    }

    /** A video's caption quoting its speaker ("President Obama: "People are ..."") ends at its closing quote. */
    private static boolean afterQuotedCaption(String lines, String previous, String word) {
        return QUOTED_CAPTION.matcher(lines).find() && CLOSING_QUOTE.matcher(previous).find()
                && Character.isUpperCase(word.charAt(0));
    }

    /**
     * A headline's words in single quotation marks, the way British pages quote in headlines ("BP warned
     * of fault 'weeks before blast'"), not at the start of the run: a sentence that opens on a quotation
     * is the speaker's. The closing mark may stand apart from its word, as the Penn Treebank sets it
     * ("call it 'unprecedented ' Twelve months ago ..."), and the opening one after two spaces, where the
     * Penn Treebank's backtick and its space were written as one mark ({@link ShownText#quotesMarked}).
     * A word quoted after "to" or an article is a word of the sentence ("helping to 'out' Kelly as ...").
     */
    private static final Pattern HEADLINE_QUOTE = Pattern.compile("\\S(?<!\\b(?:[Tt]o|[Aa]n?|[Tt]he))\\s+'\\p{L}[^'\"\u201c\u201d]*?[\\p{L}\\p{N}] ?'(?=\\s|$)");
    /** Lines that end on such a quotation's closing mark. */
    private static final Pattern ENDS_ON_HEADLINE_QUOTE = Pattern.compile(HEADLINE_QUOTE.pattern() + "\\s*$");

    /**
     * A sentence opening on a capital right after a headline's closing quotation mark ("Swine flu: 'watch,
     * prepare, reassure' A 23-month-old child has ..."): running text puts a stop or a comma there.
     */
    private static boolean afterHeadlineQuote(String lines, String word) {
        return Character.isUpperCase(word.charAt(0)) && ENDS_ON_HEADLINE_QUOTE.matcher(lines).find();
    }

    /**
     * Whether a capital after the previous word opens the lead. A name after a role is an apposition,
     * unless the lines before it quote as headlines do ("... left 'speechless' by star's death Los Angeles
     * police ..."): then the name opens the lead after a line-ending word.
     */
    private boolean leadSeam(String beforePrevious, String previous, String word, String next, boolean headline) {
        if (!WORDLIKE.matcher(previous).matches() || TITLE_LEADS.contains(previous.toLowerCase(Locale.ROOT))
                || !Character.isUpperCase(word.charAt(0)) || word.endsWith(".")
                || CALENDAR.contains(word.replaceAll("\\W.*", ""))) {
            return false;
        }
        if (previous.equals(word)) {
            return true; // a line ending in a name, the lead opening on it
        }
        if (previous.equalsIgnoreCase("ago")) {
            return false; // "Twelve months ago BP dismissed ...": a span of time opening the sentence, no line's end
        }
        boolean apposition = NAME_WORD.matcher(word).matches() && !TITLES.contains(word)
                && (NAME_WORD.matcher(next).lookingAt() || NAME_LINKS.contains(next));
        if (apposition && !headline) {
            return false;
        }
        if (Character.isUpperCase(previous.charAt(0))) {
            // a one-word name ending a line ("in Port-au-Prince"), not the last word of a longer one
            // ("European Commission President ...", "Henry M. Paulson Jr.")
            return !beforePrevious.isEmpty() && Character.isLowerCase(beforePrevious.charAt(0)) && !TITLES.contains(word)
                    && endsLines(previous, NAME_CAPITAL_AFTER);
        }
        return endsLines(previous, CAPITAL_AFTER);
    }

    /** Whether the story's text follows the word with punctuation often and with a capital almost never. */
    private boolean endsLines(String word, double capitalAfter) {
        int[] c = followers.get(word);
        return c != null && c[0] >= MIN_USES && c[1] <= capitalAfter * c[0] && c[2] >= ENDS_CLAUSE * c[0];
    }

    /**
     * An interview's standfirst run into its first quotation: "Which makes him the ideal candidate, he
     * tells Jane Doe "I've always been ..."". The standfirst names its interviewer last; the article's
     * text is the quotation that follows.
     */
    private static final Pattern STANDFIRST_TO_INTERVIEWER = Pattern.compile(
            "^.{20,300}?,\\s(?:he|she|they)\\s+tells?\\s+(?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,3}(?=``|\"|\u201c)");

    /** The sentence without the lines fused in front of it, or the sentence itself when none were. */
    String lastSentence(String sentence) {
        Matcher standfirst = STANDFIRST_TO_INTERVIEWER.matcher(sentence);
        if (standfirst.find() && sentence.substring(standfirst.end()).split("\\s+").length >= MIN_WORDS_KEPT) {
            return lastSentence(sentence.substring(standfirst.end()));
        }
        List<int[]> tokens = new java.util.ArrayList<>();
        Matcher t = TOKEN.matcher(sentence);
        while (t.find()) {
            tokens.add(new int[] {t.start(), t.end()});
        }
        for (int i = tokens.size() - MIN_WORDS_KEPT; i >= 1; i--) {
            String previous = sentence.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]);
            String word = sentence.substring(tokens.get(i)[0], tokens.get(i)[1]);
            String next = sentence.substring(tokens.get(i + 1)[0], tokens.get(i + 1)[1]);
            String kept = sentence.substring(tokens.get(i)[0]);
            String lines = sentence.substring(0, tokens.get(i)[0]);
            if ((seam(previous, word, next, titleCase(lines)) || afterHeadlineQuote(lines, word)
                    || namesTopicAgain(lines, previous, word, kept))
                    && lowerCaseWords(kept) >= MIN_LOWER_CASE_KEPT) {
                return kept;
            }
        }
        return sentence;
    }

    /**
     * A headline under its topic's label ("Harbour closure: the official inquiry report"): its first
     * words, then a colon and a lower-case word. Running text seldom opens so; a page's heading does.
     */
    private static final Pattern TOPIC_LABEL = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{N}-]*)(?:\\s+[\\p{L}\\p{N}-]+){0,3}\\s?:\\s+\\p{Ll}");
    /** Words that go on with a clause of the same sentence, where a name may follow ("... while Kelby officials ..."). */
    private static final Set<String> JOINS_CLAUSES = Set.of("and", "but", "or", "nor", "so", "yet", "while", "when",
            "whereas", "as", "that", "which", "who", "because", "after", "before", "if", "unless", "until", "since",
            "where", "than", "then", "also", "though", "although", "once", "let", "made", "make", "makes", "gave",
            "give", "gives", "asked", "urged", "help", "helped", "sees", "saw", "see");
    /** A possessive's ending, taken off a name to compare it with the label's ("BP's" is "BP"). */
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");

    /**
     * The lead after a topic's headline, run in without a stop, opens on the topic's first word again:
     * "Harbour closure: the official inquiry report Harbour officials have published ...". The seam is
     * that word after a lower-case one that introduces no name, with {@value #MIN_LINE_WORDS} words of
     * headline after the label and a lead of {@value #MIN_LEAD_WORDS} words.
     */
    private static boolean namesTopicAgain(String lines, String previous, String word, String kept) {
        Matcher label = TOPIC_LABEL.matcher(lines);
        if (!label.find() || !Character.isUpperCase(word.charAt(0)) || !LOWER.matcher(previous).matches()
                || TITLE_LEADS.contains(previous) || NAME_LINKS.contains(previous) || JOINS_CLAUSES.contains(previous)
                || kept.split("\\s+").length < MIN_LEAD_WORDS) {
            return false;
        }
        String headline = lines.substring(label.end() - 1);
        return headline.strip().split("\\s+").length >= MIN_LINE_WORDS
                && POSSESSIVE.matcher(word).replaceFirst("").equals(label.group(1));
    }

    /**
     * A headline in title case: at least five words, every word of four letters or more capitalized,
     * and a small lower-case word after the first ("Massive Oil Spill Washes Ashore in the Gulf"); a
     * name at the start of a sentence ("The Tern Harbour Bridge will ...") has none.
     */
    static boolean titleCase(String prefix) {
        Matcher m = LETTERS.matcher(prefix);
        int words = 0;
        boolean small = false;
        while (m.find()) {
            words++;
            String w = m.group();
            if (w.length() >= 4 && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            small |= words > 1 && Character.isLowerCase(w.charAt(0)) && !NAME_LINKS.contains(w);
        }
        return words >= 5 && small;
    }

    private static int lowerCaseWords(String text) {
        Matcher m = LETTERS.matcher(text);
        int n = 0;
        while (m.find()) {
            n += Character.isLowerCase(m.group().charAt(0)) ? 1 : 0;
        }
        return n;
    }

    private boolean seam(String previous, String word, String next, boolean afterTitleCase) {
        // the previous token must end in a letter or digit: after a stop, a colon or a quote it is no fusion
        if (!WORDLIKE.matcher(previous).matches() || TITLE_LEADS.contains(previous.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if ((word.equals("On") || word.equals("Like")) && Character.isUpperCase(previous.charAt(0))) {
            return false; // a title's "On" ("Carry On Sailing"); after a line's lower-case end it opens a sentence
        }
        if (STARTERS.contains(word)) {
            // "influenza A virus", "type A": a lone letter after a word the story writes before capitals names a
            // type, as does one before a bracket or a code ("influenza A (H1N1) strain", "a type A H5 virus"):
            // the article "A" opening a sentence comes before a word
            return word.length() > 1 || !(usuallyBeforeACapital(previous) || TYPE_CODE.matcher(next).lookingAt()
                    || writesBefore(previous, word));
        }
        // after a capital, an ordinary word ends a name more often than it starts a line ("Gulf Coast beaches")
        return (afterTitleCase || !Character.isUpperCase(previous.charAt(0))) && CAPITALIZED.matcher(word).matches()
                && LOWER.matcher(next).lookingAt() && ordinary(word);
    }

    /**
     * Whether the story's text writes the lone capital after the word at least {@value #MIN_USES} times: a
     * type's name it uses ("influenza A" in a story that also writes "influenza virus" and "influenza
     * pandemic"), not the article opening a sentence after a line's last word.
     */
    private boolean writesBefore(String word, String letter) {
        return letterPairs.getOrDefault(word + " " + letter, 0) >= MIN_USES;
    }

    /** Whether the story's text follows the word with a capital more often than not ("influenza" before "A"). */
    private boolean usuallyBeforeACapital(String word) {
        int[] c = followers.get(word);
        return c != null && c[0] >= MIN_USES && 2 * c[1] > c[0];
    }

    /** Whether the story writes the word in lower case at least three times as often as capitalized. */
    private boolean ordinary(String word) {
        int[] c = caseCounts.get(word.toLowerCase(Locale.ROOT));
        return c != null && c[0] >= 3 && c[0] >= 3 * c[1];
    }
}

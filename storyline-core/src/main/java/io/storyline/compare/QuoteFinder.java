package io.storyline.compare;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.EntityType;
import io.storyline.model.Quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes and their speakers, by attribution patterns of news copy: {@code "...," Gates said},
 * {@code "...," said Anne-Marie Slaughter, a professor}, {@code "...," X told CNN},
 * {@code X said: "..."}, {@code quoted X as saying}, {@code according to X}. A quote may span
 * sentences; an unattributed quote that directly follows another continues its speaker; "he said"
 * and "she said" go to the last person the article named, and to nobody when a name the rules could
 * not type came after that person (a wrong speaker is worse than none). A speaker is given by the
 * fullest name the article used for them before ("Powless said" after "Irving Powless"), else by
 * the fullest name of their entity; an unnamed one ("the spokesman") as written. Newswire's doubled
 * apostrophes and backquotes ({@code ''...''}, {@code ``...''}) are quotation marks too.
 */
final class QuoteFinder {

    /** A quote left open longer than this is taken to be a stray quotation mark. */
    private static final int MAX_SENTENCES = 6;
    /** Commas and white space that end a text, and runs of white space (compiled once: asked of every quote). */
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A one-word name with its affiliation: "Elhauge of Harvard", "Piccard of Switzerland". */
    private static final Pattern AFFILIATION = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019-]+) of \\p{Lu}.*");
    /** Words that may stand between a name and its verb of saying when the name is the verb's subject. */
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "has", "had", "have", "also",
            "later", "then", "again", "reportedly");
    private static final Pattern PARTICIPLES = Pattern.compile("(saying|described|called|calls)\\b");
    private static final Pattern ACCORDING = Pattern.compile("\\baccording to\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> VERBS_BEFORE_SPEAKER = Set.of("said", "says", "added", "asked",
            "wrote", "continued", "explained", "insisted", "noted", "warned", "told", "argued", "recalled",
            "replied", "declared", "acknowledged", "quoted", "adds");
    private static final Set<String> NOMINAL_STOPS = Set.of(",", "\"", "\u201C", "\u201D", "--", "\u2014", ";", ":");
    /**
     * Words that open a new clause after a closing quotation mark: the quote was part of the
     * sentence, not followed by its attribution ({@code is "almost foreign" and the NTSB has added}).
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "or", "while", "because",
            "although", "though", "so", "when", "if", "since", "until", "whereas", "as", "after", "before");
    private static final Set<String> GENERATIONS = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    /** Words before a name that show it is not a person's ("of Air International", "the Concorde"). */
    private static final Set<String> NOT_BEFORE_SPEAKERS = Set.of("of", "for", "at", "from", "in", "on",
            "by", "with", "to", "the", "into", "near");

    private final StoryAnalysis story;
    private final StoryEntities entities;
    private final SourceNumbering sources;
    /** Names of two or more words the current article used so far, most recent last. */
    private final List<String> fullNames = new ArrayList<>();
    /** The words the current article described each named person with: title and apposition, lower case. */
    private final Map<String, Set<String>> described = new LinkedHashMap<>();

    QuoteFinder(StoryAnalysis story, StoryEntities entities, SourceNumbering sources) {
        this.story = story;
        this.entities = entities;
        this.sources = sources;
    }

    List<Quote> find() {
        List<Quote> quotes = new ArrayList<>();
        for (int a = 0; a < story.articles().size(); a++) {
            quotes.addAll(inArticle(story.sentencesOf(a), sources.number(a)));
        }
        return quotes;
    }

    /** A quote being read: where it began, the words so far, and any speaker named before it. */
    private static final class Open {
        final int sentence;
        int startIndex;
        final StringBuilder words = new StringBuilder();
        String speaker;
        int sentences;

        Open(int sentence) {
            this.sentence = sentence;
        }
    }

    private List<Quote> inArticle(List<AnalyzedSentence> sentences, int source) {
        fullNames.clear();
        described.clear();
        List<Quote> quotes = new ArrayList<>();
        String lastPerson = null;
        Open open = null;
        String previousSpeaker = null;
        int previousQuoteEnd = -10; // index of the sentence where the last quote closed
        for (int k = 0; k < sentences.size(); k++) {
            AnalyzedSentence sentence = sentences.get(k);
            String text = withPlainQuotes(sentence.text());
            List<StoryEntities.Mention> mentions = entities.mentions(sentence.id());
            List<int[]> spans = new ArrayList<>(); // quoted spans of this sentence: {start, end}
            int i = 0;
            boolean inside = open != null;
            int spanStart = 0;
            boolean quoteInSentence = false;
            String unnamedSpeaker = null; // a speaker this sentence gave as written ("the chief navigator")
            while (i < text.length()) {
                char c = text.charAt(i);
                boolean opening = c == '\u201C' || (c == '"' && !inside);
                boolean closing = c == '\u201D' || (c == '"' && inside);
                if (opening && !inside) {
                    inside = true;
                    spanStart = i + 1;
                    quoteInSentence = true;
                } else if (closing && inside) {
                    spans.add(new int[] {spanStart, i});
                    inside = false;
                    quoteInSentence = true;
                }
                i++;
            }
            boolean carried = open != null;
            for (int s = 0; s < spans.size(); s++) {
                int[] span = spans.get(s);
                boolean continues = carried && s == 0;
                Open quote = continues ? open : new Open(sentence.position());
                if (!continues) {
                    quote.speaker = speakerBefore(text, 0, span[0] - 1, mentions, lastPerson);
                }
                append(quote.words, text.substring(span[0], span[1]));
                int afterEnd = s + 1 < spans.size() ? spans.get(s + 1)[0] - 1 : text.length();
                String speaker = speakerAfter(text, span[1] + 1, afterEnd, mentions, lastPerson);
                if (speaker == null) {
                    speaker = quote.speaker;
                }
                int began = continues ? quote.startIndex : k;
                boolean opensAlone = continues || text.substring(0, span[0]).strip().length() <= 1;
                if (speaker == null && s == 0 && previousQuoteEnd == began - 1 && opensAlone) {
                    speaker = previousSpeaker; // a quote paragraph that continues the last one
                }
                if (speaker == null && s > 0) {
                    speaker = previousSpeaker; // two quoted stretches around one attribution
                }
                String words = clean(quote.words.toString());
                speaker = namedRole(speaker);
                if (speaker != null && !words.isEmpty()) {
                    quotes.add(new Quote(words, speaker, true, source, quote.sentence));
                    if (Character.isLowerCase(speaker.charAt(0))) {
                        unnamedSpeaker = speaker;
                    }
                }
                previousSpeaker = speaker; // a quote nobody could be given ends the run of one speaker
                previousQuoteEnd = k;
                if (continues) {
                    open = null;
                }
            }
            if (inside) {
                if (open == null || (carried && !spans.isEmpty())) {
                    open = new Open(sentence.position());
                    open.startIndex = k;
                    int start = lastOpening(text);
                    open.speaker = speakerBefore(text, 0, Math.max(0, start - 1), mentions, lastPerson);
                    append(open.words, text.substring(start));
                } else {
                    append(open.words, text);
                }
                open.sentences++;
                if (open.sentences > MAX_SENTENCES) {
                    open = null;
                }
            } else if (!quoteInSentence) {
                Quote indirect = indirect(text, mentions, sentence.position(), source, lastPerson);
                if (indirect != null) {
                    quotes.add(indirect);
                }
            }
            String[] person = lastPersonIn(mentions, text, spans);
            if (person != null) {
                lastPerson = person[0];
            } else if (unnamedSpeaker != null) {
                lastPerson = unnamedSpeaker; // "the chief navigator confirmed, '...'" then "'...,' he said"
            }
            rememberFullNames(mentions);
            rememberDescriptions(text, mentions);
        }
        return quotes;
    }

    /**
     * "The commissioner said" after "Yves-Thibault de Silguy, European economy and finance commissioner": a
     * definite role whose head is a person's title, given as the one person this article described with that
     * title. With none or two such people the role stays as written (a wrong person is worse than a role).
     */
    private String namedRole(String speaker) {
        if (speaker == null || !(speaker.startsWith("the ") || speaker.startsWith("The "))) {
            return speaker;
        }
        List<Word> words = Word.of(speaker);
        for (int w = 1; w < words.size(); w++) {
            if (!words.get(w).isWord() || !Character.isLowerCase(words.get(w).text().charAt(0))) {
                return speaker;
            }
        }
        String head = words.get(words.size() - 1).lower();
        if (words.size() < 2 || !Lexicon.PERSON_TITLES.contains(head)) {
            return speaker;
        }
        String named = null;
        for (Map.Entry<String, Set<String>> person : described.entrySet()) {
            if (person.getValue().contains(head)) {
                if (named != null) {
                    return speaker;
                }
                named = person.getKey();
            }
        }
        return named != null ? named : speaker;
    }

    /** Remembers the title and the apposition a sentence gives a named person ("X, a spokesman for Y,"). */
    private void rememberDescriptions(String text, List<StoryEntities.Mention> mentions) {
        for (StoryEntities.Mention mention : mentions) {
            boolean person = typeOf(mention) == EntityType.PERSON
                    || (typeOf(mention) == EntityType.OTHER && !mention.name().strong()
                    && NameKey.tokens(mention.name().text()).size() >= 2);
            if (!person || mention.name().roleOnly()) {
                continue;
            }
            Set<String> words = new HashSet<>();
            if (mention.name().role() != null) {
                words.addAll(List.of(mention.name().role().split(" ")));
            }
            String after = text.substring(mention.name().end());
            if (after.startsWith(", ")) {
                int end = after.indexOf(',', 2);
                String apposition = end < 0 ? after.substring(2) : after.substring(2, end);
                List<Word> appositionWords = Word.of(apposition);
                if (appositionWords.size() <= 10) {
                    appositionWords.forEach(w -> words.add(w.lower()));
                }
            }
            if (!words.isEmpty()) {
                described.computeIfAbsent(speakerName(mention), n -> new HashSet<>()).addAll(words);
            }
        }
    }

    /** "according to X", "X told CNN that ...": words attributed without quotation marks. */
    private Quote indirect(String text, List<StoryEntities.Mention> mentions, int position, int source,
                           String lastPerson) {
        Matcher according = ACCORDING.matcher(text);
        if (according.find()) {
            for (StoryEntities.Mention mention : mentions) {
                if (mention.name().start() >= according.end() && mention.name().start() - according.end() <= 25
                        && !mention.name().roleOnly()) {
                    String claim = TRAILING_COMMAS.matcher(text.substring(0, according.start())).replaceAll("");
                    if (claim.isEmpty()) {
                        int end = text.indexOf(',', mention.name().end());
                        claim = end < 0 ? "" : text.substring(end + 1).strip();
                    }
                    return claim.isEmpty() ? null
                            : new Quote(clean(claim), speakerName(mention), false, source, position);
                }
            }
            return null;
        }
        List<Word> words = Word.of(text);
        for (int w = 0; w < words.size(); w++) {
            if (!words.get(w).is("told") || w + 1 >= words.size()) {
                continue;
            }
            String subject = speakerBefore(text, 0, words.get(w).start(), mentions, lastPerson);
            int that = text.indexOf(" that ", words.get(w).end());
            if (subject != null && that > 0 && isNamed(subject, mentions)) {
                return new Quote(clean(text.substring(that + 6)), subject, false, source, position);
            }
            return null;
        }
        return null;
    }

    private static boolean isNamed(String speaker, List<StoryEntities.Mention> mentions) {
        return Character.isUpperCase(speaker.charAt(0)) && !speaker.startsWith("The ") && !speaker.startsWith("A ");
    }

    /** The speaker named after a quote: {@code ," Gates said}, {@code ," said X}, {@code , he said}. */
    private String speakerAfter(String text, int from, int to, List<StoryEntities.Mention> mentions, String lastPerson) {
        if (from >= to) {
            return null;
        }
        Matcher according = ACCORDING.matcher(text.substring(from, to));
        if (according.find() && according.start() < 4) {
            for (StoryEntities.Mention mention : mentions) {
                int at = mention.name().start() - (from + according.end());
                if (at >= 0 && at <= 25 && !mention.name().roleOnly()) {
                    return speakerName(mention);
                }
            }
        }
        List<Word> words = Word.of(text.substring(from, to));
        int firstWord = 0;
        while (firstWord < words.size() && !words.get(firstWord).isWord()) {
            firstWord++;
        }
        if (firstWord < words.size() && CLAUSE_OPENERS.contains(words.get(firstWord).lower())) {
            return null;
        }
        String asSaying = namedAsSaying(words, from, mentions);
        if (asSaying != null) {
            return asSaying;
        }
        int verb = -1;
        for (int w = 0; w < words.size() && w < 14; w++) {
            if (Lexicon.SPEECH_VERBS.contains(words.get(w).lower()) || words.get(w).is("quoted")) {
                verb = w;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        int verbStart = from + words.get(verb).start();
        // "said X": a name right after the verb ("told X" names the listener, not the speaker)
        boolean verbFirst = true;
        for (int w = 0; w < verb; w++) {
            verbFirst &= !words.get(w).isWord();
        }
        if ((verbFirst && !words.get(verb).is("told")) || words.get(verb).is("quoted")) {
            for (StoryEntities.Mention mention : mentions) {
                if (mention.name().start() > verbStart && mention.name().start() - verbStart < 40
                        && !isPlaceOrOrganisationOnly(mention)) {
                    return speakerName(mention);
                }
            }
            String nominal = nominalAfter(words, verb + 1);
            if (nominal != null) {
                return nominal;
            }
        }
        return subjectBefore(text, from, verbStart, mentions, lastPerson, true);
    }

    /** "the newspaper paraphrased Chen as saying": the name just before "as saying". */
    private String namedAsSaying(List<Word> words, int from, List<StoryEntities.Mention> mentions) {
        for (int w = 1; w + 1 < words.size() && w < 16; w++) {
            if (!words.get(w).is("as") || !words.get(w + 1).is("saying")) {
                continue;
            }
            int as = from + words.get(w).start();
            for (StoryEntities.Mention mention : mentions) {
                if (mention.name().end() <= as && as - mention.name().end() <= 1 && !mention.name().roleOnly()
                        && typeOf(mention) != EntityType.PLACE && typeOf(mention) != EntityType.ORGANISATION) {
                    return speakerName(mention);
                }
            }
            return null;
        }
        return null;
    }

    /** The speaker named before a quote: {@code X said: "..."}, {@code X said that his defection "...}. */
    private String speakerBefore(String text, int from, int to, List<StoryEntities.Mention> mentions, String lastPerson) {
        if (to <= from) {
            return null;
        }
        List<Word> words = Word.of(text.substring(from, to));
        int verb = -1;
        for (int w = 0; w < words.size(); w++) {
            if (Lexicon.SPEECH_VERBS.contains(words.get(w).lower()) || words.get(w).is("saying")
                    || words.get(w).is("described") || words.get(w).is("called") || words.get(w).is("calls")) {
                verb = w;
            }
        }
        if (verb < 0) {
            return null;
        }
        int verbStart = from + words.get(verb).start();
        return subjectBefore(text, from, verbStart, mentions, lastPerson, false);
    }

    /**
     * Who is doing the saying: the last person named before the verb, a pronoun, or a noun phrase. A name after a
     * preposition is no subject ("the tower at Charles de Gaulle airport, the chief navigator confirmed"), nor is
     * a person named before a noun phrase that opens the verb's own clause; an organisation speaks only from just
     * before the verb ("IBM said", not "director of what became British Airways, called").
     */
    private String subjectBefore(String text, int from, int verbStart, List<StoryEntities.Mention> mentions,
                                 String lastPerson, boolean afterQuote) {
        StoryEntities.Mention person = null;
        StoryEntities.Mention any = null;
        for (StoryEntities.Mention mention : mentions) {
            if (mention.name().start() >= from && mention.name().end() <= verbStart
                    && !(mention.name().roleOnly() && mention.entity() < 0) && !afterPreposition(text, mention)) {
                if (typeOf(mention) == EntityType.PERSON) {
                    person = afterQuote && person != null ? person : mention;
                }
                if (any == null || !afterQuote) {
                    any = mention;
                }
            }
        }
        List<Word> words = Word.of(text.substring(from, verbStart));
        String clauseSubject = nominalBefore(words);
        StoryEntities.Mention apposed = subjectWithApposition(text, from, verbStart, mentions);
        if (apposed != null) {
            return speakerName(apposed);
        }
        if (person != null) {
            boolean clauseOfItsOwn = clauseSubject != null
                    && text.lastIndexOf(',', verbStart) > person.name().end();
            return clauseOfItsOwn ? clauseSubject : speakerName(person);
        }
        if (!words.isEmpty()) {
            Word last = words.get(words.size() - 1);
            if (Lexicon.PERSON_PRONOUNS.contains(last.lower())) {
                return lastPerson;
            }
            if (last.is("they") || last.is("it") || last.is("we") || last.is("i") || last.is("you")) {
                return null;
            }
        }
        if (any != null && typeOf(any) == EntityType.ORGANISATION && justBefore(text, any, verbStart)) {
            return speakerName(any);
        }
        if (any != null && typeOf(any) == EntityType.OTHER && !any.name().roleOnly() && !any.name().strong()
                && subjectOfVerb(text, any, verbStart)) {
            return speakerName(any); // "Elson was quoted as saying": a name the rules could not type, speaking
        }
        return clauseSubject;
    }

    /**
     * "Brian Trubshaw, the former Concorde test pilot who flew the plane in 1969, told reporters": a person's name
     * opening the clause, then an apposition between commas right up to the verb. The names inside the apposition
     * ("Concorde", "British Airways") describe the speaker; they do not speak.
     */
    private StoryEntities.Mention subjectWithApposition(String text, int from, int verbStart,
                                                       List<StoryEntities.Mention> mentions) {
        if (!text.substring(from, verbStart).stripTrailing().endsWith(",")) {
            return null;
        }
        for (StoryEntities.Mention mention : mentions) {
            if (mention.name().start() < from || mention.name().end() >= verbStart) {
                continue;
            }
            String before = text.substring(from, mention.name().start()).strip();
            boolean opensClause = before.isEmpty() || before.endsWith(",");
            boolean apposition = text.startsWith(",", mention.name().end());
            boolean couldSpeak = !mention.name().roleOnly() && (typeOf(mention) == EntityType.PERSON
                    || (typeOf(mention) == EntityType.OTHER && NameKey.tokens(mention.name().text()).size() >= 2));
            if (opensClause && apposition && couldSpeak) {
                return mention;
            }
            if (opensClause) {
                return null; // the clause opens with another name or phrase: no apposition to read
            }
        }
        return null;
    }

    /**
     * Whether a name is the verb's own subject: nothing but auxiliaries between them ("Elson was quoted", "Kamel
     * said"), so that a name inside a longer subject ("a Boeing engineer who said") is not taken for the speaker.
     */
    private static boolean subjectOfVerb(String text, StoryEntities.Mention mention, int verbStart) {
        if (mention.name().end() > verbStart || PARTICIPLES.matcher(text.substring(verbStart)).lookingAt()) {
            return false; // "suing AEG Live saying ...": a participle's subject is the clause's, not the name beside it
        }
        for (Word word : Word.of(text.substring(mention.name().end(), verbStart))) {
            if (!AUXILIARIES.contains(word.lower())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name stands just before the verb: at most three words between, and no comma ("IBM officials said"). */
    private static boolean justBefore(String text, StoryEntities.Mention mention, int verbStart) {
        String between = text.substring(mention.name().end(), verbStart);
        return between.indexOf(',') < 0 && Word.of(between).size() <= 3;
    }

    /** "the spokesman", "a U.S. intelligence source": the noun phrase just before the verb. */
    private static String nominalBefore(List<Word> words) {
        int end = words.size();
        int start = end;
        while (start > 0 && !NOMINAL_STOPS.contains(words.get(start - 1).text()) && end - start < 7) {
            start--;
        }
        if (start >= end) {
            return null;
        }
        Word first = words.get(start);
        if (!(first.is("the") || first.is("a") || first.is("an") || first.is("one"))) {
            return null;
        }
        return joined(words, start, end);
    }

    private static String nominalAfter(List<Word> words, int from) {
        if (from >= words.size()) {
            return null;
        }
        Word first = words.get(from);
        if (!(first.is("the") || first.is("a") || first.is("an") || first.is("one"))) {
            return null;
        }
        int end = from;
        while (end < words.size() && !NOMINAL_STOPS.contains(words.get(end).text()) && !words.get(end).text().equals(".")
                && end - from < 7) {
            end++;
        }
        return joined(words, from, end);
    }

    private static String joined(List<Word> words, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            if (k > from && !(w.text().equals("'s") || w.text().equals("\u2019s"))) {
                text.append(' ');
            }
            text.append(w.text());
        }
        return text.toString();
    }

    private boolean isPlaceOrOrganisationOnly(StoryEntities.Mention mention) {
        EntityType type = typeOf(mention);
        return type == EntityType.PLACE;
    }

    private EntityType typeOf(StoryEntities.Mention mention) {
        return mention.entity() >= 0 ? entities.entities().get(mention.entity()).type() : mention.name().type();
    }

    /**
     * A person's name at its fullest: the longer name this article used before that ends with (or,
     * for names written family name first, begins with) the name as written here, else the fullest
     * name of the entity. The article's own earlier name wins over the story's: two articles may
     * name two different people Johnson. When the article named two people of that family name, the
     * name stays as written: a wrong person is worse than a short name.
     */
    private String speakerName(StoryEntities.Mention mention) {
        String entityName = mention.entity() >= 0 ? entities.entities().get(mention.entity()).name() : mention.name().text();
        boolean untyped = typeOf(mention) == EntityType.OTHER && !mention.name().strong();
        if (mention.name().roleOnly() || (typeOf(mention) != EntityType.PERSON && !untyped)) {
            return entityName;
        }
        Matcher affiliated = AFFILIATION.matcher(mention.name().text());
        boolean ofPlace = affiliated.matches(); // "Elhauge of Harvard": the name is the word before "of"
        List<String> written = NameKey.tokens(ofPlace ? affiliated.group(1) : mention.name().text());
        if (written.size() != 1) {
            return entityName;
        }
        String ending = null;
        String beginning = null;
        for (int n = fullNames.size() - 1; n >= 0; n--) {
            List<String> full = withoutSuffix(NameKey.tokens(fullNames.get(n)));
            if (NameKey.sameWord(full.get(full.size() - 1), written.get(0))) {
                if (ending != null && !NameKey.key(ending).equals(NameKey.key(fullNames.get(n)))) {
                    return mention.name().text(); // two people of the name (Auguste and Bertrand Piccard)
                }
                ending = fullNames.get(n);
            }
            if (beginning == null && NameKey.sameWord(full.get(0), written.get(0))
                    && !Lexicon.FIRST_NAMES.contains(full.get(0))) {
                beginning = fullNames.get(n);
            }
        }
        if (ending != null) {
            return ofPlace ? ending : longer(ending, entityName);
        }
        if (beginning != null) {
            return ofPlace ? beginning : longer(beginning, entityName);
        }
        return ofPlace ? affiliated.group(1) : entityName;
    }

    /** A name's words without a generational suffix ("Irving Powless Jr." ends with Powless). */
    private static List<String> withoutSuffix(List<String> tokens) {
        int end = tokens.size();
        while (end > 1 && GENERATIONS.contains(tokens.get(end - 1))) {
            end--;
        }
        return tokens.subList(0, end);
    }

    /** The article's name, unless the entity's name is the same person's name written out further. */
    private static String longer(String articleName, String entityName) {
        List<String> local = NameKey.tokens(articleName);
        List<String> story = NameKey.tokens(entityName);
        return story.size() > local.size() && NameKey.partOf(local, story) ? entityName : articleName;
    }

    /** Remembers the names of two or more words a sentence uses that may be people's. */
    private void rememberFullNames(List<StoryEntities.Mention> mentions) {
        for (StoryEntities.Mention mention : mentions) {
            EntityType type = mention.name().type();
            if (!mention.name().roleOnly() && (type == EntityType.PERSON || type == EntityType.OTHER)
                    && NameKey.tokens(mention.name().text()).size() >= 2) {
                fullNames.add(mention.name().text());
            }
        }
    }

    /**
     * The last person named outside the quotes of a sentence, as a one-element array; an array
     * holding {@code null} when a name of two or more words that the rules could not type comes
     * after the last person (it may be the person a following "he said" means); {@code null} when
     * the sentence names nobody who could speak.
     */
    private String[] lastPersonIn(List<StoryEntities.Mention> mentions, String text, List<int[]> spans) {
        String[] last = null;
        for (int m = 0; m < mentions.size(); m++) {
            StoryEntities.Mention mention = mentions.get(m);
            boolean quoted = false;
            for (int[] span : spans) {
                quoted |= mention.name().start() >= span[0] && mention.name().end() <= span[1];
            }
            if (quoted) {
                continue;
            }
            if (typeOf(mention) == EntityType.PERSON && mention.entity() >= 0 && !afterPreposition(text, mention)) {
                last = new String[] {speakerName(mention)};
            } else if (typeOf(mention) == EntityType.OTHER && !mention.name().roleOnly()
                    && NameKey.tokens(mention.name().text()).size() >= 2 && !afterPrepositionOrCommonNoun(text, mention)) {
                last = new String[] {null};
            }
        }
        return last;
    }

    /**
     * Whether a name follows "of", "at", "the" ... ("editor of Air International") or stands beside a
     * common noun that is no title ("the ship's operator, Greyhaven Shipping"): not a person's name. For names the
     * rules could not type; unlike {@link #afterPreposition}, "the" always counts.
     */
    private static boolean afterPrepositionOrCommonNoun(String text, StoryEntities.Mention mention) {
        List<Word> before = wordsBefore(text, mention);
        int n = before.size();
        if (n > 0 && NOT_BEFORE_SPEAKERS.contains(before.get(n - 1).lower())) {
            return true;
        }
        return n >= 2 && before.get(n - 1).text().equals(",") && before.get(n - 2).isWord()
                && Character.isLowerCase(before.get(n - 2).text().charAt(0))
                && !Lexicon.PERSON_TITLES.contains(before.get(n - 2).lower());
    }

    /**
     * Whether the word just before a name is a preposition ("the tower at Charles de Gaulle airport"), or, for a
     * name typed as a person's, an article ("the Concorde's navigator"): people's names take none. An
     * organisation's may ("the White House said"), and so may a role standing for a person ("the minister").
     */
    private boolean afterPreposition(String text, StoryEntities.Mention mention) {
        List<Word> before = wordsBefore(text, mention);
        String last = before.isEmpty() ? "" : before.get(before.size() - 1).lower();
        return NOT_BEFORE_SPEAKERS.contains(last) && (!last.equals("the")
                || (typeOf(mention) == EntityType.PERSON && !mention.name().roleOnly())); // "the minister" is his role
    }

    /** The words and marks of the sentence before the name. */
    private static List<Word> wordsBefore(String text, StoryEntities.Mention mention) {
        return Word.of(text.substring(0, mention.name().start()));
    }

    /** Doubled apostrophes and backquotes as plain quotation marks, offsets unchanged. */
    static String withPlainQuotes(String text) {
        if (text.indexOf("''") < 0 && text.indexOf("``") < 0) {
            return text;
        }
        return text.replace("``", "\" ").replace("''", " \"");
    }

    private static int lastOpening(String text) {
        boolean inside = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || (c == '"' && !inside)) {
                inside = true;
                start = i + 1;
            } else if (c == '\u201D' || (c == '"')) {
                inside = false;
            }
        }
        return start;
    }

    private static void append(StringBuilder words, String more) {
        if (words.length() > 0) {
            words.append(' ');
        }
        words.append(more.strip());
    }

    private static String clean(String quote) {
        return SPACES.matcher(TRAILING_COMMAS.matcher(quote.strip()).replaceAll("")).replaceAll(" ");
    }
}

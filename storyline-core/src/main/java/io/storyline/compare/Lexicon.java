package io.storyline.compare;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the comparison's rules read: titles, countries, organisation words, first names,
 * speech verbs and event words. Written for this project; deliberately small and newsroom-shaped.
 * Lookups are on lower-cased words unless a method says otherwise.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Words that stand before a person's name as a title or role ("Secretary", "spokesman"). */
    static final Set<String> TITLES = set(
            "president", "vice", "secretary", "minister", "prime", "premier", "chancellor", "king",
            "queen", "prince", "princess", "sheikh", "emir", "sultan", "pope", "cardinal", "bishop",
            "rev", "rev.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.",
            "professor", "gen", "gen.", "general", "lt", "lt.", "col", "col.", "colonel", "maj",
            "maj.", "major", "capt", "capt.", "captain", "adm", "adm.", "admiral", "sgt", "sgt.",
            "sergeant", "cmdr", "cmdr.", "commander", "brig", "brig.", "sen", "sen.", "senator",
            "rep", "rep.", "representative", "gov", "gov.", "governor", "mayor", "judge", "justice",
            "ambassador", "envoy", "chairman", "chairwoman", "chair", "chief", "director", "spokesman",
            "spokeswoman", "spokesperson", "leader", "fighter", "commissioner", "councillor",
            "councilman", "detective", "officer", "inspector", "chef", "coach", "ceo", "founder",
            "analyst", "correspondent", "reporter", "editor", "lawyer", "attorney", "economist",
            "adviser", "advisor", "aide", "deputy", "foreign", "defense", "defence", "interior",
            "finance", "justice", "health", "press", "state", "home", "labor", "labour", "trade",
            "former", "acting", "mrs", "sir", "dame", "lord", "lady", "doctor", "nurse", "witness",
            "resident", "student", "farmer", "colonel", "pilot", "captain", "official", "operative",
            "agent", "executive", "manager", "president-elect", "senior", "top", "opposition",
            "rebel", "army", "military", "government", "national", "security", "u.n.",
            "intelligence", "defense", "sheriff", "prosecutor",
            "secretary-general", "engineer", "scientist");

    /** Titles that alone show that the following name is a person (the rest are modifiers). */
    static final Set<String> PERSON_TITLES = set(
            "president", "secretary", "minister", "premier", "chancellor", "king", "queen", "prince",
            "princess", "sheikh", "emir", "sultan", "pope", "cardinal", "bishop", "rev", "rev.", "mr",
            "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "gen",
            "gen.", "general", "lt", "lt.", "col", "col.", "colonel", "maj", "maj.", "major", "capt",
            "capt.", "captain", "adm", "adm.", "admiral", "sgt", "sgt.", "sergeant", "cmdr", "cmdr.",
            "commander", "brig", "brig.", "sen", "sen.", "senator", "rep", "rep.", "representative",
            "gov", "gov.", "governor", "mayor", "judge", "justice", "ambassador", "envoy", "chairman",
            "chairwoman", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "leader",
            "fighter", "commissioner", "councillor", "councilman",
            "councilwoman", "assemblyman", "assemblywoman", "congressman", "congresswoman", "alderman", "detective", "officer", "inspector",
            "coach", "ceo", "founder", "analyst", "correspondent", "reporter", "editor", "lawyer",
            "attorney", "economist", "adviser", "advisor", "aide", "deputy", "sir", "dame", "lord",
            "lady", "doctor", "nurse", "witness", "resident", "student", "farmer", "pilot", "official",
            "operative", "agent", "executive", "manager", "president-elect", "sheriff", "prosecutor",
            "secretary-general", "engineer", "scientist", "researcher", "owner",
            "driver", "activist", "candidate", "teacher", "worker", "victim", "survivor", "mother",
            "father", "son", "daughter", "wife", "husband", "head", "member", "superintendent", "expert",
            "specialist", "historian", "physician", "surgeon", "psychiatrist", "psychologist");

    /** Titles that rank a person ("the foreign minister") and so may refer back to a named one. */
    static final Set<String> ROLE_HEADS = set(
            "president", "secretary", "minister", "premier", "chancellor", "king", "queen",
            "ambassador", "envoy", "chairman", "governor", "mayor", "spokesman", "spokeswoman",
            "leader", "general", "admiral", "commander", "senator", "prince");

    static final Set<String> COUNTRIES = set(
            "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
            "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia",
            "bosnia", "brazil", "britain", "great britain", "bulgaria", "burma", "cambodia",
            "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "croatia", "cuba",
            "cyprus", "czech republic", "denmark", "ecuador", "egypt", "england", "eritrea", "estonia",
            "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece", "guatemala",
            "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
            "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait",
            "latvia", "lebanon", "liberia", "libya", "lithuania", "malaysia", "mali", "mexico",
            "moldova", "mongolia", "morocco", "mozambique", "myanmar", "nepal", "netherlands",
            "new zealand", "nicaragua", "niger", "nigeria", "north korea", "norway", "oman",
            "pakistan", "palestine", "panama", "peru", "philippines", "poland", "portugal", "qatar",
            "romania", "russia", "rwanda", "saudi arabia", "scotland", "senegal", "serbia",
            "singapore", "slovakia", "somalia", "south africa", "south korea", "south sudan", "spain",
            "sri lanka", "sudan", "sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand",
            "tunisia", "turkey", "uganda", "ukraine", "united arab emirates", "united kingdom",
            "united states", "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen",
            "zambia", "zimbabwe", "u.s.", "us", "usa", "u.s.a.", "uk", "u.k.", "america");

    /** Places other than countries that news copy names without a preposition to show it. */
    static final Set<String> PLACES = set(
            "london", "paris", "washington", "new york", "moscow", "beijing", "tokyo", "berlin",
            "rome", "madrid", "cairo", "tripoli", "benghazi", "baghdad", "kabul", "damascus",
            "tehran", "jerusalem", "gaza", "west bank", "brussels", "geneva", "vienna", "istanbul",
            "ankara", "athens", "dubai", "riyadh", "beirut", "boston", "chicago", "los angeles",
            "san francisco", "sydney", "toronto", "hong kong", "delhi", "new delhi", "mumbai",
            "middle east", "europe", "africa", "asia", "north africa", "latin america", "gulf",
            "persian gulf", "mediterranean", "atlantic", "pacific", "california", "texas", "florida",
            "new jersey", "virginia", "ohio", "michigan", "alaska", "hawaii", "arizona", "oregon",
            "scotland", "wales", "europe", "balkans", "caribbean", "arctic", "antarctica");

    /** The United States and Britain have several names each; the key is the canonical one. */
    static final Map<String, String> PLACE_SYNONYMS = Map.of(
            "u.s.", "united states", "us", "united states", "usa", "united states",
            "u.s.a.", "united states", "america", "united states",
            "uk", "united kingdom", "u.k.", "united kingdom", "britain", "united kingdom",
            "great britain", "united kingdom");

    /** Last words that make a name an organisation ("Security Council", "Acme Inc."). */
    static final Set<String> ORGANISATION_HEADS = set(
            "council", "committee", "ministry", "department", "agency", "office", "university",
            "college", "school", "institute", "inc", "inc.", "corp", "corp.", "co", "co.", "ltd",
            "ltd.", "plc", "llc", "party", "assembly", "commission", "bank", "court", "association",
            "foundation", "company", "group", "service", "services", "army", "navy", "guard",
            "union", "organization", "organisation", "times", "post", "journal", "network", "news",
            "press", "parliament", "congress", "senate", "club", "church", "board", "bureau",
            "authority", "federation", "league", "front", "movement", "brigade", "brigades",
            "airlines", "airways", "motors", "hospital", "police", "staff", "forces", "tribunal",
            "administration", "cabinet", "fund", "society", "centre", "center", "corporation",
            "reserve", "exchange", "team", "house", "chamber", "workers", "institute");

    /** Organisations known by name (lower case). */
    static final Set<String> ORGANISATIONS = set(
            "nato", "cia", "fbi", "nsa", "un", "u.n.", "united nations", "eu", "european union",
            "cnn", "bbc", "reuters", "ap", "afp", "associated press", "guardian", "pentagon",
            "kremlin", "white house", "congress", "red cross", "amnesty international", "al qaeda",
            "al-qaeda", "hamas", "hezbollah", "taliban", "opec", "imf", "world bank", "who", "unicef",
            "fifa", "google", "microsoft", "apple", "twitter", "facebook", "nasa", "new york times",
            "washington post", "al jazeera", "al-jazeera", "downing street", "state department",
            "interpol", "african union", "arab league", "scotland yard", "nbc", "abc", "cbs", "fox",
            "sky news", "xinhua", "wall street journal", "navy", "army", "parliament", "senate",
            "bundestag", "duma", "knesset", "amnesty international");

    /** Last words that make a name a place ("Main Street", "Gull Bay") and first words ("Lake Tahoe"). */
    static final Set<String> PLACE_HEADS = set("street", "avenue", "road", "square", "bridge", "river",
            "region", "strip", "territory", "republic", "prefecture",
            "lake", "mountain", "mountains", "port", "bay", "island", "islands", "valley", "county",
            "province", "district", "beach", "harbour", "harbor", "coast", "peninsula", "desert", "sea",
            "ocean", "strait", "canal", "park", "airport", "city", "town", "village", "heights", "hills");
    static final Set<String> PLACE_STARTS = set("lake", "mount", "cape", "port", "fort", "gulf", "strait",
            "isle", "mt.", "st.", "san", "santa", "los", "las", "new", "north", "south", "east", "west");

    /** Lower-case nouns after a name (or a list of names) that make it a place ("the Yangtze and Huaihe rivers"). */
    static final Set<String> PLACE_NOUNS_AFTER = set("river", "rivers", "valley", "valleys", "basin", "delta",
            "region", "province", "provinces", "county", "prefecture", "island", "islands", "mountains", "peninsula",
            "desert", "lake", "lakes", "sea", "strait", "coast", "canyon");

    /** Lower-case nouns after a name that make it an organisation ("the Halvorsen Steel plant"). */
    static final Set<String> ORGANISATION_NOUNS = set("plant", "factory", "firm", "newspaper", "agency",
            "group", "union", "hospital", "company", "airline", "bank", "party", "militia", "network",
            "channel", "magazine", "university", "school", "team", "club", "charity", "foundation");

    /** Adjectives of nationality: they make a following title foreign, never an entity alone. */
    static final Set<String> DEMONYMS = set(
            "libyan", "british", "american", "french", "german", "egyptian", "italian", "russian",
            "chinese", "japanese", "iranian", "iraqi", "syrian", "israeli", "palestinian", "turkish",
            "saudi", "tunisian", "algerian", "moroccan", "yemeni", "afghan", "pakistani", "indian",
            "canadian", "mexican", "spanish", "portuguese", "greek", "dutch", "belgian", "swiss",
            "swedish", "norwegian", "danish", "polish", "ukrainian", "korean", "australian", "irish",
            "scottish", "welsh", "english", "european", "african", "arab", "western", "eastern",
            "northern", "southern", "sudanese", "lebanese", "jordanian", "qatari", "kuwaiti",
            "nigerian", "kenyan", "brazilian", "argentine", "cuban", "venezuelan", "colombian",
            "chilean", "peruvian", "serbian", "croatian", "bosnian", "somali", "ethiopian", "muslim",
            "christian", "jewish", "sunni", "shiite", "catholic", "islamic", "communist", "republican",
            "democratic", "democrat", "conservative", "liberal", "socialist", "lithuanian", "latvian",
            "estonian", "hungarian", "czech", "slovak", "romanian", "bulgarian", "finnish", "austrian",
            "thai", "vietnamese", "filipino", "indonesian", "malaysian", "burmese", "nepali",
            "bangladeshi", "emirati", "bahraini", "omani", "libyan-born", "belarusian", "georgian",
            "armenian", "azerbaijani", "kazakh", "uzbek", "mongolian", "taiwanese", "new zealand",
            "south african", "congolese", "rwandan", "ugandan", "tanzanian", "zimbabwean", "malian",
            "senegalese", "ghanaian", "cameroonian", "haitian", "jamaican", "bolivian", "ecuadorian",
            "uruguayan", "paraguayan", "guatemalan", "honduran", "nicaraguan", "salvadoran", "panamanian");

    /** First names (lower case), enough to type "Robert Baer" a person with no other evidence. */
    static final Set<String> FIRST_NAMES = set(
            "robert", "john", "james", "william", "michael", "mike", "david", "richard", "thomas",
            "tom", "tommy", "charles", "joseph", "george", "peter", "paul", "mark", "steven", "steve",
            "andrew", "daniel", "dan", "kevin", "brian", "jay", "barack", "hillary", "joe", "bill",
            "nicolas", "frederick", "fred", "anne", "marie",
            "mary", "elizabeth", "sarah", "susan", "karen", "nancy", "lisa", "laura", "emma",
            "theresa", "angela", "margaret", "helen", "anna", "maria", "jane", "kate", "julia",
            "ali", "mohammed", "muhammad", "mohamed", "mohammad", "ahmed", "ahmad", "omar", "moammar",
            "muammar", "mustafa", "abdul", "abdel", "abdullah", "hassan", "hussein",
            "ibrahim", "khalid", "mahmoud", "yusuf", "youssef", "ayman",
            "saleh", "hosni", "bashar", "vladimir", "dmitry", "sergei", "boris",
            "francois", "jean", "pierre", "jacques", "angela", "silvio", "gordon", "tony", "david",
            "nick", "ed", "edward", "henry", "harry", "jack", "samuel", "sam", "benjamin", "ehud",
            "recep", "xi", "hu", "wen", "shinzo", "naoto", "kim", "li", "wang", "carlos", "jose",
            "juan", "luis", "hugo", "luiz", "dilma", "cristina", "nelson", "jacob", "kofi", "ban",
            "susan", "christopher", "chris", "matthew", "anthony", "donald", "ronald", "patrick",
            "sean", "scott", "eric", "gary", "jeff", "jeffrey", "larry", "frank", "raymond", "greg",
            "linda", "barbara", "jennifer", "patricia", "jessica", "rachel", "rebecca", "ruth",
            "martha", "alice", "clare", "claire", "sophie", "nadia", "fatima", "leila", "layla",
            "amr", "hamid", "rashid", "tariq", "walid", "yasser", "nabil", "khaled", "mahmud",
            "abdelhakim", "mansour", "jalal", "ghassan", "hamza", "osama", "anwar", "nouri");

    /** Verbs of speaking that attribute words to a speaker. */
    static final Set<String> SPEECH_VERBS = set(
            "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "warned",
            "warns", "stated", "states", "declared", "declares", "explained", "explains", "insisted",
            "insists", "noted", "notes", "wrote", "writes", "recalled", "argued", "argues",
            "acknowledged", "admitted", "claimed", "claims", "continued", "replied", "tweeted",
            "announced", "announces", "conceded", "cautioned", "remarked", "shouted", "screamed",
            "whispered", "suggested", "urged", "vowed", "predicted", "observed", "commented",
            "complained", "estimated", "reported", "confirmed", "quipped", "pleaded", "joked");

    /** Pronouns that stand for a person speaker. */
    static final Set<String> PERSON_PRONOUNS = set("he", "she");

    /**
     * Event words by class: two reports of one event use words of the same class, whichever words
     * they are ("resigned" / "defected" / "fled"). Keys are lower-case words, not stems.
     */
    static final Map<String, String> EVENTS = io.storyline.analyze.WordClasses.of(
            "defect: defect defected defecting defection defections resign resigned resigning "
                    + "resignation quit quits quitting fled flee flees fleeing departure step stepped "
                    + "abandoned abandon deserted",
            "kill: kill killed killing killings dead death deaths die died dying massacre massacres "
                    + "toll fatalities casualties",
            "wound: wounded wounding injured injuries injuring hurt",
            "arrest: arrest arrested arresting detained detention jailed custody",
            "shell: shell shelling shells shelled bombard bombardment pound pounding pummel "
                    + "bombing bombed rockets artillery",
            "airstrike: airstrike airstrikes air-strike strikes airpower bombers jets",
            "clash: clash clashes clashed fighting battle battles combat skirmish",
            "siege: siege besieged encircled surrounded",
            "capture: capture captured seize seized seizing retake retook retaken recaptured fell",
            "retreat: retreat retreated retreating withdraw withdrew withdrawal pulled",
            "arm: arm arming weapons",
            "talks: talks negotiations negotiate negotiating meeting met",
            "covert: covert operatives",
            "vote: vote voted votes election elected ballot referendum",
            "sanction: sanction sanctions embargo",
            "immunity: immunity prosecution",
            "protest: protest protests protesters demonstrators demonstration rally",
            "collapse: collapse collapsed crumbling crumble crack cracking fragmented disarray",
            "fire: fire fires blaze burned burning",
            "flood: flood floods flooding flooded",
            "crash: crash crashed collision collided struck slammed rammed",
            "sign: signed sign agreement deal treaty accord",
            "appoint: appointed appoint named nominated tapped pick picked");

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isCountry(String lowerName) {
        return COUNTRIES.contains(lowerName);
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}

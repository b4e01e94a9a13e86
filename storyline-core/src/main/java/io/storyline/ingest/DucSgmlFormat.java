package io.storyline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Newswire documents in the SGML that NIST distributes for DUC and TREC ({@code APW19990707.0041}, usually
 * without an extension): one or more {@code <DOC>} elements, each with {@code <DOCNO>}, {@code <DATE_TIME>}
 * (older sets: {@code <DATE>}), {@code <HEADLINE>} and {@code <TEXT>} holding {@code <P>} paragraphs.
 * Recognised by content, whatever the file is called: the file starts with {@code <DOC>}.
 *
 * <p>Each document is one article: its id is the DOCNO, its outlet the news agency the DOCNO's prefix names
 * ({@code APW} Associated Press, {@code NYT} New York Times, {@code XIE} Xinhua...; an unknown prefix names
 * no outlet, so the text's dateline does, else "unknown outlet"), its date the DATE_TIME's (else the DOCNO's
 * {@code YYYYMMDD}), its title the headline. Wire furniture ({@code <HEADER>}, {@code <SLUG>},
 * {@code <TRAILER>}, {@code <ANNOTATION>} notes to editors, typesetting codes such as {@code &QL;}) is
 * dropped. A document without HEADLINE or DATE_TIME, a tag left open or broken, or a file cut short is read as
 * far as it goes, and the file gets one problem naming every flaw.
 */
final class DucSgmlFormat implements ArticleFormat {

    /** The outlet of last resort: a DOCNO's prefix is a code, not a name to show readers. */
    static final String UNKNOWN_OUTLET = "unknown outlet";

    /** News agencies by the DOCNO prefix NIST and the LDC give their documents. */
    private static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("AP", "Associated Press"), Map.entry("APW", "Associated Press"),
            Map.entry("NYT", "New York Times"),
            Map.entry("XIE", "Xinhua"), Map.entry("XIN", "Xinhua"),
            Map.entry("AFP", "Agence France-Presse"), Map.entry("AFE", "Agence France-Presse"),
            Map.entry("WSJ", "Wall Street Journal"), Map.entry("FT", "Financial Times"),
            Map.entry("LA", "Los Angeles Times"), Map.entry("SJMN", "San Jose Mercury News"));

    /** {@code <DOC>} first, after white space and a UTF-8 byte order mark (as Latin-1 characters). */
    private static final Pattern STARTS_WITH_DOC = Pattern.compile("\\A(?:\u00EF\u00BB\u00BF)?\\s*<DOC(?:\\s[^<>]*)?>");
    private static final Pattern DOC_OPEN = Pattern.compile("<DOC(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOC_CLOSE = Pattern.compile("</DOC\\s*>", Pattern.CASE_INSENSITIVE);
    /** A tag begun but never ended: {@code <HEADLI} followed by another tag or the end. */
    private static final Pattern BROKEN_TAG = Pattern.compile("</?[A-Za-z_]+[^<>]*(?=<|\\z)");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z_]+(?:\\s[^<>]*)?>");
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("</?P(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNOTATION = Pattern.compile("<ANNOTATION>.*?(?:</ANNOTATION>|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);");
    private static final Pattern AGENCY = Pattern.compile("^[A-Za-z]+");
    private static final Pattern AMERICAN_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

    @Override
    public boolean recognises(Input input) {
        return STARTS_WITH_DOC.matcher(input.head()).lookingAt();
    }

    @Override
    public void read(Input input, Reading reading) throws UnusableInputException {
        String text = input.text();
        List<String> documents = documents(text);
        List<String> flaws = new ArrayList<>();
        int read = 0;
        for (int i = 0; i < documents.size(); i++) {
            Document document = parse(documents.get(i));
            String named = documents.size() == 1 ? "" : "document " + (document.docno() != null
                    ? document.docno() : String.valueOf(i + 1)) + " ";
            document.flaws().forEach(flaw -> flaws.add(named + flaw));
            if (document.text() == null) {
                continue;
            }
            try {
                reading.add(article(document, i + 1, documents.size(), input.from(), reading.fallbackDate()));
                read++;
            } catch (UnusableInputException e) {
                flaws.add(named + e.getMessage());
            }
        }
        if (read == 0) {
            throw new UnusableInputException("is DUC/TREC SGML with no readable document"
                    + (flaws.isEmpty() ? "" : " (" + String.join("; ", flaws) + ")"));
        }
        if (!flaws.isEmpty()) {
            reading.readInPart(input.location(), "DUC/TREC SGML read as far as it goes: " + String.join("; ", flaws));
        }
    }

    /** One {@code <DOC>}'s fields; {@code text} null when it has none, {@code flaws} what is wrong with it. */
    record Document(String docno, String dateTime, String headline, String text, List<String> flaws) {
    }

    /** Each {@code <DOC>} element's content; a document not closed runs to the next one or the end. */
    static List<String> documents(String text) {
        List<String> documents = new ArrayList<>();
        Matcher open = DOC_OPEN.matcher(text);
        boolean found = open.find();
        while (found) {
            int start = open.end();
            found = open.find();
            int end = found ? open.start() : text.length();
            documents.add(text.substring(start, end));
        }
        return documents;
    }

    static Document parse(String document) {
        List<String> flaws = new ArrayList<>();
        Matcher close = DOC_CLOSE.matcher(document);
        String body = document;
        if (close.find()) {
            body = document.substring(0, close.start());
        } else {
            flaws.add("ends before its </DOC>");
        }
        Matcher broken = BROKEN_TAG.matcher(body);
        if (broken.find()) {
            flaws.add("has a broken tag (" + abbreviate(broken.group().strip()) + ")");
            body = broken.replaceAll(" ");
        }
        String docno = field(body, "DOCNO", flaws, false);
        if (docno == null || oneLine(docno).isEmpty()) {
            flaws.add("has no <DOCNO>");
            docno = null;
        }
        String dateTime = field(body, "DATE_TIME", flaws, false);
        if (dateTime == null) {
            dateTime = field(body, "DATE", flaws, false); // as older TREC sets date their documents
            if (dateTime == null) {
                flaws.add("has no <DATE_TIME>");
            }
        } else if (date(dateTime) == null) {
            flaws.add("has a <DATE_TIME> that is not a date (" + abbreviate(oneLine(dateTime)) + ")");
        }
        String headline = field(body, "HEADLINE", flaws, false);
        if (headline == null) {
            flaws.add("has no <HEADLINE>");
        } else if (oneLine(headline).isEmpty()) {
            flaws.add("has an empty <HEADLINE>");
        }
        String text = field(body, "TEXT", flaws, true);
        if (text == null) {
            flaws.add("has no <TEXT>");
        }
        return new Document(docno == null ? null : oneLine(docno), dateTime == null ? null : oneLine(dateTime),
                headline == null || oneLine(headline).isEmpty() ? null : oneLine(headline),
                text == null ? null : paragraphs(text), flaws);
    }

    /**
     * The content of the first {@code <tag>}, or null when it has none. A tag left open runs to the next tag
     * ({@code TEXT}, which holds tags, to the end of the document), and is a flaw.
     */
    private static String field(String body, String tag, List<String> flaws, boolean holdsTags) {
        Matcher open = Pattern.compile("<" + tag + "(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE).matcher(body);
        if (!open.find()) {
            return null;
        }
        Matcher close = Pattern.compile("</" + tag + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(body);
        if (close.find(open.end())) {
            return body.substring(open.end(), close.start());
        }
        flaws.add("has a <" + tag + "> that is not closed");
        int end = body.length();
        if (!holdsTags) {
            Matcher next = TAG.matcher(body);
            end = next.find(open.end()) ? next.start() : body.length();
        }
        return body.substring(open.end(), end);
    }

    /** The TEXT's paragraphs ({@code <P>}, else blank lines), each on one line, separated by a blank line. */
    static String paragraphs(String text) {
        String withoutNotes = ANNOTATION.matcher(text).replaceAll("\n\n");
        String[] parts = PARAGRAPH_TAG.matcher(withoutNotes).find()
                ? PARAGRAPH_TAG.split(withoutNotes) : BLANK_LINE.split(withoutNotes);
        List<String> paragraphs = new ArrayList<>();
        for (String part : parts) {
            String paragraph = oneLine(TAG.matcher(part).replaceAll(" "));
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** Entities decoded (typesetting codes dropped) and white space collapsed. */
    private static String oneLine(String sgml) {
        Matcher m = ENTITY.matcher(sgml);
        StringBuilder out = new StringBuilder(sgml.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
            } catch (NumberFormatException tooLong) {
                return " ";
            }
        }
        String basic = switch (name.toLowerCase(Locale.ROOT)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> null;
        };
        if (basic != null) {
            return basic;
        }
        // &frac12; &eacute;... as in HTML; &QL; &HT; &LR; &UR; &Cx1f;... are the wire's typesetting codes
        return Entities.isNamedEntity(name) ? Entities.getByName(name) : " ";
    }

    private static ExtractedArticle article(Document document, int number, int documents, Provenance file,
                                            LocalDate fallbackDate) throws UnusableInputException {
        String agency = agency(document.docno());
        LocalDate published = date(document.dateTime());
        if (published == null && document.docno() != null) {
            published = DateParsing.fromFileName(document.docno());
        }
        String id = document.docno() != null ? document.docno() : documents == 1 ? file.id() : file.id() + "#" + number;
        Metadata meta = new Metadata(id, agency, null, document.headline(), published);
        Provenance from = new Provenance(id, UNKNOWN_OUTLET, file.origin(), file.pathDate());
        return Articles.assemble(document.text(), meta, from, fallbackDate, null);
    }

    /** The day of a DATE_TIME: ISO ("1999-07-07 08:30:27") or American ("06/10/1998 21:46:00"); else null. */
    static LocalDate date(String dateTime) {
        if (dateTime == null) {
            return null;
        }
        String value = oneLine(dateTime);
        Matcher american = AMERICAN_DATE.matcher(value);
        if (american.lookingAt()) {
            try {
                return LocalDate.of(Integer.parseInt(american.group(3)), Integer.parseInt(american.group(1)),
                        Integer.parseInt(american.group(2)));
            } catch (java.time.DateTimeException notADay) {
                return null;
            }
        }
        return DateParsing.parseIso(value);
    }

    /** The agency a DOCNO names ("APW19990707.0041": Associated Press), or null for a prefix not known. */
    static String agency(String docno) {
        if (docno == null) {
            return null;
        }
        Matcher m = AGENCY.matcher(docno);
        return m.find() ? AGENCIES.get(m.group().toUpperCase(Locale.ROOT)) : null;
    }

    private static String abbreviate(String s) {
        String line = s.lines().findFirst().orElse(s);
        return line.length() <= 20 ? line : line.substring(0, 20) + "...";
    }
}

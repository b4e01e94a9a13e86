package io.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a Markdown document, its markup taken off: paragraphs joined from their wrapped lines, list
 * items and quotations as paragraphs of their own, link and emphasis marks dropped (the words kept), images,
 * code blocks, tables' rules, comments and section headings dropped. The first heading is kept apart as the
 * document's headline; a front matter block at the top is read for the article's metadata. Follows the
 * CommonMark block structure loosely: enough for articles saved as Markdown, not a renderer.
 */
final class MarkdownText {

    /** What the front matter says; each field null when absent. */
    record FrontMatter(String title, String date, String outlet, String url) {
        static final FrontMatter NONE = new FrontMatter(null, null, null, null);
    }

    /** The prose, the first heading (null when there is none) and the front matter. */
    record Document(String text, String heading, FrontMatter frontMatter) {
    }

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+(.*?))?\\s*#*\\s*$");
    private static final Pattern SETEXT_RULE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*\\S+.*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)|!\\[[^\\]]*]\\[[^\\]]*]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)|\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|mailto):[^>\\s]+>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern CODE_SPAN = Pattern.compile("`+([^`]+)`+");
    // emphasis by * anywhere, by _ only at word edges (snake_case words keep theirs), strikethrough by ~~
    private static final Pattern STRONG_OR_EMPHASIS = Pattern.compile(
            "(\\*{1,3})(?=\\S)(.+?)(?<=\\S)\\1|(?<![\\p{L}\\p{N}])(_{1,3})(?=\\S)(.+?)(?<=\\S)\\3(?![\\p{L}\\p{N}])|~~(.+?)~~");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final char PRIVATE_USE = '\uE000';
    private static final int PRIVATE_USE_BLOCKS = 50;  // U+E000 to U+F8FF in blocks of 128 code points
    private static final Pattern FRONT_FIELD = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)$");

    private MarkdownText() {
    }

    static Document read(String markdown) {
        List<String> lines = new ArrayList<>(List.of(COMMENT.matcher(markdown.replace("\r\n", "\n").replace('\r', '\n'))
                .replaceAll("").split("\n", -1)));
        FrontMatter front = frontMatter(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String heading = null;
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                flush(paragraph, paragraphs);
                continue;
            }
            if (inFence) {
                continue;
            }
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            Matcher atx = ATX_HEADING.matcher(line);
            boolean setext = !line.isBlank() && paragraph.length() == 0 && SETEXT_RULE.matcher(next).matches()
                    && !LIST_ITEM.matcher(line).find();
            if (atx.matches() || setext) {
                flush(paragraph, paragraphs);
                String words = inline(atx.matches() ? (atx.group(1) == null ? "" : atx.group(1)) : line.strip());
                if (heading == null && paragraphs.isEmpty() && !words.isBlank()) {
                    heading = words;
                }
                if (setext) {
                    i++;
                }
                continue;  // a section heading labels what follows; it states nothing
            }
            if (line.isBlank() || THEMATIC_BREAK.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()
                    || TABLE_RULE.matcher(line).matches()) {
                flush(paragraph, paragraphs);
                continue;
            }
            String content = QUOTE_MARK.matcher(line).replaceFirst("");
            Matcher item = LIST_ITEM.matcher(content);
            if (item.find()) {
                flush(paragraph, paragraphs);
                content = content.substring(item.end());
            }
            if (content.strip().startsWith("|") || content.contains(" | ")) {
                content = content.strip().replaceAll("^\\||\\|$", "").replaceAll("\\s*\\|\\s*", "; ");
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(content.strip());
        }
        flush(paragraph, paragraphs);
        return new Document(String.join("\n\n", paragraphs), heading, front);
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        String text = inline(paragraph.toString()).strip();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        paragraph.setLength(0);
    }

    /** The words of one paragraph without inline markup. */
    static String inline(String text) {
        // an escaped mark is set aside in a block of the private use area the text does not use, so no markup
        // rule takes it, then restored; a text using every block (hostile) loses only the escapes' backslashes
        char aside = freePrivateUseBlock(text);
        String plain = ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(aside == 0 ? m.group(1)
                : String.valueOf((char) (aside + m.group(1).charAt(0)))));
        plain = IMAGE.matcher(plain).replaceAll("");
        plain = LINK.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        plain = AUTOLINK.matcher(plain).replaceAll("");
        plain = TAG.matcher(plain).replaceAll("");
        plain = CODE_SPAN.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        String before;
        do {
            before = plain;
            plain = STRONG_OR_EMPHASIS.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(5)));
        } while (!plain.equals(before));
        StringBuilder restored = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            restored.append(aside != 0 && c >= aside && c < aside + 128 ? (char) (c - aside) : c);
        }
        return restored.toString().replaceAll("[ \\t]{2,}", " ");
    }

    /** The first character of a 128-character private use block no character of the text is in; 0 when none is free. */
    private static char freePrivateUseBlock(String text) {
        boolean[] used = new boolean[PRIVATE_USE_BLOCKS];
        for (int i = 0; i < text.length(); i++) {
            int block = (text.charAt(i) - PRIVATE_USE) / 128;
            if (text.charAt(i) >= PRIVATE_USE && block < PRIVATE_USE_BLOCKS) {
                used[block] = true;
            }
        }
        for (int block = 0; block < PRIVATE_USE_BLOCKS; block++) {
            if (!used[block]) {
                return (char) (PRIVATE_USE + 128 * block);
            }
        }
        return 0;
    }

    /** Reads and removes a front matter block: "---" on the first line, "key: value" lines, "---" or "...". */
    private static FrontMatter frontMatter(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return FrontMatter.NONE;
        }
        int end = -1;
        for (int i = 1; i < lines.size() && i < 200; i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return FrontMatter.NONE;  // a thematic break at the top, not front matter
        }
        String title = null;
        String date = null;
        String outlet = null;
        String url = null;
        for (String line : lines.subList(1, end)) {
            Matcher field = FRONT_FIELD.matcher(line.strip());
            if (!field.matches() || field.group(2).isBlank()) {
                continue;
            }
            String value = unquote(field.group(2).strip());
            switch (field.group(1).toLowerCase(Locale.ROOT)) {
                case "title", "headline" -> title = title == null ? value : title;
                case "date", "published", "pubdate", "publishdate", "date_published" -> date = date == null ? value : date;
                case "source", "outlet", "publisher", "publication", "site", "site_name" ->
                        outlet = outlet == null ? value : outlet;
                case "url", "link", "canonical", "canonical_url", "canonicalurl", "permalink" ->
                        url = url == null && value.matches("(?i)https?://\\S+") ? value : url;
                default -> { }
            }
        }
        lines.subList(0, end + 1).clear();
        return new FrontMatter(title, date, outlet, url);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}

package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads what a user points Storyline at (files, folders, or stdin) and returns the articles in it,
 * repaired, plus one {@link InputProblem} for each input that had to be skipped. Never throws for bad
 * input: one bad file never costs the good ones.
 *
 * <p>Formats, chosen by extension and then by content: plain text (one article a file, optional headline
 * line), HTML pages, JSON Lines and JSON (schema in docs/INPUT.md), and Penn-Treebank-tokenized text such
 * as Timeline17's, whose {@code YYYY-MM-DD} folders give publication dates.
 */
public final class ArticleLoader {

    private static final String STDIN = "-";
    private static final String STDIN_ORIGIN = "<stdin>";
    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "htm", "html", "xhtml",
            "jsonl", "ndjson", "json", "gz", "rss", "atom", "xml", "warc");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom", "xml");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private final LoadOptions options;

    public ArticleLoader(LoadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param inputs files, folders (read recursively in sorted order; hidden files and Markdown notes such as
     *               README.md skipped) or "-" for stdin
     */
    public Corpus load(List<String> inputs) {
        return extract(inputs).corpus();
    }

    /**
     * As {@link #load}, keeping each web page's details (byline, publication time and where each fact was
     * found) beside its article.
     */
    public Extraction extract(List<String> inputs) {
        List<InputProblem> problems = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (String input : inputs) {
            expand(input, pending, problems);
        }
        List<String> urls = pending.stream().map(Pending::url).filter(Objects::nonNull).toList();
        Map<String, PageFetcher.Outcome> fetched = urls.isEmpty() ? Map.of() : fetcher().fetchAll(urls);
        List<ExtractedArticle> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int done = 0;
        for (Pending item : pending) {
            List<ExtractedArticle> read = new ArrayList<>();
            try {
                if (item.url() != null) {
                    readFetched(item.url(), fetched.get(item.url()), read, problems);
                } else {
                    read(item, read, problems);
                }
            } catch (RuntimeException unexpected) {
                read.clear();
                problems.add(new InputProblem(item.location(), "could not be read (" + unexpected + ")"));
            }
            for (ExtractedArticle article : read) {
                if (ArticleLength.tooLong(article.article())) {
                    problems.add(new InputProblem(article.article().origin(), ArticleLength.notice(article.article())));
                    article = article.with(ArticleLength.cut(article.article()));
                }
                articles.add(article.with(withUniqueId(article.article(), ids)));
            }
            options.listener().fileRead(item.location(), ++done, pending.size());
        }
        return new Extraction(options.mergeDuplicates() ? Duplicates.merge(articles) : articles, problems);
    }

    /** One input to read: a file with the folder its id is relative to, a URL, or stdin (both null). */
    private record Pending(Path path, Path root, String url) {
        Pending {
            // ids are paths relative to the root: both sides must be absolute to relate them
            root = root == null ? null : root.toAbsolutePath();
        }

        Pending(Path path, Path root) {
            this(path, root, null);
        }

        String location() {
            return url != null ? url : path == null ? STDIN_ORIGIN : path.toString();
        }
    }

    private void expand(String input, List<Pending> pending, List<InputProblem> problems) {
        if (input == null || input.isBlank()) {
            problems.add(new InputProblem(String.valueOf(input), "is not a file name"));
            return;
        }
        if (input.equals(STDIN)) {
            pending.add(new Pending(null, null));
            return;
        }
        if (WEB_ADDRESS.matcher(input.strip()).matches()) {
            pending.add(new Pending(null, null, input.strip()));
            return;
        }
        if (OTHER_SCHEME.matcher(input).matches()) {
            problems.add(new InputProblem(input, "is a URL that is not http or https; only those are fetched"));
            return;
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (RuntimeException invalid) {
            problems.add(new InputProblem(input, "is not a valid path"));
            return;
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            problems.add(new InputProblem(input, brokenLink(path)));
        } else if (!Files.exists(path)) {
            problems.add(new InputProblem(input, "does not exist"));
        } else if (Files.isDirectory(path)) {
            walk(path, pending, problems);
        } else {
            Path parent = path.toAbsolutePath().getParent();
            pending.add(new Pending(path, parent == null ? path.toAbsolutePath() : parent));
        }
    }

    private static String brokenLink(Path link) {
        try {
            return "is a broken symbolic link (its target " + Files.readSymbolicLink(link) + " does not exist)";
        } catch (IOException | UnsupportedOperationException e) {
            return "is a broken symbolic link";
        }
    }

    private void walk(Path folder, List<Pending> pending, List<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        List<InputProblem> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (hidden(file) || folderNote(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isSymbolicLink() && !Files.exists(file)) {
                                found.add(new InputProblem(file.toString(), brokenLink(file)));
                            } else if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException exc) {
                            if (!hidden(file)) {
                                found.add(new InputProblem(file.toString(), unreadable(exc)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new InputProblem(folder.toString(), unreadable(e)));
            return;
        }
        files.sort(Comparator.comparing(f -> folder.relativize(f).toString()));
        found.sort(Comparator.comparing(InputProblem::location));
        problems.addAll(found);
        if (files.isEmpty() && found.isEmpty()) {
            problems.add(new InputProblem(folder.toString(), "is a folder with no files in it"));
        }
        for (Path file : files) {
            pending.add(new Pending(file, folder));
        }
    }

    /**
     * A folder's own notes (README.md, a Markdown file) describe the articles beside them and are not
     * one; named on the command line, such a file is still read.
     */
    private static boolean folderNote(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md");
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /**
     * Reads one file whose bytes are already in memory, exactly as {@link #load} reads it from disk:
     * for files that live elsewhere (HDFS, S3) and are fetched by another system, such as the Spark
     * job. The paths are only names here, never opened: {@code file}'s folders and name give dates,
     * the outlet of last resort and the format; its id is its path relative to {@code root}, the
     * folder the user named (or the file's own folder when a single file was named). Every format
     * {@link #load} reads is read here, so a format added to ingest is read by both.
     */
    public Corpus read(Path file, Path root, byte[] bytes) {
        List<ExtractedArticle> extracted = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Pending item = new Pending(file, root);
        try {
            if (bytes.length > options.maxFileBytes()) {
                throw new UnusableInputException("is too large (" + megabytes(bytes.length) + "; the limit is "
                        + megabytes(options.maxFileBytes()) + ")");
            }
            if (bytes.length == 0) {
                throw new UnusableInputException("is empty");
            }
            if (WarcArchive.isWarc(file)) {
                readWarcBytes(item, bytes, extracted, problems);
            } else {
                dispatch(bytes, extension(file), provenance(item), null, extracted, problems);
            }
        } catch (UnusableInputException e) {
            problems.add(new InputProblem(item.location(), e.getMessage()));
        } catch (RuntimeException unexpected) {
            extracted.clear();
            problems.add(new InputProblem(item.location(), "could not be read (" + unexpected + ")"));
        }
        return new Corpus(extracted.stream().map(ExtractedArticle::article).toList(), problems);
    }

    /** The WARC reader streams records from a file: in-memory archives pass through a temporary one. */
    private void readWarcBytes(Pending item, byte[] bytes, List<ExtractedArticle> out, List<InputProblem> problems)
            throws UnusableInputException {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("storyline-", item.path().getFileName().toString());
            Files.write(temporary, bytes);
            readWarc(item, temporary, out, problems);
        } catch (IOException e) {
            throw new UnusableInputException("could not be buffered for reading (" + e.getMessage() + ")");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a temporary file left behind is the system's to clean
                }
            }
        }
    }

    /**
     * Reads line {@code lineNumber} (1-based) of a JSON Lines file as {@link #load} would: for files
     * too big to read whole, split by lines elsewhere. Same id, outlet and date rules as
     * {@link #read(Path, Path, byte[])}; a blank line gives an empty corpus.
     */
    public Corpus readJsonLine(Path file, Path root, long lineNumber, String line) {
        Provenance from = provenance(new Pending(file, root));
        String location = from.origin() + ":" + lineNumber;
        if (line.isBlank()) {
            return new Corpus(List.of(), List.of());
        }
        try {
            JsonRecords.Entry entry = JsonRecords.parseLine(line);
            Provenance at = new Provenance(from.id() + ":" + lineNumber, from.name(), location, from.pathDate());
            return new Corpus(List.of(Articles.assemble(entry.text(), entry.metadata(), at, options.fallbackDate())),
                    List.of());
        } catch (UnusableInputException e) {
            return new Corpus(List.of(), List.of(new InputProblem(location, e.getMessage())));
        } catch (RuntimeException unexpected) {
            return new Corpus(List.of(), List.of(new InputProblem(location, "could not be read (" + unexpected + ")")));
        }
    }

    private void read(Pending item, List<ExtractedArticle> out, List<InputProblem> problems) {
        if (item.path() != null && WarcArchive.isWarc(item.path())) {
            readWarc(item, out, problems);
            return;
        }
        byte[] bytes;
        try {
            bytes = item.path() == null ? readStdin() : readFile(item.path());
        } catch (UnusableInputException e) {
            problems.add(new InputProblem(item.location(), e.getMessage()));
            return;
        }
        Provenance from = provenance(item);
        String extension = item.path() == null ? "" : extension(item.path());
        try {
            dispatch(bytes, extension, from, null, out, problems);
        } catch (UnusableInputException e) {
            problems.add(new InputProblem(item.location(), e.getMessage()));
        }
    }

    /** Reads one input's bytes by its format: the extension says, else the content. */
    private void dispatch(byte[] bytes, String extension, Provenance from, String address,
                          List<ExtractedArticle> out, List<InputProblem> problems) throws UnusableInputException {
        if (FEED_EXTENSIONS.contains(extension) || (!ARTICLE_EXTENSIONS.contains(extension)
                && FeedReader.looksLikeFeed(bytes))) {
            readFeed(bytes, from, out, problems);
            return;
        }
        String text = HTML_EXTENSIONS.contains(extension) ? decodeHtml(bytes) : TextDecoder.decode(bytes);
        if (text.isBlank()) {
            throw new UnusableInputException("contains only white space");
        }
        boolean sniffJson = !ARTICLE_EXTENSIONS.contains(extension) && looksLikeJsonLines(text);
        if (extension.equals("jsonl") || extension.equals("ndjson") || sniffJson) {
            readJsonLines(text, from, out, problems);
        } else if (extension.equals("json")) {
            readJson(text, from, out, problems);
        } else {
            if (!HTML_EXTENSIONS.contains(extension) && HtmlExtractor.looksLikeHtml(text)) {
                text = decodeHtml(bytes);
            }
            out.add(Articles.assemble(text, Metadata.NONE, from, options.fallbackDate(), address));
        }
    }

    private byte[] readFile(Path file) throws UnusableInputException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnusableInputException("is not a regular file");
            }
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                throw new UnusableInputException("is too large (" + megabytes(size) + "; the limit is "
                        + megabytes(options.maxFileBytes()) + ")");
            }
            if (size == 0) {
                throw new UnusableInputException("is empty");
            }
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                return Files.readAllBytes(file);
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return readCapped(in, "uncompressed");
            }
        } catch (java.util.zip.ZipException | java.io.EOFException damaged) {
            throw new UnusableInputException("is not a complete gzip file (" + damaged.getMessage() + ")");
        } catch (IOException e) {
            throw new UnusableInputException(unreadable(e));
        }
    }

    /** At most {@code maxFileBytes} from a stream; more is refused without being held in memory. */
    private byte[] readCapped(InputStream in, String what) throws IOException, UnusableInputException {
        long limit = options.maxFileBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new UnusableInputException("is too large (more than " + megabytes(limit) + " " + what
                    + ", the limit)");
        }
        if (bytes.length == 0) {
            throw new UnusableInputException("is empty");
        }
        return bytes;
    }

    private PageFetcher fetcher() {
        return new PageFetcher(options.web());
    }

    /** A page fetched from the web: HTML, a feed, or text, by what the server says and what it holds. */
    private void readFetched(String url, PageFetcher.Outcome outcome, List<ExtractedArticle> out,
                             List<InputProblem> problems) {
        if (outcome == null || outcome.page() == null) {
            problems.add(new InputProblem(url, outcome == null ? "was not fetched" : outcome.problem()));
            return;
        }
        PageFetcher.Page page = outcome.page();
        Provenance from = webProvenance(url);
        try {
            String type = page.contentType();
            if (type.contains("rss") || type.contains("atom") || type.endsWith("/xml")
                    || (!type.contains("html") && FeedReader.looksLikeFeed(page.body()))) {
                readFeed(page.body(), from, out, problems);
            } else if (type.contains("html") || type.isEmpty() || type.startsWith("text/")) {
                String text = type.equals("text/plain") ? TextDecoder.decode(page.body())
                        : decodeHtml(page.body(), page.charset());
                ExtractedArticle read = Articles.assemble(text, Metadata.NONE, from, options.fallbackDate(), page.finalUrl());
                out.add(page.finalUrl().equals(url) ? read : read.with(read.article().withMoreUrls(List.of(url))));
            } else {
                throw new UnusableInputException("is not a web page but " + type);
            }
        } catch (UnusableInputException e) {
            problems.add(new InputProblem(url, e.getMessage()));
        }
    }

    private static Provenance webProvenance(String url) {
        String key = Duplicates.addressKey(url).replaceAll("[^\\p{L}\\p{N}./_-]+", "-");
        String domain = HtmlExtractor.domain(url);
        PublicationTime date = DateParsing.fromUrl(url);
        return new Provenance(key, domain == null ? key : domain, url, date == null ? null : date.date());
    }

    /**
     * A feed: items that carry their full text become articles directly; the others are read from the page
     * they link to (fetched together, a few at a time per host). One problem per item that gives neither.
     */
    private void readFeed(byte[] bytes, Provenance feedFrom, List<ExtractedArticle> out, List<InputProblem> problems)
            throws UnusableInputException {
        FeedReader.Feed feed = FeedReader.read(bytes);
        if (feed.items().isEmpty()) {
            throw new UnusableInputException("is a feed with no items");
        }
        List<String> links = feed.items().stream().filter(i -> i.html() == null && i.link() != null)
                .map(FeedReader.Item::link).toList();
        Map<String, PageFetcher.Outcome> pages = links.isEmpty() ? Map.of() : fetcher().fetchAll(links);
        for (FeedReader.Item item : feed.items()) {
            String location = feedFrom.origin() + " item " + item.number()
                    + (item.link() == null ? "" : " (" + item.link() + ")");
            if (item.html() != null) {
                Provenance from = new Provenance(feedFrom.id() + "#" + item.number(), feedFrom.name(), location,
                        feedFrom.pathDate());
                Metadata meta = new Metadata(null, feed.title(), item.link(), item.title(), item.published());
                try {
                    String html = "<html><body><article>" + item.html() + "</article></body></html>";
                    out.add(Articles.assemble(html, meta, from, options.fallbackDate(), item.link()));
                } catch (UnusableInputException e) {
                    problems.add(new InputProblem(location, e.getMessage()));
                }
            } else if (item.link() == null) {
                problems.add(new InputProblem(location, "has neither the article's text nor a link to it"));
            } else {
                List<ExtractedArticle> read = new ArrayList<>();
                List<InputProblem> itemProblems = new ArrayList<>();
                readFetched(item.link(), pages.get(item.link()), read, itemProblems);
                itemProblems.forEach(p -> problems.add(new InputProblem(location, "links to a page that "
                        + p.problem())));
                out.addAll(read);
            }
        }
    }

    /** Every HTML response of a WARC file; a damaged record is one problem and reading goes on. */
    private void readWarc(Pending item, List<ExtractedArticle> out, List<InputProblem> problems) {
        readWarc(item, item.path(), out, problems);
    }

    /** {@code data} holds the archive's bytes; {@code item} names it (they differ for in-memory reads). */
    private void readWarc(Pending item, Path file, List<ExtractedArticle> out, List<InputProblem> problems) {
        Provenance archive = provenance(item);
        int[] pages = {0};
        try {
            if (Files.size(file) == 0) {
                problems.add(new InputProblem(item.location(), "is empty"));
                return;
            }
            WarcArchive.read(file, options.maxFileBytes(), new WarcArchive.Sink() {
                @Override
                public void capture(WarcArchive.Capture capture) {
                    pages[0]++;
                    String location = item.location() + " @" + capture.offset() + " (" + capture.target() + ")";
                    Provenance from = new Provenance(archive.id() + "@" + capture.offset(),
                            firstNonNull(HtmlExtractor.domain(capture.target()), archive.name()), location,
                            null);
                    try {
                        String html = decodeHtml(capture.body(), capture.charset());
                        out.add(Articles.assemble(html, Metadata.NONE, from, options.fallbackDate(), capture.target()));
                    } catch (UnusableInputException e) {
                        problems.add(new InputProblem(location, e.getMessage()));
                    }
                }

                @Override
                public void problem(long offset, String problem) {
                    problems.add(new InputProblem(item.location() + " @" + offset, problem));
                }
            });
        } catch (IOException e) {
            problems.add(new InputProblem(item.location(), unreadable(e)));
            return;
        }
        if (pages[0] == 0 && problems.stream().noneMatch(p -> p.location().startsWith(item.location()))) {
            problems.add(new InputProblem(item.location(), "is a WARC file with no HTML responses in it"));
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private byte[] readStdin() throws UnusableInputException {
        InputStream in = options.stdin();
        try {
            long limit = options.maxFileBytes();
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new UnusableInputException("is too large (more than " + megabytes(limit)
                        + ", the limit)");
            }
            return bytes;
        } catch (IOException e) {
            throw new UnusableInputException(unreadable(e));
        }
    }

    private static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot be read: " + why;
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /**
     * HTML declares its encoding, but pages are often saved or served in another: bytes that are valid UTF-8
     * are read as UTF-8 whatever the page says (legacy text is almost never valid UTF-8 by chance); otherwise
     * a declared legacy charset is honoured, else windows-1252.
     */
    static String decodeHtml(byte[] bytes) throws UnusableInputException {
        return decodeHtml(bytes, null);
    }

    /** As {@link #decodeHtml(byte[])}, with the charset an HTTP header declared (or null). */
    static String decodeHtml(byte[] bytes, String headerCharset) throws UnusableInputException {
        if (TextDecoder.binaryKind(bytes) != null || TextDecoder.isUtf8(bytes)) {
            return TextDecoder.decode(bytes);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String declared = headerCharset != null ? headerCharset : m.find() ? m.group(1) : null;
        if (declared != null) {
            try {
                Charset charset = Charset.forName(declared);
                if (!charset.name().equalsIgnoreCase("UTF-8") && !charset.name().equalsIgnoreCase("US-ASCII")) {
                    return new String(bytes, charset);
                }
            } catch (RuntimeException unknownCharset) {
                // fall through to the usual decoding
            }
        }
        return TextDecoder.decode(bytes);
    }

    private Provenance provenance(Pending item) {
        if (item.path() == null) {
            return new Provenance("stdin", "stdin", STDIN_ORIGIN, null);
        }
        Path file = item.path();
        String name = stem(file.getFileName().toString());
        Path relative = item.root().relativize(file.toAbsolutePath());
        String id = stem(relative.toString().replace('\\', '/'));
        LocalDate date = null;
        for (Path dir = file.toAbsolutePath().getParent(); dir != null && date == null; dir = dir.getParent()) {
            Path dirName = dir.getFileName();
            date = dirName == null ? null : DateParsing.fromFolderName(dirName.toString());
        }
        if (date == null) {
            date = DateParsing.fromFileName(file.getFileName().toString());
        }
        return new Provenance(id, name, file.toString(), date);
    }

    /** Drops article extensions: "138.htm.txt" becomes "138", "notes.v2.txt" becomes "notes.v2". */
    static String stem(String fileName) {
        String s = fileName;
        int dot;
        while ((dot = s.lastIndexOf('.')) > 0 && ARTICLE_EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            s = s.substring(0, dot);
        }
        return s;
    }

    /** The format's extension: "page.html.gz" gives "html". */
    private static String extension(Path file) {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.gz$", "");
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeJsonLines(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        return first.startsWith("{") && first.endsWith("}") && first.contains("\"text\"");
    }

    private void readJsonLines(String text, Provenance file, List<ExtractedArticle> out, List<InputProblem> problems) {
        int lineNumber = 0;
        int blank = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            if (line.isBlank()) {
                blank++;
                continue;
            }
            String location = file.origin() + ":" + lineNumber;
            try {
                JsonRecords.Entry entry = JsonRecords.parseLine(line);
                Provenance from = new Provenance(file.id() + ":" + lineNumber, file.name(), location, file.pathDate());
                out.add(Articles.assemble(entry.text(), entry.metadata(), from, options.fallbackDate(), null));
            } catch (UnusableInputException e) {
                problems.add(new InputProblem(location, e.getMessage()));
            }
        }
        if (blank == lineNumber) {
            problems.add(new InputProblem(file.origin(), "contains only white space"));
        }
    }

    private void readJson(String text, Provenance file, List<ExtractedArticle> out, List<InputProblem> problems)
            throws UnusableInputException {
        JsonNode root;
        try {
            root = JsonRecords.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnusableInputException("is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                String location = file.origin() + "[" + i + "]";
                try {
                    JsonRecords.Entry entry = JsonRecords.entry(root.get(i));
                    Provenance from = new Provenance(file.id() + ":" + i, file.name(), location, file.pathDate());
                    out.add(Articles.assemble(entry.text(), entry.metadata(), from, options.fallbackDate(), null));
                } catch (UnusableInputException e) {
                    problems.add(new InputProblem(location, e.getMessage()));
                }
            }
        } else {
            JsonRecords.Entry entry = JsonRecords.entry(root);
            out.add(Articles.assemble(entry.text(), entry.metadata(), file, options.fallbackDate(), null));
        }
    }

    private static Article withUniqueId(Article article, Set<String> ids) {
        String id = article.id();
        for (int n = 2; !ids.add(id); n++) {
            id = article.id() + "-" + n;
        }
        return id.equals(article.id()) ? article
                : new Article(id, article.outlet(), article.url(), article.title(), article.published(),
                        article.text(), article.origin(), article.urls());
    }
}

package io.storyline.ingest;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static io.storyline.ingest.ProblemWords.megabytes;
import static io.storyline.ingest.ProblemWords.unreadable;

/**
 * Reads what a user points Storyline at (files, folders, stdin or URLs) and returns the articles in it,
 * repaired, plus one {@link InputProblem} for each input that had to be skipped. Never throws for bad
 * input: one bad file never costs the good ones.
 *
 * <p>The loader walks paths (folders recursively, in sorted order, without hidden files or Markdown notes;
 * a benchmark topic folder only through its article folder, {@link DatasetLayout}),
 * fetches URLs, and hands each input to the first {@link ArticleFormat} in {@link ArticleFormats} that
 * recognises it: plain text, HTML, JSON Lines and JSON (schema in docs/INPUT.md), RSS/Atom feeds, WARC
 * archives, DUC/TREC SGML and fetched pages. It gives every article a unique id and merges duplicates.
 */
public final class ArticleLoader {

    private static final String STDIN = "-";
    private static final String STDIN_ORIGIN = "<stdin>";
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*");

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
        Map<String, PageFetcher.Outcome> fetched = urls.isEmpty() ? Map.of()
                : new PageFetcher(options.web()).fetchAll(urls);
        List<ExtractedArticle> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int done = 0;
        for (Pending item : pending) {
            List<ExtractedArticle> read = new ArrayList<>();
            Reading reading = reading(read, problems);
            try {
                if (item.url() != null) {
                    reading.readFetched(item.url(), fetched.get(item.url()));
                } else {
                    read(item, reading);
                }
            } catch (RuntimeException unexpected) {
                read.clear();
                problems.add(new InputProblem(item.location(), "could not be read (" + unexpected + ")"));
            }
            for (ExtractedArticle article : read) {
                Article trusted = trustedDate(article.article(), article.page(), problems);
                articles.add(article.with(withUniqueId(cappedLength(trusted, problems), ids)));
            }
            options.listener().fileRead(item.location(), ++done, pending.size());
        }
        if (!options.mergeDuplicates()) {
            return new Extraction(articles, problems);
        }
        Map<String, String> duplicateOf = new LinkedHashMap<>();
        List<ExtractedArticle> kept = Duplicates.merge(articles, duplicateOf);
        problems.addAll(Duplicates.crossOutletNotices(articles, duplicateOf));
        return new Extraction(kept, problems, duplicateOf);
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
            Path target = Files.readSymbolicLink(link);
            // a target that is itself a link is there, but leads back round: a loop, not a missing file
            Path resolved = link.toAbsolutePath().resolveSibling(target);
            if (Files.isSymbolicLink(resolved)) {
                return "is a symbolic link in a loop (its target " + target + " is a link that leads back round)";
            }
            return "is a broken symbolic link (its target " + target + " does not exist)";
        } catch (IOException | UnsupportedOperationException e) {
            return "is a broken symbolic link";
        }
    }

    private void walk(Path folder, List<Pending> pending, List<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        List<InputProblem> found = new ArrayList<>();
        List<Path> notes = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        /** Benchmark topic folders met so far, by the one article folder each reads. */
                        private final Map<Path, Path> topics = new LinkedHashMap<>();

                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(folder) && hidden(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Path topicDocs = topics.get(dir.getParent());
                            if (topicDocs != null && !dir.equals(topicDocs)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Path docs = DatasetLayout.articleFolder(dir);
                            if (docs != null) {
                                topics.put(dir, docs);
                                found.add(InputProblem.noted(dir.toString(), DatasetLayout.notice(dir, docs)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (hidden(file) || topics.containsKey(file.getParent())) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (folderNote(file)) {
                                notes.add(file);
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isSymbolicLink() && !Files.exists(file)) {
                                found.add(new InputProblem(file.toString(), brokenLink(file)));
                            } else if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                                files.add(file);
                            } else if (attrs.isOther()) {
                                found.add(new InputProblem(file.toString(),
                                        "is not a regular file (a named pipe, socket or device): not read"));
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
        if (files.isEmpty() && found.stream().allMatch(InputProblem::noted)) {
            problems.add(new InputProblem(folder.toString(), notes.isEmpty() ? "is a folder with no files in it"
                    : onlyNotes(folder, notes)));
        } else {
            // a README is plainly a note; other Markdown beside articles may be an article saved so: say so once
            List<Path> unsaid = notes.stream().filter(n -> !n.getFileName().toString().toLowerCase(Locale.ROOT)
                    .startsWith("readme")).toList();
            if (!unsaid.isEmpty()) {
                problems.add(InputProblem.noted(folder.toString(), "left out " + unsaid.size() + " Markdown file(s)"
                        + " (such as " + unsaid.get(0).getFileName() + ") as notes about the folder's articles: name"
                        + " them to read them as articles"));
            }
        }
        for (Path file : files) {
            pending.add(new Pending(file, folder));
        }
    }

    /** Why a folder of Markdown files gave no article, and how to read them as articles. */
    private static String onlyNotes(Path folder, List<Path> notes) {
        return "holds only Markdown files (" + notes.size() + ", such as " + notes.get(0).getFileName()
                + "), which in a folder are taken as notes about its articles, not articles: name them to read"
                + " them as articles (for example " + folder.resolve("*.md") + ")";
    }

    /**
     * A folder's own notes (README.md, a Markdown file) describe the articles beside them and are not
     * one; named on the command line, such a file is still read.
     */
    private static boolean folderNote(Path path) {
        Path name = path.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
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
            reading(extracted, problems).read(Input.inMemory(file, provenance(item), () -> gunzipped(file, bytes)));
        } catch (UnusableInputException e) {
            problems.add(new InputProblem(item.location(), e.getMessage()));
        } catch (RuntimeException unexpected) {
            extracted.clear();
            problems.add(new InputProblem(item.location(), "could not be read (" + unexpected + ")"));
        }
        return new Corpus(extracted.stream()
                .map(e -> cappedLength(trustedDate(e.article(), e.page(), problems), problems)).toList(), problems);
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
            List<InputProblem> problems = new ArrayList<>();
            Article article = JsonLinesFormat.line(from, lineNumber, line, options.fallbackDate(),
                    (at, notice) -> problems.add(InputProblem.noted(at, notice))).article();
            return new Corpus(List.of(cappedLength(trustedDate(article, null, problems), problems)), problems);
        } catch (UnusableInputException e) {
            return new Corpus(List.of(), List.of(new InputProblem(location, e.getMessage())));
        } catch (RuntimeException unexpected) {
            return new Corpus(List.of(), List.of(new InputProblem(location, "could not be read (" + unexpected + ")")));
        }
    }

    private Reading reading(List<ExtractedArticle> articles, List<InputProblem> problems) {
        return new Reading(ArticleFormats.ALL, options, articles, problems);
    }

    /** One file or stdin, by the format that recognises it; its bytes are read only if the format asks. */
    private void read(Pending item, Reading reading) {
        Input input = item.path() == null ? Input.stdin(provenance(item), this::readStdin)
                : Input.file(item.path(), provenance(item), () -> readFile(item.path()));
        try {
            reading.read(input);
        } catch (UnusableInputException e) {
            reading.problem(item.location(), e.getMessage());
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
            return gzipped(file) ? gunzip(Files.newInputStream(file)) : Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableInputException(unreadable(e));
        }
    }

    private static boolean gzipped(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** A {@code .gz} file's bytes in memory, uncompressed as {@link #readFile} does from disk. */
    private byte[] gunzipped(Path file, byte[] bytes) throws UnusableInputException {
        if (!gzipped(file)) {
            return bytes;
        }
        try {
            return gunzip(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UnusableInputException(unreadable(e));
        }
    }

    /** The uncompressed bytes of a gzip stream (closed after), within the size limit. */
    private byte[] gunzip(InputStream compressed) throws IOException, UnusableInputException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(compressed)) {
            return readCapped(in, "uncompressed", read);
        } catch (java.io.EOFException cutShort) {
            // a file cut short, in its header (the exception has no message, nothing was read) or in its data
            // ("Unexpected end of ZLIB input stream"): what came before the break is read
            byte[] partial = CutShortText.complete(read.toByteArray());
            if (partial.length == 0) {
                throw new UnusableInputException("is not a complete gzip file (it ends early: the file was cut short)");
            }
            throw new CutShortInputException("is not a complete gzip file (it ends early): read the "
                    + megabytes(partial.length) + " before the break, the rest is lost", partial);
        } catch (java.util.zip.ZipException damaged) {
            throw new UnusableInputException("is not a complete gzip file ("
                    + (damaged.getMessage() == null ? "its data is damaged" : damaged.getMessage()) + ")");
        }
    }

    /** The article, cut to the length one article is used up to, with a notice when it was cut. */
    /** The article, undated when its date cannot be trusted ({@link PublicationDateCheck}), which is told. */
    private static Article trustedDate(Article article, HtmlPage page, List<InputProblem> problems) {
        String problem = PublicationDateCheck.problem(article, page);
        if (problem == null) {
            return article;
        }
        problems.add(InputProblem.readInPart(article.origin(), problem));
        return article.withPublished(null);
    }

    private static Article cappedLength(Article article, List<InputProblem> problems) {
        if (!ArticleLength.tooLong(article)) {
            return article;
        }
        problems.add(InputProblem.readInPart(article.origin(), ArticleLength.notice(article)));
        return ArticleLength.cut(article);
    }

    /** At most {@code maxFileBytes} from a stream; more is refused without being held in memory. */
    private byte[] readCapped(InputStream in, String what, java.io.ByteArrayOutputStream into)
            throws IOException, UnusableInputException {
        // read into the caller's buffer, so what came before a failure mid-stream is still there
        long limit = options.maxFileBytes();
        byte[] chunk = new byte[64 * 1024];
        for (int n; (n = in.read(chunk)) != -1; ) {
            if (into.size() + (long) n > limit) {
                throw new UnusableInputException("is too large (more than " + megabytes(limit) + " " + what
                        + ", the limit)");
            }
            into.write(chunk, 0, n);
        }
        if (into.size() == 0) {
            throw new UnusableInputException("is empty");
        }
        return into.toByteArray();
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
        while ((dot = s.lastIndexOf('.')) > 0 && Input.KNOWN_EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            s = s.substring(0, dot);
        }
        return s;
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

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
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            "jsonl", "ndjson", "json");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private final LoadOptions options;

    public ArticleLoader(LoadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param inputs files, folders (read recursively in sorted order, hidden files skipped) or "-" for stdin
     */
    public Corpus load(List<String> inputs) {
        List<InputProblem> problems = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (String input : inputs) {
            expand(input, pending, problems);
        }
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int done = 0;
        for (Pending item : pending) {
            List<Article> read = new ArrayList<>();
            try {
                read(item, read, problems);
            } catch (RuntimeException unexpected) {
                read.clear();
                problems.add(new InputProblem(item.location(), "could not be read (" + unexpected + ")"));
            }
            for (Article article : read) {
                articles.add(withUniqueId(article, ids));
            }
            options.listener().fileRead(item.location(), ++done, pending.size());
        }
        return new Corpus(articles, problems);
    }

    /** One file to read (path null for stdin), with the folder its id is relative to. */
    private record Pending(Path path, Path root) {
        Pending {
            // ids are paths relative to the root: both sides must be absolute to relate them
            root = root == null ? null : root.toAbsolutePath();
        }

        String location() {
            return path == null ? STDIN_ORIGIN : path.toString();
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
                            if (hidden(file)) {
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
        List<Article> articles = new ArrayList<>();
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
            parse(bytes, item, articles, problems);
        } catch (UnusableInputException e) {
            problems.add(new InputProblem(item.location(), e.getMessage()));
        } catch (RuntimeException unexpected) {
            articles.clear();
            problems.add(new InputProblem(item.location(), "could not be read (" + unexpected + ")"));
        }
        return new Corpus(articles, problems);
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

    private void read(Pending item, List<Article> out, List<InputProblem> problems) {
        byte[] bytes;
        try {
            bytes = item.path() == null ? readStdin() : readFile(item.path());
        } catch (UnusableInputException e) {
            problems.add(new InputProblem(item.location(), e.getMessage()));
            return;
        }
        try {
            parse(bytes, item, out, problems);
        } catch (UnusableInputException e) {
            problems.add(new InputProblem(item.location(), e.getMessage()));
        }
    }

    /** Reads one input's bytes in the format its extension (or, failing that, its content) says. */
    private void parse(byte[] bytes, Pending item, List<Article> out, List<InputProblem> problems)
            throws UnusableInputException {
        Provenance from = provenance(item);
        String extension = item.path() == null ? "" : extension(item.path());
        String text = extension.equals("html") || extension.equals("htm") || extension.equals("xhtml")
                ? decodeHtml(bytes) : TextDecoder.decode(bytes);
        if (text.isBlank()) {
            throw new UnusableInputException("contains only white space");
        }
        boolean sniffJson = !ARTICLE_EXTENSIONS.contains(extension) && looksLikeJsonLines(text);
        if (extension.equals("jsonl") || extension.equals("ndjson") || sniffJson) {
            readJsonLines(text, from, out, problems);
        } else if (extension.equals("json")) {
            readJson(text, from, out, problems);
        } else {
            out.add(Articles.assemble(text, Metadata.NONE, from, options.fallbackDate()));
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
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableInputException(unreadable(e));
        }
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

    /** HTML declares its encoding; honour a declared legacy charset, else decode as any text. */
    private static String decodeHtml(byte[] bytes) throws UnusableInputException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find() && TextDecoder.binaryKind(bytes) == null) {
            try {
                Charset declared = Charset.forName(m.group(1));
                if (!declared.name().equalsIgnoreCase("UTF-8") && !declared.name().equalsIgnoreCase("US-ASCII")) {
                    return new String(bytes, declared);
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

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeJsonLines(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        return first.startsWith("{") && first.endsWith("}") && first.contains("\"text\"");
    }

    private void readJsonLines(String text, Provenance file, List<Article> out, List<InputProblem> problems) {
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
                out.add(Articles.assemble(entry.text(), entry.metadata(), from, options.fallbackDate()));
            } catch (UnusableInputException e) {
                problems.add(new InputProblem(location, e.getMessage()));
            }
        }
        if (blank == lineNumber) {
            problems.add(new InputProblem(file.origin(), "contains only white space"));
        }
    }

    private void readJson(String text, Provenance file, List<Article> out, List<InputProblem> problems)
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
                    out.add(Articles.assemble(entry.text(), entry.metadata(), from, options.fallbackDate()));
                } catch (UnusableInputException e) {
                    problems.add(new InputProblem(location, e.getMessage()));
                }
            }
        } else {
            JsonRecords.Entry entry = JsonRecords.entry(root);
            out.add(Articles.assemble(entry.text(), entry.metadata(), file, options.fallbackDate()));
        }
    }

    private static Article withUniqueId(Article article, Set<String> ids) {
        String id = article.id();
        for (int n = 2; !ids.add(id); n++) {
            id = article.id() + "-" + n;
        }
        return id.equals(article.id()) ? article
                : new Article(id, article.outlet(), article.url(), article.title(), article.published(),
                        article.text(), article.origin());
    }
}

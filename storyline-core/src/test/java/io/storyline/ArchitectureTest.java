package io.storyline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout docs/ARCHITECTURE.md describes, checked on the sources: which package may import
 * which, that nothing is public without a user outside its package, and what the module exports.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path PROJECT = Path.of("..");

    /** The stages share only the analysis and the records; render formats records only. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "io.storyline.model", Set.of(),
            "io.storyline.analyze.time", Set.of(),
            "io.storyline.analyze", Set.of("io.storyline.analyze.time", "io.storyline.model"),
            "io.storyline.ingest", Set.of("io.storyline.analyze", "io.storyline.analyze.time", "io.storyline.model"),
            "io.storyline.cluster", Set.of("io.storyline.analyze", "io.storyline.analyze.time", "io.storyline.model"),
            "io.storyline.summarize", Set.of("io.storyline.analyze", "io.storyline.analyze.time", "io.storyline.model"),
            "io.storyline.timeline", Set.of("io.storyline.analyze", "io.storyline.analyze.time", "io.storyline.model"),
            "io.storyline.compare", Set.of("io.storyline.analyze", "io.storyline.analyze.time", "io.storyline.model"),
            "io.storyline.render", Set.of("io.storyline.model"));

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?(io\\.storyline(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed)\\s+)*(?:class|record|interface|enum)\\s+(\\w+)",
            Pattern.MULTILINE);

    @Test
    void noStageReachesIntoAnotherStagesPackage() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String source = read(file);
            String own = packageOf(source);
            Set<String> allowed = ALLOWED.get(own);
            if (allowed == null) {
                continue; // the front door (io.storyline) calls every stage
            }
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                String target = imports.group(1);
                if (!target.equals(own) && !allowed.contains(target)) {
                    violations.add(MAIN.relativize(file) + " imports " + target);
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(ALLOWED.keySet()).as("every package of the library has a rule or is the front door")
                .containsAll(packagesOf(MAIN).stream().filter(p -> !p.equals("io.storyline")).toList());
    }

    @Test
    void aPublicTypeHasAUserOutsideItsPackage() {
        List<Path> everySource = Stream.of("storyline-core", "storyline-server", "storyline-cli",
                        "storyline-eval", "storyline-spark")
                .map(module -> PROJECT.resolve(module).resolve("src"))
                .filter(Files::isDirectory)
                .flatMap(src -> javaFiles(src).stream())
                .toList();
        Map<Path, String> code = everySource.stream()
                .collect(Collectors.toMap(f -> f, f -> withoutCommentsAndStrings(read(f))));
        List<String> needlesslyPublic = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String source = withoutCommentsAndStrings(read(file));
            Matcher type = PUBLIC_TYPE.matcher(source);
            if (!type.find()) {
                continue;
            }
            String own = packageOf(source);
            Pattern name = Pattern.compile("\\b" + type.group(1) + "\\b");
            boolean usedOutside = code.entrySet().stream()
                    .anyMatch(e -> !packageOf(e.getValue()).equals(own) && name.matcher(e.getValue()).find());
            if (!usedOutside) {
                needlesslyPublic.add(own + "." + type.group(1));
            }
        }
        assertThat(needlesslyPublic).as("public types that nothing outside their package uses").isEmpty();
    }

    @Test
    void theModuleExportsTheFrontDoorTheRecordsAndTheStages() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        Set<String> exported = module.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(module.name()).isEqualTo("io.storyline.core");
        assertThat(exported).containsExactlyInAnyOrder("io.storyline", "io.storyline.model",
                "io.storyline.ingest", "io.storyline.analyze", "io.storyline.cluster",
                "io.storyline.summarize", "io.storyline.timeline", "io.storyline.compare",
                "io.storyline.render");
        assertThat(packagesOf(MAIN)).contains("io.storyline.analyze.time").doesNotContainAnyElementsOf(
                Set.of("io.storyline.evaluate", "io.storyline.evaluate.rouge"));
    }

    private static Set<String> packagesOf(Path root) {
        return javaFiles(root).stream().map(f -> packageOf(read(f))).filter(p -> !p.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String packageOf(String source) {
        Matcher m = PACKAGE.matcher(source);
        return m.find() ? m.group(1) : "";
    }

    /** Names in Javadoc, comments and messages are not uses. */
    private static String withoutCommentsAndStrings(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"");
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("module-info.java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

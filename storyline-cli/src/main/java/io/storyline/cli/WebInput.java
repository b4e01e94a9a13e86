package io.storyline.cli;

import io.storyline.ingest.LoadOptions;
import io.storyline.ingest.WebOptions;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Options for inputs read from the web, shared by the commands that read articles. */
class WebInput {

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec command;

    @Option(names = "--urls", paramLabel = "FILE",
            description = "Also read the URLs listed in FILE, one a line ('#' starts a comment).")
    Path urlList;

    @Option(names = "--allow-private-addresses",
            description = "Fetch from loopback, private and link-local addresses too (refused by default).")
    boolean allowPrivateAddresses;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Give up on a URL after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--keep-duplicates",
            description = "Keep every copy of an article reached twice (by default they become one, with all URLs).")
    boolean keepDuplicates;

    /** The inputs given on the command line followed by those of {@code --urls}. */
    List<String> inputs(List<String> given) throws IOException {
        List<String> all = new ArrayList<>(given == null ? List.of() : given);
        if (urlList != null) {
            if (!Files.isRegularFile(urlList)) {
                throw new BadOption("--urls " + urlList + ": no such file");
            }
            for (String line : Files.readAllLines(urlList, StandardCharsets.UTF_8)) {
                String url = line.strip();
                if (!url.isEmpty() && !url.startsWith("#")) {
                    all.add(url);
                }
            }
        }
        if (all.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(),
                    "nothing to read: give a PATH or URL, or --urls FILE");
        }
        return all;
    }

    LoadOptions apply(LoadOptions options) {
        if (timeoutSeconds <= 0) {
            throw new BadOption("--timeout must be a positive number of seconds, was " + timeoutSeconds);
        }
        WebOptions web = WebOptions.defaults().withAllowPrivateAddresses(allowPrivateAddresses)
                .withTimeout(Duration.ofSeconds(timeoutSeconds));
        return options.withWeb(web).withMergeDuplicates(!keepDuplicates);
    }
}

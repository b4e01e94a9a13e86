package io.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.ServiceLoader;

/** The {@code storyline} command: subcommands for each job, {@code --help} on every one. */
@Command(name = "storyline",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Reads news articles from several outlets and gives back the story: "
                + "an extractive summary in which every sentence is cited to each outlet that reports it.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done",
            "  1  failed (the message says why)",
            "  2  wrong usage",
            "  3  done, but some input could not be read and was skipped (listed on stderr)",
            "  4  no usable article in the input"})
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_SKIPPED_INPUT = 3;
    public static final int EXIT_NO_ARTICLES = 4;

    /** The built-in commands, in the order {@code --help} lists them (before any {@link CommandSet}'s). */
    private static final List<Class<?>> COMMANDS = List.of(SummarizeCommand.class, TimelineCommand.class,
            CompareCommand.class, ClusterCommand.class, DigestCommand.class, ServeCommand.class, IngestCommand.class,
            ExtractCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, System.in, System.out, System.err));
    }

    /** Runs the command with the given streams; the entry point for tests and embedding. */
    public static int execute(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        CommandLine cli = new CommandLine(new Main(), new StreamFactory(stdin, stdout, stderr));
        List<Class<?>> commands = new ArrayList<>(COMMANDS);
        Set<String> userCommands = new HashSet<>(); // the product's own commands and a CommandSet's user ones (eval)
        COMMANDS.forEach(c -> userCommands.addAll(names(c)));
        userCommands.add("help");
        for (CommandSet set : ServiceLoader.load(CommandSet.class)) {
            commands.addAll(set.commands());
            set.userCommands().forEach(c -> userCommands.addAll(names(c)));
        }
        // picocli reads every option of every command it is given, a tenth of a short run's processor
        // time: a run of one command is given that one alone (help, errors and the rest get them all)
        String first = args.length > 0 ? args[0] : "";
        boolean one = commands.stream().anyMatch(c -> names(c).contains(first));
        for (Class<?> command : commands) {
            if (!one || names(command).contains(first)) {
                cli.addSubcommand(command);
            }
        }
        cli.addSubcommand(CommandLine.HelpCommand.class);  // listed last, after any added set
        cli.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(stderr, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((e, given) -> usageError(e, userCommands));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadOption) {
                return usageError(commandLine, e.getMessage());
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            commandLine.getErr().println("storyline: error: " + message);
            return EXIT_FAILED;
        });
        return cli.execute(args);
    }

    /** The names a command answers to: its {@code @Command} name and aliases. */
    private static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(annotation.aliases()));
        names.add(annotation.name());
        return names;
    }

    /**
     * A command line picocli could not parse: its message, any "did you mean" suggestion, and one line
     * pointing to {@code --help} (not the whole help text, which buries the message).
     *
     * @param userCommands the commands a person types (the product's own and {@code eval}): an unknown command
     *                     is only told of these, not of the benchmark commands a {@link CommandSet} adds
     *                     ({@code bench-server}, ...)
     */
    private static int usageError(CommandLine.ParameterException e, Set<String> userCommands) {
        CommandLine commandLine = e.getCommandLine();
        CommandLine.UnmatchedArgumentException unmatched = e instanceof CommandLine.UnmatchedArgumentException u ? u : null;
        // a first word that is no command, as against an unknown option or a stray argument of a command
        boolean unknownCommand = unmatched != null && !unmatched.isUnknownOption() && commandLine.getParent() == null;
        String message = unknownCommand && !unmatched.getUnmatched().isEmpty()
                ? "'" + unmatched.getUnmatched().get(0) + "' is not a command" : e.getMessage();
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        if (unknownCommand) {
            List<String> suggestions = unmatched.getSuggestions().stream().filter(userCommands::contains)
                    .map(name -> commandLine.getCommandName() + " " + name).toList();
            if (!suggestions.isEmpty()) {
                commandLine.getErr().println("Did you mean: " + String.join(" or ", suggestions) + "?");
            }
        } else if (unmatched != null) {
            CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, commandLine.getErr());
        }
        return pointToHelp(commandLine);
    }

    /** Prints a usage error of {@code commandLine}'s command and gives its exit code. */
    private static int usageError(CommandLine commandLine, String message) {
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        return pointToHelp(commandLine);
    }

    private static int pointToHelp(CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for its options.");
        err.flush();
        return EXIT_USAGE;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Gives every command that has a {@code (Terminal)} constructor the streams of this invocation
     * (not the JVM's), so commands are testable in-process.
     */
    private record StreamFactory(InputStream stdin, PrintStream stdout, PrintStream stderr)
            implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(Terminal.class);
                constructor.setAccessible(true);
                return constructor.newInstance(new Terminal(stdin, stdout, stderr));
            } catch (NoSuchMethodException noTerminal) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"storyline " + (version == null ? "development build" : version)};
        }
    }
}

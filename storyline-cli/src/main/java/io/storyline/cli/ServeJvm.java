package io.storyline.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java options {@code storyline serve} runs with: the launcher script's {@code serve} defaults, then the
 * user's {@code STORYLINE_JAVA_OPTS} (after them, so they win). Whatever starts a server as the user would (the
 * following benchmark) starts it with these, so what is measured is what users run; a test checks that the
 * script gives the same defaults.
 */
public final class ServeJvm {

    /** The launcher's defaults for {@code serve} (none yet: the JVM's own choice, G1 on two cores or more). */
    public static final List<String> DEFAULTS = List.of();

    private ServeJvm() {
    }

    /** The defaults, then the user's options (white-space separated, as the script splits them). */
    public static List<String> options(String userOptions) {
        List<String> all = new ArrayList<>(DEFAULTS);
        if (userOptions != null && !userOptions.isBlank()) {
            all.addAll(List.of(userOptions.strip().split("\\s+")));
        }
        return all;
    }
}

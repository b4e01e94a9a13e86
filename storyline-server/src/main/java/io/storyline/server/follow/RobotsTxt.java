package io.storyline.server.follow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A site's robots.txt as the Robots Exclusion Protocol (RFC 9309) reads it: the groups naming our product
 * token ({@code storyline}) apply, else those for {@code *}, else nothing is disallowed; of the rules that
 * match a path the longest wins, and {@code allow} wins a tie. {@code *} matches any characters and a final
 * {@code $} anchors the end.
 */
final class RobotsTxt {

    /** The token Storyline's User-Agent starts with, as robots.txt groups name it. */
    static final String PRODUCT = "storyline";

    /** Everything allowed: no robots.txt (an answer 4xx), or one with no rule for us. */
    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());
    /** Nothing allowed: the site could not say (5xx, no answer), so we stay away until it can (RFC 9309 2.3.1.4). */
    static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule("/", false)));

    private record Rule(String pattern, boolean allow) {
        boolean matches(String path) {
            String p = pattern;
            boolean anchored = p.endsWith("$");
            if (anchored) {
                p = p.substring(0, p.length() - 1);
            }
            StringBuilder regex = new StringBuilder();
            for (String part : p.split("\\*", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(part));
            }
            if (!anchored) {
                regex.append(".*");
            }
            return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(path).matches();
        }
    }

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads a robots.txt; lines it does not understand are ignored, as the protocol asks. */
    static RobotsTxt parse(String text) {
        List<Rule> ours = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        boolean forUs = false;
        boolean forAnyone = false;
        boolean inAgents = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    forUs = false;
                    forAnyone = false;
                    inAgents = true;
                }
                String agent = value.toLowerCase(Locale.ROOT);
                forUs |= agent.equals(PRODUCT) || agent.startsWith(PRODUCT + "/");
                forAnyone |= agent.equals("*");
            } else if (key.equals("allow") || key.equals("disallow")) {
                inAgents = false;
                if (value.isEmpty()) {
                    continue;   // "Disallow:" with nothing disallows nothing
                }
                Rule rule = new Rule(value, key.equals("allow"));
                if (forUs) {
                    ours.add(rule);
                }
                if (forAnyone) {
                    anyone.add(rule);
                }
            } else {
                inAgents = false;
            }
        }
        return new RobotsTxt(!ours.isEmpty() || mentions(text) ? ours : anyone);
    }

    /** True when some group names us, even with no rules (then nothing is disallowed for us). */
    private static boolean mentions(String text) {
        return Pattern.compile("(?im)^\\s*user-agent\\s*:\\s*" + PRODUCT + "(/\\S*)?\\s*(#.*)?$").matcher(text).find();
    }

    /** Whether a path (with its query) may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.matches(path) && (best == null || rule.pattern().length() > best.pattern().length()
                    || rule.pattern().length() == best.pattern().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }
}

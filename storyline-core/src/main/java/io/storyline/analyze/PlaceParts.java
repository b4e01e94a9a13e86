package io.storyline.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a place a statement tells by their position: "in the east wing", "near the northern
 * border", "through the rear entrance", "on the left bank". A position word picks one part of a place
 * and excludes the others (a wing cannot be both the east and the north one), so two statements of one
 * event that put it in the same kind of part at two positions disagree on where it happened. Only a
 * position written after a word of place ("in", "at", "on", "near", "through" ...) counts: "the east
 * wind" or "left the country" are no places.
 *
 * @param position the position, canonical ("north", "north-east", "left", "upper", "front")
 * @param part     the part it picks, lower case ("wing", "border")
 * @param text     as written ("east wing")
 */
record PlaceParts(String position, String part, String text) {

    /** Position words, each with its canonical value; "-ern" forms and the compound compass points read alike. */
    private static final Map<String, String> POSITIONS = Map.ofEntries(
            Map.entry("north", "north"), Map.entry("northern", "north"), Map.entry("south", "south"),
            Map.entry("southern", "south"), Map.entry("east", "east"), Map.entry("eastern", "east"),
            Map.entry("west", "west"), Map.entry("western", "west"),
            Map.entry("northeast", "north-east"), Map.entry("north-east", "north-east"), Map.entry("northeastern", "north-east"),
            Map.entry("north-eastern", "north-east"), Map.entry("northwest", "north-west"), Map.entry("north-west", "north-west"),
            Map.entry("northwestern", "north-west"), Map.entry("north-western", "north-west"),
            Map.entry("southeast", "south-east"), Map.entry("south-east", "south-east"), Map.entry("southeastern", "south-east"),
            Map.entry("south-eastern", "south-east"), Map.entry("southwest", "south-west"), Map.entry("south-west", "south-west"),
            Map.entry("southwestern", "south-west"), Map.entry("south-western", "south-west"),
            Map.entry("left", "left"), Map.entry("right", "right"), Map.entry("upper", "upper"), Map.entry("lower", "lower"),
            Map.entry("front", "front"), Map.entry("rear", "rear"), Map.entry("back", "rear"));
    /** A word of place, a determiner, a word and the noun after it (looked ahead at, so "a skylight in the east wing" finds both). */
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)\\b(in|at|on|near|through|into|to|from|off|outside|inside|of)\\s+(?:the|its|a|an|their|his|her)\\s+"
                    + "([a-z]+(?:-[a-z]+)?)(?=\\s+([a-z]+)\\b)");
    /**
     * A compass point told against a place: "a curve north of the town", "10 km south-west of Dorn". The place
     * it is told against is the part ("of town"): "north of the town" and "south of the town" exclude each other.
     */
    private static final Pattern OF_PLACE = Pattern.compile(
            "(?i)\\b((?:north|south)(?:-?(?:east|west))?|east|west)\\s+of\\s+(?:the\\s+)?(\\p{L}+)");

    /** The parts of places the statement tells by position, in order. */
    static List<PlaceParts> in(String statement) {
        List<PlaceParts> parts = new ArrayList<>();
        if (!mayHold(statement)) {
            return parts;
        }
        Matcher m = PHRASE.matcher(statement);
        while (m.find()) {
            String word = m.group(2).toLowerCase(Locale.ROOT);
            String position = POSITIONS.get(word);
            String part = m.group(3).toLowerCase(Locale.ROOT);
            // "in the north of the country": the position is the part itself, no noun follows
            if (position != null && !StopWords.contains(part) && !POSITIONS.containsKey(part)) {
                parts.add(new PlaceParts(position, part, word + " " + part));
            }
        }
        Matcher of = OF_PLACE.matcher(statement);
        while (of.find()) {
            String place = of.group(2).toLowerCase(Locale.ROOT);
            // "in the north of the country" is a region, which fighting may reach in the south too; "north of the
            // town" without a determiner is where one thing happened
            if (!StopWords.contains(place) && !afterDeterminer(statement, of.start())) {
                parts.add(new PlaceParts(POSITIONS.get(of.group(1).toLowerCase(Locale.ROOT)), "of " + place,
                        of.group().substring(0, of.group(1).length()).toLowerCase(Locale.ROOT)
                                + statement.substring(of.end(1), of.end())));
            }
        }
        return parts;
    }

    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|its|their)\\s+$");

    private static boolean afterDeterminer(String statement, int at) {
        return DETERMINER_BEFORE.matcher(statement.substring(Math.max(0, at - 8), at)).find();
    }

    /** A cheap test before the expression: every position word holds one of these. */
    private static boolean mayHold(String statement) {
        String lower = statement.toLowerCase(Locale.ROOT);
        return lower.contains("north") || lower.contains("south") || lower.contains("east") || lower.contains("west")
                || lower.contains("left") || lower.contains("right") || lower.contains("upper") || lower.contains("lower")
                || lower.contains("front") || lower.contains("rear") || lower.contains("back");
    }

    /** Whether the two positions cannot be one: on one axis and not the same nor one within the other ("north" / "north-east"). */
    static boolean exclusive(String a, String b) {
        if (a.equals(b) || a.contains(b) || b.contains(a)) {
            return false;
        }
        return axis(a) == axis(b);
    }

    private static int axis(String position) {
        return switch (position) {
            case "left", "right" -> 1;
            case "upper", "lower" -> 2;
            case "front", "rear" -> 3;
            default -> 0; // compass points
        };
    }

    /**
     * The first part of a place this statement gives at a position the other statement's same part cannot
     * have, seen from this one ("east wing" / "north wing"); null when none. A part the other gives at this
     * position too (a statement naming both wings) is no difference.
     */
    static SlotDifference differ(List<PlaceParts> mine, List<PlaceParts> theirs) {
        for (PlaceParts p : mine) {
            if (theirs.stream().anyMatch(t -> t.part.equals(p.part) && !exclusive(t.position, p.position))) {
                continue;
            }
            for (PlaceParts t : theirs) {
                if (t.part.equals(p.part) && mine.stream().noneMatch(q -> q.part.equals(t.part) && !exclusive(q.position, t.position))) {
                    return new SlotDifference("place", p.part, p.text, t.text);
                }
            }
        }
        return null;
    }
}

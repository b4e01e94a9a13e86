package io.storyline.analyze;

import java.util.HashMap;
import java.util.Map;

/** Word lists written by class, one class a line ("kill: killed killing dead"), read into word → class. */
public final class WordClasses {

    private WordClasses() {
    }

    /** Each word of each "class: word word ..." line mapped to its class; a word listed twice keeps its first class. */
    public static Map<String, String> of(String... lines) {
        Map<String, String> map = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(":", 2);
            for (String word : parts[1].trim().split("\\s+")) {
                map.putIfAbsent(word, parts[0]);
            }
        }
        return Map.copyOf(map);
    }
}

package io.jmcp.core.guard;

import io.jmcp.netconf.command.JunosWords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A router's configuration as the guardrails judge a change against it: the set lines the router
 * reports with groups inherited ({@code get-configuration inherit="inherit" format="set"}), read
 * as Junos words. {@link #statements()} are all its {@code set} statements, inactive ones and
 * the groups included; {@link #effective()} only those in effect: outside {@code groups} and not
 * at or below a deactivated statement.
 */
public final class RouterConfiguration {
    private final Map<List<String>, String> statements = new LinkedHashMap<>();
    private final Map<List<String>, String> deactivated = new LinkedHashMap<>();
    private final Map<List<String>, String> effective = new LinkedHashMap<>();

    private RouterConfiguration(String setLines) {
        for (String line : JunosText.lines(setLines)) {
            List<String> words = JunosWords.split(line);
            if (words.size() < 2) {
                continue;
            }
            List<String> path = List.copyOf(words.subList(1, words.size()));
            String text = JunosText.normalize(line);
            switch (words.get(0)) {
                case "set" -> statements.put(path, text);
                case "deactivate" -> deactivated.put(path, text);
                default -> {
                    // protect, annotate...: no effect on what the router does
                }
            }
        }
        statements.forEach((path, text) -> {
            if (!path.get(0).equals("groups") && deactivated.keySet().stream().noneMatch(off -> isAtOrBelow(path, off))) {
                effective.put(path, text);
            }
        });
    }

    /** @param setLines the configuration as set lines ({@code set}, {@code deactivate}, ...), groups inherited */
    public static RouterConfiguration of(String setLines) {
        return new RouterConfiguration(setLines);
    }

    /** Every {@code set} statement, by its path of Junos words, with its line as the router wrote it. */
    Map<List<String>, String> statements() {
        return statements;
    }

    /** The statements in effect. */
    Map<List<String>, String> effective() {
        return effective;
    }

    /** The deactivated statements. */
    Map<List<String>, String> deactivated() {
        return deactivated;
    }

    /** Paths of {@code from} that {@code to} lacks. */
    static List<List<String>> missingFrom(Map<List<String>, String> to, Map<List<String>, String> from) {
        List<List<String>> missing = new ArrayList<>();
        from.keySet().stream().filter(path -> !to.containsKey(path)).forEach(missing::add);
        return missing;
    }

    /** Paths of the effective statements at or below {@code prefix}. */
    Set<List<String>> effectiveAtOrBelow(List<String> prefix) {
        Set<List<String>> found = new LinkedHashSet<>();
        effective.keySet().stream().filter(path -> isAtOrBelow(path, prefix)).forEach(found::add);
        return found;
    }

    static boolean isAtOrBelow(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }
}

package io.jmcp.simulator.internal.rpc;

import io.jmcp.netconf.config.Configuration;
import io.jmcp.netconf.command.JunosWords;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A configuration as Junos reports it with {@code get-configuration inherit="inherit"}: every
 * {@code apply-groups} applied, so the statements of the named groups appear where they take
 * effect. Explicit statements win over inherited ones, and the first group named wins over the
 * next; {@code <*>}-style wildcards in a group match the names configured at that level. Groups
 * and statements that are inactive are not inherited; the {@code groups} hierarchy itself and
 * inactive statements stay in the reply, as Junos keeps them. {@code apply-groups-except} is
 * not modelled.
 */
public final class GroupInheritance {
    private static final String SET = "set";
    private static final String GROUPS = "groups";
    private static final String APPLY_GROUPS = "apply-groups";

    private final List<List<String>> statements = new ArrayList<>();
    private final List<List<String>> deactivated = new ArrayList<>();
    private final Map<String, List<List<String>>> groups = new LinkedHashMap<>();

    private GroupInheritance(String setLines) {
        for (String line : setLines.lines().toList()) {
            List<String> words = JunosWords.split(line);
            if (words.size() < 2) {
                continue;
            }
            List<String> path = words.subList(1, words.size());
            if (words.get(0).equals(SET)) {
                statements.add(path);
            } else if (words.get(0).equals("deactivate")) {
                deactivated.add(path);
            }
        }
        for (List<String> statement : statements) {
            if (statement.size() > 2 && statement.get(0).equals(GROUPS) && active(statement)) {
                groups.computeIfAbsent(statement.get(1), name -> new ArrayList<>())
                        .add(statement.subList(2, statement.size()));
            }
        }
    }

    /** {@code config} with its groups inherited; the same configuration when nothing applies a group. */
    public static Configuration inherit(Configuration config) {
        String setLines = config.toSet();
        List<String> inherited = new GroupInheritance(setLines).inheritedLines();
        if (inherited.isEmpty()) {
            return config;
        }
        Configuration result = Configuration.empty();
        // Later lines overwrite earlier ones: the last group named first, explicit statements last.
        Collections.reverse(inherited);
        result.applySet(String.join("\n", inherited));
        result.applySet(setLines);
        return result;
    }

    private List<String> inheritedLines() {
        List<String> lines = new ArrayList<>();
        for (List<String> statement : statements) {
            int at = statement.indexOf(APPLY_GROUPS);
            if (at < 0 || at != statement.size() - 2 || statement.get(0).equals(GROUPS) || !active(statement)) {
                continue;
            }
            List<String> level = statement.subList(0, at);
            for (List<String> groupStatement : groups.getOrDefault(statement.get(at + 1), List.of())) {
                expand(level, groupStatement, 0, new ArrayList<>(), lines);
            }
        }
        return lines;
    }

    /**
     * Adds to {@code lines} the statement {@code groupStatement} inherits at {@code level}, its
     * wildcards replaced by each configured name they match.
     */
    private void expand(List<String> level, List<String> groupStatement, int index, List<String> resolved,
            List<String> lines) {
        if (index == groupStatement.size()) {
            if (resolved.size() > level.size() && !resolved.contains(APPLY_GROUPS)) {
                lines.add(SET + " " + String.join(" ", resolved.stream().map(GroupInheritance::quoted).toList()));
            }
            return;
        }
        String word = groupStatement.get(index);
        if (!isWildcard(word)) {
            if (index >= level.size() || level.get(index).equals(word)) {
                resolved.add(word);
                expand(level, groupStatement, index + 1, resolved, lines);
                resolved.remove(resolved.size() - 1);
            }
            return;
        }
        Pattern wildcard = wildcard(word);
        for (String name : namesAt(resolved)) {
            if (wildcard.matcher(name).matches() && (index >= level.size() || level.get(index).equals(name))) {
                resolved.add(name);
                expand(level, groupStatement, index + 1, resolved, lines);
                resolved.remove(resolved.size() - 1);
            }
        }
    }

    /** The words configured right after {@code prefix} outside the groups. */
    private List<String> namesAt(List<String> prefix) {
        return statements.stream()
                .filter(statement -> !statement.get(0).equals(GROUPS) && statement.size() > prefix.size()
                        && statement.subList(0, prefix.size()).equals(prefix))
                .map(statement -> statement.get(prefix.size()))
                .distinct()
                .toList();
    }

    private boolean active(List<String> statement) {
        return deactivated.stream().noneMatch(path -> statement.size() >= path.size()
                && statement.subList(0, path.size()).equals(path));
    }

    private static boolean isWildcard(String word) {
        return word.length() > 2 && word.startsWith("<") && word.endsWith(">");
    }

    /** Junos wildcards: {@code *} any characters, {@code ?} one, {@code [...]} a class. */
    private static Pattern wildcard(String word) {
        StringBuilder regex = new StringBuilder();
        boolean inClass = false;
        for (char c : word.substring(1, word.length() - 1).toCharArray()) {
            if (inClass) {
                regex.append(c == '\\' ? "\\\\" : String.valueOf(c));
                inClass = c != ']';
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                regex.append('[');
                inClass = true;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(inClass ? Pattern.quote(word) : regex.toString());
    }

    private static String quoted(String word) {
        boolean plain = !word.isEmpty() && word.codePoints().noneMatch(c -> Character.isWhitespace(c)
                || Character.isSpaceChar(c) || c == '"' || c == '\\' || c == ';' || c == '{' || c == '}' || c == '#');
        return plain ? word : "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

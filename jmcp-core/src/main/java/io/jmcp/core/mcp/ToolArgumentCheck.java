package io.jmcp.core.mcp;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses the arguments a tool's input schema does not have, naming the closest one it has (a model
 * that writes {@code rollback} for {@code version} must not get a diff against the wrong rollback),
 * and strings a router could never receive: NUL characters and invalid Unicode (lone surrogates).
 */
final class ToolArgumentCheck {
    private final String toolName;
    /** Each argument's name and description, lower case. */
    private final Map<String, String> descriptions;
    private final Set<String> names;
    private final boolean othersAllowed;

    ToolArgumentCheck(String toolName, Map<String, Object> inputSchema) {
        this.toolName = toolName;
        this.descriptions = new java.util.HashMap<>();
        if (inputSchema.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((name, property) -> descriptions.put(String.valueOf(name),
                    property instanceof Map<?, ?> schema && schema.get("description") instanceof String description
                            ? description.toLowerCase(java.util.Locale.ROOT) : ""));
        }
        this.names = Set.copyOf(descriptions.keySet());
        this.othersAllowed = !Boolean.FALSE.equals(inputSchema.get("additionalProperties"))
                && inputSchema.get("additionalProperties") != null;
    }

    /** What is wrong with the arguments, or empty. */
    Optional<String> problem(Map<String, Object> arguments) {
        if (!othersAllowed) {
            Optional<String> unknown = arguments.keySet().stream().filter(name -> !names.contains(name)).sorted()
                    .findFirst();
            if (unknown.isPresent()) {
                return Optional.of(unknownArgument(unknown.get(), arguments.keySet()));
            }
        }
        return arguments.entrySet().stream().map(entry -> stringProblem(entry.getKey(), entry.getValue()))
                .flatMap(Optional::stream).findFirst();
    }

    private String unknownArgument(String name, Set<String> given) {
        if (names.isEmpty()) {
            return "unknown argument '" + name + "': tool '" + toolName + "' takes no arguments";
        }
        String takes = " (tool '" + toolName + "' takes " + String.join(", ", names.stream().sorted().toList()) + ")";
        return closest(name, given).map(known -> "unknown argument '" + name + "'; did you mean '" + known + "'?" + takes)
                .orElse("unknown argument '" + name + "'" + takes);
    }

    /**
     * The argument probably meant: one not given yet, first one whose description mentions the
     * unknown name ({@code rollback} for {@code version}, "Rollback version to compare against"),
     * then the nearest in spelling.
     */
    private Optional<String> closest(String name, Set<String> given) {
        String lowerName = name.toLowerCase(java.util.Locale.ROOT);
        return names.stream().filter(known -> !given.contains(known))
                .min(Comparator.comparing((String known) -> !lowerName.isEmpty()
                                && !descriptions.get(known).contains(lowerName))
                        .thenComparingInt(known -> EditDistance.between(lowerName, known))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static Optional<String> stringProblem(String where, Object value) {
        if (value instanceof String text) {
            return textProblem(text).map(problem -> "argument '" + where + "' " + problem);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(entry -> stringProblem(where + "." + entry.getKey(), entry.getValue()))
                    .flatMap(Optional::stream).findFirst();
        }
        if (value instanceof List<?> list) {
            for (int index = 0; index < list.size(); index++) {
                Optional<String> problem = stringProblem(where + "[" + index + "]", list.get(index));
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> textProblem(String text) {
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '\0') {
                return Optional.of("contains a NUL character (at character " + (index + 1) + ")");
            }
            if (Character.isHighSurrogate(c) && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("is not valid Unicode: a lone surrogate \\u" + Integer.toHexString(c)
                        + " at character " + (index + 1));
            }
        }
        return Optional.empty();
    }
}

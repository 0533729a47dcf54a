package io.jmcp.simulator.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pipe that filters a command's output line by line, as the Junos CLI does: {@code match} and
 * {@code except} (a regular expression, matched ignoring case: a model asking for "error" wants
 * "Error" lines too; Juniper's pipe reference does not say either way), {@code find} (from
 * the first matching line on), {@code last N} (the last N lines) and {@code count}.
 */
public sealed interface LineFilter {

    List<String> apply(List<String> lines);

    /** @throws CliSyntaxException naming the word that is wrong or missing */
    static LineFilter parse(String verb, List<String> arguments) {
        return switch (verb) {
            case "match" -> new Match(pattern(verb, arguments), true);
            case "except" -> new Match(pattern(verb, arguments), false);
            case "find" -> new Find(pattern(verb, arguments));
            case "last" -> new Last(lastCount(arguments));
            case "count" -> {
                if (!arguments.isEmpty()) {
                    throw new CliSyntaxException(arguments.get(0));
                }
                yield new Count();
            }
            default -> throw new CliSyntaxException(verb);
        };
    }

    private static Pattern pattern(String verb, List<String> arguments) {
        if (arguments.isEmpty()) {
            throw new CliSyntaxException(verb);
        }
        String expression = String.join(" ", arguments);
        try {
            return Pattern.compile(expression, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new CliSyntaxException(expression);
        }
    }

    /** {@code last} alone shows what the terminal shows, which over NETCONF is taken as every line. */
    private static int lastCount(List<String> arguments) {
        if (arguments.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (arguments.size() > 1 || !arguments.get(0).matches("\\d{1,6}") || Integer.parseInt(arguments.get(0)) < 1) {
            throw new CliSyntaxException(arguments.get(arguments.size() > 1 ? 1 : 0));
        }
        return Integer.parseInt(arguments.get(0));
    }

    record Match(Pattern pattern, boolean keep) implements LineFilter {
        @Override
        public List<String> apply(List<String> lines) {
            return lines.stream().filter(line -> pattern.matcher(line).find() == keep).toList();
        }
    }

    record Find(Pattern pattern) implements LineFilter {
        @Override
        public List<String> apply(List<String> lines) {
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    return lines.subList(i, lines.size());
                }
            }
            return List.of();
        }
    }

    record Last(int count) implements LineFilter {
        @Override
        public List<String> apply(List<String> lines) {
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        }
    }

    /** Counts the lines of the output (Junos leaves out a leading blank line); prints {@code Count: N lines}. */
    record Count() implements LineFilter {
        @Override
        public List<String> apply(List<String> lines) {
            List<String> counted = new ArrayList<>(lines);
            counted.removeIf(String::isEmpty);
            return List.of("Count: " + counted.size() + " lines");
        }
    }
}

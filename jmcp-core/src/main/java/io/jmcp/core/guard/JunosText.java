package io.jmcp.core.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the guardrails read commands and configuration lines: words separated by any whitespace
 * (Unicode included) as the seed project read them, {@code |} between command and pipe filters.
 * Words as Junos reads them, quotes resolved, come from {@link io.jmcp.netconf.command.JunosWords}.
 */
final class JunosText {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private JunosText() {
    }

    /** The seed's normalisation: words split at whitespace, joined with single spaces. */
    static String normalize(String text) {
        return String.join(" ", words(text));
    }

    /** The seed's words: split at whitespace, quotes left as they are. */
    static List<String> words(String text) {
        String trimmed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split(" "));
    }

    static List<String> lines(String text) {
        return List.of(LINE_BREAK.split(text));
    }

    /** The parts of a command line between {@code |} characters outside quotes. */
    static List<String> pipeSegments(String command) {
        List<String> segments = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '|' && !quoted) {
                segments.add(command.substring(start, i));
                start = i + 1;
            }
        }
        segments.add(command.substring(start));
        return segments;
    }
}

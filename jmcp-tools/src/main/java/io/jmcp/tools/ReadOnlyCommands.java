package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;

import java.util.List;
import java.util.Locale;

/**
 * The Junos operational commands a caller limited to reading may run: those that only display
 * state. Junos accepts unambiguous abbreviations ({@code sh int terse}), so each word is matched
 * as a prefix; an output pipe that writes ({@code | save}, {@code | append}, {@code | request})
 * makes a command writing too.
 */
final class ReadOnlyCommands {
    private static final List<String> COMMANDS = List.of("show", "ping", "traceroute", "help");
    private static final List<String> FILE_SUBCOMMANDS = List.of("list", "show");
    private static final List<String> PIPES = List.of("compare", "count", "display", "except", "find", "last",
            "match", "no-more", "resolve", "trim");
    private static final List<String> WRITING_PIPES = List.of("save", "append", "request", "tee");

    private ReadOnlyCommands() {
    }

    /**
     * @throws ToolException naming the command and what read-only callers may run
     */
    static void check(String command) {
        String[] segments = command.trim().toLowerCase(Locale.ROOT).split("\\|", -1);
        if (!isReadingCommand(words(segments[0])) || !onlyReadingPipes(segments)) {
            throw new ToolException("Command '" + command.trim() + "' is refused: this server or caller is "
                    + "read-only, so only " + String.join(", ", COMMANDS) + ", file list and file show commands "
                    + "are allowed, with output pipes " + String.join(", ", PIPES));
        }
    }

    private static boolean isReadingCommand(String[] words) {
        if (words.length == 0) {
            return false;
        }
        if (abbreviates(words[0], "file")) {
            return words.length > 1 && FILE_SUBCOMMANDS.stream().anyMatch(sub -> abbreviates(words[1], sub));
        }
        return COMMANDS.stream().anyMatch(name -> abbreviates(words[0], name));
    }

    private static boolean onlyReadingPipes(String[] segments) {
        for (int i = 1; i < segments.length; i++) {
            String[] words = words(segments[i]);
            if (words.length == 0) {
                return false;
            }
            String pipe = words[0];
            if (WRITING_PIPES.stream().anyMatch(name -> abbreviates(pipe, name))
                    || PIPES.stream().noneMatch(name -> abbreviates(pipe, name))) {
                return false;
            }
        }
        return true;
    }

    /** Junos completes a word that is an unambiguous prefix; two letters are the least we accept. */
    private static boolean abbreviates(String word, String full) {
        return word.length() >= 2 && full.startsWith(word);
    }

    private static String[] words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }
}

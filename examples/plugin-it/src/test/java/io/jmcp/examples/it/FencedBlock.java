package io.jmcp.examples.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fenced code block of the README.
 *
 * @param language what follows the opening fence ({@code sh}, {@code json}...), empty when nothing does
 * @param line     the README line of the opening fence
 * @param text     the lines between the fences, each ending with a newline
 */
record FencedBlock(String language, int line, String text) {
    /** Blocks whose every line is a command (comments and blank lines aside). */
    private static final Set<String> SCRIPT_LANGUAGES = Set.of("sh", "bash", "shell");
    /** A terminal session: commands follow a {@code $ } prompt, the other lines are their output. */
    private static final String SESSION_LANGUAGE = "console";
    private static final String PROMPT = "$ ";
    private static final Pattern COMMAND_SEPARATOR = Pattern.compile("\\s+&&\\s+");

    boolean isShell() {
        return SCRIPT_LANGUAGES.contains(language) || SESSION_LANGUAGE.equals(language);
    }

    /**
     * The commands of a shell block: continuation lines (ending with a backslash) joined to one
     * line, and commands joined by {@code &&} taken one by one.
     */
    List<ShellCommand> commands() {
        if (!isShell()) {
            return List.of();
        }
        boolean session = SESSION_LANGUAGE.equals(language);
        List<ShellCommand> commands = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int index = 0; index < lines.length; index++) {
            int readmeLine = line + 1 + index;
            String first = lines[index];
            if (session && !first.startsWith(PROMPT)) {
                continue;
            }
            String command = session ? first.substring(PROMPT.length()) : first;
            while (command.endsWith("\\") && index + 1 < lines.length) {
                command = command.substring(0, command.length() - 1).stripTrailing() + " " + lines[++index].strip();
            }
            String joined = command.strip();
            if (joined.isEmpty() || joined.startsWith("#")) {
                continue;
            }
            for (String part : COMMAND_SEPARATOR.split(joined)) {
                commands.add(new ShellCommand(part.strip(), readmeLine));
            }
        }
        return commands;
    }
}

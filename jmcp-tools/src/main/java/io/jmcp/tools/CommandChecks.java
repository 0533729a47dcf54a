package io.jmcp.tools;

import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;

import java.util.Locale;

/**
 * What every operational command goes through before it reaches a router, in this order:
 * <ol>
 *   <li>one command per call: a line break, another control character, a NUL or invalid Unicode
 *       (a lone surrogate) is invalid input, refused before anything else reads the command, so
 *       that no check can look at one line while the router runs another;</li>
 *   <li>block.cmd;</li>
 *   <li>for a caller limited to reading, {@link ReadOnlyCommands} on the whole command.</li>
 * </ol>
 */
final class CommandChecks {

    private CommandChecks() {
    }

    /**
     * @param field the argument the command came in, for the error message
     * @throws ToolException when the command is not one line of valid text, or a reader may not run it
     * @throws io.jmcp.core.guard.BlockedException when block.cmd refuses it
     */
    static void require(ToolContext context, String field, String command) {
        requireOneLine(field, command);
        context.guardrails().checkCommand(command);
        if (!context.caller().mayConfigure()) {
            ReadOnlyCommands.check(command);
        }
    }

    /** @throws ToolException naming the field, the offending character and its position */
    static void requireOneLine(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String problem = problem(text, i, c);
            if (problem != null) {
                throw new ToolException("Invalid input: '" + field + "' contains " + problem + " at character " + (i + 1)
                        + ". Give one command per call, on one line (execute_junos_command_batch runs a command "
                        + "on several routers); nothing was sent to the router.");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static String problem(String text, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? null
                    : "invalid Unicode (a lone surrogate U+" + hex(c) + ")";
        }
        if (Character.isLowSurrogate(c)) {
            return "invalid Unicode (a lone surrogate U+" + hex(c) + ")";
        }
        if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B'
                || c == '\u000C') {
            return "a line break (U+" + hex(c) + ")";
        }
        if (c == '\0') {
            return "a NUL character";
        }
        if (Character.getType(c) == Character.CONTROL && c != '\t') {
            return "a control character (U+" + hex(c) + ")";
        }
        return null;
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "%04X", (int) c);
    }
}

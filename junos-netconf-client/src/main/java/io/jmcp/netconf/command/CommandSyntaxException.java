package io.jmcp.netconf.command;

import java.util.List;

/**
 * A command line that names no known command or does not fit its command's arguments. The
 * message says which word and what was expected, like Junos's {@code syntax error, expecting <command>}.
 */
public final class CommandSyntaxException extends IllegalArgumentException {
    /** How many expected words a message lists before "and N more". */
    private static final int LISTED = 12;

    private final String word;
    private final boolean unknownCommand;

    CommandSyntaxException(String message, String word, boolean unknownCommand) {
        super(message);
        this.word = word;
        this.unknownCommand = unknownCommand;
    }

    /** The word where the line stopped making sense (what Junos reports as bad-element); empty at the end of the line. */
    public String word() {
        return word;
    }

    /** Whether the words name no command at all (Junos: {@code syntax error, expecting <command>}), rather than a bad argument. */
    public boolean unknownCommand() {
        return unknownCommand;
    }

    /** {@code one of a, b, c} (the first few, then how many more). */
    static String oneOf(List<String> expected) {
        if (expected.isEmpty()) {
            return "nothing more";
        }
        String listed = String.join(", ", expected.subList(0, Math.min(LISTED, expected.size())));
        return expected.size() <= LISTED ? "one of " + listed
                : "one of " + listed + " and " + (expected.size() - LISTED) + " more";
    }
}

package io.jmcp.examples.it;

/**
 * One command of a README shell block, on one line.
 *
 * @param text the command as the README gives it, continuation lines joined
 * @param line the README line it starts on
 */
record ShellCommand(String text, int line) {

    /** How failures name the command: where it is and what it says. */
    @Override
    public String toString() {
        return "README.md line " + line + ": " + text;
    }
}

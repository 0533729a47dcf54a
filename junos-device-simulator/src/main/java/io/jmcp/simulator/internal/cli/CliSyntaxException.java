package io.jmcp.simulator.internal.cli;

/** A CLI line the device does not understand; {@link #word()} is where it stopped understanding. */
public final class CliSyntaxException extends RuntimeException {
    private final String word;

    public CliSyntaxException(String word) {
        super("syntax error at '" + word + "'", null, false, false);
        this.word = word;
    }

    /** The first word that matched nothing (what Junos reports as bad-element). */
    public String word() {
        return word;
    }
}

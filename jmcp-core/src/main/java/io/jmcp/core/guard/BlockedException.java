package io.jmcp.core.guard;

import java.util.Objects;

/**
 * A command or configuration line refused by a guardrail. The message keeps the seed's wording
 * ({@code Blocked command rejected: command '...' matches blocked pattern '...'}), so existing
 * prompts and log filters still recognise it, and adds the file and line of the pattern.
 */
public class BlockedException extends RuntimeException {

    public enum Kind {
        /** An operational command, checked against block.cmd. */
        COMMAND,
        /** A configuration line, or a statement the change adds or removes, checked against block.cfg. */
        CONFIGURATION,
        /** A change that would take away jmcp's own access to the router; no pattern involved. */
        LOCKOUT
    }

    private final Kind kind;
    private final String offending;
    private final BlockPattern pattern;

    public BlockedException(Kind kind, String offending, BlockPattern pattern) {
        this(kind, offending, Objects.requireNonNull(pattern, "pattern"), message(kind, offending, pattern));
    }

    /** @param pattern null for {@link Kind#LOCKOUT} */
    BlockedException(Kind kind, String offending, BlockPattern pattern, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.offending = Objects.requireNonNull(offending, "offending");
        this.pattern = pattern;
    }

    /**
     * A change refused for what it does to the router's configuration: {@code effect} says it,
     * e.g. "the change would remove", before the statement.
     */
    static BlockedException ofEffect(String effect, String statement, BlockPattern pattern) {
        return new BlockedException(Kind.CONFIGURATION, statement, pattern, "Blocked configuration rejected: " + effect
                + " '" + statement + "', which matches blocked pattern '" + pattern.regex() + "' ("
                + pattern.location() + "). Nothing was committed.");
    }

    private static String message(Kind kind, String offending, BlockPattern pattern) {
        String what = kind == Kind.COMMAND ? "Blocked command rejected: command '" : "Blocked configuration rejected: line '";
        return what + offending + "' matches blocked pattern '" + pattern.regex() + "' (" + pattern.location() + ")";
    }

    public Kind kind() {
        return kind;
    }

    /** The command (whitespace-normalised) or configuration line that was refused. */
    public String offending() {
        return offending;
    }

    /** The pattern that refused it, with its file and line; null for {@link Kind#LOCKOUT}. */
    public BlockPattern pattern() {
        return pattern;
    }
}

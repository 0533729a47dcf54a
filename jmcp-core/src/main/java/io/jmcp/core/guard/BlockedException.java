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
        /** A configuration line, checked against block.cfg. */
        CONFIGURATION
    }

    private final Kind kind;
    private final String offending;
    private final BlockPattern pattern;

    public BlockedException(Kind kind, String offending, BlockPattern pattern) {
        super(message(kind, offending, pattern));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.offending = Objects.requireNonNull(offending, "offending");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
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

    /** The pattern that refused it, with its file and line. */
    public BlockPattern pattern() {
        return pattern;
    }
}

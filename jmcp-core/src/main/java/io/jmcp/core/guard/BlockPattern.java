package io.jmcp.core.guard;

import java.util.Objects;

/**
 * One pattern of a block file, with where it was written so a refusal can point at it.
 *
 * @param regex  the pattern as written (trimmed)
 * @param origin the file it came from, or "built-in default block.cmd"/"built-in default block.cfg"
 * @param line   its 1-based line number in that file
 */
public record BlockPattern(String regex, String origin, int line) {

    public BlockPattern {
        Objects.requireNonNull(regex, "regex");
        Objects.requireNonNull(origin, "origin");
    }

    /** {@code /etc/jmcp/block.cmd line 3}. */
    public String location() {
        return origin + " line " + line;
    }
}

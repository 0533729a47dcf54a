package io.jmcp.core.guard;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles block patterns. Matching ignores case: Junos keywords are lower case, so an upper
 * case variant costs nothing to block, and letting one through would be a bypass on any
 * device that accepted it.
 */
final class RegexCompiler {
    private RegexCompiler() {
    }

    /** @throws BlockListException naming the file, line and regex error */
    static Pattern compile(String regex, BlockPattern source) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            String part = regex.equals(source.regex()) ? "" : " (in '" + regex + "')";
            throw new BlockListException("Cannot use guardrail file " + source.origin() + ": line " + source.line()
                    + ": invalid regex '" + source.regex() + "'" + part + ": " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
        }
    }
}

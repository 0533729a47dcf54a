package io.jmcp.core.audit;

/** Keeps audit lines bounded: one runaway diff or message must not bloat the log. */
final class Truncation {
    private Truncation() {
    }

    static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        return text.substring(0, maxChars) + "... (" + (text.length() - maxChars) + " more characters)";
    }
}

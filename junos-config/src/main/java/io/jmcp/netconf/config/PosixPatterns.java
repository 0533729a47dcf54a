package io.jmcp.netconf.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Junos's {@code junos:posix-pattern} checks as Java patterns: POSIX bracket classes
 * ({@code [[:alnum:]]}) become Java's, and a leading {@code !} means the value must NOT match.
 * A pattern Java cannot compile is reported as accepting everything: the simulator must never
 * refuse a value Junos would take because of our translation.
 */
final class PosixPatterns {

    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("[:alnum:]", "\\p{Alnum}"), Map.entry("[:alpha:]", "\\p{Alpha}"),
            Map.entry("[:digit:]", "\\p{Digit}"), Map.entry("[:xdigit:]", "\\p{XDigit}"),
            Map.entry("[:upper:]", "\\p{Upper}"), Map.entry("[:lower:]", "\\p{Lower}"),
            Map.entry("[:space:]", "\\s"), Map.entry("[:blank:]", "\\p{Blank}"),
            Map.entry("[:punct:]", "\\p{Punct}"), Map.entry("[:print:]", "\\p{Print}"),
            Map.entry("[:graph:]", "\\p{Graph}"), Map.entry("[:cntrl:]", "\\p{Cntrl}"));
    private static final Pattern ACCEPT_ALL = Pattern.compile("(?s).*");

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private PosixPatterns() {
    }

    /** Whether {@code value} passes the Junos posix-pattern. */
    static boolean accepts(String posixPattern, String value) {
        boolean negated = posixPattern.startsWith("!");
        String body = negated ? posixPattern.substring(1) : posixPattern;
        Pattern pattern = COMPILED.computeIfAbsent(body, PosixPatterns::compile);
        if (pattern == ACCEPT_ALL) {
            return true;
        }
        boolean found = pattern.matcher(value).find();
        return negated != found;
    }

    private static Pattern compile(String posix) {
        String java = posix;
        for (Map.Entry<String, String> posixClass : CLASSES.entrySet()) {
            java = java.replace(posixClass.getKey(), posixClass.getValue());
        }
        try {
            return Pattern.compile(java);
        } catch (PatternSyntaxException e) {
            return ACCEPT_ALL;
        }
    }
}

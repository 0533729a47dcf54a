package io.jmcp.netconf.config;

import java.util.List;

/**
 * The value type of a leaf or leaf-list as the YANG states it: the base type, the Junos typedef it
 * came through ({@code ipv4addr}), restrictions, and Junos's POSIX patterns with the message the
 * CLI prints when a value fails them.
 */
public record ValueType(
        String base,
        String typedef,
        String range,
        String length,
        List<String> patterns,
        List<String> posixPatterns,
        String patternMessage,
        List<String> enumeration,
        List<ValueType> members,
        String fractionDigits) {

    /** Whether the statement takes no value ({@code disable;}). */
    public boolean isEmpty() {
        return base.equals("empty");
    }
}

package io.jmcp.schemagen;

import java.util.List;

/**
 * The value type of a leaf or leaf-list, resolved through typedefs: the built-in base type, the
 * Junos typedef it came through (ipv4addr, interface-name: Junos reads these specially), the YANG
 * restrictions, and Junos's own POSIX pattern and the message the CLI prints when it fails.
 */
record ValueType(
        String base,
        String typedef,
        String range,
        String length,
        List<String> patterns,
        List<String> posixPatterns,
        String patternMessage,
        List<String> enums,
        List<ValueType> members,
        String fractionDigits) {

    boolean hasJunosChecks() {
        return !posixPatterns.isEmpty() || patternMessage != null
                || members.stream().anyMatch(ValueType::hasJunosChecks);
    }
}

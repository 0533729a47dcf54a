package io.jmcp.server.http;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An on/off environment variable read as the seed project reads {@code JMCP_STATELESS}. */
final class EnvironmentSwitch {
    private static final Set<String> ON = Set.of("1", "true", "yes", "y", "on");
    private static final Set<String> OFF = Set.of("0", "false", "no", "n", "off");

    private EnvironmentSwitch() {
    }

    /**
     * @return whether the variable is on; off when it is unset or empty
     * @throws IllegalArgumentException when it is set to anything else than the accepted words
     */
    static boolean isOn(Map<String, String> environment, String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return false;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (ON.contains(word)) {
            return true;
        }
        if (OFF.contains(word)) {
            return false;
        }
        throw new IllegalArgumentException(variable + " must be one of 1, true, yes, y, on (on) or 0, false, no, n, "
                + "off (off), got '" + value + "'");
    }
}

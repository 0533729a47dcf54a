package io.jmcp.core.app;

import java.time.Duration;
import java.util.Map;

/**
 * The default RPC timeout of tool calls: env {@code JUNOS_TIMEOUT} (seconds) as in the seed
 * project, else {@link ServerOptions#DEFAULT_RPC_TIMEOUT}. A tool's {@code timeout} argument
 * overrides it per call.
 */
public final class RpcTimeouts {
    public static final String ENVIRONMENT_VARIABLE = "JUNOS_TIMEOUT";
    /** The largest timeout accepted anywhere: one day. */
    public static final int MAX_SECONDS = 86_400;

    private RpcTimeouts() {
    }

    /**
     * @throws StartupException when the variable is set but is not a whole number of seconds in range
     */
    public static Duration fromEnvironment(Map<String, String> environment) {
        String value = environment.get(ENVIRONMENT_VARIABLE);
        if (value == null || value.isBlank()) {
            return ServerOptions.DEFAULT_RPC_TIMEOUT;
        }
        try {
            int seconds = Integer.parseInt(value.trim());
            if (seconds >= 1 && seconds <= MAX_SECONDS) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the accepted range
        }
        throw new StartupException(ENVIRONMENT_VARIABLE + " must be a whole number of seconds between 1 and "
                + MAX_SECONDS + ", got '" + value + "'");
    }
}

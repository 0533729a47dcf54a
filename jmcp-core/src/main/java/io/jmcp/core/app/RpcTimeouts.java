package io.jmcp.core.app;

import io.jmcp.core.spi.TimeoutArgument;

import java.time.Duration;
import java.util.Map;

/**
 * The default RPC timeout of tool calls: env {@code JUNOS_TIMEOUT} (seconds) as in the seed
 * project, else {@link ServerOptions#DEFAULT_RPC_TIMEOUT}. A tool's {@code timeout} argument
 * overrides it per call.
 */
public final class RpcTimeouts {
    public static final String ENVIRONMENT_VARIABLE = "JUNOS_TIMEOUT";

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
            if (seconds >= 1 && seconds <= TimeoutArgument.MAX_SECONDS) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the accepted range
        }
        throw new StartupException(ENVIRONMENT_VARIABLE + " must be a whole number of seconds between 1 and "
                + TimeoutArgument.MAX_SECONDS + ", got '" + value + "'");
    }
}

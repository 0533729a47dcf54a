package io.jmcp.core.spi;

import tools.jackson.core.io.JsonStringEncoder;

import java.util.OptionalInt;

/**
 * The {@code timeout} argument of tools that send RPCs to routers: how long each RPC may take, in
 * whole seconds from 1 to one day, as in the seed project. A tool declares it in its input schema
 * with {@link #schemaProperty} and reads it with {@link ToolContext#rpcTimeout(ToolArguments)}.
 */
public final class TimeoutArgument {
    public static final String NAME = "timeout";
    /** The longest timeout accepted anywhere: one day. */
    public static final int MAX_SECONDS = 86_400;

    private TimeoutArgument() {
    }

    /**
     * The argument's JSON Schema property, {@code "timeout": {...}}, to splice into the
     * {@code properties} object of a tool's input schema.
     *
     * @param meaning what the timeout limits, e.g. {@code "Command timeout in seconds"}; the
     *                description adds the default after it
     */
    public static String schemaProperty(String meaning) {
        StringBuilder description = new StringBuilder();
        JsonStringEncoder.getInstance().quoteAsString(meaning + " (default: env JUNOS_TIMEOUT, else 360)", description);
        return "\"" + NAME + "\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": " + MAX_SECONDS
                + ", \"description\": \"" + description + "\"}";
    }

    /**
     * The seconds the call's {@code timeout} argument asks for; empty when it gives none.
     *
     * @throws ToolException when the argument is not a whole number from 1 to {@link #MAX_SECONDS}
     */
    static OptionalInt seconds(ToolArguments arguments) {
        return arguments.optionalInt(NAME, 1, MAX_SECONDS);
    }
}

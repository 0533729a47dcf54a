package io.jmcp.core.output;

import io.jmcp.core.spi.ToolArguments;

/**
 * The arguments by which a call asks for part of an output: {@code offset} (lines to skip) and
 * {@code max_output_bytes} (a lower result budget). Tools declare them with {@link #schemaProperties}
 * and the server's {@link ResultBudget} honours them; the tool itself need not read them.
 */
public final class OutputArguments {
    public static final String OFFSET = "offset";
    public static final String MAX_OUTPUT_BYTES = "max_output_bytes";

    private OutputArguments() {
    }

    /**
     * The JSON schema properties of both arguments, each followed by a comma, to splice into an input schema.
     *
     * @param pageable whether the tool also takes {@code offset}, to continue a cut output
     */
    public static String schemaProperties(boolean pageable) {
        String maxBytes = "\"" + MAX_OUTPUT_BYTES + "\": {\"type\": \"integer\", \"minimum\": "
                + OutputSettings.MIN_RESULT_BUDGET + ", \"description\": \"Cut the result to at most this many bytes "
                + "of text (never more than the server's result budget, 100 KB by default)\"},\n";
        if (!pageable) {
            return maxBytes;
        }
        return maxBytes + "\"" + OFFSET + "\": {\"type\": \"integer\", \"minimum\": 0, \"description\": \"Return the "
                + "output from this line on (lines to skip), to continue a cut result; the output is not fetched "
                + "again while jmcp still holds it\"},\n";
    }

    static int offset(ToolArguments arguments) {
        return arguments.optionalInt(OFFSET, 0, Integer.MAX_VALUE).orElse(0);
    }

    /** The budget of this call: the server's, or less when the call asks for less. */
    static int budget(ToolArguments arguments, int serverBudget) {
        return Math.min(serverBudget, arguments.optionalInt(MAX_OUTPUT_BYTES, OutputSettings.MIN_RESULT_BUDGET,
                Integer.MAX_VALUE).orElse(serverBudget));
    }
}

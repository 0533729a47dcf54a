package io.jmcp.tools;

import io.jmcp.core.spi.CallOutputs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each router's share of a batch result's budget: what is left of the budget once the summary and
 * every router's other fields are counted, split evenly. An output larger than its share is cut at
 * a line boundary, kept whole for the caller (as {@code execute_junos_command} of that router would
 * keep it, so that the call with {@code offset} continues it) and marked as cut.
 */
final class RouterShare {
    /** Bytes of the summary and the note of a cut result. */
    private static final int FIXED_OVERHEAD = 2048;
    /** Bytes of one router's fields other than its output, as pretty JSON. */
    private static final int ROUTER_OVERHEAD = 420;
    /** JSON escapes (a newline is two characters) make an output's text longer in the result. */
    private static final double ESCAPING = 1.25;

    private final CallOutputs outputs;
    private final int bytesPerRouter;
    private final String command;

    private RouterShare(CallOutputs outputs, int bytesPerRouter, String command) {
        this.outputs = outputs;
        this.bytesPerRouter = bytesPerRouter;
        this.command = command;
    }

    static RouterShare of(CallOutputs outputs, int routers, String command) {
        long left = outputs.budget() - FIXED_OVERHEAD - (long) routers * ROUTER_OVERHEAD;
        return new RouterShare(outputs, (int) Math.max(0, left / routers / ESCAPING), command);
    }

    /** The output fields of {@code router}'s result: its output within the share, and where the rest is. */
    Map<String, Object> cut(String router, String output) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("router_name", router);
        arguments.put("command", command);
        CallOutputs.Cut cut = outputs.cut(output, bytesPerRouter, ExecuteJunosCommand.NAME, arguments);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("output", cut.shown());
        fields.put("truncated", cut.truncated());
        if (cut.truncated()) {
            fields.put("output_lines", cut.lines());
            if (cut.wholeUri() != null) {
                fields.put("full_output", cut.wholeUri());
            }
            fields.put("continue_with", ToolCall.of(ExecuteJunosCommand.NAME).with("router_name", router)
                    .with("command", command).with("offset", cut.shownLines()).toString());
        }
        return fields;
    }
}

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

    /** {@code router}'s output within the share, and where the rest is. */
    Shown cut(String router, String output) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("router_name", router);
        arguments.put("command", command);
        CallOutputs.Cut cut = outputs.cut(output, bytesPerRouter, ExecuteJunosCommand.NAME, arguments);
        if (!cut.truncated()) {
            return Shown.whole(cut.shown());
        }
        return new Shown(cut.shown(), true, cut.lines(), cut.wholeUri(), ToolCall.of(ExecuteJunosCommand.NAME)
                .with("router_name", router).with("command", command).with("offset", cut.shownLines()).toString());
    }

    /**
     * A router's output as its result shows it.
     *
     * @param text         all of it, or its first whole lines
     * @param truncated    whether lines were left out
     * @param lines        lines of the whole output when cut, else null
     * @param wholeUri     where the whole output can be read when cut and kept, else null
     * @param continueWith the call that returns the next lines when cut, else null
     */
    record Shown(String text, boolean truncated, Integer lines, String wholeUri, String continueWith) {
        static Shown whole(String text) {
            return new Shown(text, false, null, null, null);
        }
    }
}

package io.jmcp.tools;

import com.hubspot.jinjava.el.JinjavaNodePreProcessor;
import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Bounds the work of one template render: Jinjava calls it before rendering every node (its
 * node pre-processor SPI), so a runaway loop stops within one node of its time limit or of its
 * call's cancellation. Jinjava's own pre-processor still runs first (it also stops on a thread
 * interrupt).
 */
final class RenderBudget implements BiConsumer<Node, JinjavaInterpreter> {
    private final JinjavaNodePreProcessor standard = new JinjavaNodePreProcessor();
    private final Duration limit;
    private final long deadline;
    private final BooleanSupplier cancelled;
    private volatile String stopped;

    RenderBudget(Duration limit, BooleanSupplier cancelled) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
        this.cancelled = cancelled;
    }

    @Override
    public void accept(Node node, JinjavaInterpreter interpreter) {
        if (stopped == null) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                stopped = "the template was not rendered: the call was cancelled";
            } else if (System.nanoTime() - deadline > 0) {
                stopped = "the template took longer than its time limit of " + limit.toSeconds() + " s to render "
                        + "(at line " + node.getLineNumber() + "); look for loops that run too often (the server "
                        + "option --template-time-limit sets the limit)";
            }
        }
        if (stopped != null) {
            throw new InterpretException(stopped, node.getLineNumber());
        }
        standard.accept(node, interpreter);
    }

    /** Why the render was stopped, or null when it was not. */
    String stopped() {
        return stopped;
    }
}

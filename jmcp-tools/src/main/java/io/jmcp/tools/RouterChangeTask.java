package io.jmcp.tools;

import io.jmcp.core.spi.ToolContext;

import java.time.Duration;

/** Applies a change to one router of many; a failure becomes that router's outcome. */
record RouterChangeTask(ToolContext context, ConfigChange change, Duration timeout)
        implements RouterFanOut.RouterTask<ChangeOutcome> {

    @Override
    public ChangeOutcome run(String router) {
        try {
            return change.applyTo(context, router, timeout);
        } catch (RuntimeException failure) {
            return ChangeOutcome.failed(router, RouterFailures.describe(router, failure), change.options());
        }
    }

    @Override
    public ChangeOutcome notStarted(String router) {
        return ChangeOutcome.failed(router, "Not applied: the call was cancelled before this router's turn.",
                change.options());
    }

    @Override
    public String describe(ChangeOutcome outcome) {
        return outcome.router() + ": " + outcome.status().jsonName();
    }
}

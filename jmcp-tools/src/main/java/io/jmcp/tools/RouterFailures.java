package io.jmcp.tools;

import io.jmcp.core.guard.BlockedException;
import io.jmcp.core.inventory.InventoryException;
import io.jmcp.core.pool.ChangeQueueTimeoutException;
import io.jmcp.core.spi.ToolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message of one router's failure inside a tool that works on many routers, where a failure
 * becomes that router's result instead of failing the whole call.
 */
final class RouterFailures {
    private static final Logger log = LoggerFactory.getLogger(RouterFailures.class);

    private RouterFailures() {
    }

    /**
     * Expected failures (device errors, guardrails, a device's secret gone missing) keep their own
     * message; anything else is a bug, logged with its stack trace and shown without details.
     */
    static String describe(String router, RuntimeException failure) {
        if (failure instanceof ToolException || failure instanceof BlockedException
                || failure instanceof InventoryException || failure instanceof ChangeQueueTimeoutException) {
            return failure.getMessage();
        }
        log.warn("Unexpected failure on router {}", router, failure);
        return "Internal error on router '" + router + "' (" + failure.getClass().getSimpleName()
                + "); the server log has the details";
    }
}

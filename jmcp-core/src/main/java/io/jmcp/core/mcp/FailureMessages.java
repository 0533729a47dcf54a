package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditOutcome;
import io.jmcp.core.guard.BlockedException;
import io.jmcp.core.inventory.InventoryException;
import io.jmcp.core.pool.ChangeQueueTimeoutException;
import io.jmcp.core.spi.AuditDetails;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.error.NetconfException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Turns what a tool threw into the outcome and message the client sees. Expected failures
 * (bad input, device errors, guardrails, a device's secret gone missing) keep their own message; anything else is a bug, shown
 * as a generic error while the stack trace goes to the server log only.
 */
final class FailureMessages {
    private static final Logger log = LoggerFactory.getLogger(FailureMessages.class);

    private FailureMessages() {
    }

    /**
     * Errors after which the JVM cannot be trusted to go on. Running out of memory or stack inside one
     * call is not among them: what that call allocated is garbage once it fails, and its client must
     * still get an answer (a rethrown error leaves the request unanswered for good).
     */
    static boolean isFatal(Throwable failure) {
        return failure instanceof VirtualMachineError
                && !(failure instanceof OutOfMemoryError || failure instanceof StackOverflowError);
    }

    /**
     * @param subject what failed, as messages name it: {@code tool 'get_router_list'} or
     *                {@code resource 'junos://devices'} or {@code prompt 'configure_interface'}
     */
    static CallOutcome describeFailureOf(String subject, Throwable failure, AuditDetails audit) {
        if (failure instanceof BlockedException) {
            log.debug("{} blocked: {}", subject, failure.getMessage());
            return CallOutcome.failed(AuditOutcome.BLOCKED, failure.getMessage());
        }
        if (failure instanceof ToolException || failure instanceof InventoryException
                || failure instanceof ChangeQueueTimeoutException) {
            log.debug("{} failed: {}", subject, failure.getMessage(), failure);
            return CallOutcome.failed(AuditOutcome.ERROR, failure.getMessage());
        }
        if (failure instanceof NetconfException netconf) {
            log.debug("{} failed on a device: {}", subject, failure.getMessage(), failure);
            return CallOutcome.failed(AuditOutcome.ERROR, describeDeviceFailure(netconf, audit.devices()));
        }
        if (failure instanceof InterruptedException) {
            return CallOutcome.failed(AuditOutcome.ERROR, "the call was cancelled (server shutting down)");
        }
        if (failure instanceof OutOfMemoryError) {
            log.error("{} ran out of memory", subject, failure);
            return CallOutcome.failed(AuditOutcome.ERROR, "The server ran out of memory in " + subject
                    + ": narrow what it returns (| match, | count, a configuration section, max_output_bytes)"
                    + " or give the server a larger heap (-Xmx)");
        }
        log.warn("{} failed unexpectedly", subject, failure);
        // The exception's class stays in the server log: clients never see Java internals.
        return CallOutcome.failed(AuditOutcome.ERROR, "Internal error in " + subject
                + "; the server log has the details");
    }

    /** A device failure raised outside {@code onDevice}: name the router when the call touched one. */
    private static String describeDeviceFailure(NetconfException failure, List<String> devices) {
        return devices.size() == 1 ? DeviceException.describe(devices.get(0), failure)
                : "Device error: " + failure.getMessage();
    }
}

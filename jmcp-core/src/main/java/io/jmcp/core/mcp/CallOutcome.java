package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditOutcome;

/**
 * How a tool call ended, as the audit log records it.
 *
 * @param outcome the class of outcome
 * @param message for failures, the message the client saw; null when the call succeeded
 */
record CallOutcome(AuditOutcome outcome, String message) {

    static CallOutcome ok() {
        return new CallOutcome(AuditOutcome.OK, null);
    }

    static CallOutcome failed(AuditOutcome outcome, String message) {
        return new CallOutcome(outcome, message);
    }
}

package io.jmcp.core.mcp;

/**
 * How a tool call ended, as the audit log records it.
 *
 * @param kind    the class of outcome
 * @param message for failures, the message the client saw; null when the call succeeded
 */
record CallOutcome(Kind kind, String message) {

    enum Kind {
        /** The tool ran and succeeded. */
        OK,
        /** The tool or its device failed, or the arguments were invalid. */
        ERROR,
        /** A guardrail refused a command or configuration line. */
        BLOCKED,
        /** The caller's scopes do not allow the tool. */
        DENIED
    }

    static CallOutcome ok() {
        return new CallOutcome(Kind.OK, null);
    }

    static CallOutcome failed(Kind kind, String message) {
        return new CallOutcome(kind, message);
    }
}

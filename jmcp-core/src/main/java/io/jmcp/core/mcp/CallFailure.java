package io.jmcp.core.mcp;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;

/**
 * A request that ended without its result, with the message the user sees: the outcome to audit,
 * and the class of failure that picks the JSON-RPC error for kinds that answer with one (a tool
 * answers every failure with an isError result instead).
 */
final class CallFailure extends RuntimeException {

    /** The class of a failure, as JSON-RPC tells it to the client. */
    enum Kind {
        /** The caller may not make this request (scope, read-only mode). */
        REFUSED(ErrorCodes.INVALID_REQUEST),
        /** The arguments or the URI are not what the handler declares. */
        INVALID(ErrorCodes.INVALID_PARAMS),
        /** The resource, or the router it names, does not exist. */
        NOT_FOUND(ErrorCodes.RESOURCE_NOT_FOUND),
        /** The handler or the device failed, or the server could not take the request. */
        FAILED(ErrorCodes.INTERNAL_ERROR);

        private final int jsonRpcCode;

        Kind(int jsonRpcCode) {
            this.jsonRpcCode = jsonRpcCode;
        }
    }

    private final Kind kind;
    private final CallOutcome outcome;

    CallFailure(Kind kind, CallOutcome outcome) {
        // Thrown to carry a message between the pipeline's steps: no stack trace to fill.
        super(outcome.message(), null, false, false);
        this.kind = kind;
        this.outcome = outcome;
    }

    CallOutcome outcome() {
        return outcome;
    }

    /** The JSON-RPC error for this failure; {@code data} is what it adds for the client, or null. */
    McpError toMcpError(Object data) {
        McpError.Builder error = McpError.builder(kind.jsonRpcCode).message(outcome.message());
        return data == null ? error.build() : error.data(data).build();
    }
}

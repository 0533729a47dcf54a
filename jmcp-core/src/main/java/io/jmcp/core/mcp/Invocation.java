package io.jmcp.core.mcp;

import io.jmcp.core.spi.Caller;

import java.util.List;
import java.util.Optional;

/**
 * What one request of one kind (a tool call, a resource read, a prompt) brings to the
 * {@link InvokePipeline}: its access rule, its handler run with its argument checks, and how its
 * kind answers a failure. The pipeline does the rest the same way for every kind.
 *
 * @param <R> what the kind answers with when the request succeeds, and for tools when it fails too
 */
interface Invocation<R> {

    /** What failed, as messages name it: {@code tool 'get_router_list'}, {@code resource 'junos://devices'}. */
    String subject();

    /** The action the audit log records this request as; empty for a request that is not audited. */
    Optional<String> auditedAs();

    /** The routers the request names, audited even when it is refused before it reaches one. */
    default List<String> namedRouters() {
        return List.of();
    }

    /** Why {@code caller} may not make this request, or empty when it may. */
    Optional<String> refusal(Caller caller);

    /**
     * Checks the arguments and runs the handler.
     *
     * @throws CallFailure for arguments the handler does not accept, as the kind reports them
     */
    R run(McpToolContext context);

    /** How a request that returned {@code result} ended; a tool may return a failure as a result. */
    default CallOutcome outcomeOf(R result) {
        return CallOutcome.ok();
    }

    /** The kind's own reading of what the handler threw, before the pipeline's common one. */
    default Optional<CallFailure> classify(Throwable failure) {
        return Optional.empty();
    }

    /**
     * The answer to a failed request.
     *
     * @throws io.modelcontextprotocol.spec.McpError for kinds that answer failures with a JSON-RPC error
     */
    R failed(CallFailure failure);

    /** The message for a request the workers could not take. */
    default String busyMessage(boolean shuttingDown, int workerThreads) {
        return shuttingDown ? "jmcp is shutting down; the request was not run"
                : "jmcp is busy: all " + workerThreads + " workers and their queue are in use; try again shortly";
    }
}

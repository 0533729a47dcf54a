package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditEvent;
import io.jmcp.core.audit.AuditOutcome;
import io.jmcp.core.services.ToolServices;
import io.jmcp.core.spi.AuditDetails;
import io.jmcp.core.spi.Caller;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The one path every MCP request to a handler takes, whatever its kind: the caller resolved, its
 * scopes and the server's read-only mode checked, the arguments checked and the handler run (on a
 * worker thread when it may do device I/O, told to stop when the client cancels or the server shuts
 * down), every failure turned into the message the client sees (stack traces go to the server log
 * only), and one audit record. What differs per kind is its {@link Invocation}.
 */
final class InvokePipeline {
    private static final Logger log = LoggerFactory.getLogger(InvokePipeline.class);

    private final Services services;
    /** The views every call's context hands out: their inputs are the server's, fixed for its life. */
    private final ToolServices toolServices;
    private final Scheduler workers;

    /** What every request of a server shares. */
    record Services(ToolEnvironment environment, McpJsonMapper jsonMapper, JsonSchemaValidator validator,
            CallerResolver callers, BooleanSupplier shuttingDown, int workerThreads, boolean readOnly) {
    }

    InvokePipeline(Services services, Scheduler workers) {
        this.services = services;
        ToolEnvironment environment = services.environment();
        this.toolServices = new ToolServices(environment.devices(), environment.sessions(), environment.guardrails());
        this.workers = workers;
    }

    Services services() {
        return services;
    }

    /** Runs {@code invocation} on a worker; a request the workers cannot take is answered at once. */
    <R> Mono<R> onWorker(Invocation<R> invocation, McpTransportContext transportContext, ClientChannel client) {
        AtomicBoolean cancelled = new AtomicBoolean();
        BooleanSupplier stop = () -> cancelled.get() || services.shuttingDown().getAsBoolean();
        return Mono.fromCallable(() -> invoke(invocation, transportContext, client, stop))
                .subscribeOn(workers)
                .doOnCancel(() -> cancelled.set(true))
                .onErrorResume(RejectedExecutionException.class,
                        rejected -> Mono.fromCallable(() -> refuseBusy(invocation, transportContext)));
    }

    /** Runs {@code invocation}, which does no I/O, on the transport's thread; its client gets only the answer. */
    <R> Mono<R> inline(Invocation<R> invocation, McpTransportContext transportContext) {
        return Mono.fromCallable(() -> invoke(invocation, transportContext, SessionlessChannel.INSTANCE, () -> false));
    }

    /** Runs {@code invocation} on this thread and answers it. */
    private <R> R invoke(Invocation<R> invocation, McpTransportContext transportContext, ClientChannel client,
            BooleanSupplier cancelled) {
        long started = System.nanoTime();
        Caller caller = services.callers().resolve(transportContext);
        McpToolContext context = new McpToolContext(services.environment(), toolServices, client, caller, cancelled);
        // Named first, so that a request refused before it reached a router still names it in the audit log.
        invocation.namedRouters().forEach(context.audit()::device);
        try {
            Optional<String> refusal = invocation.refusal(caller);
            if (refusal.isPresent()) {
                throw new CallFailure(CallFailure.Kind.REFUSED, CallOutcome.failed(AuditOutcome.DENIED, refusal.get()));
            }
            R result = invocation.run(context);
            audit(invocation, caller, context.audit(), invocation.outcomeOf(result), elapsedSince(started));
            return result;
        } catch (RuntimeException | Error failure) {
            if (FailureMessages.isFatal(failure)) {
                throw (Error) failure;
            }
            CallFailure known = failure instanceof CallFailure callFailure ? callFailure
                    : invocation.classify(failure).orElseGet(() -> new CallFailure(CallFailure.Kind.FAILED,
                            FailureMessages.describeFailureOf(invocation.subject(), failure, context.audit())));
            audit(invocation, caller, context.audit(), known.outcome(), elapsedSince(started));
            return invocation.failed(known);
        }
    }

    private <R> R refuseBusy(Invocation<R> invocation, McpTransportContext transportContext) {
        String message = invocation.busyMessage(services.shuttingDown().getAsBoolean(), services.workerThreads());
        log.warn("Refused {}: {}", invocation.subject(), message);
        AuditDetails named = new AuditDetails();
        invocation.namedRouters().forEach(named::device);
        CallOutcome outcome = CallOutcome.failed(AuditOutcome.ERROR, message);
        audit(invocation, services.callers().resolve(transportContext), named, outcome, Duration.ZERO);
        return invocation.failed(new CallFailure(CallFailure.Kind.FAILED, outcome));
    }

    private void audit(Invocation<?> invocation, Caller caller, AuditDetails details, CallOutcome outcome,
            Duration duration) {
        Optional<String> action = invocation.auditedAs();
        if (action.isEmpty()) {
            return;
        }
        AuditEvent event = new AuditEvent(Instant.now().minus(duration), caller.id(), action.get(),
                details.devices(), outcome.outcome(), outcome.message(), duration);
        List<AuditDetails.Commit> commits = details.commits();
        services.environment().auditLog().record(commits.isEmpty() ? event
                : event.withCommit(combinedDiff(commits), commits.get(0).comment()));
    }

    private static Duration elapsedSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** One diff for the audit record; with several routers, each router's part is headed by its name. */
    private static String combinedDiff(List<AuditDetails.Commit> commits) {
        if (commits.size() == 1) {
            return commits.get(0).diff();
        }
        StringBuilder diff = new StringBuilder();
        commits.forEach(commit -> diff.append("# router ").append(commit.device()).append('\n').append(commit.diff())
                .append('\n'));
        return diff.toString();
    }
}

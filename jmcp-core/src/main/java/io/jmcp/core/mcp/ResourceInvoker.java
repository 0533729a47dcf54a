package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditEvent;
import io.jmcp.core.audit.AuditOutcome;
import io.jmcp.core.spi.AuditDetails;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.ResourceDefinition;
import io.jmcp.core.spi.ResourceHandler;
import io.jmcp.core.spi.ResourceNotFoundException;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.UnknownDeviceException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Reads the resources of one {@link ResourceHandler} for MCP: on a worker thread, with the caller's
 * scopes checked and, for a template naming a device, the device looked up before the handler runs.
 * Every read becomes one audit record ({@code resources/read <uri>}) and every failure an MCP error
 * with a message for the user: resource-not-found for an unknown device, the device's failure with
 * its cause otherwise; stack traces go to the server log only.
 */
final class ResourceInvoker {
    private static final Logger log = LoggerFactory.getLogger(ResourceInvoker.class);

    private final ResourceHandler handler;
    private final ResourceDefinition definition;
    private final UriVariables variables;
    private final ToolInvoker.Services services;
    private final Scheduler workers;

    /** Makes the context of one read, for its caller and with its cancellation signal. */
    @FunctionalInterface
    interface ReadContexts {
        ToolContext create(Caller caller, BooleanSupplier cancelled);
    }

    ResourceInvoker(ResourceHandler handler, ToolInvoker.Services services, Scheduler workers) {
        this.handler = handler;
        this.definition = handler.definition();
        this.variables = new UriVariables(definition);
        this.services = services;
        this.workers = workers;
    }

    ResourceDefinition definition() {
        return definition;
    }

    /** The URI of this template's resource for {@code device}; see {@link ResourceDefinition#listedPerDevice()}. */
    String uriOf(String device) {
        return variables.expand(device);
    }

    /** Reads for a client of a stateful server, whose session also carries the client's log. */
    Mono<ReadResourceResult> read(McpAsyncServerExchange exchange, ReadResourceRequest request) {
        return read(exchange.transportContext(), request.uri(), (caller, cancelled) -> new McpToolContext(
                services.environment(), new SessionChannel(exchange, services.jsonMapper(), null), caller, cancelled));
    }

    /** Reads for a client of a server without sessions (stateless HTTP), which gets the content alone. */
    Mono<ReadResourceResult> readWithoutSession(McpTransportContext transportContext, ReadResourceRequest request) {
        return read(transportContext, request.uri(), (caller, cancelled) -> new McpToolContext(
                services.environment(), SessionlessChannel.INSTANCE, caller, cancelled));
    }

    /**
     * Reads {@code uri}, which the SDK matched against this handler's URI or template, for the
     * client of {@code transportContext}.
     */
    Mono<ReadResourceResult> read(McpTransportContext transportContext, String uri, ReadContexts contexts) {
        AtomicBoolean cancelled = new AtomicBoolean();
        BooleanSupplier stop = () -> cancelled.get() || services.shuttingDown().getAsBoolean();
        return Mono.fromCallable(() -> invoke(transportContext, uri, contexts, stop))
                .subscribeOn(workers)
                .doOnCancel(() -> cancelled.set(true))
                .onErrorMap(RejectedExecutionException.class, rejected -> refuseBusy(transportContext, uri));
    }

    ReadResourceResult invoke(McpTransportContext transportContext, String uri, ReadContexts contexts,
            BooleanSupplier cancelled) {
        long started = System.nanoTime();
        Caller caller = services.callers().resolve(transportContext);
        ToolContext context = contexts.create(caller, cancelled);
        try {
            ResourceContent content = services.environment().outputs().fitRead(caller, uri, run(caller, context, uri));
            audit(caller, uri, context.audit().devices(), CallOutcome.ok(), started);
            return new ReadResourceResult(List.of(new TextResourceContents(uri, content.mimeType(), content.text())));
        } catch (RuntimeException | Error failure) {
            if (FailureMessages.isFatal(failure)) {
                throw (Error) failure;
            }
            ReadRefused refused = failure instanceof ReadRefused known ? known : classify(failure, uri, context.audit());
            audit(caller, uri, context.audit().devices(), refused.outcome, started);
            throw refused.toMcpError(uri);
        }
    }

    private ResourceContent run(Caller caller, ToolContext context, String uri) {
        if (!caller.mayRead()) {
            throw new ReadRefused(ErrorCodes.INVALID_REQUEST, CallOutcome.failed(AuditOutcome.DENIED, "Caller '"
                    + caller.id() + "' may not read resources: it has neither the read nor the config scope"));
        }
        Map<String, String> values;
        try {
            values = variables.extract(uri);
        } catch (IllegalArgumentException malformed) {
            throw new ReadRefused(ErrorCodes.INVALID_PARAMS, CallOutcome.failed(AuditOutcome.ERROR,
                    "Invalid resource URI '" + uri + "': " + malformed.getMessage()));
        }
        definition.deviceVariableIfAny().map(values::get).ifPresent(device -> requireKnown(device, context));
        ResourceContent content = handler.read(context, values);
        if (content == null) {
            throw new IllegalStateException("resource handler " + handler.getClass().getName() + " returned no content");
        }
        return content;
    }

    private static void requireKnown(String device, ToolContext context) {
        context.audit().device(device);
        Set<String> known = context.devices().names();
        if (!known.contains(device)) {
            throw new UnknownDeviceException(device, known);
        }
    }

    private static ReadRefused classify(Throwable failure, String uri, AuditDetails audit) {
        if (failure instanceof UnknownDeviceException unknown) {
            log.debug("Resource {} not found: {}", uri, unknown.getMessage());
            return new ReadRefused(ErrorCodes.RESOURCE_NOT_FOUND, CallOutcome.failed(AuditOutcome.ERROR,
                    "Resource not found: " + uri + ". " + unknown.getMessage()
                            + ". resources/list shows the resources of every known router."));
        }
        if (failure instanceof ResourceNotFoundException notFound) {
            return new ReadRefused(ErrorCodes.RESOURCE_NOT_FOUND, CallOutcome.failed(AuditOutcome.ERROR,
                    notFound.getMessage()));
        }
        return new ReadRefused(ErrorCodes.INTERNAL_ERROR,
                FailureMessages.describeFailureOf("resource '" + uri + "'", failure, audit));
    }

    private McpError refuseBusy(McpTransportContext transportContext, String uri) {
        String message = services.shuttingDown().getAsBoolean() ? "jmcp is shutting down; the resource was not read"
                : "jmcp is busy: all " + services.workerThreads() + " workers and their queue are in use; "
                        + "read the resource again shortly";
        log.warn("Refused to read {}: {}", uri, message);
        CallOutcome outcome = CallOutcome.failed(AuditOutcome.ERROR, message);
        audit(services.callers().resolve(transportContext), uri, List.of(), outcome, System.nanoTime());
        return new ReadRefused(ErrorCodes.INTERNAL_ERROR, outcome).toMcpError(uri);
    }

    private void audit(Caller caller, String uri, List<String> devices, CallOutcome outcome, long startedNanos) {
        Duration duration = Duration.ofNanos(System.nanoTime() - startedNanos);
        services.environment().auditLog().record(new AuditEvent(Instant.now().minus(duration), caller.id(),
                "resources/read " + uri, devices, outcome.outcome(), outcome.message(), duration));
    }

    /** A read that failed, with the JSON-RPC error code and the outcome to audit and show. */
    private static final class ReadRefused extends RuntimeException {
        private final int code;
        private final CallOutcome outcome;

        ReadRefused(int code, CallOutcome outcome) {
            super(outcome.message(), null, false, false);
            this.code = code;
            this.outcome = outcome;
        }

        McpError toMcpError(String uri) {
            return McpError.builder(code).message(outcome.message()).data(Map.of("uri", uri)).build();
        }
    }
}

package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditEvent;
import io.jmcp.core.audit.AuditOutcome;
import io.jmcp.core.audit.NamedRouters;
import io.jmcp.core.output.ResourceLinks;
import io.jmcp.core.spi.AuditDetails;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServerFeatures.AsyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs one tool for MCP, in a session or without one: on a worker thread, with the caller's scopes checked and the arguments
 * validated against the tool's input schema; every outcome becomes a {@link CallToolResult} (never
 * a protocol error) and one audit record.
 */
final class ToolInvoker {
    private static final Logger log = LoggerFactory.getLogger(ToolInvoker.class);

    private final ToolHandler handler;
    private final ToolDefinition definition;
    private final McpSchema.Tool tool;
    private final Map<String, Object> inputSchema;
    private final Services services;
    private final ToolArgumentCheck argumentCheck;

    /** What every invoker of a server shares. */
    record Services(ToolEnvironment environment, McpJsonMapper jsonMapper, JsonSchemaValidator validator,
            CallerResolver callers, BooleanSupplier shuttingDown, int workerThreads, boolean readOnly) {
    }

    ToolInvoker(ToolHandler handler, McpSchema.Tool tool, Services services) {
        this.handler = handler;
        this.definition = handler.definition();
        this.tool = tool;
        this.inputSchema = tool.inputSchema();
        this.services = services;
        this.argumentCheck = new ToolArgumentCheck(definition.name(), inputSchema);
    }

    ToolDefinition definition() {
        return definition;
    }

    /** The tool for a server with sessions: progress, log messages and forms reach the client. */
    AsyncToolSpecification specification(Scheduler workers) {
        return new AsyncToolSpecification(tool, (exchange, request) -> call(exchange.transportContext(),
                new SessionChannel(exchange, services.jsonMapper(), request.progressToken()), request, workers));
    }

    /** The tool for a server without sessions (stateless HTTP): the result is all the client gets. */
    McpStatelessServerFeatures.AsyncToolSpecification sessionlessSpecification(Scheduler workers) {
        return new McpStatelessServerFeatures.AsyncToolSpecification(tool, (transportContext, request) ->
                call(transportContext, SessionlessChannel.INSTANCE, request, workers));
    }

    private Mono<CallToolResult> call(McpTransportContext transportContext, ClientChannel client,
            CallToolRequest request, Scheduler workers) {
        AtomicBoolean cancelled = new AtomicBoolean();
        BooleanSupplier stop = () -> cancelled.get() || services.shuttingDown().getAsBoolean();
        return Mono.fromCallable(() -> invoke(transportContext, client, request, stop))
                .subscribeOn(workers)
                .doOnCancel(() -> cancelled.set(true))
                .onErrorResume(RejectedExecutionException.class,
                        rejected -> Mono.just(refuseBusy(transportContext, request)));
    }

    private CallToolResult invoke(McpTransportContext transportContext, ClientChannel client, CallToolRequest request,
            BooleanSupplier cancelled) {
        long started = System.nanoTime();
        Caller caller = services.callers().resolve(transportContext);
        McpToolContext context = new McpToolContext(services.environment(), client, caller, cancelled);
        // Named first, so that a call refused before it reached a router still names it in the audit log.
        NamedRouters.in(request.arguments()).forEach(context.audit()::device);
        ToolResult result;
        CallOutcome outcome;
        try {
            Optional<String> refusal = ToolAccess.refusal(definition, caller, services.readOnly());
            if (refusal.isPresent()) {
                outcome = CallOutcome.failed(AuditOutcome.DENIED, refusal.get());
                result = ToolResult.error(outcome.message());
            } else {
                result = services.environment().outputs().fit(definition, caller, request.arguments(), given -> run(context, given));
                outcome = result.isError() ? CallOutcome.failed(AuditOutcome.ERROR, result.texts().get(0))
                        : CallOutcome.ok();
            }
        } catch (RuntimeException | Error failure) {
            if (FailureMessages.isFatal(failure)) {
                throw (Error) failure;
            }
            outcome = FailureMessages.describe(definition.name(), failure, context.audit());
            result = ToolResult.error(outcome.message());
        }
        audit(caller, context.audit(), outcome, Duration.ofNanos(System.nanoTime() - started));
        return toMcp(result);
    }

    private ToolResult run(McpToolContext context, Map<String, Object> arguments) {
        Map<String, Object> given = arguments == null ? Map.of() : arguments;
        Optional<String> argumentProblem = argumentCheck.problem(given);
        if (argumentProblem.isPresent()) {
            return ToolResult.error("Invalid arguments for tool '" + definition.name() + "': " + argumentProblem.get());
        }
        JsonSchemaValidator.ValidationResponse validation = services.validator().validate(inputSchema, given);
        if (!validation.valid()) {
            return ToolResult.error("Invalid arguments for tool '" + definition.name() + "': " + validation.errorMessage());
        }
        ToolResult result = handler.call(context, given);
        if (result == null) {
            throw new IllegalStateException("tool " + definition.name() + " returned no result");
        }
        return result;
    }

    private CallToolResult refuseBusy(McpTransportContext transportContext, CallToolRequest request) {
        String message = services.shuttingDown().getAsBoolean() ? "jmcp is shutting down; the call was not run"
                : "jmcp is busy: all " + services.workerThreads() + " tool workers and their queue are in use; "
                        + "try again shortly";
        log.warn("Refused a call to {}: {}", definition.name(), message);
        Caller caller = services.callers().resolve(transportContext);
        AuditDetails named = new AuditDetails();
        NamedRouters.in(request.arguments()).forEach(named::device);
        audit(caller, named, CallOutcome.failed(AuditOutcome.ERROR, message), Duration.ZERO);
        return toMcp(ToolResult.error(message));
    }

    private void audit(Caller caller, AuditDetails details, CallOutcome outcome, Duration duration) {
        List<String> devices = details.devices();
        AuditEvent event = new AuditEvent(Instant.now().minus(duration), caller.id(), definition.name(), devices,
                outcome.outcome(), outcome.message(), duration);
        List<AuditDetails.Commit> commits = details.commits();
        services.environment().auditLog().record(commits.isEmpty() ? event
                : event.withCommit(combinedDiff(commits), commits.get(0).comment()));
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

    private static CallToolResult toMcp(ToolResult result) {
        CallToolResult.Builder builder = CallToolResult.builder().isError(result.isError());
        result.texts().forEach(builder::addTextContent);
        result.structured().ifPresent(builder::structuredContent);
        result.links().forEach(link -> builder.addContent(ResourceLinks.toMcp(link)));
        return builder.build();
    }
}

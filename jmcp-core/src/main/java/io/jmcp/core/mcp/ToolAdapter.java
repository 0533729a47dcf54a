package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditOutcome;
import io.jmcp.core.audit.NamedRouters;
import io.jmcp.core.output.ResourceLinks;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServerFeatures.AsyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tool in the {@link InvokePipeline}: its arguments validated against its input schema, its
 * result kept within the result budget, and every failure answered as a {@link CallToolResult} with
 * isError (never a protocol error), so that the model reads why.
 */
final class ToolAdapter {
    private final ToolHandler handler;
    private final ToolDefinition definition;
    private final McpSchema.Tool tool;
    private final Map<String, Object> inputSchema;
    private final InvokePipeline pipeline;
    private final ToolArgumentCheck argumentCheck;

    ToolAdapter(ToolHandler handler, McpSchema.Tool tool, InvokePipeline pipeline) {
        this.handler = handler;
        this.definition = handler.definition();
        this.tool = tool;
        this.inputSchema = tool.inputSchema();
        this.pipeline = pipeline;
        this.argumentCheck = new ToolArgumentCheck(definition.name(), inputSchema);
    }

    ToolDefinition definition() {
        return definition;
    }

    /** The tool for a server with sessions: progress, log messages and forms reach the client. */
    AsyncToolSpecification specification() {
        return new AsyncToolSpecification(tool, (exchange, request) -> pipeline.onWorker(new Call(request),
                exchange.transportContext(), new SessionChannel(exchange, pipeline.services().jsonMapper(),
                        request.progressToken())).map(ToolAdapter::toMcp));
    }

    /** The tool for a server without sessions (stateless HTTP): the result is all the client gets. */
    McpStatelessServerFeatures.AsyncToolSpecification sessionlessSpecification() {
        return new McpStatelessServerFeatures.AsyncToolSpecification(tool, (transportContext, request) ->
                pipeline.onWorker(new Call(request), transportContext, SessionlessChannel.INSTANCE)
                        .map(ToolAdapter::toMcp));
    }

    /** One call of the tool. */
    private final class Call implements Invocation<ToolResult> {
        private final Map<String, Object> arguments;

        Call(CallToolRequest request) {
            this.arguments = request.arguments();
        }

        @Override
        public String subject() {
            return "tool '" + definition.name() + "'";
        }

        @Override
        public Optional<String> auditedAs() {
            return Optional.of(definition.name());
        }

        @Override
        public List<String> namedRouters() {
            return NamedRouters.in(arguments);
        }

        @Override
        public Optional<String> refusal(Caller caller) {
            return ToolAccess.refusal(definition, caller, pipeline.services().readOnly());
        }

        @Override
        public ToolResult run(McpToolContext context) {
            return pipeline.services().environment().outputs().fit(definition, context.caller(), arguments,
                    given -> runChecked(context, given));
        }

        @Override
        public CallOutcome outcomeOf(ToolResult result) {
            return result.isError() ? CallOutcome.failed(AuditOutcome.ERROR, result.texts().get(0)) : CallOutcome.ok();
        }

        @Override
        public ToolResult failed(CallFailure failure) {
            return ToolResult.error(failure.outcome().message());
        }

        @Override
        public String busyMessage(boolean shuttingDown, int workerThreads) {
            return shuttingDown ? "jmcp is shutting down; the call was not run"
                    : "jmcp is busy: all " + workerThreads + " tool workers and their queue are in use; try again shortly";
        }
    }

    private ToolResult runChecked(McpToolContext context, Map<String, Object> arguments) {
        Map<String, Object> given = arguments == null ? Map.of() : arguments;
        Optional<String> argumentProblem = argumentCheck.problem(given);
        if (argumentProblem.isPresent()) {
            return ToolResult.error("Invalid arguments for tool '" + definition.name() + "': " + argumentProblem.get());
        }
        JsonSchemaValidator.ValidationResponse validation = pipeline.services().validator().validate(inputSchema, given);
        if (!validation.valid()) {
            return ToolResult.error("Invalid arguments for tool '" + definition.name() + "': " + validation.errorMessage());
        }
        ToolResult result = handler.call(context, given);
        if (result == null) {
            throw new IllegalStateException("tool " + definition.name() + " returned no result");
        }
        return result;
    }

    private static CallToolResult toMcp(ToolResult result) {
        CallToolResult.Builder builder = CallToolResult.builder().isError(result.isError());
        result.texts().forEach(builder::addTextContent);
        result.structured().ifPresent(builder::structuredContent);
        result.links().forEach(link -> builder.addContent(ResourceLinks.toMcp(link)));
        return builder.build();
    }
}

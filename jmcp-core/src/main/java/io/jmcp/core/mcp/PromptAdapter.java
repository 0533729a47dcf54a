package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditOutcome;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.PromptArgument;
import io.jmcp.core.spi.PromptDefinition;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.PromptMessage;
import io.jmcp.core.spi.ToolException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@link PromptHandler} in the {@link InvokePipeline}: the arguments must be those it declares
 * (required ones present and not blank, strings only, none unknown). Every refusal is an MCP
 * invalid-params error naming the argument. Rendering does no I/O, so it runs on the transport's
 * thread; it reads and changes nothing, so it is not audited (the calls it leads to are).
 */
final class PromptAdapter {
    private final PromptHandler handler;
    private final PromptDefinition definition;
    private final InvokePipeline pipeline;

    PromptAdapter(PromptHandler handler, InvokePipeline pipeline) {
        this.handler = handler;
        this.definition = handler.definition();
        this.pipeline = pipeline;
    }

    PromptDefinition definition() {
        return definition;
    }

    McpSchema.Prompt prompt() {
        List<McpSchema.PromptArgument> arguments = definition.arguments().stream()
                .map(argument -> new McpSchema.PromptArgument(argument.name(), argument.description(), argument.required()))
                .toList();
        return new McpSchema.Prompt(definition.name(), definition.title(), definition.description(), arguments);
    }

    /** Renders for a client of a stateful server. */
    Mono<GetPromptResult> get(McpAsyncServerExchange exchange, GetPromptRequest request) {
        return get(exchange.transportContext(), request);
    }

    /** Renders for the client of {@code transportContext}. */
    Mono<GetPromptResult> get(McpTransportContext transportContext, GetPromptRequest request) {
        return pipeline.inline(new Render(request.arguments()), transportContext);
    }

    /** One rendering of the prompt. */
    private final class Render implements Invocation<GetPromptResult> {
        private final Map<String, Object> given;

        Render(Map<String, Object> given) {
            this.given = given == null ? Map.of() : given;
        }

        @Override
        public String subject() {
            return "prompt '" + definition.name() + "'";
        }

        @Override
        public Optional<String> auditedAs() {
            return Optional.empty();
        }

        @Override
        public Optional<String> refusal(Caller caller) {
            return caller.mayUse(definition) ? Optional.empty() : Optional.of("Caller '" + caller.id()
                    + "' may not use prompt '" + definition.name()
                    + "': it leads to configuration changes and needs the config scope");
        }

        @Override
        public GetPromptResult run(McpToolContext context) {
            List<PromptMessage> messages = handler.render(checked(given));
            return new GetPromptResult(definition.description(), messages.stream().map(PromptAdapter::toMcp).toList());
        }

        @Override
        public Optional<CallFailure> classify(Throwable failure) {
            return failure instanceof ToolException unusable
                    ? Optional.of(invalid("Prompt '" + definition.name() + "': " + unusable.getMessage()))
                    : Optional.empty();
        }

        @Override
        public GetPromptResult failed(CallFailure failure) {
            throw failure.toMcpError(null);
        }
    }

    private Map<String, String> checked(Map<String, Object> given) {
        for (String name : given.keySet()) {
            if (definition.argument(name).isEmpty()) {
                throw invalid("Prompt '" + definition.name() + "' has no argument '" + name + "'; its arguments are: "
                        + argumentNames());
            }
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (PromptArgument argument : definition.arguments()) {
            Object value = given.get(argument.name());
            if (value != null && !(value instanceof String)) {
                throw invalid("Prompt '" + definition.name() + "': argument '" + argument.name() + "' must be a string");
            }
            String text = (String) value;
            if (text != null && !text.isBlank()) {
                arguments.put(argument.name(), text.strip());
            } else if (argument.required()) {
                throw invalid("Prompt '" + definition.name() + "' needs argument '" + argument.name() + "': "
                        + argument.description());
            }
        }
        return arguments;
    }

    private String argumentNames() {
        return definition.arguments().stream()
                .map(argument -> argument.name() + (argument.required() ? " (required)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static CallFailure invalid(String message) {
        return new CallFailure(CallFailure.Kind.INVALID, CallOutcome.failed(AuditOutcome.ERROR, message));
    }

    private static McpSchema.PromptMessage toMcp(PromptMessage message) {
        McpSchema.Role role = message.role() == PromptMessage.Role.USER ? McpSchema.Role.USER : McpSchema.Role.ASSISTANT;
        return new McpSchema.PromptMessage(role, new McpSchema.TextContent(message.text()));
    }
}

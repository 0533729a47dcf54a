package io.jmcp.core.mcp;

import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.PromptArgument;
import io.jmcp.core.spi.PromptDefinition;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.PromptMessage;
import io.jmcp.core.spi.ToolException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders one {@link PromptHandler} for MCP: checks that the caller may use it and that the
 * arguments are those it declares (required ones present and not blank, strings only, none
 * unknown), then renders it. Every refusal is an MCP invalid-params error naming the argument;
 * a handler's bug is a generic error whose stack trace goes to the server log only.
 */
final class PromptInvoker {
    private static final Logger log = LoggerFactory.getLogger(PromptInvoker.class);

    private final PromptHandler handler;
    private final PromptDefinition definition;
    private final CallerResolver callers;

    PromptInvoker(PromptHandler handler, CallerResolver callers) {
        this.handler = handler;
        this.definition = handler.definition();
        this.callers = callers;
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

    /** Renders for the client of {@code transportContext}; rendering does no I/O, so it runs on the caller's thread. */
    Mono<GetPromptResult> get(McpTransportContext transportContext, GetPromptRequest request) {
        return Mono.fromCallable(() -> render(callers.resolve(transportContext), request.arguments()));
    }

    GetPromptResult render(Caller caller, Map<String, Object> given) {
        if (!caller.mayUse(definition)) {
            throw invalid(ErrorCodes.INVALID_REQUEST, "Caller '" + caller.id() + "' may not use prompt '"
                    + definition.name() + "': it leads to configuration changes and needs the config scope");
        }
        Map<String, String> arguments = checked(given == null ? Map.of() : given);
        List<PromptMessage> messages;
        try {
            messages = handler.render(arguments);
        } catch (ToolException unusable) {
            throw invalid(ErrorCodes.INVALID_PARAMS, "Prompt '" + definition.name() + "': " + unusable.getMessage());
        } catch (RuntimeException bug) {
            log.warn("Prompt {} failed unexpectedly", definition.name(), bug);
            throw invalid(ErrorCodes.INTERNAL_ERROR, "Internal error in prompt '" + definition.name()
                    + "'; the server log has the details");
        }
        return new GetPromptResult(definition.description(), messages.stream().map(PromptInvoker::toMcp).toList());
    }

    private Map<String, String> checked(Map<String, Object> given) {
        for (String name : given.keySet()) {
            if (definition.argument(name).isEmpty()) {
                throw invalid(ErrorCodes.INVALID_PARAMS, "Prompt '" + definition.name() + "' has no argument '" + name
                        + "'; its arguments are: " + argumentNames());
            }
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (PromptArgument argument : definition.arguments()) {
            Object value = given.get(argument.name());
            if (value != null && !(value instanceof String)) {
                throw invalid(ErrorCodes.INVALID_PARAMS, "Prompt '" + definition.name() + "': argument '"
                        + argument.name() + "' must be a string");
            }
            String text = (String) value;
            if (text != null && !text.isBlank()) {
                arguments.put(argument.name(), text.strip());
            } else if (argument.required()) {
                throw invalid(ErrorCodes.INVALID_PARAMS, "Prompt '" + definition.name() + "' needs argument '"
                        + argument.name() + "': " + argument.description());
            }
        }
        return arguments;
    }

    private String argumentNames() {
        return definition.arguments().stream()
                .map(argument -> argument.name() + (argument.required() ? " (required)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static McpSchema.PromptMessage toMcp(PromptMessage message) {
        McpSchema.Role role = message.role() == PromptMessage.Role.USER ? McpSchema.Role.USER : McpSchema.Role.ASSISTANT;
        return new McpSchema.PromptMessage(role, new McpSchema.TextContent(message.text()));
    }

    private static McpError invalid(int code, String message) {
        return McpError.builder(code).message(message).build();
    }
}

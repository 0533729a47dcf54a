package io.jmcp.server.stdio;

import io.jmcp.core.audit.AuditLog;
import io.jmcp.core.mcp.CallerResolver;
import io.jmcp.core.mcp.McpToolServer;
import io.jmcp.core.mcp.ToolEnvironment;
import io.jmcp.core.mcp.ToolWorkers;
import io.jmcp.core.spi.ElicitationResult;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * An MCP server whose tools exercise the adapter (results, failures, schemas, progress, client
 * log, elicitation, worker threads, audit) without devices. Options: {@code --read-only},
 * {@code --workers N}, {@code --queue N}, {@code --audit-log FILE}.
 */
public final class ScriptedToolServerMain {
    private static final String NO_ARGUMENTS = "{\"type\": \"object\", \"properties\": {}}";

    private ScriptedToolServerMain() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        List<String> options = List.of(args);
        int workers = intOption(options, "--workers", 4);
        int queue = intOption(options, "--queue", 16);
        int auditOption = options.indexOf("--audit-log");
        AuditLog auditLog = auditOption < 0 ? AuditLog.disabled() : AuditLog.open(Path.of(options.get(auditOption + 1)));
        ToolEnvironment environment = new ToolEnvironment(null, null, null, auditLog, Duration.ofSeconds(360), 4, false,
                null);
        McpToolServer server = new McpToolServer(tools(), environment, new ToolWorkers(workers, queue),
                CallerResolver.localUser(), options.contains("--read-only"));
        StdioTransportProvider transport = new StdioTransportProvider(server.jsonMapper(), server.requestCheck(),
                System.in, System.out);
        server.start(transport);
        transport.awaitEndOfInput();
        server.close();
        auditLog.close();
        System.exit(0);
    }

    private static List<ToolHandler> tools() {
        return List.of(
                tool("where_am_i", NO_ARGUMENTS, null, ToolAnnotations.readOnlyTool(),
                        (context, args) -> ToolResult.text(Thread.currentThread().getName())),
                tool("refuse", NO_ARGUMENTS, null, ToolAnnotations.readOnlyTool(), (context, args) -> {
                    throw new ToolException("the device said no");
                }),
                tool("crash", NO_ARGUMENTS, null, ToolAnnotations.readOnlyTool(), (context, args) -> {
                    throw new IllegalStateException("internal detail at /opt/secret/path");
                }),
                tool("exhaust", NO_ARGUMENTS, null, ToolAnnotations.readOnlyTool(), (context, args) -> {
                    throw new OutOfMemoryError("Java heap space");
                }),
                tool("count_to", """
                        {"type": "object", "properties": {"count": {"type": "integer", "minimum": 1}},
                         "required": ["count"]}""", null, ToolAnnotations.readOnlyTool(),
                        ScriptedToolServerMain::countTo),
                tool("facts", NO_ARGUMENTS, """
                        {"type": "object", "properties": {"hostname": {"type": "string"}}, "required": ["hostname"]}""",
                        ToolAnnotations.readOnlyTool(),
                        (context, args) -> ToolResult.structured(Map.of("hostname", "r1"), "{\"hostname\": \"r1\"}")),
                tool("chatty", NO_ARGUMENTS, null, ToolAnnotations.readOnlyTool(), (context, args) -> {
                    context.log().warning("careful now");
                    return ToolResult.text("said it");
                }),
                tool("ask", NO_ARGUMENTS, null, ToolAnnotations.mutatingTool(false, false),
                        ScriptedToolServerMain::ask),
                tool("change", NO_ARGUMENTS, null, ToolAnnotations.mutatingTool(true, false),
                        (context, args) -> ToolResult.text("changed")),
                tool("sleep", """
                        {"type": "object", "properties": {"millis": {"type": "integer"}}}""",
                        null, ToolAnnotations.readOnlyTool(), ScriptedToolServerMain::sleep));
    }

    private static ToolResult countTo(ToolContext context, Map<String, Object> arguments) {
        int count = ToolArguments.of(arguments).optionalInt("count", 1, 100).orElseThrow();
        for (int i = 1; i <= count; i++) {
            context.progress(i, count, "step " + i);
        }
        return ToolResult.text("counted to " + count);
    }

    private static ToolResult ask(ToolContext context, Map<String, Object> arguments) {
        ElicitationResult answer = context.elicitation().request("Which router?", """
                {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}""");
        return ToolResult.text(answer.action() + " " + answer.values());
    }

    private static ToolResult sleep(ToolContext context, Map<String, Object> arguments) {
        try {
            Thread.sleep(ToolArguments.of(arguments).optionalInt("millis", 0, 60_000).orElse(0));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return ToolResult.text("slept");
    }

    private static ToolHandler tool(String name, String inputSchema, String outputSchema, ToolAnnotations annotations,
            BiFunction<ToolContext, Map<String, Object>, ToolResult> behaviour) {
        ToolDefinition definition = ToolDefinition.builder(name).title("The " + name + " tool")
                .description("Test tool " + name).inputSchema(inputSchema).outputSchema(outputSchema)
                .annotations(annotations).build();
        return new ToolHandler() {
            @Override
            public ToolDefinition definition() {
                return definition;
            }

            @Override
            public ToolResult call(ToolContext context, Map<String, Object> arguments) {
                return behaviour.apply(context, arguments);
            }
        };
    }

    private static int intOption(List<String> options, String name, int defaultValue) {
        int index = options.indexOf(name);
        return index < 0 ? defaultValue : Integer.parseInt(options.get(index + 1));
    }
}

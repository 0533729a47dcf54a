package io.jmcp.core.mcp;

import io.jmcp.core.spi.Elicitation;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.ResourceHandler;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessAsyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The tools of jmcp as an MCP server: turns {@link ToolHandler}s into MCP SDK tool specifications,
 * {@link ResourceHandler}s and {@link PromptHandler}s into resources and prompts, and starts SDK
 * servers on whatever transport a main provides (stdio, streamable HTTP with or without sessions).
 *
 * <p>In read-only mode every tool whose annotations are not read-only and every prompt that leads to
 * configuration changes is left out, and every caller is limited to reading. Callers only see (and
 * may only call) the tools their scopes allow.
 */
public final class McpToolServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(McpToolServer.class);
    /** The name the server gives clients in {@code initialize}, as the seed's. */
    public static final String SERVER_NAME = "jmcp-server";
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };
    private static final String INSTRUCTIONS = "Operates Juniper Junos devices over NETCONF. "
            + "Call get_router_list first to learn the router names the other tools accept.";

    private final McpJsonMapper jsonMapper;
    private final ToolWorkers workers;
    private final CallerResolver callers;
    private final Map<String, ToolAdapter> tools;
    private final McpResources resources;
    private final McpPrompts prompts;
    private final boolean readOnly;
    private final AtomicBoolean shuttingDown = new AtomicBoolean();
    private final List<McpAsyncServer> servers = new CopyOnWriteArrayList<>();
    private final List<McpStatelessAsyncServer> statelessServers = new CopyOnWriteArrayList<>();

    /** A server of tools only. */
    public McpToolServer(List<ToolHandler> handlers, ToolEnvironment environment, ToolWorkers workers,
            CallerResolver callers, boolean readOnly) {
        this(handlers, List.of(), List.of(), environment, workers, callers, readOnly);
    }

    /**
     * @throws IllegalArgumentException when two tools or prompts share a name, two resources a URI, or
     *                                  a schema is not valid
     */
    public McpToolServer(List<ToolHandler> handlers, List<ResourceHandler> resourceHandlers,
            List<PromptHandler> promptHandlers, ToolEnvironment environment, ToolWorkers workers,
            CallerResolver callers, boolean readOnly) {
        this.jsonMapper = McpJsonDefaults.getMapper();
        this.readOnly = readOnly;
        this.workers = workers;
        this.callers = readOnly ? transportContext -> callers.resolve(transportContext).readOnly() : callers;
        JsonSchemaValidator validator = McpJsonDefaults.getSchemaValidator();
        InvokePipeline pipeline = new InvokePipeline(new InvokePipeline.Services(environment, jsonMapper, validator,
                this.callers, shuttingDown::get, workers.threads(), readOnly), workers.scheduler());
        this.tools = new LinkedHashMap<>();
        for (ToolHandler handler : handlers) {
            ToolDefinition definition = handler.definition();
            if (readOnly && !definition.annotations().readOnly()) {
                log.info("Read-only mode: tool {} is not listed, and refused when called", definition.name());
            }
            ToolAdapter previous = tools.put(definition.name(),
                    new ToolAdapter(handler, toMcpTool(definition, validator), pipeline));
            if (previous != null) {
                throw new IllegalArgumentException("two tools are named '" + definition.name() + "': "
                        + previous.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        this.resources = new McpResources(resourceHandlers, pipeline);
        this.prompts = new McpPrompts(promptHandlers, pipeline, readOnly);
    }

    /** The names of the tools offered, in registration order. */
    public List<String> toolNames() {
        return tools.values().stream().map(ToolAdapter::definition)
                .filter(definition -> !readOnly || definition.annotations().readOnly()).map(ToolDefinition::name)
                .toList();
    }

    /**
     * The check of request params a transport runs before handing a request to the SDK. Tools hidden
     * by --read-only or a caller's scope are known to it, so that calling one is refused for that reason.
     */
    public McpRequestCheck requestCheck() {
        return new McpRequestCheck(jsonMapper, tools.keySet());
    }

    /** The JSON mapper the SDK transports must use. */
    public McpJsonMapper jsonMapper() {
        return jsonMapper;
    }

    /** Serves the tools on a single-session transport (stdio). */
    public McpAsyncServer start(McpServerTransportProvider transport) {
        return track(configure(McpServer.async(transport)));
    }

    /** Serves the tools on a multi-session transport (streamable HTTP). */
    public McpAsyncServer start(McpStreamableServerTransportProvider transport) {
        return track(configure(McpServer.async(transport)));
    }

    /**
     * Serves the tools, resources and prompts without MCP sessions (stateless streamable HTTP): each
     * request stands alone, so calls cannot send progress or log messages, nor ask the user through
     * forms, and clients are not told when the list of resources changes.
     */
    public McpStatelessAsyncServer start(McpStatelessServerTransport transport) {
        McpStatelessAsyncServer server = McpServer.async(transport)
                .serverInfo(SERVER_NAME, version())
                .instructions(INSTRUCTIONS)
                .capabilities(capabilities(false))
                .jsonMapper(jsonMapper)
                .validateToolInputs(false)
                .addToolFilter(this::mayList)
                .tools(tools.values().stream().map(ToolAdapter::sessionlessSpecification).toList())
                .resources(resources.sessionlessResourceSpecifications())
                .resourceTemplates(resources.sessionlessTemplateSpecifications())
                .prompts(prompts.sessionlessSpecifications())
                .build();
        statelessServers.add(server);
        resources.attach(server);
        return server;
    }

    /**
     * Tells running calls to stop ({@link io.jmcp.core.spi.ToolContext#isCancelled()}) and refuses
     * new ones; their responses can still be sent until {@link #close()}.
     */
    public void cancelCalls() {
        shuttingDown.set(true);
    }

    /** Cancels calls and closes every started server's sessions. */
    @Override
    public void close() {
        cancelCalls();
        resources.close();
        servers.forEach(server -> closeGracefully(server.closeGracefully(), server::close));
        statelessServers.forEach(server -> closeGracefully(server.closeGracefully(), server::close));
    }

    private static void closeGracefully(Mono<Void> closing, Runnable closeAtOnce) {
        try {
            closing.block(CLOSE_TIMEOUT);
        } catch (RuntimeException failure) {
            log.debug("Closing an MCP server failed: {}", failure.getMessage());
            closeAtOnce.run();
        }
    }

    private McpAsyncServer configure(McpServer.AsyncSpecification<?> specification) {
        return describe(specification, capabilities(true), jsonMapper)
                .addToolFilter(this::mayList)
                .tools(tools.values().stream().map(ToolAdapter::specification).toList())
                .resources(resources.resourceSpecifications())
                .resourceTemplates(resources.templateSpecifications())
                .prompts(prompts.specifications())
                .build();
    }

    /**
     * Serves the tools, resources and prompts on an SDK server that already runs without them, as
     * {@link EarlyMcpServer} starts it to answer {@code initialize} before this server is built.
     */
    void serveOn(McpAsyncServer server) {
        tools.values().forEach(tool -> server.addTool(tool.specification()).block());
        resources.resourceSpecifications().forEach(resource -> server.addResource(resource).block());
        resources.templateSpecifications().forEach(template -> server.addResourceTemplate(template).block());
        prompts.specifications().forEach(prompt -> server.addPrompt(prompt).block());
        track(server);
    }

    /** What every session-bearing server says of itself, and how its SDK server handles requests. */
    static McpServer.AsyncSpecification<?> describe(McpServer.AsyncSpecification<?> specification,
            McpSchema.ServerCapabilities capabilities, McpJsonMapper jsonMapper) {
        return specification
                .serverInfo(SERVER_NAME, version())
                .instructions(INSTRUCTIONS)
                .capabilities(capabilities)
                .jsonMapper(jsonMapper)
                // Elicitation waits for a person; the SDK's 10 s default would cut them off. Each
                // form applies its own limit within this one.
                .requestTimeout(Elicitation.LONGEST_ANSWER_TIMEOUT)
                // The invoke pipeline validates, so that refused arguments are audited like any failure.
                .validateToolInputs(false);
    }

    /**
     * What the server offers. Log messages and news of a changed resource list need a session to
     * reach the client.
     */
    private McpSchema.ServerCapabilities capabilities(boolean withSessions) {
        McpSchema.ServerCapabilities.Builder capabilities = McpSchema.ServerCapabilities.builder().tools(false);
        if (withSessions) {
            capabilities.logging();
        }
        if (!resources.isEmpty()) {
            capabilities.resources(false, withSessions);
        }
        if (!prompts.isEmpty()) {
            capabilities.prompts(false);
        }
        return capabilities.build();
    }

    /** A caller sees only the tools it may call. */
    Mono<Boolean> mayList(McpTransportContext transportContext, McpSchema.Tool tool) {
        return Mono.just(callers.resolve(transportContext).mayCall(tools.get(tool.name()).definition()));
    }

    private McpAsyncServer track(McpAsyncServer server) {
        servers.add(server);
        resources.attach(server);
        return server;
    }

    private McpSchema.Tool toMcpTool(ToolDefinition definition, JsonSchemaValidator validator) {
        McpSchema.Tool.Builder tool = McpSchema.Tool.builder()
                .name(definition.name())
                .title(definition.title())
                .description(definition.description())
                .inputSchema(schema(definition, "inputSchema", definition.inputSchema(), validator))
                .annotations(new McpSchema.ToolAnnotations(definition.title(), definition.annotations().readOnly(),
                        definition.annotations().destructive(), definition.annotations().idempotent(),
                        definition.annotations().openWorld(), null));
        definition.outputSchemaJson()
                .ifPresent(json -> tool.outputSchema(schema(definition, "outputSchema", json, validator)));
        return tool.build();
    }

    private Map<String, Object> schema(ToolDefinition definition, String field, String json,
            JsonSchemaValidator validator) {
        String where = "tool '" + definition.name() + "': " + field;
        Map<String, Object> schema;
        try {
            schema = jsonMapper.readValue(json, JSON_OBJECT);
        } catch (IOException | RuntimeException invalid) {
            throw new IllegalArgumentException(where + " is not a JSON object: " + invalid.getMessage(), invalid);
        }
        if (!"object".equals(schema.get("type"))) {
            throw new IllegalArgumentException(where + " must have \"type\": \"object\"");
        }
        validator.assertConforms(where, schema);
        return schema;
    }

    private static String version() {
        String version = McpToolServer.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }
}

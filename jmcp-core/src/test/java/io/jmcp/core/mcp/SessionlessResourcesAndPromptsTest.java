package io.jmcp.core.mcp;

import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.inventory.Environment;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.PromptMessage;
import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.Scope;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resources and prompts on a server without sessions (stateless HTTP): the same resources, kept in
 * step with the inventory, the same prompts and the same refusals as with sessions; only the news
 * of a changed list cannot be sent.
 */
@Timeout(60)
class SessionlessResourcesAndPromptsTest {
    private static final Caller READER = new Caller("reader", Set.of(Scope.READ));
    private static final Caller CONFIGURER = new Caller("configurer", EnumSet.allOf(Scope.class));
    private static final ScriptedResource ROUTERS = ScriptedResource.at("junos://devices",
            (context, variables) -> new ResourceContent("{}", "application/json"));
    private static final ScriptedResource CONFIG = ScriptedResource.perDevice("junos://devices/{name}/config",
            (context, variables) -> new ResourceContent("config of " + variables.get("name"), "text/plain"));
    private static final ScriptedPrompt LOOK = ScriptedPrompt.reading("look",
            arguments -> List.of(PromptMessage.user("look at " + arguments.get("router_name"))));
    private static final ScriptedPrompt CHANGE = ScriptedPrompt.changing("change");

    @TempDir
    Path directory;
    private AdapterServices adapter;
    private McpToolServer toolServer;
    private SessionlessTransport server;

    @AfterEach
    void stop() throws IOException {
        toolServer.close();
        adapter.close();
    }

    private void start() {
        adapter = AdapterServices.start(directory, AdapterServices.router("r1", 1), AdapterServices.router("r2", 2));
        toolServer = new McpToolServer(List.of(), List.of(ROUTERS, CONFIG), List.of(LOOK, CHANGE), adapter.environment(),
                adapter.workers(), SessionlessTransport.CALLERS, false);
        server = SessionlessTransport.serving(toolServer);
    }

    @Test
    void announcesResourcesWithoutListChangedAndPrompts() {
        start();

        McpSchema.ServerCapabilities capabilities = server.initialize(READER).capabilities();

        assertThat(capabilities.resources().listChanged()).isFalse();
        assertThat(capabilities.prompts()).isNotNull();
        assertThat(capabilities.logging()).isNull();
    }

    @Test
    void listsTheFixedResourcesEachDevicesResourcesAndTheTemplates() {
        start();

        assertThat(server.resourceUris(READER)).containsExactlyInAnyOrder("junos://devices",
                "junos://devices/r1/config", "junos://devices/r2/config");
        assertThat(server.resourceTemplates(READER)).containsExactly("junos://devices/{name}/config");
    }

    @Test
    void listsTheResourcesOfAnAddedDevice() {
        start();

        adapter.devices().add(device("r3"), false);

        assertThat(server.resourceUris(READER)).contains("junos://devices/r3/config");
    }

    @Test
    void dropsTheResourcesOfDevicesAReloadRemoves() throws IOException {
        start();
        Path onlyR2 = Files.writeString(directory.resolve("only-r2.json"), """
                {"r2": {"ip": "127.0.0.1", "port": 2, "username": "jmcp", "auth": {"type": "password", "password": "jmcp"}}}
                """);

        adapter.devices().reload(onlyR2);

        assertThat(server.resourceUris(READER)).containsExactlyInAnyOrder("junos://devices", "junos://devices/r2/config");
    }

    @Test
    void readsADevicesResource() {
        start();

        McpSchema.ReadResourceResult result = server.as(server.read(READER, "junos://devices/r2/config"),
                McpSchema.ReadResourceResult.class);

        assertThat(((McpSchema.TextResourceContents) result.contents().get(0)).text()).isEqualTo("config of r2");
    }

    @Test
    void auditsAResourceRead() {
        start();

        server.read(READER, "junos://devices/r1/config");

        assertThat(adapter.auditRecords()).singleElement().satisfies(record -> {
            assertThat(record.get("caller").asString()).isEqualTo("reader");
            assertThat(record.get("tool").asString()).isEqualTo("resources/read junos://devices/r1/config");
            assertThat(record.get("devices").get(0).asString()).isEqualTo("r1");
        });
    }

    @Test
    void answersAnUnknownDeviceWithResourceNotFound() {
        start();

        JSONRPCResponse response = server.read(READER, "junos://devices/nowhere/config");

        assertThat(response.error().code()).isEqualTo(ErrorCodes.RESOURCE_NOT_FOUND);
        assertThat(response.error().message()).contains("nowhere");
    }

    @Test
    void rendersAPrompt() {
        start();

        McpSchema.GetPromptResult result = server.as(server.prompt(READER, "look", Map.of("router_name", "r1")),
                McpSchema.GetPromptResult.class);

        assertThat(((McpSchema.TextContent) result.messages().get(0).content()).text()).isEqualTo("look at r1");
    }

    @Test
    void refusesAConfigurationPromptToAReadCaller() {
        start();

        assertThat(server.prompt(READER, "change", Map.of()).error().message())
                .contains("'reader' may not use prompt 'change'");
        assertThat(server.prompt(CONFIGURER, "change", Map.of()).error()).isNull();
    }

    private static DeviceEntry device(String name) {
        return DeviceEntry.fromJson(name, JsonMapper.shared().readTree("""
                {"ip": "127.0.0.1", "port": 3, "username": "jmcp", "auth": {"type": "password", "password": "jmcp"}}
                """), Path.of(""), Environment.system());
    }
}

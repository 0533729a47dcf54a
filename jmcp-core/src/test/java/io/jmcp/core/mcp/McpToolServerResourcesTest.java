package io.jmcp.core.mcp;

import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.inventory.Environment;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.PromptMessage;
import io.jmcp.core.spi.ResourceContent;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Resources and prompts as the SDK server holds them: the capabilities announced, and each device's
 * resources listed and kept in step with the inventory, with {@code list_changed} sent to the client.
 */
class McpToolServerResourcesTest {
    private static final ScriptedResource ROUTERS = ScriptedResource.at("junos://devices",
            (context, variables) -> new ResourceContent("{}", "application/json"));
    private static final ScriptedResource CONFIG = ScriptedResource.perDevice("junos://devices/{name}/config",
            (context, variables) -> new ResourceContent("", "text/plain"));
    @TempDir
    Path directory;
    private final ClientOutput toClient = new ClientOutput();
    private final PipedOutputStream fromClient = new PipedOutputStream();
    private AdapterServices adapter;
    private McpToolServer toolServer;

    @AfterEach
    void stop() throws IOException {
        if (toolServer != null) {
            toolServer.close();
        }
        fromClient.close();
        adapter.close();
    }

    private McpAsyncServer start(List<ScriptedResource> resources, List<ScriptedPrompt> prompts) throws IOException {
        adapter = AdapterServices.start(directory, AdapterServices.router("r1", 1), AdapterServices.router("r2", 2));
        toolServer = new McpToolServer(List.of(), List.copyOf(resources), List.copyOf(prompts), adapter.environment(),
                adapter.workers(), transportContext -> Caller.local(), false);
        return toolServer.start(new StdioServerTransportProvider(toolServer.jsonMapper(),
                new PipedInputStream(fromClient), toClient));
    }

    private static List<String> listedUris(McpAsyncServer server) {
        return server.listResources().map(McpSchema.Resource::uri).collectList().block();
    }

    @Test
    void announcesResourcesWithListChangedAndPrompts() throws IOException {
        McpAsyncServer server = start(List.of(ROUTERS), List.of(ScriptedPrompt.changing("change")));

        McpSchema.ServerCapabilities capabilities = server.getServerCapabilities();
        assertThat(capabilities.resources().listChanged()).isTrue();
        assertThat(capabilities.resources().subscribe()).isFalse();
        assertThat(capabilities.prompts()).isNotNull();
    }

    @Test
    void announcesNeitherResourcesNorPromptsWhenThereAreNone() throws IOException {
        McpAsyncServer server = start(List.of(), List.of());

        assertThat(server.getServerCapabilities().resources()).isNull();
        assertThat(server.getServerCapabilities().prompts()).isNull();
    }

    @Test
    void listsTheFixedResourcesAndEachDevicesResources() throws IOException {
        McpAsyncServer server = start(List.of(ROUTERS, CONFIG), List.of());

        assertThat(listedUris(server)).containsExactlyInAnyOrder("junos://devices", "junos://devices/r1/config",
                "junos://devices/r2/config");
        assertThat(server.listResourceTemplates().map(McpSchema.ResourceTemplate::uriTemplate).collectList().block())
                .containsExactly("junos://devices/{name}/config");
    }

    @Test
    void listsAnAddedDeviceAndTellsTheClient() throws IOException, InterruptedException {
        McpAsyncServer server = start(List.of(ROUTERS, CONFIG), List.of());

        adapter.devices().add(device("r3"), false);

        assertThat(listedUris(server)).contains("junos://devices/r3/config");
        assertThat(toClient.awaitContains("\"method\":\"notifications/resources/list_changed\"", Duration.ofSeconds(30)))
                .isTrue();
    }

    @Test
    void dropsTheResourcesOfDevicesAReloadRemoves() throws IOException {
        McpAsyncServer server = start(List.of(ROUTERS, CONFIG), List.of());
        Path onlyR2 = Files.writeString(directory.resolve("only-r2.json"), """
                {"r2": {"ip": "127.0.0.1", "port": 2, "username": "jmcp", "auth": {"type": "password", "password": "jmcp"}}}
                """);

        adapter.devices().reload(onlyR2);

        assertThat(listedUris(server)).containsExactlyInAnyOrder("junos://devices", "junos://devices/r2/config");
    }

    @Test
    void sendsNothingWhenAReloadKeepsTheSameDevices() throws IOException, InterruptedException {
        McpAsyncServer server = start(List.of(CONFIG), List.of());
        Path same = Files.writeString(directory.resolve("same.json"), """
                {"r1": {"ip": "127.0.0.1", "port": 11, "username": "jmcp", "auth": {"type": "password", "password": "jmcp"}},
                 "r2": {"ip": "127.0.0.1", "port": 12, "username": "jmcp", "auth": {"type": "password", "password": "jmcp"}}}
                """);

        adapter.devices().reload(same);

        assertThat(listedUris(server)).hasSize(2);
        assertThat(everythingSentSoFar()).doesNotContain("list_changed");
    }

    @Test
    void refusesTwoResourcesWithTheSameUri() {
        adapter = AdapterServices.start(directory);

        assertThatThrownBy(() -> new McpToolServer(List.of(), List.of(ROUTERS, ROUTERS), List.of(), adapter.environment(),
                adapter.workers(), transportContext -> Caller.local(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("two resources have the URI 'junos://devices'");
    }

    @Test
    void leavesOutPromptsThatChangeConfigurationInReadOnlyMode() throws IOException {
        adapter = AdapterServices.start(directory);
        toolServer = new McpToolServer(List.of(), List.of(), List.of(ScriptedPrompt.changing("change"),
                ScriptedPrompt.reading("look", arguments -> List.of(PromptMessage.user("")))), adapter.environment(),
                adapter.workers(), transportContext -> Caller.local(), true);
        McpAsyncServer server = toolServer.start(new StdioServerTransportProvider(toolServer.jsonMapper(),
                new PipedInputStream(fromClient), toClient));

        assertThat(server.listPrompts().map(McpSchema.Prompt::name).collectList().block()).containsExactly("look");
    }

    /**
     * What the server wrote up to now, notifications included: the transport writes in order, so once
     * the answer to a request sent now is out, so is everything sent before it.
     */
    private String everythingSentSoFar() throws IOException, InterruptedException {
        fromClient.write("{\"jsonrpc\":\"2.0\",\"id\":\"marker\",\"method\":\"jmcp/marker\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        fromClient.flush();
        assertThat(toClient.awaitContains("\"id\":\"marker\"", Duration.ofSeconds(30))).isTrue();
        return toClient.text();
    }

    private static DeviceEntry device(String name) {
        return DeviceEntry.fromJson(name, JsonMapper.shared().readTree("""
                {"ip": "127.0.0.1", "port": 3, "username": "jmcp", "auth": {"type": "password", "password": "jmcp"}}
                """), Path.of(""), Environment.system());
    }
}

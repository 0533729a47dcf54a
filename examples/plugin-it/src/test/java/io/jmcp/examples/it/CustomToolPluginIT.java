package io.jmcp.examples.it;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static io.jmcp.examples.it.StdioServer.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custom-tool example's jar dropped into a plugins folder, the server started with
 * {@code bin/jmcp -t stdio --demo 2} and {@code JMCP_PLUGINS}: the tool is offered and answers
 * from the simulated routers, with nothing of jmcp changed or rebuilt.
 */
class CustomToolPluginIT {
    private static final String TOOL = "show_bgp_neighbors";

    @TempDir
    static Path plugins;
    private static StdioServer server;

    @BeforeAll
    static void startServerWithThePlugin() throws IOException {
        Files.copy(Repository.customToolJar(), plugins.resolve("jmcp-example-custom-tool.jar"));
        server = Launcher.stdio(plugins, "--demo", "2");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void offersTheCustomToolBesideTheBuiltInOnes() {
        assertThat(server.client().listTools().tools()).extracting(McpSchema.Tool::name)
                .contains(TOOL, "get_router_list", "execute_junos_command");
    }

    @Test
    void advertisesTheToolAsReadOnly() {
        assertThat(tool(TOOL).annotations().readOnlyHint()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void takesTheSeedsArguments() {
        Map<String, Object> schema = tool(TOOL).inputSchema();

        assertThat((List<String>) schema.get("required")).containsExactly("router_name");
        assertThat((Map<String, Object>) schema.get("properties")).containsKeys("router_name", "neighbor_address");
    }

    @Test
    void answersWithTheBgpSummaryOfASimulatedRouter() {
        CallToolResult result = server.call(TOOL, Map.of("router_name", "vsim-01"));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(text(result)).contains("Peers: 2").contains("10.255.0.253").contains("10.255.0.254");
    }

    @Test
    void refusesANeighborAddressThatIsNotAnAddress() {
        CallToolResult result = server.call(TOOL,
                Map.of("router_name", "vsim-01", "neighbor_address", "10.255.0.253 | save /var/tmp/peers"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("argument 'neighbor_address' must be an IPv4 or IPv6 address");
    }

    @Test
    void namesTheKnownRoutersForAnUnknownRouter() {
        CallToolResult result = server.call(TOOL, Map.of("router_name", "core-9"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo(
                "Router 'core-9' not found in the device mapping; known routers: vsim-01, vsim-02");
    }

    @Test
    void offersNoSuchToolWithoutThePlugin(@TempDir Path emptyPlugins) {
        try (StdioServer withoutPlugin = Launcher.stdio(emptyPlugins, "--demo", "1")) {
            assertThat(withoutPlugin.client().listTools().tools()).extracting(McpSchema.Tool::name)
                    .contains("execute_junos_command")
                    .doesNotContain(TOOL);
        }
    }

    @Test
    void findsThePluginInThePluginsFolderOfTheInstallation(@TempDir Path home) throws IOException {
        Files.copy(Repository.launcher(), Files.createDirectory(home.resolve("bin")).resolve("jmcp"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.createSymbolicLink(Files.createDirectory(home.resolve("lib")).resolve("jmcp-server-stdio.jar"),
                Repository.stdioServerJar());
        Files.copy(Repository.customToolJar(),
                Files.createDirectory(home.resolve("plugins")).resolve("jmcp-example-custom-tool.jar"));

        try (StdioServer installed = Launcher.installed(home, "--demo", "1")) {
            assertThat(installed.client().listTools().tools()).extracting(McpSchema.Tool::name).contains(TOOL);
        }
    }

    private static McpSchema.Tool tool(String name) {
        return server.client().listTools().tools().stream().filter(tool -> tool.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not offered; server stderr:\n" + server.stderr()));
    }
}

package io.jmcp.server.stdio;

import io.jmcp.core.app.ToolDiscovery;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.ToolHandler;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged stdio server answers {@code initialize} before its tools are built and holds every
 * other request until they are: requests written together with {@code initialize}, before its answer
 * came (as a client that does not wait would), get the answers of a fully started server.
 */
class PackagedServerColdStartIT {
    private static final Path STDIO_JAR = Path.of("target", "jmcp-server-stdio.jar").toAbsolutePath();
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    @TempDir
    Path directory;

    @Test
    void toolsListWrittenWithInitializeListsEveryTool() {
        try (RawServerProcess server = RawServerProcess.startJar(STDIO_JAR, "--demo", "1")) {
            server.send(String.join("\n", INITIALIZE, INITIALIZED,
                    "{\"jsonrpc\":\"2.0\",\"id\":\"tools\",\"method\":\"tools/list\"}",
                    "{\"jsonrpc\":\"2.0\",\"id\":\"prompts\",\"method\":\"prompts/list\"}"));

            List<Map<String, Object>> tools = list(reply(server, "tools"), "tools");
            List<Map<String, Object>> prompts = list(reply(server, "prompts"), "prompts");

            assertThat(tools).extracting(tool -> tool.get("name")).containsExactlyInAnyOrderElementsOf(
                    discovered(ToolHandler.class).stream().map(tool -> tool.definition().name()).toList());
            assertThat(prompts).extracting(prompt -> prompt.get("name")).containsExactlyInAnyOrderElementsOf(
                    discovered(PromptHandler.class).stream().map(prompt -> prompt.definition().name()).toList());
        }
    }

    @Test
    void toolCallWrittenWithInitializeIsAnsweredByTheRouter() {
        try (RawServerProcess server = RawServerProcess.startJar(STDIO_JAR, "--demo", "1")) {
            server.send(String.join("\n", INITIALIZE, INITIALIZED, "{\"jsonrpc\":\"2.0\",\"id\":\"call\",\"method\":"
                    + "\"tools/call\",\"params\":{\"name\":\"execute_junos_command\",\"arguments\":{\"router_name\":"
                    + "\"vsim-01\",\"command\":\"show version\"}}}"));

            Map<String, Object> result = result(reply(server, "call"));

            assertThat(result.get("isError")).isEqualTo(false);
            assertThat(result.get("content").toString()).contains("Hostname: vsim-01");
        }
    }

    @Test
    void initializeIsAnsweredWithEveryCapabilityOfTheBuiltServer() {
        try (RawServerProcess server = RawServerProcess.startJar(STDIO_JAR, "--demo", "1")) {
            server.send(INITIALIZE);

            Map<String, Object> result = result(reply(server, "init"));

            assertThat(result.get("capabilities")).isEqualTo(Map.of("tools", Map.of("listChanged", false),
                    "logging", Map.of(), "resources", Map.of("subscribe", false, "listChanged", true),
                    "prompts", Map.of("listChanged", false)));
            assertThat(result.get("serverInfo")).asString().contains("jmcp-server");
        }
    }

    @Test
    void aBadDevicesFileStopsTheServerAfterInitializeWithItsReason() throws IOException {
        Path devices = Files.writeString(directory.resolve("devices.json"), "{\"r1\": {\"ip\": 5}}");
        try (RawServerProcess server = RawServerProcess.startJar(STDIO_JAR, "-f", devices.toString())) {
            server.send(INITIALIZE);

            assertThat(server.awaitExit()).isEqualTo(StdioServerMain.EXIT_CONFIGURATION);
            assertThat(String.join("\n", server.stderr())).contains(devices.toString()).contains("r1");
            assertThat(server.stdout()).allSatisfy(line -> assertThat(parse(line)).containsKey("id"));
        }
    }

    private static <T> List<T> discovered(Class<T> type) {
        return ToolDiscovery.discover(type, PackagedServerColdStartIT.class.getClassLoader());
    }

    private static Map<String, Object> reply(RawServerProcess server, String id) {
        Eventually.await("the reply to " + id, () -> find(server, id).isPresent());
        return find(server, id).orElseThrow();
    }

    private static Optional<Map<String, Object>> find(RawServerProcess server, String id) {
        return server.stdout().stream().map(PackagedServerColdStartIT::parse)
                .filter(message -> id.equals(message.get("id"))).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> reply) {
        assertThat(reply).as("a result, not an error").containsKey("result");
        return (Map<String, Object>) reply.get("result");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> reply, String field) {
        return (List<Map<String, Object>>) result(reply).get(field);
    }

    private static Map<String, Object> parse(String line) {
        try {
            return McpJsonDefaults.getMapper().readValue(line, JSON_OBJECT);
        } catch (IOException notJson) {
            throw new UncheckedIOException("not JSON on stdout: " + line, notJson);
        }
    }
}

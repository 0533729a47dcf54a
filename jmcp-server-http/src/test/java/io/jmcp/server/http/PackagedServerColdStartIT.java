package io.jmcp.server.http;

import io.jmcp.core.app.ToolDiscovery;
import io.jmcp.core.auth.TokenFile;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.Scope;
import io.jmcp.core.spi.ToolHandler;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged HTTP server listens, and answers {@code initialize} and /healthz, before its tools are
 * built; every other request waits for them and then gets the answer of a fully started server.
 * Authentication holds from the first request. A plugin that holds the build ({@link HeldBuildTool})
 * keeps the server in that phase for as long as a test needs.
 */
@Timeout(300)
class PackagedServerColdStartIT {
    private static final int SIGTERM_EXIT = 143;
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    private static final String TOOLS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":\"tools\",\"method\":\"tools/list\"}";
    private static final String PROMPTS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":\"prompts\",\"method\":\"prompts/list\"}";
    private static final String SHOW_VERSION = "{\"jsonrpc\":\"2.0\",\"id\":\"call\",\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"execute_junos_command\",\"arguments\":{\"router_name\":\"vsim-01\",\"command\":\"show version\"}}}";
    private static final Map<String, Object> EVERY_CAPABILITY = Map.of("tools", Map.of("listChanged", false),
            "logging", Map.of(), "resources", Map.of("subscribe", false, "listChanged", true),
            "prompts", Map.of("listChanged", false));

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(HttpServerFixture.TIMEOUT).build();
    private String token;

    @BeforeEach
    void tokenFile() {
        token = new TokenFile(directory.resolve(".tokens")).generate("ops", null, Scope.CONFIG).token();
    }

    @Test
    void requestsSentAtOnceAfterInitializeGetTheAnswersOfAFullyStartedServer() throws Exception {
        try (ServerJar server = ServerJar.start(directory, List.of("--demo", "1", "-p", "0"))) {
            URI endpoint = server.endpoint();
            HttpResponse<String> initialized = post(endpoint, token, null, HttpServerFixture.INITIALIZE);
            String session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();

            CompletableFuture<HttpResponse<String>> notified = postAsync(endpoint, token, session, INITIALIZED);
            CompletableFuture<HttpResponse<String>> tools = postAsync(endpoint, token, session, TOOLS_LIST);
            CompletableFuture<HttpResponse<String>> call = postAsync(endpoint, token, session, SHOW_VERSION);
            CompletableFuture<HttpResponse<String>> prompts = postAsync(endpoint, token, session, PROMPTS_LIST);

            assertThat(result(initialized).get("capabilities")).isEqualTo(EVERY_CAPABILITY);
            assertThat(notified.get(2, TimeUnit.MINUTES).statusCode()).isEqualTo(202);
            assertThat(names(result(tools.get(2, TimeUnit.MINUTES)), "tools"))
                    .containsExactlyInAnyOrderElementsOf(shippedTools());
            Map<String, Object> called = result(call.get(2, TimeUnit.MINUTES));
            assertThat(called.get("isError")).isEqualTo(false);
            assertThat(called.get("content").toString()).contains("Hostname: vsim-01");
            assertThat(names(result(prompts.get(2, TimeUnit.MINUTES)), "prompts")).containsExactlyInAnyOrderElementsOf(
                    ToolDiscovery.discover(PromptHandler.class, getClass().getClassLoader()).stream()
                            .map(prompt -> prompt.definition().name()).toList());
        }
    }

    @Test
    void whileTheToolsAreBuiltInitializeAndHealthAreAnsweredAndAuthenticationHolds() throws Exception {
        Path release = directory.resolve("release");
        try (ServerJar server = heldServer(release, "--demo", "1", "-p", "0")) {
            URI endpoint = server.endpoint();

            HttpResponse<String> initialized = post(endpoint, token, null, HttpServerFixture.INITIALIZE);
            HttpResponse<String> anonymous = post(endpoint, null, null, HttpServerFixture.INITIALIZE);
            HttpResponse<String> forged = post(endpoint, "not-a-token", null, HttpServerFixture.INITIALIZE);
            HttpResponse<String> health = HttpServerFixture.send(http, HttpRequest.newBuilder(endpoint.resolve("/healthz"))
                    .timeout(HttpServerFixture.TIMEOUT));
            String session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
            CompletableFuture<HttpResponse<String>> tools = postAsync(endpoint, token, session, TOOLS_LIST);
            CompletableFuture<HttpResponse<String>> anonymousList = postAsync(endpoint, null, session, TOOLS_LIST);

            assertThat(server.errors()).as("the build is still held").doesNotContain("Serving 1 router");
            assertThat(result(initialized).get("capabilities")).isEqualTo(EVERY_CAPABILITY);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(forged.statusCode()).isEqualTo(401);
            assertThat(anonymousList.get(1, TimeUnit.MINUTES).statusCode()).as("refused at once, not held").isEqualTo(401);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(tools).as("tools/list waits for the tools").isNotDone();

            Files.writeString(release, "go");

            assertThat(names(result(tools.get(2, TimeUnit.MINUTES)), "tools")).contains(HeldBuildTool.NAME)
                    .containsAll(shippedTools());
        }
    }

    @Test
    void whenTheToolsCannotBeBuiltHeldRequestsLearnWhyAndTheServerExitsWithIt() throws Exception {
        Path release = directory.resolve("release");
        try (ServerJar server = heldServer(release, "--demo", "1", "-p", "0")) {
            URI endpoint = server.endpoint();
            CompletableFuture<HttpResponse<String>> tools = postAsync(endpoint, token, openSession(endpoint), TOOLS_LIST);

            Files.writeString(release, HeldBuildTool.FAIL);

            HttpResponse<String> refused = tools.get(2, TimeUnit.MINUTES);
            assertThat(refused.statusCode()).isEqualTo(200);
            Map<String, Object> error = error(refused);
            assertThat(error.get("code")).isEqualTo(-32603);
            assertThat(error.get("message").toString()).startsWith("jmcp could not start: ")
                    .contains("a plugin could not be loaded", HeldBuildTool.class.getName(), "the test told the held plugin to fail")
                    .doesNotContain("Exception");
            assertThat(server.exitCode()).isEqualTo(HttpServerMain.EXIT_CONFIGURATION);
            assertThat(server.errors()).contains("a plugin could not be loaded", HeldBuildTool.class.getName())
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void sigtermWhileTheToolsAreBuiltAnswersHeldRequestsAndStops() throws Exception {
        Path release = directory.resolve("release");
        try (ServerJar server = heldServer(release, "--demo", "1", "-p", "0")) {
            URI endpoint = server.endpoint();
            CompletableFuture<HttpResponse<String>> tools = postAsync(endpoint, token, openSession(endpoint), TOOLS_LIST);

            assertThat(server.terminate()).isEqualTo(SIGTERM_EXIT);

            assertThat(error(tools.get(2, TimeUnit.MINUTES)).get("message"))
                    .isEqualTo("jmcp could not start: the server is stopping");
            assertThat(server.errors()).contains("Shutting down").doesNotContain("\tat ");
        }
    }

    @Test
    void withoutSessionsEveryRequestWaitsForTheTools() throws Exception {
        Path release = directory.resolve("release");
        try (ServerJar server = heldServer(release, "--stateless", "--demo", "1", "-p", "0")) {
            URI endpoint = server.endpoint();
            CompletableFuture<HttpResponse<String>> initialized = postAsync(endpoint, token, null,
                    HttpServerFixture.INITIALIZE);
            CompletableFuture<HttpResponse<String>> tools = postAsync(endpoint, token, null, TOOLS_LIST);
            HttpResponse<String> anonymous = post(endpoint, null, null, TOOLS_LIST);

            assertThat(anonymous.statusCode()).as("refused at once, not held").isEqualTo(401);
            assertThat(initialized).as("initialize waits for the tools").isNotDone();

            Files.writeString(release, "go");

            assertThat(result(initialized.get(2, TimeUnit.MINUTES)).get("capabilities")).asString().contains("tools");
            assertThat(names(result(tools.get(2, TimeUnit.MINUTES)), "tools")).contains(HeldBuildTool.NAME)
                    .containsAll(shippedTools());
        }
    }

    @Test
    void aBadDevicesFileStopsTheServerWithItsReason() throws Exception {
        Path devices = Files.writeString(directory.resolve("devices.json"), "{\"r1\": {\"ip\": 5}}");
        try (ServerJar server = ServerJar.start(directory, List.of("-f", devices.toString(), "-p", "0"))) {
            assertThat(server.exitCode()).isEqualTo(HttpServerMain.EXIT_CONFIGURATION);
            assertThat(server.errors()).contains(devices.toString()).contains("r1").doesNotContain("\tat ");
        }
    }

    /** The id of a session opened with the test's token. */
    private String openSession(URI endpoint) {
        return post(endpoint, token, null, HttpServerFixture.INITIALIZE).headers().firstValue("Mcp-Session-Id")
                .orElseThrow();
    }

    /** The jar with {@link HeldBuildTool} as a plugin, held until {@code release} is written. */
    private ServerJar heldServer(Path release, String... args) throws IOException {
        Path plugin = directory.resolve("plugin");
        Path services = Files.createDirectories(plugin.resolve("META-INF/services"));
        Files.writeString(services.resolve(ToolHandler.class.getName()), HeldBuildTool.class.getName() + "\n");
        String classFile = HeldBuildTool.class.getName().replace('.', '/') + ".class";
        Path copied = plugin.resolve(classFile);
        Files.createDirectories(copied.getParent());
        try (var compiled = getClass().getClassLoader().getResourceAsStream(classFile)) {
            Files.copy(compiled, copied, StandardCopyOption.REPLACE_EXISTING);
        }
        return ServerJar.startWithPlugin(directory, plugin, List.of("-D" + HeldBuildTool.RELEASE_FILE + "=" + release),
                List.of(args));
    }

    /** The tools the jar ships (this module's tests register probe tools of their own). */
    private static List<String> shippedTools() {
        return ToolDiscovery.discover(ToolHandler.class, PackagedServerColdStartIT.class.getClassLoader()).stream()
                .filter(tool -> !tool.getClass().getPackageName().equals(PackagedServerColdStartIT.class.getPackageName()))
                .map(tool -> tool.definition().name()).toList();
    }

    private HttpResponse<String> post(URI endpoint, String bearer, String session, String body) {
        return HttpServerFixture.send(http, request(endpoint, bearer, session, body));
    }

    private CompletableFuture<HttpResponse<String>> postAsync(URI endpoint, String bearer, String session, String body) {
        return http.sendAsync(request(endpoint, bearer, session, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(URI endpoint, String bearer, String session, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(java.time.Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-06-18")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return request;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(HttpResponse<String> response) {
        Map<String, Object> message = message(response);
        assertThat(message).as("a result, not an error: " + response.body()).containsKey("result");
        return (Map<String, Object>) message.get("result");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(HttpResponse<String> response) {
        Map<String, Object> message = message(response);
        assertThat(message).as("an error: " + response.body()).containsKey("error");
        return (Map<String, Object>) message.get("error");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> result, String field) {
        return ((List<Map<String, Object>>) result.get(field)).stream().map(item -> (String) item.get("name")).toList();
    }

    /** The JSON-RPC message of a response, sent as JSON or as one server-sent event. */
    private static Map<String, Object> message(HttpResponse<String> response) {
        String json = response.body().lines().filter(line -> line.startsWith("data:"))
                .map(line -> line.substring("data:".length()).strip()).findFirst().orElse(response.body());
        try {
            return McpJsonDefaults.getMapper().readValue(json, JSON_OBJECT);
        } catch (IOException notJson) {
            throw new UncheckedIOException("not a JSON-RPC message: " + response.body(), notJson);
        }
    }
}

package io.jmcp.server.stdio;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.DeviceSpec;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The MCP resources end to end over stdio: the inventory, and each router's committed configuration
 * and facts, against simulated devices and routers that are down.
 */
class ResourcesOverStdioTest {
    private static final JsonMapper JSON = JsonMapper.shared();
    @TempDir
    static Path directory;
    private static SimulatedNetwork network;

    @BeforeAll
    static void start() {
        network = SimulatedNetwork.in(directory)
                .device(DeviceSpec.builder("r-1").hostname("edge-ams-1").model("mx480").build())
                .devices("r-2")
                .down("down-1", "edge/1")
                .serverArgs("--audit-log", directory.resolve("audit.jsonl").toString())
                .start();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    private static McpSchema.ReadResourceResult read(String uri) {
        return network.server().client().readResource(new ReadResourceRequest(uri));
    }

    private static TextResourceContents content(String uri) {
        return (TextResourceContents) read(uri).contents().get(0);
    }

    private static McpError readFailure(String uri) {
        return catchThrowableOfType(McpError.class, () -> read(uri));
    }

    private static Set<String> listedUris() {
        return network.server().client().listResources().resources().stream().map(McpSchema.Resource::uri)
                .collect(Collectors.toSet());
    }

    @Test
    void listsTheRouterListAndTheConfigurationAndFactsOfEveryRouter() {
        assertThat(listedUris()).containsExactlyInAnyOrder("junos://devices",
                "junos://devices/r-1/config", "junos://devices/r-1/facts",
                "junos://devices/r-2/config", "junos://devices/r-2/facts",
                "junos://devices/down-1/config", "junos://devices/down-1/facts",
                "junos://devices/edge%2F1/config", "junos://devices/edge%2F1/facts");
    }

    @Test
    void namesEachRoutersResourcesAfterTheRouter() {
        McpSchema.Resource config = network.server().client().listResources().resources().stream()
                .filter(resource -> resource.uri().equals("junos://devices/r-1/config")).findFirst().orElseThrow();

        assertThat(config.name()).isEqualTo("r-1/config");
        assertThat(config.title()).isEqualTo("r-1: Committed configuration");
        assertThat(config.mimeType()).isEqualTo("text/plain");
    }

    @Test
    void listsTheConfigurationAndFactsTemplatesAndTheKeptOutputs() {
        assertThat(network.server().client().listResourceTemplates().resourceTemplates())
                .extracting(McpSchema.ResourceTemplate::uriTemplate)
                .containsExactlyInAnyOrder("junos://devices/{name}/config", "junos://devices/{name}/facts",
                        "jmcp://outputs/{id}", "jmcp://outputs/{id}/offset/{offset}");
    }

    @Test
    void theRouterListIsWhatGetRouterListReturns() {
        TextResourceContents routers = content("junos://devices");

        assertThat(routers.mimeType()).isEqualTo("application/json");
        assertThat(routers.text()).isEqualTo(text(network.call("get_router_list", Map.of())));
        assertThat(routers.text()).contains("\"r-1\"").doesNotContain("\"password\" :");
    }

    @Test
    void theConfigResourceIsTheRoutersCommittedConfiguration() {
        TextResourceContents config = content("junos://devices/r-1/config");

        assertThat(config.mimeType()).isEqualTo("text/plain");
        assertThat(Configuration.parse(config.text(), ConfigFormat.TEXT))
                .isEqualTo(network.device("r-1").committedConfiguration());
    }

    @Test
    void theFactsResourceNamesTheRoutersHostnameAndModel() {
        TextResourceContents facts = content("junos://devices/r-1/facts");

        assertThat(facts.mimeType()).isEqualTo("application/json");
        JsonNode json = JSON.readTree(facts.text());
        assertThat(json.get("hostname").asString()).isEqualTo("edge-ams-1");
        assertThat(json.get("model").asString()).isEqualToIgnoringCase("mx480");
    }

    @Test
    void theFactsResourceHasTheFactsGatherDeviceFactsReturns() {
        JsonNode resource = JSON.readTree(content("junos://devices/r-2/facts").text());
        JsonNode tool = JSON.readTree(text(network.call("gather_device_facts", Map.of("router_name", "r-2"))));

        assertThat(resource.propertyNames()).containsExactlyElementsOf(tool.propertyNames());
        for (String stable : List.of("hostname", "model", "version", "serialnumber", "personality", "re_info")) {
            assertThat(resource.get(stable).toString()).as(stable).isEqualTo(tool.get(stable).toString());
        }
    }

    @Test
    void anUnknownRouterIsResourceNotFoundNamingTheRouterAndTheKnownOnes() {
        McpError failure = readFailure("junos://devices/nosuch/config");

        assertThat(failure.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND);
        assertThat(failure.getMessage()).isEqualTo("Resource not found: junos://devices/nosuch/config. Router "
                + "'nosuch' not found in the device mapping; known routers: down-1, edge/1, r-1, r-2. resources/list "
                + "shows the resources of every known router.");
    }

    @Test
    void aRouterThatIsDownIsAnErrorWithTheCause() {
        McpError failure = readFailure("junos://devices/down-1/facts");

        assertThat(failure.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INTERNAL_ERROR);
        assertThat(failure.getMessage()).startsWith("Connection error to router 'down-1': ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void readsARouterWhoseNameIsPercentEncodedInTheUri() {
        McpError failure = readFailure("junos://devices/edge%2F1/config");

        assertThat(failure.getMessage()).startsWith("Connection error to router 'edge/1': ");
    }

    @Test
    void recordsEachReadInTheAuditLogWithoutItsContent() {
        read("junos://devices/r-2/config");

        Eventually.await("the audit record of the read", () -> auditRecord("resources/read junos://devices/r-2/config")
                != null);
        JsonNode record = auditRecord("resources/read junos://devices/r-2/config");
        assertThat(record.propertyNames()).containsExactlyInAnyOrder("time", "caller", "tool", "devices", "outcome",
                "duration_ms");
        assertThat(record.get("caller").asString()).isEqualTo("local");
        assertThat(record.get("devices").get(0).asString()).isEqualTo("r-2");
        assertThat(record.get("outcome").asString()).isEqualTo("ok");
        assertThat(record.toString()).doesNotContain("host-name").doesNotContain(DeviceSpec.DEFAULT_PASSWORD + "\"");
    }

    @Test
    void recordsAFailedReadInTheAuditLogWithItsMessage() {
        readFailure("junos://devices/down-1/config");

        Eventually.await("the audit record of the failed read",
                () -> auditRecord("resources/read junos://devices/down-1/config") != null);
        JsonNode record = auditRecord("resources/read junos://devices/down-1/config");
        assertThat(record.get("outcome").asString()).isEqualTo("error");
        assertThat(record.get("message").asString()).startsWith("Connection error to router 'down-1'");
    }

    @Test
    void tellsTheClientWhenReloadedDevicesChangeTheList() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("r-1", network.device("r-1").port());
        ports.put("r-9", TestInventory.closedPort());
        TestInventory.write(directory.resolve("r-1-and-r-9.json"), ports);
        int changesBefore = network.server().resourceListChanges().size();
        try {
            assertThat(network.call("reload_devices", Map.of("file_name", "r-1-and-r-9.json")).isError()).isFalse();

            Eventually.await("a resource list with r-9 and without r-2", () -> lastListedUris(changesBefore)
                    .containsAll(List.of("junos://devices/r-9/config", "junos://devices/r-9/facts"))
                    && lastListedUris(changesBefore).stream().noneMatch(uri -> uri.contains("/r-2/")));
            assertThat(listedUris()).contains("junos://devices/r-9/facts").doesNotContain("junos://devices/r-2/facts");
        } finally {
            network.call("reload_devices", Map.of("file_name", "devices.json"));
        }
        Eventually.await("r-2 listed again", () -> listedUris().contains("junos://devices/r-2/config"));
    }

    private static List<String> lastListedUris(int changesBefore) {
        List<List<McpSchema.Resource>> changes = network.server().resourceListChanges();
        if (changes.size() <= changesBefore) {
            return List.of();
        }
        return changes.get(changes.size() - 1).stream().map(McpSchema.Resource::uri).toList();
    }

    private static JsonNode auditRecord(String tool) {
        try {
            Path audit = directory.resolve("audit.jsonl");
            if (!Files.exists(audit)) {
                return null;
            }
            return Files.readAllLines(audit).stream().map(JSON::readTree)
                    .filter(record -> tool.equals(record.get("tool").asString())).findFirst().orElse(null);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

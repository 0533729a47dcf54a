package io.jmcp.server.http;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Resources and prompts over streamable HTTP, for a caller whose token may only read. */
class ResourcesOverHttpTest {
    @TempDir
    static Path directory;
    private static HttpServerFixture server;

    @BeforeAll
    static void start() {
        server = HttpServerFixture.start(directory, "--audit-log", directory.resolve("audit.jsonl").toString());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aReadTokenReadsARoutersFactsAndTheReadIsAuditedUnderItsId() throws IOException {
        try (McpSyncClient client = server.client(server.readToken())) {
            TextResourceContents facts = (TextResourceContents) client.readResource(
                    new ReadResourceRequest("junos://devices/vsim-01/facts")).contents().get(0);

            assertThat(facts.mimeType()).isEqualTo("application/json");
            assertThat(facts.text()).contains("\"hostname\" : \"vsim-01\"");
        }
        assertThat(Files.readAllLines(directory.resolve("audit.jsonl")))
                .anyMatch(line -> line.contains("\"caller\":\"" + HttpServerFixture.READER + "\"")
                        && line.contains("\"tool\":\"resources/read junos://devices/vsim-01/facts\""));
    }

    @Test
    void aReadTokenCannotUseThePromptThatChangesConfiguration() {
        try (McpSyncClient client = server.client(server.readToken())) {
            McpError refusal = catchThrowableOfType(McpError.class, () -> client.getPrompt(new GetPromptRequest(
                    "safe_config_change", Map.of("router_name", "vsim-01", "change", "set system location building 2"))));

            assertThat(refusal.getMessage()).isEqualTo("Caller '" + HttpServerFixture.READER + "' may not use prompt "
                    + "'safe_config_change': it leads to configuration changes and needs the config scope");
            assertThat(client.getPrompt(new GetPromptRequest("troubleshoot_bgp_peer",
                    Map.of("router_name", "vsim-01", "neighbor_address", "192.0.2.1"))).messages()).hasSize(1);
        }
    }

    @Test
    void aConfigTokenSeesEachRoutersResources() {
        try (McpSyncClient client = server.client(server.configToken())) {
            assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
                    .contains("junos://devices", "junos://devices/vsim-01/config", "junos://devices/vsim-01/facts");
        }
    }
}

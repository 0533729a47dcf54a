package io.jmcp.server.stdio;

import io.modelcontextprotocol.json.McpJsonDefaults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official TypeScript MCP SDK ({@code interop/ts-client/stdio-edges.mjs}, pinned by its lock
 * file) against the packaged stdio server: add_device through elicitation forms, batch calls with a
 * progress token, and malformed lines before a valid call.
 */
@Timeout(600)
class StdioEdgesTypeScriptIT {
    private static final int BATCH_CALLS = 20;

    @TempDir
    Path directory;
    private TypeScriptAgainstPackagedServer client;

    @BeforeEach
    void requireTheClient() {
        client = TypeScriptAgainstPackagedServer.require();
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsADeviceThroughFormsWithoutAProgressToken() throws Exception {
        Path key = TestKeys.writePrivateKey(TestKeys.newKeyPair(), directory.resolve("ops_key"));
        String answers = McpJsonDefaults.getMapper().writeValueAsString(Map.of("device_name", "added-1",
                "device_ip", "127.0.0.1", "device_port", 2222, "username", "ops", "ssh_key_path", key.toString(),
                "confirm", true, "test_connection", false, "host_key", "accept-new"));

        Map<String, Object> seen = runClient(List.of("elicitation", answers), "--demo", "1");

        List<Map<String, Object>> forms = (List<Map<String, Object>>) seen.get("forms");
        assertThat(forms).hasSize(2).allSatisfy(form -> assertThat(form.get("meta")).as("_meta").isNull());
        assertThat((List<String>) forms.get(0).get("fields")).contains("device_name", "ssh_key_path");
        assertThat((List<String>) forms.get(1).get("fields")).contains("confirm");
        Map<String, Object> added = (Map<String, Object>) seen.get("added");
        assertThat(added).containsEntry("isError", false);
        assertThat((String) added.get("text")).startsWith("✅ Device 'added-1' added successfully!");
        assertThat((List<String>) seen.get("routers")).containsExactly("added-1", "vsim-01");
        assertThat((List<String>) seen.get("errors")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyProgressEventAndReplyOfABatchArriveWithNoFurtherClientTraffic() throws Exception {
        Map<String, Object> seen = runClient(List.of("progress", String.valueOf(BATCH_CALLS)), "--demo", "3");

        List<Map<String, Object>> results = (List<Map<String, Object>>) seen.get("results");
        assertThat(results).hasSize(BATCH_CALLS).allSatisfy(result -> assertThat(result).containsEntry("isError", false));
        List<Map<String, Object>> arrivals = (List<Map<String, Object>>) seen.get("arrivals");
        assertThat(arrivals).as("progress that reached the client, per reply").hasSize(BATCH_CALLS)
                .allSatisfy(reply -> {
                    assertThat((List<Number>) reply.get("before")).extracting(Number::intValue)
                            .as("progress before reply " + reply.get("reply")).containsExactly(1, 2, 3);
                    assertThat(reply.get("after")).as("progress after reply " + reply.get("reply")).isEqualTo(0);
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void servesAValidCallAfterMalformedLines() throws Exception {
        Map<String, Object> seen = runClient(List.of("malformed"), "--demo", "1");

        assertThat(seen).containsEntry("isError", false);
        assertThat((List<String>) seen.get("routers")).containsExactly("vsim-01");
        // Both error replies reached the client; this SDK's schema has no null id, so it reports them as invalid.
        assertThat((List<String>) seen.get("errors")).hasSize(2);
    }

    /** Runs {@code node stdio-edges.mjs scenario... java -jar jmcp-server-stdio.jar serverArgs...}. */
    private Map<String, Object> runClient(List<String> scenario, String... serverArgs)
            throws IOException, InterruptedException {
        return client.run("stdio-edges.mjs", scenario, serverArgs);
    }
}

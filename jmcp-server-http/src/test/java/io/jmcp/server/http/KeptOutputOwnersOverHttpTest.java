package io.jmcp.server.http;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The whole output of a cut result belongs to the token that produced it (HeldOutputResource's
 * owner is the caller, and an HTTP caller is its token): every session of that token reads it;
 * another token is told, with the JSON-RPC "resource not found" error, exactly what it is told of an
 * output that never existed.
 */
class KeptOutputOwnersOverHttpTest {
    private static final String NEVER_KEPT = "0123456789abcdef0123456789abcdef";

    @TempDir
    static Path directory;
    private static HttpServerFixture server;

    @BeforeAll
    static void start() {
        server = HttpServerFixture.start(directory, "--max-output-bytes", "2048", "--demo-interface-units", "200");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The URI of the whole output of a configuration (200 interface units) cut to the 2 KB budget, kept for {@code client}'s token. */
    private static String cutConfiguration(McpSyncClient client) {
        CallToolResult result = client.callTool(new CallToolRequest("get_junos_config",
                Map.of("router_name", "vsim-01", "format", "text")));
        assertThat(result.isError()).isFalse();
        assertThat(HttpServerFixture.text(result)).contains("[jmcp] Output cut to fit the 2 KB result budget");
        return result.content().stream().filter(McpSchema.ResourceLink.class::isInstance)
                .map(link -> ((McpSchema.ResourceLink) link).uri()).findFirst().orElseThrow();
    }

    private static String read(McpSyncClient client, String uri) {
        return ((TextResourceContents) client.readResource(new ReadResourceRequest(uri)).contents().get(0)).text();
    }

    private static McpError refusal(McpSyncClient client, String uri) {
        return catchThrowableOfType(McpError.class, () -> read(client, uri));
    }

    @Test
    void everySessionOfTheProducingTokenReadsTheKeptOutput() {
        try (McpSyncClient first = server.client(server.configToken());
             McpSyncClient second = server.client(server.configToken())) {
            String uri = cutConfiguration(first);

            String fromFirst = read(first, uri);
            assertThat(fromFirst).startsWith("system {").contains("host-name vsim-01;");
            assertThat(read(second, uri)).isEqualTo(fromFirst);
            assertThat(read(second, uri + "/offset/1")).isEqualTo(read(first, uri + "/offset/1"));
        }
    }

    @Test
    void anotherTokenIsToldTheOutputDoesNotExistAsIfItNeverDid() {
        try (McpSyncClient owner = server.client(server.configToken());
             McpSyncClient other = server.client(server.otherConfigToken());
             McpSyncClient reader = server.client(server.readToken())) {
            String uri = cutConfiguration(owner);
            String id = uri.substring("jmcp://outputs/".length());
            McpError neverKept = refusal(other, "jmcp://outputs/" + NEVER_KEPT);

            for (McpSyncClient stranger : new McpSyncClient[] {other, reader}) {
                for (String page : new String[] {uri, uri + "/offset/3"}) {
                    McpError refused = refusal(stranger, page);

                    assertThat(refused.getJsonRpcError().code()).isEqualTo(ErrorCodes.RESOURCE_NOT_FOUND);
                    assertThat(refused.getMessage().replace(id, NEVER_KEPT)).isEqualTo(neverKept.getMessage());
                    assertThat(refused.getMessage()).isEqualTo("Output '" + id + "' is not kept: outputs are kept "
                            + "15 minutes for the session that produced them only; call the tool again");
                }
            }
            assertThat(neverKept.getJsonRpcError().code()).isEqualTo(ErrorCodes.RESOURCE_NOT_FOUND);
            assertThat(read(owner, uri)).contains("host-name vsim-01;");
        }
    }
}

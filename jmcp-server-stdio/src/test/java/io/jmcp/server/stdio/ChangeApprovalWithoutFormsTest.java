package io.jmcp.server.stdio;

import io.jmcp.simulator.SimulatedDevice;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --approve-changes} with a client that cannot show forms (no elicitation capability). */
class ChangeApprovalWithoutFormsTest {
    @TempDir
    static Path directory;
    private static SimulatedNetwork network;

    @BeforeAll
    static void start() {
        network = SimulatedNetwork.in(directory).devices("r1").serverArgs("--approve-changes").start();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    @Test
    void refusesTheChangeBeforeContactingTheRouterSayingApprovalCannotBeShown() {
        SimulatedDevice router = network.device("r1");
        String committed = router.committedConfiguration().toSet();
        long logins = router.loginCount();

        CallToolResult result = network.call("load_and_commit_config", Map.of("router_name", "r1",
                "config_text", "set system location building 7"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("This server requires a person to approve every configuration change "
                + "before it is committed (--approve-changes), and this MCP client cannot show forms (no elicitation "
                + "support), so the approval cannot be shown. Nothing was sent to any router. Use an MCP client that "
                + "supports elicitation, or dry_run=true to see the diff without committing.");
        assertThat(router.committedConfiguration().toSet()).isEqualTo(committed);
        assertThat(router.loginCount()).isEqualTo(logins);
    }

    @Test
    void stillRunsADryRun() {
        CallToolResult result = network.call("load_and_commit_config", Map.of("router_name", "r1",
                "config_text", "set system location building 7", "dry_run", true));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(text(result)).startsWith("Dry run on r1");
    }
}

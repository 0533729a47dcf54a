package io.jmcp.server.stdio;

import io.jmcp.netconf.CommitOptions;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * commit confirmed, confirm_commit and rollback_config end to end. The simulated devices' minutes
 * are short, so that an unconfirmed commit rolls back while the test waits.
 */
class CommitConfirmAndRollbackTest {
    /** Long enough for a confirmation to arrive, short enough to watch a rollback. */
    private static final Duration SHORT_MINUTE = Duration.ofMillis(1500);
    @TempDir
    static Path directory;
    private static SimulatedNetwork network;

    @BeforeAll
    static void start() {
        network = SimulatedNetwork.in(directory)
                .device(DeviceSpec.builder("unconfirmed-1").timerMinute(SHORT_MINUTE).build())
                .device(DeviceSpec.builder("confirmed-1").timerMinute(Duration.ofSeconds(30)).build())
                .devices("rollback-1", "rollback-2", "dry-rollback-1", "nothing-pending-1", "confirmed-later-1")
                .start();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    @Test
    void rollsBackACommitConfirmedThatIsNotConfirmed() {
        SimulatedDevice device = network.device("unconfirmed-1");
        Configuration before = device.committedConfiguration();

        CallToolResult result = network.call("load_and_commit_config", Map.of("router_name", "unconfirmed-1",
                "config_text", "set system location building 12", "confirmed_minutes", 1));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).contains("commit confirmed").contains("confirm_commit");
        assertThat(device.committedConfiguration().toSet()).contains("building 12");
        Eventually.await("the automatic rollback", () -> device.committedConfiguration().equals(before));
        assertThat(device.rollbackHistory().get(0).comment()).isNull();
    }

    @Test
    void keepsACommitConfirmedThatIsConfirmed() {
        SimulatedDevice device = network.device("confirmed-1");
        network.call("load_and_commit_config", Map.of("router_name", "confirmed-1",
                "config_text", "set system location building 14", "confirmed_minutes", 1));
        assertThat(device.awaitingCommitConfirmation()).isTrue();

        CallToolResult result = network.call("confirm_commit", Map.of("router_name", "confirmed-1"));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).startsWith("Commit confirmed on confirmed-1");
        assertThat(device.awaitingCommitConfirmation()).isFalse();
        assertThat(device.committedConfiguration().toSet()).contains("building 14");
    }

    @Test
    void saysSoAndCommitsNothingWhenNoCommitConfirmedIsPending() {
        SimulatedDevice device = network.device("nothing-pending-1");
        network.call("load_and_commit_config", Map.of("router_name", "nothing-pending-1",
                "config_text", "set system location building 15"));
        int commits = device.rollbackHistory().size();

        CallToolResult result = network.call("confirm_commit", Map.of("router_name", "nothing-pending-1"));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).startsWith("No commit confirmed is pending on nothing-pending-1: nothing was committed.")
                .contains("is not a commit confirmed").doesNotContain("cancelled");
        assertThat(device.rollbackHistory()).hasSize(commits);
    }

    @Test
    void aCommitConfirmedAlreadyConfirmedIsNotPendingAnyMore() {
        SimulatedDevice device = network.device("confirmed-later-1");
        network.call("load_and_commit_config", Map.of("router_name", "confirmed-later-1",
                "config_text", "set system location building 16", "confirmed_minutes", 5));
        assertThat(text(network.call("confirm_commit", Map.of("router_name", "confirmed-later-1"))))
                .startsWith("Commit confirmed on confirmed-later-1");
        int commits = device.rollbackHistory().size();

        CallToolResult again = network.call("confirm_commit", Map.of("router_name", "confirmed-later-1"));

        assertThat(again.isError()).isFalse();
        assertThat(text(again)).startsWith("No commit confirmed is pending on confirmed-later-1");
        assertThat(device.rollbackHistory()).hasSize(commits);
    }

    @Test
    void rollsBackToAnEarlierVersionWithTheDiffAndComment() {
        SimulatedDevice device = network.device("rollback-1");
        Configuration original = device.committedConfiguration();
        network.call("load_and_commit_config", Map.of("router_name", "rollback-1",
                "config_text", "set system location building 20"));

        // jmcp's safe commit is two commits (commit confirmed, confirmation): what came before is rollback 2.
        CallToolResult result = network.call("rollback_config", Map.of("router_name", "rollback-1", "version", 2));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).contains("building 20");
        assertThat(device.committedConfiguration()).isEqualTo(original);
        assertThat(device.rollbackHistory().get(0).comment()).isEqualTo("Rollback to version 2 via MCP");
    }

    @Test
    void dryRunOfARollbackOnlyShowsTheDiff() {
        SimulatedDevice device = network.device("dry-rollback-1");
        network.call("load_and_commit_config", Map.of("router_name", "dry-rollback-1",
                "config_text", "set system location building 21"));
        Configuration current = device.committedConfiguration();

        CallToolResult result = network.call("rollback_config", Map.of("router_name", "dry-rollback-1",
                "version", 2, "dry_run", true));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).startsWith("Dry run on dry-rollback-1").contains("building 21");
        assertThat(device.committedConfiguration()).isEqualTo(current);
    }

    @Test
    void refusesARollbackThatWouldUndoAGuardedStatement() {
        SimulatedDevice device = network.device("rollback-2");
        commitDirectly(device, "set system root-authentication encrypted-password \"$6$abc\"");
        Configuration current = device.committedConfiguration();

        CallToolResult result = network.call("rollback_config", Map.of("router_name", "rollback-2", "version", 1));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Blocked configuration rejected")
                .contains("the change would remove 'set system root-authentication encrypted-password");
        assertThat(device.committedConfiguration()).isEqualTo(current);
    }

    @Test
    void reportsARollbackVersionTheRouterDoesNotHave() {
        CallToolResult result = network.call("rollback_config", Map.of("router_name", "rollback-2", "version", 40));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Router 'rollback-2' returned an error").contains("rollback 40")
                .contains("Failed while loading the configuration.");
    }

    @Test
    void refusesAVersionOutOfRange() {
        CallToolResult result = network.call("rollback_config", Map.of("router_name", "rollback-2", "version", 50));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("version");
    }

    /** A change made by someone else, outside jmcp and its guardrails. */
    private static void commitDirectly(SimulatedDevice device, String setCommands) {
        try (JunosDevice session = JunosDevice.connect(DeviceOptions.builder(device.host()).port(device.port())
                .username(DeviceSpec.DEFAULT_USER).password(DeviceSpec.DEFAULT_PASSWORD)
                .hostKeyPolicy(HostKeyPolicy.OFF).build())) {
            session.loadConfiguration(setCommands, ConfigFormat.SET, LoadAction.SET);
            session.commit(CommitOptions.comment("outside jmcp"));
        }
    }
}

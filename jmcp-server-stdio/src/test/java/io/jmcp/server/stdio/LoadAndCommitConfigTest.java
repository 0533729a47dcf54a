package io.jmcp.server.stdio;

import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * load_and_commit_config end to end, over stdio against simulated devices whose committed
 * configuration and rollback history prove what happened: committed exactly once, or not at all.
 */
class LoadAndCommitConfigTest {
    private static final String DESCRIPTION = "set interfaces ge-0/0/1 description \"to customer A\"";
    @TempDir
    static Path directory;
    private static SimulatedNetwork network;

    @BeforeAll
    static void start() {
        network = SimulatedNetwork.in(directory)
                .devices("commit-1", "same-1", "dry-1", "blocked-1", "check-1", "locked-1", "drop-1", "xml-1",
                        "bad-1", "replace-1", "slow-1")
                .down("down-1")
                .serverArgs("--audit-log", directory.resolve("audit.jsonl").toString(), "--change-queue-wait", "2")
                .start();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    @AfterEach
    void clearFaults() {
        List.of("check-1", "drop-1", "slow-1").forEach(name -> network.device(name).faults().clear());
    }

    private static CallToolResult load(String router, Map<String, Object> more) {
        Map<String, Object> arguments = new java.util.HashMap<>(Map.of("router_name", router));
        arguments.putAll(more);
        return network.call("load_and_commit_config", arguments);
    }

    private static CallToolResult load(String router, String setCommands) {
        return load(router, Map.of("config_text", setCommands));
    }

    @Test
    void commitsTheChangeAsASafeCommitWithItsComment() {
        SimulatedDevice device = network.device("commit-1");
        int commitsBefore = device.rollbackHistory().size();

        CallToolResult result = load("commit-1", Map.of("config_text", DESCRIPTION, "commit_comment", "ticket 42"));

        assertThat(result.isError()).isFalse();
        // The commit confirmed, then its confirmation once a new session proved the router reachable.
        assertThat(device.rollbackHistory()).hasSize(commitsBefore + 2);
        assertThat(device.rollbackHistory().get(1).confirmMinutes()).isEqualTo(2);
        assertThat(device.rollbackHistory().get(1).comment()).isEqualTo("ticket 42");
        CommitRecord last = device.rollbackHistory().get(0);
        assertThat(last.comment()).isEqualTo("ticket 42");
        assertThat(last.configuration().toSet()).contains("set interfaces ge-0/0/1 description \"to customer A\"");
    }

    @Test
    void showsTheDiffAndReturnsStructuredContent() {
        CallToolResult result = load("commit-1", "set interfaces ge-0/0/1 description \"to customer B\"");

        assertThat(text(result)).startsWith("Configuration successfully loaded and committed on commit-1.")
                .contains("Changes:\n[edit interfaces ge-0/0/1]").contains("description \"to customer B\";");
        assertThat(result.structuredContent()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("router_name", "commit-1").containsEntry("status", "committed")
                .containsEntry("commit_comment", "Configuration loaded via MCP");
    }

    @Test
    void acceptsTheSeedsConfigAlias() {
        CallToolResult result = load("commit-1", Map.of("config", "set system location building 7"));

        assertThat(result.isError()).isFalse();
        assertThat(network.device("commit-1").committedConfiguration().toSet())
                .contains("set system location building 7");
    }

    @Test
    void commitsNothingWhenTheConfigurationIsAlreadyThere() {
        SimulatedDevice device = network.device("same-1");
        String present = "set interfaces ge-0/0/0 description \"uplink to core\"";
        int commitsBefore = device.rollbackHistory().size();

        CallToolResult result = load("same-1", present);

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).startsWith("No configuration changes detected");
        assertThat(device.rollbackHistory()).hasSize(commitsBefore);
    }

    @Test
    void dryRunShowsTheDiffAndLeavesTheRouterUnchanged() {
        SimulatedDevice device = network.device("dry-1");
        Configuration before = device.committedConfiguration();
        int commitsBefore = device.rollbackHistory().size();

        CallToolResult result = load("dry-1", Map.of("config_text", DESCRIPTION, "dry_run", true));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).startsWith("Dry run on dry-1: the commit check passed").contains("to customer A");
        assertThat(device.committedConfiguration()).isEqualTo(before);
        assertThat(device.rollbackHistory()).hasSize(commitsBefore);
        assertThat(candidateOf("dry-1")).doesNotContain("to customer A");
    }

    @Test
    void refusesABlockedSetLineWithoutTouchingTheRouter() {
        SimulatedDevice device = network.device("blocked-1");
        long loginsBefore = device.loginCount();

        CallToolResult result = load("blocked-1", "set system root-authentication encrypted-password \"$6$x\"");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Blocked configuration rejected")
                .contains("set system root-authentication");
        assertThat(device.loginCount()).isEqualTo(loginsBefore);
    }

    @Test
    void refusesABlockedLineInCurlyBraceText() {
        CallToolResult result = load("blocked-1", Map.of("config_format", "text", "config_text",
                "system { login { user eve { authentication { plain-text-password-value x; } } } }"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Blocked configuration rejected").contains("user eve authentication");
    }

    @Test
    void refusesABlockedLineInXml() {
        CallToolResult result = load("blocked-1", Map.of("config_format", "xml", "config_text",
                "<configuration><system><root-authentication><encrypted-password>$6$x</encrypted-password>"
                        + "</root-authentication></system></configuration>"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Blocked configuration rejected").contains("root-authentication");
        assertThat(network.device("blocked-1").rollbackHistory()).hasSize(1);
    }

    @Test
    void leavesTheRouterUnchangedWhenTheCommitCheckFails() {
        SimulatedDevice device = network.device("check-1");
        Configuration before = device.committedConfiguration();
        int commitsBefore = device.rollbackHistory().size();
        device.faults().failCommitCheck("mpls must be enabled on ge-0/0/1");

        CallToolResult result = load("check-1", "set interfaces ge-0/0/1 description \"to customer C\"");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Router 'check-1' returned an error")
                .contains("mpls must be enabled on ge-0/0/1")
                .contains("Failed while checking the commit. The candidate was discarded and the lock released");
        assertThat(device.committedConfiguration()).isEqualTo(before);
        assertThat(device.rollbackHistory()).hasSize(commitsBefore);
        assertThat(candidateOf("check-1")).doesNotContain("to customer C");
    }

    @Test
    void releasesTheLockAfterAFailedCheckSoTheNextChangeCommits() {
        network.device("check-1").faults().failCommitCheck("not today");
        load("check-1", DESCRIPTION);
        network.device("check-1").faults().clear();

        CallToolResult result = load("check-1", DESCRIPTION);

        assertThat(result.isError()).isFalse();
        assertThat(network.device("check-1").committedConfiguration().toSet()).contains("to customer A");
    }

    @Test
    void refusesToChangeARouterWhoseConfigurationAnotherSessionHoldsLocked() {
        SimulatedDevice device = network.device("locked-1");
        Configuration before = device.committedConfiguration();
        try (JunosDevice other = JunosDevice.connect(DeviceOptions.builder(device.host()).port(device.port())
                .username(DeviceSpec.DEFAULT_USER).password(DeviceSpec.DEFAULT_PASSWORD)
                .hostKeyPolicy(HostKeyPolicy.OFF).build())) {
            other.lock();

            CallToolResult result = load("locked-1", DESCRIPTION);

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("The candidate configuration of locked-1 is locked (or holds "
                    + "uncommitted changes) outside jmcp, the router says: \"configuration database locked by: jmcp")
                    .contains("(the server's --change-queue-wait) and gave up. Nothing was changed on the router.");
        }
        assertThat(device.committedConfiguration()).isEqualTo(before);
    }

    @Test
    void leavesTheRouterUnchangedWhenTheConnectionDropsDuringTheLoad() {
        SimulatedDevice device = network.device("drop-1");
        Configuration before = device.committedConfiguration();
        int commitsBefore = device.rollbackHistory().size();
        // The lock's reply is short; the load's, with a warning per missing statement, is long.
        device.faults().dropConnectionAfter(LONGER_THAN_A_LOCK_REPLY);

        CallToolResult result = load("drop-1", DESCRIPTION + "\n" + deletesOfMissingStatements(20));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Connection error to router 'drop-1'")
                .contains("Failed while loading the configuration. The session ended");
        device.faults().clear();
        assertThat(device.committedConfiguration()).isEqualTo(before);
        assertThat(device.rollbackHistory()).hasSize(commitsBefore);
        Eventually.await("the dropped session's lock released", () -> !load("drop-1", DESCRIPTION).isError());
    }

    private static final long LONGER_THAN_A_LOCK_REPLY = 600;

    private static String deletesOfMissingStatements(int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("delete interfaces ge-0/0/3 unit ").append(100 + i).append('\n');
        }
        return lines.toString();
    }

    @Test
    void reportsARouterThatDoesNotAnswerInTimeNamingTheStep() {
        SimulatedDevice device = network.device("slow-1");
        Configuration before = device.committedConfiguration();
        device.faults().latency(Duration.ofSeconds(3));

        CallToolResult result = load("slow-1", Map.of("config_text", DESCRIPTION, "timeout", 1));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Timed out on router 'slow-1'")
                .contains("Failed while locking the candidate configuration. Nothing was changed on the router.");
        device.faults().clear();
        assertThat(device.committedConfiguration()).isEqualTo(before);
        Eventually.await("the abandoned session's lock released", () -> !load("slow-1", DESCRIPTION).isError());
    }

    @Test
    void loadsCurlyBraceTextAndXml() {
        CallToolResult text = load("xml-1", Map.of("config_format", "text",
                "config_text", "system { location { building 9; } }"));
        CallToolResult xml = load("xml-1", Map.of("config_format", "xml",
                "config_text", "<configuration><system><location><floor>3</floor></location></system></configuration>"));

        assertThat(text.isError()).isFalse();
        assertThat(xml.isError()).isFalse();
        assertThat(network.device("xml-1").committedConfiguration().toSet())
                .contains("set system location building 9").contains("set system location floor 3");
    }

    @Test
    void refusesInvalidSyntaxNamingTheLineBeforeContactingTheRouter() {
        SimulatedDevice device = network.device("bad-1");
        long loginsBefore = device.loginCount();

        CallToolResult result = load("bad-1", "set system location building 1\nset system host-name");

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("The configuration is not valid set configuration, so the guardrails "
                + "cannot check it: line 2: missing argument (at 'host-name'). Nothing was sent to the router.");
        assertThat(device.loginCount()).isEqualTo(loginsBefore);
    }

    @Test
    void replacesTaggedStatementsOfCurlyBraceTextByDefault() {
        CallToolResult result = load("replace-1", Map.of("config_format", "text",
                "config_text", "interfaces { replace: ge-0/0/0 { description \"replaced\"; } }"));

        assertThat(result.isError()).isFalse();
        assertThat(network.device("replace-1").committedConfiguration().toSet())
                .contains("set interfaces ge-0/0/0 description replaced")
                .doesNotContain("set interfaces ge-0/0/0 unit 0");
    }

    @Test
    void mergesWhenAskedTo() {
        CallToolResult result = load("replace-1", Map.of("config_format", "text", "action", "merge",
                "config_text", "interfaces { ge-0/0/1 { mtu 9000; } }"));

        assertThat(result.isError()).isFalse();
        assertThat(network.device("replace-1").committedConfiguration().toSet())
                .contains("set interfaces ge-0/0/1 mtu 9000").contains("set interfaces ge-0/0/1 unit 0");
    }

    @Test
    void refusesAReplaceActionForSetCommands() {
        CallToolResult result = load("replace-1", Map.of("config_text", DESCRIPTION, "action", "replace"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("'action' cannot be replace with config_format set");
    }

    @Test
    void requiresTheConfiguration() {
        CallToolResult result = load("replace-1", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("'config_text' is required");
    }

    @Test
    void namesAnUnknownRouter() {
        CallToolResult result = load("nowhere-1", DESCRIPTION);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Router 'nowhere-1' not found in the device mapping");
    }

    @Test
    void reportsARouterThatIsDownAsNothingChanged() {
        CallToolResult result = load("down-1", DESCRIPTION);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Connection error to router 'down-1'")
                .contains("Failed while connecting. Nothing was changed on the router.");
    }

    @Test
    void recordsTheDiffAndCommentInTheAuditLog() throws Exception {
        load("commit-1", Map.of("config_text", "set system location country-code NL", "commit_comment", "audit me"));

        Path audit = directory.resolve("audit.jsonl");
        Eventually.await("the audit record of the commit", () -> auditLines(audit).stream()
                .anyMatch(line -> line.contains("audit me")));
        String record = auditLines(audit).stream().filter(line -> line.contains("audit me")).findFirst().orElseThrow();
        assertThat(record).contains("\"load_and_commit_config\"").contains("country-code NL");
    }

    @Test
    void namesTheRouterOfARefusedCallInTheAuditLog() throws Exception {
        CallToolResult refused = network.call("execute_junos_command",
                Map.of("router_name", "blocked-1", "command", "request system reboot"));
        CallToolResult invalid = network.call("load_and_commit_config", Map.of("router_name", "bad-1"));
        assertThat(refused.isError()).isTrue();
        assertThat(invalid.isError()).isTrue();

        Path audit = directory.resolve("audit.jsonl");
        String blocked = "\"tool\":\"execute_junos_command\",\"devices\":[\"blocked-1\"],\"outcome\":\"blocked\"";
        String invalidArguments = "\"tool\":\"load_and_commit_config\",\"devices\":[\"bad-1\"],\"outcome\":\"error\"";
        Eventually.await("the audit records of both refusals, each naming its router", () -> auditLines(audit)
                .stream().anyMatch(line -> line.contains(blocked))
                && auditLines(audit).stream().anyMatch(line -> line.contains(invalidArguments)));
    }

    private static List<String> auditLines(Path audit) {
        try {
            return Files.exists(audit) ? Files.readAllLines(audit) : List.of();
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static String candidateOf(String router) {
        return text(network.call("get_junos_config", Map.of("router_name", router, "database", "candidate")));
    }
}

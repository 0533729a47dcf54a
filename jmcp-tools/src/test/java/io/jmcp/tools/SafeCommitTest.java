package io.jmcp.tools;

import static org.assertj.core.api.Assertions.assertThat;
import io.jmcp.testfixtures.tools.SimulatedToolContext;

import io.jmcp.core.guard.GuardOptions;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.pool.ChangeSettings;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A jmcp commit proves the router still answers a new NETCONF session before confirming it
 * (issue 15, item 2). With lock-out protection off, a change that removes jmcp's way in is
 * committed confirmed, fails the proof, is not confirmed, and the simulated router rolls it back by
 * itself, after which new sessions work again. An explicit confirmed_minutes keeps its old meaning.
 */
class SafeCommitTest {
    private static final String ROUTER = "r1";
    /**
     * A simulated minute where the router's rollback is awaited: the 2 minutes leave the proof 10 s to
     * fail on a busy machine, and the test waits no longer than that for the rollback.
     */
    private static final Duration SHORT_MINUTE = Duration.ofSeconds(5);
    private static final Guardrails NO_LOCKOUT_PROTECTION =
            Guardrails.defaults().withOptions(GuardOptions.defaults().withLockoutProtection(false));

    private SimulatorFleet fleet;
    private SimulatedDevice router;

    @BeforeEach
    void start() {
        start(Duration.ofMinutes(1));
    }

    private void start(Duration minute) {
        if (fleet != null) {
            fleet.close();
        }
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder(ROUTER).timerMinute(minute).build()));
        router = fleet.device(ROUTER);
    }

    @AfterEach
    void stop() {
        fleet.close();
    }

    @Test
    void aCommitIsConfirmedOnlyAfterANewSessionAnswered() {
        long logins = router.loginCount();
        ToolResult result;
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults())) {
            result = load(context, "set system location building b1", Map.of("commit_comment", "building"));
        }
        assertThat(result.isError()).as(result.texts().toString()).isFalse();
        assertThat(result.structuredContent()).containsEntry("status", "committed").containsEntry("rollback_at", null);
        assertThat((String) result.structuredContent().get("reachability_proof"))
                .startsWith("a new NETCONF session to r1 (new SSH connection and login) running "
                        + "get-software-information answered in ");
        assertThat(result.texts().get(0)).startsWith("Configuration successfully loaded and committed on r1. Safe "
                + "commit: committed as a commit confirmed (2 minute(s)), proven reachable (a new NETCONF session");
        // One login for the change's pooled session, one for the proof.
        assertThat(router.loginCount()).isEqualTo(logins + 2);
        assertThat(router.awaitingCommitConfirmation()).isFalse();
        List<CommitRecord> history = router.rollbackHistory();
        assertThat(history.get(1).confirmMinutes()).isEqualTo(2);
        assertThat(history.get(1).commentIfAny()).contains("building");
        assertThat(history.get(0).confirmMinutes()).isNull();
        assertThat(history.get(0).commentIfAny()).contains("building");
        assertThat(router.committedConfiguration().toSet()).contains("set system location building b1");
    }

    @Test
    void removingTheNetconfServiceIsNotConfirmedAndTheRouterRollsItBack() {
        start(SHORT_MINUTE);
        String before = router.committedConfiguration().toSet();
        ToolResult result;
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, NO_LOCKOUT_PROTECTION)) {
            result = load(context, "delete system services netconf", Map.of());
        }
        assertRollingBack(result, "closed the netconf channel before sending its hello");
        assertRolledBackAndReachableAgain(before);
    }

    @Test
    void removingJmcpsLoginIsNotConfirmedAndTheRouterRollsItBack() {
        start(SHORT_MINUTE);
        String before = router.committedConfiguration().toSet();
        ToolResult result;
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, NO_LOCKOUT_PROTECTION)) {
            result = load(context, "delete system login user " + DeviceSpec.DEFAULT_USER, Map.of());
        }
        assertRollingBack(result, "refused the login");
        assertRolledBackAndReachableAgain(before);
    }

    @Test
    void aTemplateAppliedToManyRoutersGoesThroughTheSameProof() {
        ToolResult result;
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, NO_LOCKOUT_PROTECTION)) {
            result = new RenderAndApplyJ2Template().call(context, Map.of("template_content",
                    "deactivate system services netconf", "vars_content", "unused: true", "router_name", ROUTER,
                    "apply_config", true));
        }
        assertThat(result.isError()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> outcome = ((List<Map<String, Object>>) result.structuredContent().get("results")).get(0);
        assertThat(outcome).containsEntry("status", "rolling_back");
        assertThat(result.texts().get(0)).contains("⏪ **r1**: The change was committed on r1 as a commit confirmed "
                + "but NOT confirmed");
    }

    @Test
    void anExplicitConfirmedMinutesIsLeftForTheCallerToConfirm() {
        long logins = router.loginCount();
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults())) {
            ToolResult result = load(context, "set system location building b2", Map.of("confirmed_minutes", 5));
            assertThat(result.isError()).isFalse();
            assertThat(result.structuredContent()).containsEntry("status", "committed")
                    .containsEntry("confirmed_minutes", 5).containsEntry("reachability_proof", null);
            assertThat(result.texts().get(0)).contains("This is a commit confirmed: the router rolls back to the "
                    + "previous configuration in 5 minute(s) unless confirm_commit is called");
            assertThat(router.loginCount()).as("no proof session").isEqualTo(logins + 1);
            assertThat(router.awaitingCommitConfirmation()).isTrue();
            ToolResult confirmed = new ConfirmCommit().call(context, Map.of("router_name", ROUTER));
            assertThat(confirmed.texts().get(0)).startsWith("Commit confirmed on r1");
        }
        assertThat(router.awaitingCommitConfirmation()).isFalse();
        assertThat(router.rollbackHistory().get(1).confirmMinutes()).isEqualTo(5);
    }

    @Test
    void withSafeCommitOffACommitIsPlainAndUnproven() {
        long logins = router.loginCount();
        ChangeSettings off = ChangeSettings.defaults().withSafeCommitMinutes(0);
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults(), off)) {
            ToolResult result = load(context, "set system location building b3", Map.of());
            assertThat(result.isError()).isFalse();
            assertThat(result.structuredContent()).containsEntry("reachability_proof", null);
        }
        assertThat(router.loginCount()).isEqualTo(logins + 1);
        assertThat(router.rollbackHistory().get(0).confirmMinutes()).isNull();
        assertThat(router.rollbackHistory().get(1).commentIfAny()).isEmpty();
    }

    @Test
    void rollbackConfigGoesThroughTheSameProof() {
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults())) {
            load(context, "set system location building b4", Map.of());
            ToolResult result = new RollbackConfig().call(context, Map.of("router_name", ROUTER, "version", 2));
            assertThat(result.isError()).as(result.texts().toString()).isFalse();
            assertThat((String) result.structuredContent().get("reachability_proof")).contains("answered in");
        }
        assertThat(router.committedConfiguration().toSet()).doesNotContain("building b4");
    }

    private static ToolResult load(SimulatedToolContext context, String setLines, Map<String, Object> more) {
        Map<String, Object> arguments = new java.util.HashMap<>(more);
        arguments.put("router_name", ROUTER);
        arguments.put("config_text", setLines);
        return new LoadAndCommitConfig().call(context, arguments);
    }

    private void assertRollingBack(ToolResult result, String failureWord) {
        Instant rollbackAt = Instant.parse((String) result.structuredContent().get("rollback_at"));
        assertThat(result.isError()).isTrue();
        assertThat(result.structuredContent()).containsEntry("status", "rolling_back");
        assertThat(result.texts().get(0))
                .startsWith("The change was committed on r1 as a commit confirmed but NOT confirmed, because the "
                        + "router failed the reachability proof: a new NETCONF session to r1 (new SSH connection and "
                        + "login) running get-software-information failed after ")
                .contains("the router rolls back to the previous configuration by itself at "
                        + ChangeOutcome.rollbackTime(rollbackAt));
        assertThat(((String) result.structuredContent().get("reachability_proof")).toLowerCase())
                .contains(failureWord);
        assertThat(rollbackAt).isBetween(Instant.now().plus(Duration.ofSeconds(60)),
                Instant.now().plus(Duration.ofMinutes(2)));
        CommitRecord unconfirmed = router.rollbackHistory().stream().filter(commit -> commit.confirmMinutes() != null)
                .findFirst().orElseThrow();
        assertThat(unconfirmed.confirmMinutes()).isEqualTo(2);
    }

    private void assertRolledBackAndReachableAgain(String before) {
        Eventually.await("the router's automatic rollback", () -> !router.awaitingCommitConfirmation());
        assertThat(router.committedConfiguration().toSet()).isEqualTo(before);
        try (JunosDevice again = JunosDevice.connect(DeviceOptions.builder(router.host()).port(router.port())
                .username(DeviceSpec.DEFAULT_USER).password(DeviceSpec.DEFAULT_PASSWORD)
                .hostKeyPolicy(HostKeyPolicy.OFF).build())) {
            assertThat(again.facts().hostname()).isEqualTo(ROUTER);
        }
    }

}

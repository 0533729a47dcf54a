package io.jmcp.server.stdio;

import io.jmcp.simulator.SimulatedDevice;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --approve-changes} end to end: a stdio server asks the MCP SDK client's user, through an
 * elicitation form showing the diff, before every commit; the simulated routers' committed
 * configuration and rollback history prove that only an explicit approval commits.
 */
class ChangeApprovalTest {
    private static final int APPROVAL_SECONDS = 3;
    private static final String LOCATION = "set system location building 7";
    @TempDir
    static Path directory;
    private static SimulatedNetwork network;
    private static final ScriptedForms forms = new ScriptedForms();
    private static final CountDownLatch endOfTest = new CountDownLatch(1);

    @BeforeAll
    static void start() {
        network = SimulatedNetwork.in(directory)
                .devices("accept-1", "decline-1", "cancel-1", "unticked-1", "timeout-1", "rollback-1", "template-1",
                        "dry-1", "net-1", "net-2")
                .serverArgs("--approve-changes", "--approval-timeout", String.valueOf(APPROVAL_SECONDS))
                .elicitation(forms)
                .start();
    }

    @AfterAll
    static void stop() {
        endOfTest.countDown();
        network.close();
    }

    @AfterEach
    void forgetForms() {
        forms.forget();
    }

    private static CallToolResult load(String router, String setCommands) {
        return network.call("load_and_commit_config", Map.of("router_name", router, "config_text", setCommands));
    }

    private static Snapshot snapshot(String router) {
        SimulatedDevice device = network.device(router);
        return new Snapshot(device.committedConfiguration().toSet(), device.rollbackHistory().size());
    }

    @Test
    void commitsOnlyAfterTheUserApprovesTheDiffShownToThem() {
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("approve", true));

        CallToolResult result = load("accept-1", LOCATION);

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(network.device("accept-1").committedConfiguration().toSet()).contains(LOCATION);
        assertThat(forms.shown()).hasSize(1);
        assertThat(forms.shown().get(0).message()).contains("Approve this configuration change on 1 router?")
                .contains("within 3 seconds").contains("accept-1:\n[edit system]\n+   location building 7;");
        assertThat(forms.shown().get(0).requestedSchema()).extractingByKey("required").isEqualTo(List.of("approve"));
    }

    @Test
    void aDeclinedChangeIsDiscardedAndNothingIsCommitted() {
        Snapshot before = snapshot("decline-1");
        forms.answer(ElicitResult.Action.DECLINE, null);

        CallToolResult result = load("decline-1", LOCATION);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("Nothing was committed on decline-1 (not approved: the user declined the "
                + "change). The candidate was discarded and the lock released: the active configuration is unchanged.");
        assertThat(snapshot("decline-1")).isEqualTo(before);
        assertTheCandidateWasDiscardedAndUnlocked("decline-1");
    }

    @Test
    void aDismissedFormCommitsNothing() {
        Snapshot before = snapshot("cancel-1");
        forms.answer(ElicitResult.Action.CANCEL, null);

        CallToolResult result = load("cancel-1", LOCATION);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("not approved: the user dismissed the approval form");
        assertThat(snapshot("cancel-1")).isEqualTo(before);
        assertTheCandidateWasDiscardedAndUnlocked("cancel-1");
    }

    @Test
    void aFormSentBackWithoutTheBoxTickedCommitsNothing() {
        Snapshot before = snapshot("unticked-1");
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("approve", false));

        CallToolResult result = load("unticked-1", LOCATION);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("not approved: the form was sent back without 'Commit these changes' ticked");
        assertThat(snapshot("unticked-1")).isEqualTo(before);
    }

    @Test
    void noAnswerWithinTheApprovalTimeoutCommitsNothing() {
        Snapshot before = snapshot("timeout-1");
        forms.answerWith(() -> {
            awaitEndOfTest();
            return new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("approve", true));
        });

        CallToolResult result = load("timeout-1", LOCATION);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("Nothing was committed on timeout-1 (not approved: no answer within 3 "
                + "seconds). The candidate was discarded and the lock released: the active configuration is unchanged.");
        assertThat(snapshot("timeout-1")).isEqualTo(before);
        assertTheCandidateWasDiscardedAndUnlocked("timeout-1");
    }

    @Test
    void aRollbackWaitsForApprovalToo() {
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("approve", true));
        assertThat(load("rollback-1", LOCATION).isError()).isFalse();
        Snapshot before = snapshot("rollback-1");
        forms.answer(ElicitResult.Action.DECLINE, null);

        // A safe commit is two commits (commit confirmed, confirmation): the configuration before it is rollback 2.
        CallToolResult result = network.call("rollback_config", Map.of("router_name", "rollback-1", "version", 2));

        assertThat(result.isError()).isTrue();
        assertThat(forms.shown().get(1).message()).contains("rollback-1:\n[edit system]\n-   location building 7;");
        assertThat(snapshot("rollback-1")).isEqualTo(before);
    }

    @Test
    void aTemplateIsAppliedOnceApproved() {
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("approve", true));

        CallToolResult result = network.call("render_and_apply_j2_template", Map.of(
                "template_content", "set system location building {{ building }}", "vars_content", "building: 9",
                "router_name", "template-1", "apply_config", true));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(forms.shown()).hasSize(1);
        assertThat(network.device("template-1").committedConfiguration().toSet())
                .contains("set system location building 9");
    }

    @Test
    void aDryRunIsNotAskedAbout() {
        CallToolResult result = network.call("load_and_commit_config", Map.of("router_name", "dry-1",
                "config_text", LOCATION, "dry_run", true));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(forms.shown()).isEmpty();
    }

    @Test
    void aNetworkWideChangeShowsEveryRoutersDiffInOneFormAndCommitsOnApproval() {
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("approve", true));

        CallToolResult result = atomically("set system location building 8");

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(forms.shown()).hasSize(1);
        assertThat(forms.shown().get(0).message()).contains("Approve this configuration change on 2 routers?")
                .contains("net-1, net-2:\n[edit system]");
        List.of("net-1", "net-2").forEach(router -> assertThat(network.device(router).committedConfiguration().toSet())
                .contains("set system location building 8"));
    }

    @Test
    void aDeclinedNetworkWideChangeCommitsOnNoRouter() {
        Snapshot first = snapshot("net-1");
        Snapshot second = snapshot("net-2");
        forms.answer(ElicitResult.Action.DECLINE, null);

        CallToolResult result = atomically("set system location building 9");

        assertThat(result.isError()).isTrue();
        assertThat(result.structuredContent()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("failed_phase", "approval").containsEntry("committed", false);
        assertThat(text(result)).startsWith("Nothing was committed on any router: not approved: the user declined "
                + "the change. Every router's candidate was discarded and unlocked.");
        assertThat(snapshot("net-1")).isEqualTo(first);
        assertThat(snapshot("net-2")).isEqualTo(second);
    }

    private static CallToolResult atomically(String setCommands) {
        return network.call("load_and_commit_config", Map.of("router_names", List.of("net-1", "net-2"),
                "atomic", true, "config_text", setCommands));
    }

    /** A later approved change commits only its own line: the refused one left nothing in the candidate. */
    private static void assertTheCandidateWasDiscardedAndUnlocked(String router) {
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("approve", true));
        CallToolResult next = load(router, "set interfaces ge-0/0/1 description approved-later");
        assertThat(next.isError()).as(text(next)).isFalse();
        assertThat(network.device(router).committedConfiguration().toSet()).contains("set interfaces ge-0/0/1 description approved-later")
                .doesNotContain(LOCATION);
    }

    private static void awaitEndOfTest() {
        try {
            endOfTest.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private record Snapshot(String committed, int commits) {
    }
}

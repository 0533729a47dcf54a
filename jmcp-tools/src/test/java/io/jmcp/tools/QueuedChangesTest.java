package io.jmcp.tools;

import static org.assertj.core.api.Assertions.assertThat;
import io.jmcp.testfixtures.tools.SimulatedToolContext;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.pool.ChangeQueueTimeoutException;
import io.jmcp.core.pool.ChangeSettings;
import io.jmcp.core.pool.RouterChangeQueue;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changes to one router take turns (issue 15, item 1): concurrent changes all commit, in arrival
 * order, none refused for jmcp's own lock; a lock held outside jmcp is waited for, then reported
 * with its holder; a change whose turn does not come in time is refused naming the router.
 */
class QueuedChangesTest {
    private static final String ROUTER = "r1";

    private SimulatorFleet fleet;
    private SimulatedDevice router;
    private ExecutorService callers;

    @BeforeEach
    void start() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder(ROUTER).build()));
        router = fleet.device(ROUTER);
        callers = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stop() throws InterruptedException {
        callers.shutdownNow();
        assertThat(callers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        fleet.close();
    }

    @Test
    void eightConcurrentChangesToOneRouterAllCommit() {
        concurrentChangesAllCommit(8);
    }

    @Test
    void thirtyConcurrentChangesToOneRouterAllCommit() {
        concurrentChangesAllCommit(30);
    }

    private void concurrentChangesAllCommit(int changes) {
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults())) {
            List<CompletableFuture<ToolResult>> results = IntStream.range(0, changes)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> commit(context, i), callers))
                    .toList();
            for (CompletableFuture<ToolResult> result : results) {
                ToolResult done = result.join();
                assertThat(done.isError()).as(done.texts().toString()).isFalse();
                assertThat(done.structuredContent()).containsEntry("status", "committed");
            }
        }
        String committed = router.committedConfiguration().toSet();
        IntStream.range(0, changes).forEach(i -> assertThat(committed).contains(statement(i)));
        assertThat(router.awaitingCommitConfirmation()).isFalse();
    }

    @Test
    void changesCommitInTheOrderTheyArrived() throws Exception {
        int changes = 6;
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults())) {
            RouterChangeQueue queue = context.sessions().changeQueue();
            List<CompletableFuture<ToolResult>> results = new ArrayList<>();
            try (RouterChangeQueue.Turn held = queue.enter(ROUTER, Duration.ofSeconds(1))) {
                for (int i = 0; i < changes; i++) {
                    int change = i;
                    results.add(CompletableFuture.supplyAsync(() -> commit(context, change), callers));
                    Eventually.await("change " + change + " queued", () -> queue.waiting(ROUTER) == change + 1);
                }
            }
            for (CompletableFuture<ToolResult> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS).isError()).isFalse();
            }
        }
        // Each safe commit is two commits: the commit confirmed, then its confirmation.
        List<String> order = router.rollbackHistory().stream().filter(commit -> commit.confirmMinutes() != null)
                .map(CommitRecord::comment).toList();
        List<String> newestFirst = IntStream.range(0, changes).mapToObj(i -> "change " + (changes - 1 - i)).toList();
        assertThat(order).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void aChangeWhoseTurnDoesNotComeInTimeIsRefusedNamingTheRouter() {
        ChangeSettings shortWait = ChangeSettings.defaults().withQueueWait(Duration.ofMillis(300));
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults(), shortWait);
             RouterChangeQueue.Turn held = context.sessions().changeQueue().enter(ROUTER, Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> commit(context, 1))
                    .isInstanceOf(ChangeQueueTimeoutException.class)
                    .hasMessageStartingWith("Router 'r1' is busy with other configuration changes: this change waited ")
                    .hasMessageContaining("(1 change(s) ahead of it when it arrived)")
                    .hasMessageContaining("Nothing was changed on the router")
                    .hasMessageContaining("--change-queue-wait");
        }
        assertThat(router.committedConfiguration().toSet()).doesNotContain(statement(1));
    }

    @Test
    void aLockHeldOutsideJmcpIsWaitedFor() throws Exception {
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults());
             JunosDevice outsider = connect()) {
            outsider.lock();
            long logins = router.loginCount();
            CompletableFuture<ToolResult> change = CompletableFuture.supplyAsync(() -> commit(context, 1), callers);
            Eventually.await("jmcp's session to the router", () -> router.loginCount() > logins);
            outsider.unlock();
            ToolResult result = change.get(60, TimeUnit.SECONDS);
            assertThat(result.isError()).as(result.texts().toString()).isFalse();
        }
        assertThat(router.committedConfiguration().toSet()).contains(statement(1));
    }

    @Test
    void aLockHeldOutsideJmcpTooLongIsReportedWithItsHolder() {
        ChangeSettings shortWait = ChangeSettings.defaults().withQueueWait(Duration.ofMillis(500));
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults(), shortWait);
             JunosDevice outsider = connect()) {
            outsider.lock();
            assertThatThrownBy(() -> commit(context, 1))
                    .isInstanceOf(ToolException.class)
                    .hasMessageStartingWith("The candidate configuration of r1 is locked (or holds uncommitted "
                            + "changes) outside jmcp, the router says: \"configuration database locked by: jmcp "
                            + "terminal p0 (pid ")
                    .hasMessageContaining("exclusive [edit]\" (session-id ")
                    .hasMessageContaining("Nothing was changed on the router.");
        }
        assertThat(router.committedConfiguration().toSet()).doesNotContain(statement(1));
    }

    private static ToolResult commit(SimulatedToolContext context, int change) {
        return new LoadAndCommitConfig().call(context, Map.of("router_name", ROUTER, "config_text", statement(change),
                "commit_comment", "change " + change));
    }

    private static String statement(int change) {
        return "set policy-options prefix-list queued-" + change + " 192.0.2." + change + "/32";
    }

    private JunosDevice connect() {
        return JunosDevice.connect(DeviceOptions.builder(router.host()).port(router.port())
                .username(DeviceSpec.DEFAULT_USER).password(DeviceSpec.DEFAULT_PASSWORD)
                .hostKeyPolicy(HostKeyPolicy.OFF).build());
    }

}

package io.jmcp.simulator.internal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The configuration database's Junos semantics, without the network. Commit-confirmed timers
 * are scheduled on a real executor but with an hour-long minute, and fired by hand.
 */
class ConfigurationStoreTest {
    private static final String BOOT = """
            system {
                host-name r1;
            }
            """;
    private static final Instant BOOT_TIME = Instant.parse("2024-05-01T08:00:00Z");

    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);
    private final DeviceFaults faults = new DeviceFaults();
    private ConfigurationStore store;
    private ConfigSession alice;
    private ConfigSession bob;

    @BeforeEach
    void boot() {
        timers.setRemoveOnCancelPolicy(true);
        DeviceSpec spec = DeviceSpec.builder("r1").initialConfiguration(BOOT, ConfigFormat.TEXT)
                .timerMinute(Duration.ofHours(1)).build();
        store = new ConfigurationStore(spec, faults, Clock.fixed(BOOT_TIME, ZoneOffset.UTC), BOOT_TIME, timers);
        alice = store.openSession(2001, "alice");
        bob = store.openSession(2002, "bob");
    }

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void bootsWithTheSpecsConfigurationAsRollbackZero() {
        CommitRecord boot = store.history().get(0);

        assertThat(store.history()).hasSize(1);
        assertThat(boot.configuration()).isEqualTo(Configuration.parse(BOOT, ConfigFormat.TEXT));
        assertThat(boot.user()).isEqualTo("root");
        assertThat(boot.client()).isEqualTo("other");
        assertThat(boot.time()).isEqualTo(BOOT_TIME);
    }

    @Test
    void loadChangesTheCandidateNotTheActiveConfiguration() {
        setHostName(alice, "r2");

        assertThat(hostNameIn(store.candidate(alice))).isEqualTo("r2");
        assertThat(hostNameIn(store.committed())).isEqualTo("r1");
    }

    @Test
    void sessionsShareOneCandidate() {
        setHostName(alice, "r2");

        assertThat(hostNameIn(store.candidate(bob))).isEqualTo("r2");
    }

    @Test
    void commitActivatesTheCandidateAndRecordsWhoAndWhy() {
        setHostName(alice, "r2");

        CommitRecord commit = store.commit(alice, "rename", null);

        assertThat(hostNameIn(store.committed())).isEqualTo("r2");
        assertThat(store.history()).hasSize(2).first().isEqualTo(commit);
        assertThat(commit.user()).isEqualTo("alice");
        assertThat(commit.client()).isEqualTo("netconf");
        assertThat(commit.comment()).isEqualTo("rename");
    }

    @Test
    void keepsFiftyRollbacks() {
        for (int i = 0; i < 60; i++) {
            setHostName(alice, "r" + i);
            store.commit(alice, null, null);
        }

        assertThat(store.history()).hasSize(ConfigurationStore.HISTORY_DEPTH);
        assertThat(hostNameIn(store.rollback(49).orElseThrow().configuration())).isEqualTo("r10");
        assertThat(store.rollback(50)).isEmpty();
    }

    @Test
    void loadRollbackPutsAnOldConfigurationIntoTheCandidate() {
        setHostName(alice, "r2");
        store.commit(alice, null, null);

        store.loadRollback(alice, 1);

        assertThat(hostNameIn(store.candidate(alice))).isEqualTo("r1");
        assertThatThrownBy(() -> store.loadRollback(alice, 7)).isInstanceOf(RpcException.class)
                .hasMessageContaining("rollback 7 does not exist");
    }

    @Test
    void discardChangesRestoresTheActiveConfiguration() {
        setHostName(alice, "r2");

        store.discardChanges(bob);

        assertThat(store.candidate(alice)).isEqualTo(store.committed());
    }

    @Test
    void theLockKeepsOtherSessionsFromChangingTheDatabase() {
        store.lock(alice);

        assertThat(errorOf(() -> setHostName(bob, "r3")).tag()).isEqualTo("lock-denied");
        assertThat(errorOf(() -> store.commit(bob, null, null)).message())
                .isEqualTo("configuration database locked by:\n  alice terminal p0 (pid 2001) on since "
                        + "2024-05-01 08:00:00 UTC\n      exclusive [edit]");
        assertThat(errorOf(() -> store.lock(bob)).info()).containsEntry("session-id", "2001");
    }

    @Test
    void refusesTheLockWhileTheCandidateHoldsUncommittedChanges() {
        setHostName(bob, "r3");

        JunosError error = errorOf(() -> store.lock(alice));

        assertThat(error.tag()).isEqualTo("lock-denied");
        assertThat(error.message()).isEqualTo("configuration database modified");
    }

    @Test
    void closingTheLockHoldersSessionReleasesTheLockAndDiscardsItsChanges() {
        store.lock(alice);
        setHostName(alice, "r2");

        store.sessionClosed(alice);

        assertThat(store.candidate(bob)).isEqualTo(store.committed());
        store.lock(bob);
    }

    @Test
    void unlockByAnotherSessionIsRefused() {
        store.lock(alice);

        assertThat(errorOf(() -> store.unlock(bob)).message()).contains("locked by another session");
    }

    @Test
    void aPrivateCandidateStaysInvisibleToOthersUntilCommitted() {
        store.openPrivate(alice);
        setHostName(alice, "private-name");

        assertThat(hostNameIn(store.candidate(bob))).isEqualTo("r1");
        store.commit(alice, null, null);
        assertThat(hostNameIn(store.committed())).isEqualTo("private-name");
        assertThat(hostNameIn(store.candidate(bob))).isEqualTo("private-name");
    }

    @Test
    void refusesPrivateModeWhileTheSharedCandidateIsModified() {
        setHostName(bob, "r3");

        assertThat(errorOf(() -> store.openPrivate(alice)).message()).isEqualTo("shared configuration database modified");
    }

    @Test
    void refusesCommitConfirmedInPrivateMode() {
        store.openPrivate(alice);

        assertThat(errorOf(() -> store.commit(alice, null, 5)).message()).contains("not allowed in private mode");
    }

    @Test
    void anUnconfirmedCommitRollsBackWhenItsTimerFires() {
        setHostName(alice, "r2");
        store.commit(alice, "try", 5);
        assertThat(store.awaitingConfirmation()).isTrue();

        fireTheOnlyTimer();

        assertThat(hostNameIn(store.committed())).isEqualTo("r1");
        assertThat(store.awaitingConfirmation()).isFalse();
        CommitRecord rollback = store.history().get(0);
        assertThat(rollback.user()).isEqualTo("root");
        assertThat(rollback.client()).isEqualTo("other");
        assertThat(store.history().get(1).confirmMinutes()).isEqualTo(5);
    }

    @Test
    void aPlainCommitConfirmsAndCancelsTheRollback() {
        setHostName(alice, "r2");
        store.commit(alice, null, 5);

        store.commit(bob, "confirm", null);

        assertThat(store.awaitingConfirmation()).isFalse();
        assertThat(timers.getQueue()).isEmpty();
        assertThat(hostNameIn(store.committed())).isEqualTo("r2");
    }

    @Test
    void theRollbackTimerRunsForTheConfirmTimeoutInDeviceMinutes() {
        store.commit(alice, null, 3);

        RunnableScheduledFuture<?> timer = (RunnableScheduledFuture<?>) timers.getQueue().peek();

        assertThat(timer.getDelay(TimeUnit.MINUTES)).isBetween(179L, 180L);
    }

    @Test
    void aCommitCheckFaultFailsCheckAndCommitWithJunosErrors() {
        faults.failCommitCheck("Only unit 0 is valid for this encapsulation");

        RpcException check = catchRpc(() -> store.commitCheck(alice));

        assertThat(check.errors()).extracting(JunosError::message)
                .containsExactly("Only unit 0 is valid for this encapsulation", "configuration check-out failed");
        assertThat(check.errors().get(0).path()).isEqualTo("[edit]");
        assertThat(catchRpc(() -> store.commit(alice, null, null)).errors()).hasSize(2);
        assertThat(store.history()).hasSize(1);
    }

    @Test
    void reportsLoadWarningsFromTheConfigurationModel() {
        assertThat(store.load(alice, LoadAction.SET, "delete system domain-name", ConfigFormat.SET))
                .singleElement().satisfies(warning -> assertThat(warning.message()).isEqualTo("statement not found"));
    }

    private void setHostName(ConfigSession session, String hostName) {
        store.load(session, LoadAction.SET, "set system host-name " + hostName, ConfigFormat.SET);
    }

    private static String hostNameIn(Configuration config) {
        return OperationalState.of(config).hostname().orElseThrow();
    }

    /** Runs the pending timer now instead of in an hour. */
    private void fireTheOnlyTimer() {
        assertThat(timers.getQueue()).hasSize(1);
        RunnableScheduledFuture<?> timer = (RunnableScheduledFuture<?>) timers.getQueue().peek();
        timers.remove(timer);
        timer.run();
    }

    private static JunosError errorOf(Runnable operation) {
        return catchRpc(operation).errors().get(0);
    }

    private static RpcException catchRpc(Runnable operation) {
        try {
            operation.run();
        } catch (RpcException e) {
            return e;
        }
        throw new AssertionError("expected an RpcException");
    }
}

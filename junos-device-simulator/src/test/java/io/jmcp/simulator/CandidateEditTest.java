package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.error.CommitException;
import io.jmcp.netconf.CommitOptions;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.EditMode;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.error.LoadException;
import io.jmcp.netconf.error.LockDeniedException;
import io.jmcp.netconf.NetconfClient;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.SessionLostException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link CandidateEdit}, the client's candidate transaction, against the simulator's configuration store. */
class CandidateEditTest {
    private static final String RENAME = "set system host-name renamed";

    private SimulatorFleet fleet;
    private SimulatedDevice device;
    private NetconfClient client;
    private JunosDevice junos;

    @BeforeEach
    void connect() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder("ce").timerMinute(Duration.ofMillis(200)).build()));
        device = fleet.device("ce");
        client = NetconfClient.create();
        junos = client.connect(options().build());
    }

    @AfterEach
    void disconnect() {
        device.faults().clear();
        client.close();
        fleet.close();
    }

    @Test
    void loadsDiffsChecksAndCommitsWithACommentAndConfirmation() {
        try (CandidateEdit edit = junos.editCandidate(EditMode.EXCLUSIVE)) {
            edit.load(RENAME, ConfigFormat.SET, LoadAction.SET);
            assertThat(edit.diff()).contains("-   host-name ce;", "+   host-name renamed;");
            edit.check();
            edit.commit(CommitOptions.builder().comment("rename it").confirmedMinutes(7).build());
            assertThat(device.awaitingCommitConfirmation()).isTrue();
            edit.confirm();
        }

        assertThat(device.hostname()).isEqualTo("renamed");
        assertThat(device.awaitingCommitConfirmation()).isFalse();
        CommitRecord confirmed = device.rollbackHistory().get(1);
        assertThat(confirmed.comment()).isEqualTo("rename it");
        assertThat(confirmed.confirmMinutes()).isEqualTo(7);
    }

    @Test
    void closingDiscardsWhatIsUncommittedAndReleasesTheLock() {
        try (CandidateEdit edit = junos.editCandidate(EditMode.EXCLUSIVE)) {
            edit.load(RENAME, ConfigFormat.SET, LoadAction.SET);
        }

        assertThat(junos.diff()).isEmpty();
        try (JunosDevice other = client.connect(options().build());
             CandidateEdit next = other.editCandidate(EditMode.EXCLUSIVE)) {
            assertThat(next.diff()).isEmpty();
        }
        assertThat(device.hostname()).isEqualTo("ce");
    }

    @Test
    void aSecondExclusiveEditIsDeniedTheLockNamingItsHolder() {
        try (CandidateEdit holder = junos.editCandidate(EditMode.EXCLUSIVE);
             JunosDevice other = client.connect(options().build())) {
            assertThatThrownBy(() -> other.editCandidate(EditMode.EXCLUSIVE))
                    .isInstanceOf(LockDeniedException.class)
                    .isInstanceOf(RpcErrorException.class)
                    .satisfies(e -> {
                        LockDeniedException denied = (LockDeniedException) e;
                        assertThat(denied.holder()).startsWith("jmcp terminal p0 (pid " + junos.session().sessionId() + ")")
                                .endsWith("exclusive [edit]");
                        assertThat(denied.holderSessionId()).hasValue(junos.session().sessionId());
                    });
        }
    }

    @Test
    void theLockIsRefusedWhileTheCandidateHoldsSomeoneElsesChanges() {
        junos.loadConfiguration(RENAME, ConfigFormat.SET, LoadAction.SET);

        try (JunosDevice other = client.connect(options().build())) {
            assertThatThrownBy(() -> other.editCandidate(EditMode.EXCLUSIVE))
                    .isInstanceOf(LockDeniedException.class)
                    .satisfies(e -> {
                        assertThat(((LockDeniedException) e).holder()).isEqualTo("configuration database modified");
                        assertThat(((LockDeniedException) e).holderSessionId()).hasValue(0);
                    });
        }
    }

    @Test
    void aPrivateEditIsInvisibleToOtherSessionsUntilCommitted() {
        try (CandidateEdit edit = junos.editCandidate(EditMode.PRIVATE);
             JunosDevice other = client.connect(options().build())) {
            edit.load(RENAME, ConfigFormat.SET, LoadAction.SET);
            assertThat(other.diff()).isEmpty();
            assertThat(edit.diff()).contains("+   host-name renamed;");
            edit.commit(CommitOptions.comment("private rename"));
        }

        assertThat(device.hostname()).isEqualTo("renamed");
        assertThat(device.rollbackHistory().get(0).comment()).isEqualTo("private rename");
    }

    @Test
    void closingAPrivateEditDiscardsItsChanges() {
        try (CandidateEdit edit = junos.editCandidate(EditMode.PRIVATE)) {
            edit.load(RENAME, ConfigFormat.SET, LoadAction.SET);
        }

        assertThat(junos.diff()).isEmpty();
        assertThat(device.hostname()).isEqualTo("ce");
    }

    @Test
    void aPrivateEditRefusesCommitConfirmedAsJunosDoes() {
        try (CandidateEdit edit = junos.editCandidate(EditMode.PRIVATE)) {
            edit.load(RENAME, ConfigFormat.SET, LoadAction.SET);

            assertThatThrownBy(() -> edit.commit(CommitOptions.builder().confirmedMinutes(5).build()))
                    .isInstanceOf(CommitException.class)
                    .hasMessageContaining("'commit confirmed' is not allowed in private mode");
        }
        assertThat(device.hostname()).isEqualTo("ce");
    }

    @Test
    void aPrivateEditIsRefusedWhileTheSharedCandidateHoldsChanges() {
        try (JunosDevice other = client.connect(options().build())) {
            other.loadConfiguration(RENAME, ConfigFormat.SET, LoadAction.SET);

            assertThatThrownBy(() -> junos.editCandidate(EditMode.PRIVATE))
                    .isInstanceOf(RpcErrorException.class)
                    .hasMessageContaining("shared configuration database modified");
        }
    }

    @Test
    void aLoadErrorIsALoadExceptionWithEveryErrorAndTheEditStaysUsable() {
        try (CandidateEdit edit = junos.editCandidate(EditMode.EXCLUSIVE)) {
            assertThatThrownBy(() -> edit.load("system { host-name", ConfigFormat.TEXT, LoadAction.MERGE))
                    .isInstanceOf(LoadException.class)
                    .isInstanceOf(RpcErrorException.class)
                    .satisfies(e -> assertThat(((LoadException) e).errors()).isNotEmpty()
                            .allMatch(error -> error.severity() == RpcError.Severity.ERROR));

            edit.load(RENAME, ConfigFormat.SET, LoadAction.SET);
            edit.commit();
        }
        assertThat(device.hostname()).isEqualTo("renamed");
    }

    @Test
    void aFailedCheckIsACommitExceptionAndNothingIsCommitted() {
        device.faults().failCommitCheck("Only unit 0 is valid for this encapsulation");

        try (CandidateEdit edit = junos.editCandidate(EditMode.EXCLUSIVE)) {
            edit.load(RENAME, ConfigFormat.SET, LoadAction.SET);

            assertThatThrownBy(edit::check).isInstanceOf(CommitException.class)
                    .satisfies(e -> assertThat(((CommitException) e).errors()).extracting(RpcError::message)
                            .contains("Only unit 0 is valid for this encapsulation", "configuration check-out failed"));
            assertThatThrownBy(edit::commit).isInstanceOf(CommitException.class);
        }
        assertThat(device.hostname()).isEqualTo("ce");
        assertThat(junos.diff()).isEmpty();
    }

    @Test
    void rollsBackToAnEarlierConfigurationAndCommitsIt() {
        try (CandidateEdit edit = junos.editCandidate(EditMode.EXCLUSIVE)) {
            edit.load(RENAME, ConfigFormat.SET, LoadAction.SET);
            edit.commit();
        }
        try (CandidateEdit edit = junos.editCandidate(EditMode.EXCLUSIVE)) {
            edit.rollback(1);
            assertThat(edit.diff()).contains("+   host-name ce;");
            edit.commit(CommitOptions.comment("back"));
        }

        assertThat(device.hostname()).isEqualTo("ce");
    }

    @Test
    void aRollbackThatDoesNotExistIsALoadException() {
        try (CandidateEdit edit = junos.editCandidate(EditMode.EXCLUSIVE)) {
            assertThatThrownBy(() -> edit.rollback(40)).isInstanceOf(LoadException.class)
                    .hasMessageContaining("rollback 40 does not exist");
        }
    }

    @Test
    void aLostSessionIsClosedInsteadOfCleanedAndTheDeviceReleasesTheLock() {
        JunosDevice impatient = junos.withTimeout(Duration.ofMillis(500));
        CandidateEdit edit = impatient.editCandidate(EditMode.EXCLUSIVE);
        edit.load(RENAME, ConfigFormat.SET, LoadAction.SET);
        device.faults().stallRepliesAfter(0);

        assertThatThrownBy(edit::diff).isInstanceOf(SessionLostException.class);
        assertThat(edit.isSessionLost()).isTrue();
        device.faults().clear();
        edit.close();

        assertThat(junos.isAlive()).isFalse();
        Eventually.assertThat(() -> device.openSessionCount() == 0, "the lost session ended on the device");
        try (JunosDevice other = client.connect(options().build());
             CandidateEdit next = other.editCandidate(EditMode.EXCLUSIVE)) {
            assertThat(next.diff()).isEmpty();
        }
    }

    @Test
    void aClosedEditRefusesFurtherSteps() {
        CandidateEdit edit = junos.editCandidate(EditMode.EXCLUSIVE);
        edit.close();
        edit.close();

        assertThatThrownBy(edit::diff).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("this candidate edit on").hasMessageContaining("is closed");
        assertThat(junos.isAlive()).isTrue();
    }

    @Test
    void closingTheClientEndsItsSessions() {
        client.close();

        assertThat(junos.isAlive()).isFalse();
        Eventually.assertThat(() -> device.openSessionCount() == 0, "the client's sessions ended on the device");
        assertThatThrownBy(() -> client.connect(options().build())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("this NetconfClient is closed");
    }

    @Test
    void repliesAreQueriedWithoutNamespacesByXpath() {
        List<String> names = junos.rpc("<get-interface-information><terse/></get-interface-information>")
                .xpath("//interface-information/physical-interface/name");

        assertThat(names).isNotEmpty().allMatch(name -> !name.isBlank() && name.equals(name.strip()));
        assertThat(junos.rpc("<get-software-information/>").xpath("//software-information/host-name"))
                .containsExactly("ce");
    }

    private DeviceOptions.Builder options() {
        return DeviceOptions.builder(SimulatedDevice.HOST).port(device.port()).username("jmcp").password("jmcp")
                .hostKeyPolicy(HostKeyPolicy.OFF).connectTimeout(Duration.ofSeconds(10))
                .rpcTimeout(Duration.ofSeconds(10));
    }
}

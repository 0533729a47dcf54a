package io.jmcp.simulator;

import io.jmcp.netconf.CommitOptions;
import io.jmcp.netconf.DeviceOptions;
import io.jmcp.netconf.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.TransportException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Faults#dropConnectionOnNextCommit}: the commit takes effect, the client never hears so. */
class CommitDropFaultTest {
    private static final String LINE = "set system location building 7";
    private static SimulatorFleet fleet;
    private static SimulatedDevice device;

    @BeforeAll
    static void startDevice() {
        fleet = SimulatorFleet.start(1);
        device = fleet.device("vsim-01");
    }

    @AfterAll
    static void stopDevice() {
        fleet.close();
    }

    @Test
    void theNextCommitIsAppliedAndTheConnectionDroppedInsteadOfTheReply() {
        device.faults().dropConnectionOnNextCommit();
        try (JunosDevice junos = JunosDevice.connect(options())) {
            junos.lock();
            junos.loadConfiguration(LINE, ConfigFormat.SET, LoadAction.SET);
            junos.commitCheck();

            assertThatThrownBy(() -> junos.commit(CommitOptions.builder().comment("dropped").confirmedMinutes(5).build()))
                    .isInstanceOf(TransportException.class);
        } finally {
            device.faults().clear();
        }
        assertThat(device.committedConfiguration().toSet()).contains(LINE);
        assertThat(device.rollbackHistory().get(0).comment()).isEqualTo("dropped");
        assertThat(device.awaitingCommitConfirmation()).isTrue();
        assertThat(device.faults().dropsConnectionOnNextCommit()).as("used up").isFalse();
        try (JunosDevice junos = JunosDevice.connect(options())) {
            junos.lock();
            junos.loadRollback(1);
            junos.commit(CommitOptions.comment("undone"));
        }
        assertThat(device.committedConfiguration().toSet()).doesNotContain(LINE);
    }

    @Test
    void clearSwitchesItOff() {
        device.faults().dropConnectionOnNextCommit().clear();

        assertThat(device.faults().dropsConnectionOnNextCommit()).isFalse();
    }

    private static DeviceOptions options() {
        return DeviceOptions.builder(SimulatedDevice.HOST).port(device.port()).username(DeviceSpec.DEFAULT_USER)
                .password(DeviceSpec.DEFAULT_PASSWORD).hostKeyPolicy(HostKeyPolicy.OFF).build();
    }
}

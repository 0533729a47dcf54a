package io.jmcp.simulator;

import io.jmcp.netconf.CommitOptions;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.error.TransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Faults#dropConnectionOnNextCommit}: the commit takes effect, the client never hears so. */
class CommitDropFaultTest {
    private static final String LINE = "set system location building 7";
    @RegisterExtension
    static final SimulatedRouters routers = SimulatedRouters.of(1);

    @Test
    void theNextCommitIsAppliedAndTheConnectionDroppedInsteadOfTheReply() {
        routers.device().faults().dropConnectionOnNextCommit();
        try (JunosDevice junos = JunosDevice.connect(options())) {
            junos.lock();
            junos.loadConfiguration(LINE, ConfigFormat.SET, LoadAction.SET);
            junos.commitCheck();

            assertThatThrownBy(() -> junos.commit(CommitOptions.builder().comment("dropped").confirmedMinutes(5).build()))
                    .isInstanceOf(TransportException.class);
        } finally {
            routers.device().faults().clear();
        }
        assertThat(routers.device().committedConfiguration().toSet()).contains(LINE);
        assertThat(routers.device().rollbackHistory().get(0).comment()).isEqualTo("dropped");
        assertThat(routers.device().awaitingCommitConfirmation()).isTrue();
        assertThat(routers.device().faults().dropsConnectionOnNextCommit()).as("used up").isFalse();
        try (JunosDevice junos = JunosDevice.connect(options())) {
            junos.lock();
            junos.loadRollback(1);
            junos.commit(CommitOptions.comment("undone"));
        }
        assertThat(routers.device().committedConfiguration().toSet()).doesNotContain(LINE);
    }

    @Test
    void clearSwitchesItOff() {
        routers.device().faults().dropConnectionOnNextCommit().clear();

        assertThat(routers.device().faults().dropsConnectionOnNextCommit()).isFalse();
    }

    private static DeviceOptions options() {
        return DeviceOptions.builder(SimulatedDevice.HOST).port(routers.device().port()).username(DeviceSpec.DEFAULT_USER)
                .password(DeviceSpec.DEFAULT_PASSWORD).hostKeyPolicy(HostKeyPolicy.OFF).build();
    }
}

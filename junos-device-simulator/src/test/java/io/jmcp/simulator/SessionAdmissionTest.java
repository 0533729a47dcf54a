package io.jmcp.simulator;

import io.jmcp.netconf.CommitOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.error.AuthenticationException;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.TransportException;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * New sessions are admitted as Junos admits them: only with {@code system services netconf ssh}
 * and the login user in the active configuration. Open sessions keep working after a commit removes
 * either, and the automatic rollback of an unconfirmed {@code commit confirmed} lets new sessions in
 * again.
 */
class SessionAdmissionTest {
    /**
     * The commit confirmed below lasts 12 of these: 6 s to see new sessions refused, on a busy machine
     * too, and within {@link Eventually}'s limit for the rollback.
     */
    private static final Duration MINUTE = Duration.ofMillis(500);

    private SimulatorFleet fleet;
    private SimulatedDevice router;
    private JunosDevice open;

    @BeforeEach
    void start() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder("gate").timerMinute(MINUTE)
                .users(List.of(UserAccount.withPassword("jmcp", "jmcp"), UserAccount.withPassword("ops", "ops")))
                .build()));
        router = fleet.device("gate");
        open = connect("jmcp");
    }

    @AfterEach
    void stop() {
        open.close();
        fleet.close();
    }

    @Test
    void withoutTheNetconfServiceNewSessionsAreRefusedAndOpenOnesKeepWorking() {
        commit("delete system services netconf");

        assertThatThrownBy(() -> connect("jmcp")).isInstanceOf(TransportException.class)
                .hasMessageContaining("closed the NETCONF channel before sending its hello (is NETCONF over SSH "
                        + "enabled on the device");
        assertThat(open.facts().hostname()).isEqualTo("gate");
    }

    @Test
    void aDeactivatedNetconfServiceRefusesNewSessions() {
        commit("deactivate system services netconf ssh");

        assertThatThrownBy(() -> connect("jmcp")).isInstanceOf(TransportException.class);
    }

    @Test
    void withoutItsLoginUserALoginIsRefusedAndOtherUsersStillLogIn() {
        commit("delete system login user ops");

        assertThatThrownBy(() -> connect("ops")).isInstanceOf(AuthenticationException.class);
        try (JunosDevice jmcp = connect("jmcp")) {
            assertThat(jmcp.facts().hostname()).isEqualTo("gate");
        }
    }

    @Test
    void aLoginUserOrTheServiceFromAGroupIsAdmitted() {
        commit("delete system login user ops\ndelete system services netconf\n"
                + "set groups access system login user ops class operator\n"
                + "set groups access system services netconf ssh\nset apply-groups access");

        try (JunosDevice ops = connect("ops")) {
            assertThat(ops.facts().hostname()).isEqualTo("gate");
        }
    }

    @Test
    void theRollbackOfAnUnconfirmedCommitLetsNewSessionsInAgain() {
        open.lock();
        open.loadConfiguration("delete system services netconf", ConfigFormat.SET, LoadAction.SET);
        open.commit(CommitOptions.builder().comment("cut off").confirmedMinutes(12).build());
        open.unlock();
        assertThatThrownBy(() -> connect("jmcp")).isInstanceOf(NetconfException.class);

        Eventually.assertThat(() -> !router.awaitingCommitConfirmation(), "the automatic rollback");
        try (JunosDevice again = connect("jmcp")) {
            assertThat(again.facts().hostname()).isEqualTo("gate");
        }
    }

    @Test
    void pyEzIsRefusedWithoutTheServiceOrTheLoginAndAdmittedWithBoth() {
        PythonPeers.require("jnpr.junos");
        assertThat(pyEzOpens("ops").get("hostname").asString()).isEqualTo("gate");

        commit("delete system login user ops");
        assertThat(pyEzOpens("ops").get("error").asString()).isEqualTo("ConnectAuthError");

        commit("delete system services netconf");
        assertThat(pyEzOpens("jmcp").get("opened").asBoolean()).isFalse();
    }

    private JsonNode pyEzOpens(String user) {
        return PythonPeers.run("pyez_open.py", "--port", Integer.toString(router.port()), "--user", user,
                "--password", user);
    }

    private void commit(String setLines) {
        open.lock();
        try {
            open.loadConfiguration(setLines, ConfigFormat.SET, LoadAction.SET);
            open.commit(CommitOptions.DEFAULT);
        } finally {
            open.unlock();
        }
    }

    private JunosDevice connect(String user) {
        return JunosDevice.connect(DeviceOptions.builder(router.host()).port(router.port()).username(user)
                .password(user).hostKeyPolicy(HostKeyPolicy.OFF).connectTimeout(Duration.ofSeconds(30)).build());
    }
}

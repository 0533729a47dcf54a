package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.Socket;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sessions open, close, get killed and never leak; the exclusive lock follows its session. */
class SessionLifecycleTest {
    private static final String LOCK = "<lock-configuration/>";
    @RegisterExtension
    static final SimulatedRouters routers = SimulatedRouters.of(1);

    @Test
    void countsOpenSessionsUntilTheyClose() {
        try (RawNetconfSession first = RawNetconfSession.open(routers.device());
             RawNetconfSession second = RawNetconfSession.open(routers.device())) {
            assertThat(routers.device().openSessionCount()).isEqualTo(2);
            first.rpc("<close-session/>");
            first.awaitClosed();
            Eventually.assertThat(() -> routers.device().openSessionCount() == 1, "one session left");
        }
        awaitNoOpenSessions();
    }

    @Test
    void releasesASessionWhoseClientDisappears() {
        RawNetconfSession netconf = RawNetconfSession.open(routers.device());
        netconf.rpc(LOCK);

        netconf.close();

        awaitNoOpenSessions();
        try (RawNetconfSession next = RawNetconfSession.open(routers.device())) {
            assertThat(ReplyXml.of(next.rpc(LOCK)).has("/rpc-reply/ok")).isTrue();
        }
    }

    @Test
    void aSecondSessionIsDeniedTheLockWithJunosMessage() {
        try (RawNetconfSession holder = RawNetconfSession.open(routers.device());
             RawNetconfSession other = RawNetconfSession.open(routers.device())) {
            String holderId = ReplyXml.of(holder.rpc("<get-chassis-inventory/>")).text("/rpc-reply/@message-id");
            assertThat(holderId).isNotEmpty();
            holder.rpc(LOCK);

            ReplyXml denied = ReplyXml.of(other.rpc(LOCK));

            assertThat(denied.text("//rpc-error/error-tag")).isEqualTo("lock-denied");
            assertThat(denied.text("//rpc-error/error-message"))
                    .startsWith("configuration database locked by:")
                    .contains("jmcp terminal p0 (pid ")
                    .contains(") on since ")
                    .contains("exclusive [edit]");
            assertThat(denied.text("//rpc-error/error-info/session-id")).matches("\\d+");
        }
        awaitNoOpenSessions();
    }

    @Test
    void unlockingALockNotHeldIsAnError() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            assertThat(ReplyXml.of(netconf.rpc("<unlock-configuration/>")).text("//rpc-error/error-message"))
                    .isEqualTo("configuration database is not locked");
        }
        awaitNoOpenSessions();
    }

    @Test
    void killSessionDropsTheOtherSessionAndItsLock() {
        try (RawNetconfSession victim = RawNetconfSession.open(routers.device());
             RawNetconfSession killer = RawNetconfSession.open(routers.device())) {
            victim.rpc(LOCK);
            String victimId = ReplyXml.of(killer.rpc(LOCK)).text("//rpc-error/error-info/session-id");

            ReplyXml killed = ReplyXml.of(killer.rpc("<kill-session><session-id>" + victimId
                    + "</session-id></kill-session>"));

            assertThat(killed.has("/rpc-reply/ok")).isTrue();
            assertThat(victim.awaitClosed()).isTrue();
            assertThat(ReplyXml.of(killer.rpc(LOCK)).has("/rpc-reply/ok")).isTrue();
        }
        awaitNoOpenSessions();
    }

    @Test
    void killSessionOfAnUnknownSessionIsAnError() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            ReplyXml reply = ReplyXml.of(netconf.rpc("<kill-session><session-id>1</session-id></kill-session>"));

            assertThat(reply.text("//rpc-error/error-tag")).isEqualTo("invalid-value");
            assertThat(reply.text("//rpc-error/error-message")).isEqualTo("session 1 does not exist");
        }
        awaitNoOpenSessions();
    }

    @Test
    void badInputNeverLeaksASession() {
        List<String> abuses = List.of(
                "<rpc message-id=\"1\"><get-foo/></rpc>",
                "<rpc message-id=\"2\"><get-configuration></rpc>",
                "<rpc message-id=\"3\"><load-configuration format=\"text\"><configuration-text>system {"
                        + "</configuration-text></load-configuration></rpc>",
                "<rpc message-id=\"4\"><command>show nothing at all</command></rpc>");
        for (String abuse : abuses) {
            try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
                netconf.send(abuse);
                assertThat(netconf.nextMessage()).contains("<rpc-error>");
                assertThat(netconf.rpc("<get-chassis-inventory/>")).contains("<chassis-inventory");
            }
        }
        try (RawNetconfSession broken = RawNetconfSession.open(routers.device())) {
            broken.sendRaw("\n#99999999999999999999\n");
            assertThat(broken.awaitClosed()).isTrue();
        }

        awaitNoOpenSessions();
    }

    @Test
    void stoppingADeviceDropsItsSessionsAndClosesItsPort() throws Exception {
        try (SimulatorFleet pair = SimulatorFleet.start(2)) {
            SimulatedDevice stopped = pair.device("vsim-01");
            SimulatedDevice kept = pair.device("vsim-02");
            try (RawNetconfSession dropped = RawNetconfSession.open(stopped);
                 RawNetconfSession alive = RawNetconfSession.open(kept)) {
                stopped.stop();

                assertThat(dropped.awaitClosed()).isTrue();
                assertThat(stopped.isRunning()).isFalse();
                Assertions.assertThatThrownBy(() -> new Socket(SimulatedDevice.HOST, stopped.port()).close())
                        .isInstanceOf(ConnectException.class);
                assertThat(alive.rpc("<get-chassis-inventory/>")).contains("<chassis-inventory");
            }
        }
    }

    private static void awaitNoOpenSessions() {
        Eventually.assertThat(() -> routers.device().openSessionCount() == 0, "no open session on " + routers.device().name());
    }
}

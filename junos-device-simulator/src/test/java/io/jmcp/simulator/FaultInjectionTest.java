package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Faults switched on and off at run time, each observed by a client. */
class FaultInjectionTest {
    private static final String REQUEST = "<get-chassis-inventory/>";
    private static SimulatorFleet fleet;
    private static SimulatedDevice device;

    @BeforeAll
    static void startDevice() {
        fleet = SimulatorFleet.start(1);
        device = fleet.device("vsim-01");
    }

    @AfterEach
    void clearFaults() {
        device.faults().clear();
    }

    @AfterAll
    static void stopDevice() {
        fleet.close();
    }

    @Test
    void latencyHoldsEveryReplyBack() {
        try (RawNetconfSession netconf = RawNetconfSession.open(device)) {
            device.faults().latency(Duration.ofSeconds(2));
            netconf.send("<rpc message-id=\"1\">" + REQUEST + "</rpc>");

            assertThat(netconf.nextMessage(Duration.ofMillis(500))).isEmpty();
            assertThat(netconf.nextMessage()).contains("<chassis-inventory");
        }
    }

    @Test
    void stallSendsTheFirstBytesAndHoldsTheRestUntilReleased() {
        try (RawNetconfSession netconf = RawNetconfSession.open(device)) {
            int before = netconf.receivedByteCount();
            device.faults().stallRepliesAfter(40);
            netconf.send("<rpc message-id=\"1\">" + REQUEST + "</rpc>");

            awaitReceived(netconf, before + 40);
            assertThat(netconf.nextMessage(Duration.ofMillis(300))).isEmpty();
            assertThat(netconf.receivedByteCount()).isEqualTo(before + 40);

            device.faults().releaseStalledReplies();
            assertThat(netconf.nextMessage()).contains("<chassis-inventory");
        }
    }

    @Test
    void aStalledSessionThatCloseLeavesNothingBehind() {
        try (RawNetconfSession netconf = RawNetconfSession.open(device)) {
            device.faults().stallRepliesAfter(10);
            netconf.send("<rpc message-id=\"1\">" + REQUEST + "</rpc>");
            awaitReceived(netconf, netconf.receivedByteCount() + 1);
        }
        awaitNoOpenSessions();
        device.faults().releaseStalledReplies();
        assertThat(device.openSessionCount()).isZero();
    }

    @Test
    void dropCutsTheReplyAfterTheGivenBytesAndClosesTheConnection() {
        try (RawNetconfSession netconf = RawNetconfSession.open(device)) {
            int before = netconf.receivedByteCount();
            device.faults().dropConnectionAfter(25);
            netconf.send("<rpc message-id=\"1\">" + REQUEST + "</rpc>");

            assertThat(netconf.awaitClosed()).isTrue();
            assertThat(netconf.receivedByteCount()).isEqualTo(before + 25);
        }
        awaitNoOpenSessions();
    }

    @Test
    void malformedRepliesAreFramedButNotWellFormed() {
        try (RawNetconfSession netconf = RawNetconfSession.open(device)) {
            device.faults().malformedReplies(true);
            String broken = netconf.rpc(REQUEST);

            assertThat(broken).startsWith("<rpc-reply");
            assertThatThrownBy(() -> ReplyXml.of(broken)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("not well-formed");

            device.faults().malformedReplies(false);
            assertThat(ReplyXml.of(netconf.rpc(REQUEST)).has("//chassis-inventory")).isTrue();
        }
    }

    @Test
    void refusedAuthenticationRejectsGoodCredentialsUntilCleared() {
        long logins = device.loginCount();
        device.faults().refuseAuthentication(true);

        assertThatThrownBy(() -> RawNetconfSession.connect(device)).isInstanceOf(IllegalStateException.class);
        assertThat(device.loginCount()).isEqualTo(logins);

        device.faults().refuseAuthentication(false);
        try (RawNetconfSession netconf = RawNetconfSession.open(device)) {
            assertThat(device.loginCount()).isEqualTo(logins + 1);
        }
    }

    @Test
    void faultsAreOffUntilSwitchedOn() {
        Faults faults = fleet.device("vsim-01").faults();

        assertThat(faults.latency()).isZero();
        assertThat(faults.stallAfterBytes()).isEmpty();
        assertThat(faults.dropAfterBytes()).isEmpty();
        assertThat(faults.malformedReplies()).isFalse();
        assertThat(faults.refusesAuthentication()).isFalse();
        assertThat(faults.commitCheckFailure()).isEmpty();
    }

    @Test
    void rejectsNegativeSettings() {
        assertThatThrownBy(() -> device.faults().latency(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency");
        assertThatThrownBy(() -> device.faults().dropConnectionAfter(-5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
    }

    private static void awaitReceived(RawNetconfSession netconf, int bytes) {
        Eventually.assertThat(() -> netconf.receivedByteCount() >= bytes, "received " + bytes + " bytes");
    }

    private static void awaitNoOpenSessions() {
        Eventually.assertThat(() -> device.openSessionCount() == 0, "no open session on " + device.name());
    }
}

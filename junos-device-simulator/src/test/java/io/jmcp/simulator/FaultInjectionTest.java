package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Faults switched on and off at run time, each observed by a client. */
class FaultInjectionTest {
    private static final String REQUEST = "<get-chassis-inventory/>";
    @RegisterExtension
    static final SimulatedRouters routers = SimulatedRouters.of(1);

    @AfterEach
    void clearFaults() {
        routers.device().faults().clear();
    }

    @Test
    void latencyHoldsEveryReplyBack() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            routers.device().faults().latency(Duration.ofSeconds(2));
            netconf.send("<rpc message-id=\"1\">" + REQUEST + "</rpc>");

            assertThat(netconf.nextMessage(Duration.ofMillis(500))).isEmpty();
            assertThat(netconf.nextMessage()).contains("<chassis-inventory");
        }
    }

    @Test
    void stallSendsTheFirstBytesAndHoldsTheRestUntilReleased() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            int before = netconf.receivedByteCount();
            routers.device().faults().stallRepliesAfter(40);
            netconf.send("<rpc message-id=\"1\">" + REQUEST + "</rpc>");

            awaitReceived(netconf, before + 40);
            assertThat(netconf.nextMessage(Duration.ofMillis(300))).isEmpty();
            assertThat(netconf.receivedByteCount()).isEqualTo(before + 40);

            routers.device().faults().releaseStalledReplies();
            assertThat(netconf.nextMessage()).contains("<chassis-inventory");
        }
    }

    @Test
    void aStalledSessionThatCloseLeavesNothingBehind() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            routers.device().faults().stallRepliesAfter(10);
            netconf.send("<rpc message-id=\"1\">" + REQUEST + "</rpc>");
            awaitReceived(netconf, netconf.receivedByteCount() + 1);
        }
        awaitNoOpenSessions();
        routers.device().faults().releaseStalledReplies();
        assertThat(routers.device().openSessionCount()).isZero();
    }

    @Test
    void dropCutsTheReplyAfterTheGivenBytesAndClosesTheConnection() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            int before = netconf.receivedByteCount();
            routers.device().faults().dropConnectionAfter(25);
            netconf.send("<rpc message-id=\"1\">" + REQUEST + "</rpc>");

            assertThat(netconf.awaitClosed()).isTrue();
            assertThat(netconf.receivedByteCount()).isEqualTo(before + 25);
        }
        awaitNoOpenSessions();
    }

    @Test
    void malformedRepliesAreFramedButNotWellFormed() {
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            routers.device().faults().malformedReplies(true);
            String broken = netconf.rpc(REQUEST);

            assertThat(broken).startsWith("<rpc-reply");
            assertThatThrownBy(() -> ReplyXml.of(broken)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("not well-formed");

            routers.device().faults().malformedReplies(false);
            assertThat(ReplyXml.of(netconf.rpc(REQUEST)).has("//chassis-inventory")).isTrue();
        }
    }

    @Test
    void refusedAuthenticationRejectsGoodCredentialsUntilCleared() {
        long logins = routers.device().loginCount();
        routers.device().faults().refuseAuthentication(true);

        assertThatThrownBy(() -> RawNetconfSession.connect(routers.device())).isInstanceOf(IllegalStateException.class);
        assertThat(routers.device().loginCount()).isEqualTo(logins);

        routers.device().faults().refuseAuthentication(false);
        try (RawNetconfSession netconf = RawNetconfSession.open(routers.device())) {
            assertThat(routers.device().loginCount()).isEqualTo(logins + 1);
        }
    }

    @Test
    void faultsAreOffUntilSwitchedOn() {
        Faults faults = routers.device().faults();

        assertThat(faults.latency()).isZero();
        assertThat(faults.stallAfterBytes()).isEmpty();
        assertThat(faults.dropAfterBytes()).isEmpty();
        assertThat(faults.malformedReplies()).isFalse();
        assertThat(faults.refusesAuthentication()).isFalse();
        assertThat(faults.commitCheckFailure()).isEmpty();
    }

    @Test
    void rejectsNegativeSettings() {
        assertThatThrownBy(() -> routers.device().faults().latency(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency");
        assertThatThrownBy(() -> routers.device().faults().dropConnectionAfter(-5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
    }

    private static void awaitReceived(RawNetconfSession netconf, int bytes) {
        Eventually.assertThat(() -> netconf.receivedByteCount() >= bytes, "received " + bytes + " bytes");
    }

    private static void awaitNoOpenSessions() {
        Eventually.assertThat(() -> routers.device().openSessionCount() == 0, "no open session on " + routers.device().name());
    }
}

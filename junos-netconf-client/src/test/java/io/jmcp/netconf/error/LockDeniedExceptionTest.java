package io.jmcp.netconf.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a lock refusal is recognised and what it says about the holder, in the shapes devices send. */
class LockDeniedExceptionTest {

    private static RpcError error(String tag, String message, String info) {
        return new RpcError(RpcError.Severity.ERROR, "protocol", tag, null, message, info);
    }

    private static RpcErrorException classify(RpcError... errors) {
        return LockDeniedException.classify(new RpcErrorException(List.of(errors)));
    }

    @Test
    void readsTheHolderJunosNames() {
        LockDeniedException denied = (LockDeniedException) classify(error("lock-denied",
                "configuration database locked by:\n  root terminal p0 (pid 1234) on since 2026-12-06 10:00:01 UTC\n"
                        + "      exclusive [edit]", "1234"));

        assertThat(denied.holder()).isEqualTo("root terminal p0 (pid 1234) on since 2026-12-06 10:00:01 UTC exclusive [edit]");
        assertThat(denied.holderSessionId()).hasValue(1234);
        assertThat(denied.getMessage()).startsWith("error: configuration database locked by:");
    }

    @Test
    void aRefusalNamingNobodyGivesTheDevicesMessage() {
        LockDeniedException denied = (LockDeniedException) classify(error("lock-denied",
                "configuration database modified", "0"));

        assertThat(denied.holder()).isEqualTo("configuration database modified");
        assertThat(denied.holderSessionId()).hasValue(0);
    }

    @Test
    void readsTheSessionIdAStandardServerPutsFirstInErrorInfo() {
        LockDeniedException denied = (LockDeniedException) classify(error("lock-denied", "lock denied", "6, 268"));

        assertThat(denied.holderSessionId()).hasValue(6);
        assertThat(denied.holder()).isEqualTo("lock denied");
    }

    @Test
    void aRefusalWithoutMessageOrSessionIdStillSaysLockDenied() {
        LockDeniedException denied = (LockDeniedException) classify(error("lock-denied", null, null));

        assertThat(denied.holder()).isEqualTo("lock-denied");
        assertThat(denied.holderSessionId()).isEmpty();
    }

    @Test
    void ignoresAnErrorInfoThatIsNoSessionId() {
        assertThat(((LockDeniedException) classify(error("lock-denied", "x", "re0"))).holderSessionId()).isEmpty();
        assertThat(((LockDeniedException) classify(error("lock-denied", "x", "-1"))).holderSessionId()).isEmpty();
        assertThat(((LockDeniedException) classify(error("lock-denied", "x", "99999999999999999999")))
                .holderSessionId()).isEmpty();
    }

    @Test
    void otherRefusalsStayPlainRpcErrors() {
        RpcErrorException permission = new RpcErrorException(List.of(error("access-denied", "permission denied", null)));

        assertThat(LockDeniedException.classify(permission)).isSameAs(permission);
    }

    @Test
    void keepsEveryErrorOfTheReply() {
        RpcError warning = new RpcError(RpcError.Severity.WARNING, null, null, null, "note", null);
        RpcError refusal = error("lock-denied", "lock denied", "3");

        assertThat(classify(warning, refusal).errors()).containsExactly(warning, refusal);
    }

    @Test
    void sessionLossesShareOneType() {
        assertThat(new TransportException("gone")).isInstanceOf(SessionLostException.class);
        assertThat(new NetconfTimeoutException("late", java.time.Duration.ofSeconds(1)))
                .isInstanceOf(SessionLostException.class);
        assertThat(new CommitException(List.of())).isInstanceOf(RpcErrorException.class)
                .isNotInstanceOf(SessionLostException.class);
        assertThat(new LoadException(List.of())).isInstanceOf(RpcErrorException.class);
    }
}

package io.jmcp.netconf.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The one "session is gone" rule, wherever the failure arrives wrapped. */
class SessionLostExceptionTest {

    @Test
    void aLostConnectionAndAnUnansweredRpcAreTheSessionLost() {
        assertThat(SessionLostException.isCauseOf(new TransportException("r1 closed the connection"))).isTrue();
        assertThat(SessionLostException.isCauseOf(
                new NetconfTimeoutException("no reply from r1", Duration.ofSeconds(5)))).isTrue();
    }

    @Test
    void aLossWrappedByTheApplicationIsStillTheSessionLost() {
        RuntimeException wrapped = new IllegalStateException("tool failed",
                new CompletionException(new TransportException("r1 closed the connection")));

        assertThat(SessionLostException.isCauseOf(wrapped)).isTrue();
    }

    @Test
    void theDevicesAnswerLeavesTheSessionUsable() {
        RpcErrorException answered = new RpcErrorException(java.util.List.of(new RpcError(RpcError.Severity.ERROR,
                "application", "invalid-value", null, "syntax error", null)));

        assertThat(SessionLostException.isCauseOf(answered)).isFalse();
        assertThat(SessionLostException.isCauseOf(new IllegalStateException("no cause"))).isFalse();
        assertThat(SessionLostException.isCauseOf(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(SessionLostException.isCauseOf(first)).isFalse();
    }
}

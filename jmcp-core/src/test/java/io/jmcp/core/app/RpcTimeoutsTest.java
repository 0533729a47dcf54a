package io.jmcp.core.app;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RpcTimeoutsTest {

    @Test
    void defaultsTo360SecondsWithoutTheVariable() {
        assertThat(RpcTimeouts.fromEnvironment(Map.of())).isEqualTo(Duration.ofSeconds(360));
    }

    @Test
    void takesSecondsFromJunosTimeout() {
        assertThat(RpcTimeouts.fromEnvironment(Map.of("JUNOS_TIMEOUT", " 45 "))).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void refusesAValueThatIsNotANumber() {
        assertThatThrownBy(() -> RpcTimeouts.fromEnvironment(Map.of("JUNOS_TIMEOUT", "5m")))
                .isInstanceOf(StartupException.class)
                .hasMessage("JUNOS_TIMEOUT must be a whole number of seconds between 1 and 86400, got '5m'");
    }

    @Test
    void refusesZero() {
        assertThatThrownBy(() -> RpcTimeouts.fromEnvironment(Map.of("JUNOS_TIMEOUT", "0")))
                .isInstanceOf(StartupException.class);
    }
}

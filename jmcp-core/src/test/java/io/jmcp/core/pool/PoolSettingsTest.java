package io.jmcp.core.pool;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoolSettingsTest {

    @Test
    void defaultsToTwoSessionsPerDeviceFiveMinutesIdleAndThirtySecondConnects() {
        PoolSettings defaults = PoolSettings.defaults();

        assertThat(defaults.maxSessionsPerDevice()).isEqualTo(2);
        assertThat(defaults.idleTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.pooling()).isTrue();
    }

    @Test
    void refusesAGlobalCapBelowThePerDeviceCap() {
        assertThatThrownBy(() -> PoolSettings.defaults().withLimits(4, 3))
                .hasMessage("maxSessions (3) must be at least maxSessionsPerDevice (4)");
    }

    @Test
    void refusesAZeroIdleTimeout() {
        assertThatThrownBy(() -> PoolSettings.defaults().withIdleTimeout(Duration.ZERO))
                .hasMessageStartingWith("idleTimeout must be positive");
    }
}

package io.jmcp.server.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvironmentSwitchTest {
    private static final String NAME = "JMCP_STATELESS";

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "yes", "y", "on", "TRUE", " Yes "})
    void readsTheSeedsOnWords(String value) {
        assertThat(EnvironmentSwitch.isOn(Map.of(NAME, value), NAME)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", "no", "n", "off", "OFF", ""})
    void readsTheSeedsOffWords(String value) {
        assertThat(EnvironmentSwitch.isOn(Map.of(NAME, value), NAME)).isFalse();
    }

    @Test
    void isOffWhenUnset() {
        assertThat(EnvironmentSwitch.isOn(Map.of(), NAME)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "enabled", "yess", "tru"})
    void refusesAnythingElse(String value) {
        assertThatThrownBy(() -> EnvironmentSwitch.isOn(Map.of(NAME, value), NAME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JMCP_STATELESS must be one of 1, true, yes, y, on (on) or 0, false, no, n, off (off), got '"
                        + value + "'");
    }
}

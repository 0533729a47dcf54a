package io.jmcp.core.spi;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code timeout} argument: how tools declare it and what a call may ask for. */
class TimeoutArgumentTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode property(String meaning) {
        return JSON.readTree("{" + TimeoutArgument.schemaProperty(meaning) + "}").get("timeout");
    }

    @Test
    void readsTheSecondsTheCallAskedFor() {
        assertThat(TimeoutArgument.seconds(ToolArguments.of(Map.of("timeout", 30)))).hasValue(30);
    }

    @Test
    void isEmptyWhenTheCallGivesNoTimeout() {
        assertThat(TimeoutArgument.seconds(ToolArguments.of(Map.of()))).isEqualTo(OptionalInt.empty());
    }

    @Test
    void acceptsOneDay() {
        assertThat(TimeoutArgument.seconds(ToolArguments.of(Map.of("timeout", 86_400)))).hasValue(86_400);
    }

    @Test
    void refusesMoreThanOneDay() {
        assertThatThrownBy(() -> TimeoutArgument.seconds(ToolArguments.of(Map.of("timeout", 86_401))))
                .isInstanceOf(ToolException.class)
                .hasMessage("argument 'timeout' must be between 1 and 86400, got 86401");
    }

    @Test
    void refusesATimeoutOfZero() {
        assertThatThrownBy(() -> TimeoutArgument.seconds(ToolArguments.of(Map.of("timeout", 0))))
                .isInstanceOf(ToolException.class)
                .hasMessage("argument 'timeout' must be between 1 and 86400, got 0");
    }

    @Test
    void declaresAnIntegerFromOneSecondToOneDay() {
        JsonNode timeout = property("Command timeout in seconds");

        assertThat(timeout.get("type").asString()).isEqualTo("integer");
        assertThat(timeout.get("minimum").asInt()).isEqualTo(1);
        assertThat(timeout.get("maximum").asInt()).isEqualTo(86_400);
    }

    @Test
    void describesTheDefaultAfterWhatTheTimeoutLimits() {
        assertThat(property("Timeout of each step in seconds").get("description").asString())
                .isEqualTo("Timeout of each step in seconds (default: env JUNOS_TIMEOUT, else 360)");
    }

    @Test
    void escapesQuotesInTheDescription() {
        assertThat(property("Timeout of \"show\" in seconds").get("description").asString())
                .startsWith("Timeout of \"show\" in seconds");
    }
}

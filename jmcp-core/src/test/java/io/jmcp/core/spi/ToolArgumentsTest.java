package io.jmcp.core.spi;

import io.jmcp.netconf.OutputFormat;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolArgumentsTest {

    private static ToolArguments args(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return ToolArguments.of(map);
    }

    @Test
    void returnsARequiredStringAsGiven() {
        assertThat(args("command", "show version").requiredString("command")).isEqualTo("show version");
    }

    @Test
    void namesAMissingRequiredArgument() {
        assertThatThrownBy(() -> args().requiredString("router_name"))
                .isInstanceOf(ToolException.class)
                .hasMessage("argument 'router_name' is required");
    }

    @Test
    void treatsNullArgumentsAsEmpty() {
        assertThat(ToolArguments.of(null).optionalString("x")).isEmpty();
    }

    @Test
    void rejectsABlankString() {
        assertThatThrownBy(() -> args("command", "  ").requiredString("command"))
                .hasMessage("argument 'command' must not be blank");
    }

    @Test
    void rejectsANumberWhereAStringIsExpected() {
        assertThatThrownBy(() -> args("router_name", 7).requiredString("router_name"))
                .hasMessage("argument 'router_name' must be a string, got 7");
    }

    @Test
    void acceptsAnIntegerWithinRange() {
        assertThat(args("timeout", 30).optionalInt("timeout", 1, 86400)).hasValue(30);
    }

    @Test
    void acceptsAnIntegralFloatingPointNumber() {
        assertThat(args("timeout", 30.0).optionalInt("timeout", 1, 86400)).hasValue(30);
    }

    @Test
    void reportsAnAbsentOptionalIntAsEmpty() {
        assertThat(args().optionalInt("timeout", 1, 10)).isEqualTo(OptionalInt.empty());
    }

    @Test
    void rejectsAnIntegerOutOfRangeWithTheRange() {
        assertThatThrownBy(() -> args("timeout", 0).optionalInt("timeout", 1, 86400))
                .hasMessage("argument 'timeout' must be between 1 and 86400, got 0");
    }

    @Test
    void rejectsAFractionWhereAnIntegerIsExpected() {
        assertThatThrownBy(() -> args("timeout", 1.5).optionalInt("timeout", 1, 10))
                .hasMessage("argument 'timeout' must be an integer, got 1.5");
    }

    @Test
    void rejectsANumericStringWhereAnIntegerIsExpected() {
        assertThatThrownBy(() -> args("timeout", "30").optionalInt("timeout", 1, 10))
                .hasMessage("argument 'timeout' must be an integer, got \"30\"");
    }

    @Test
    void rejectsALongBeyondIntRangeAsOutOfRange() {
        assertThatThrownBy(() -> args("timeout", 10_000_000_000L).optionalInt("timeout", 1, 86400))
                .hasMessageContaining("must be between 1 and 86400");
    }

    @Test
    void matchesAChoiceCaseInsensitively() {
        assertThat(args("format", "JSON").optionalChoice("format", OutputFormat.class, OutputFormat.TEXT))
                .isEqualTo(OutputFormat.JSON);
    }

    @Test
    void defaultsAnAbsentChoice() {
        assertThat(args().optionalChoice("format", OutputFormat.class, OutputFormat.TEXT))
                .isEqualTo(OutputFormat.TEXT);
    }

    @Test
    void listsTheValidChoicesWhenOneIsUnknown() {
        assertThatThrownBy(() -> args("format", "yaml").optionalChoice("format", OutputFormat.class, OutputFormat.TEXT))
                .hasMessage("argument 'format' must be one of text, xml, json, got \"yaml\"");
    }

    @Test
    void readsABoolean() {
        assertThat(args("dry_run", true).optionalBoolean("dry_run", false)).isTrue();
    }

    @Test
    void rejectsAStringWhereABooleanIsExpected() {
        assertThatThrownBy(() -> args("dry_run", "yes").optionalBoolean("dry_run", false))
                .hasMessage("argument 'dry_run' must be true or false, got \"yes\"");
    }

    @Test
    void readsAListOfStrings() {
        assertThat(args("router_names", List.of("r1", "r2")).requiredStringList("router_names"))
                .containsExactly("r1", "r2");
    }

    @Test
    void rejectsAnEmptyList() {
        assertThatThrownBy(() -> args("router_names", List.of()).requiredStringList("router_names"))
                .hasMessage("argument 'router_names' must not be empty");
    }

    @Test
    void namesTheBadElementOfAList() {
        assertThatThrownBy(() -> args("router_names", Arrays.asList("r1", 5)).requiredStringList("router_names"))
                .hasMessage("argument 'router_names[1]' must be a non-blank string, got 5");
    }

    @Test
    void shortensALongValueInTheMessage() {
        String longValue = "x".repeat(200);
        assertThatThrownBy(() -> args("format", longValue).optionalChoice("format", OutputFormat.class, OutputFormat.TEXT))
                .hasMessageEndingWith("got \"" + "x".repeat(60) + "...\"");
    }
}

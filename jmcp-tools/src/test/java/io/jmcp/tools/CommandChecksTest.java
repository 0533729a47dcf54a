package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"show version", "show\tinterfaces terse", "show\u00a0version", "show route | match \"a b\"",
        "show system users | match r\u00e9seau", "show log \ud83d\ude00"})
    void acceptsOneLineOfText(String command) {
        assertThatCode(() -> CommandChecks.requireOneLine("command", command)).doesNotThrowAnyException();
    }

    @Test
    void refusesALineBreakNamingItAndWhere() {
        assertThatThrownBy(() -> CommandChecks.requireOneLine("command", "show version\nrequest system reboot"))
                .isInstanceOf(ToolException.class)
                .hasMessage("Invalid input: 'command' contains a line break (U+000A) at character 13. Give one command "
                        + "per call, on one line (execute_junos_command_batch runs a command on several routers); "
                        + "nothing was sent to the router.");
    }

    @Test
    void refusesANul() {
        assertThatThrownBy(() -> CommandChecks.requireOneLine("command", "show\0version"))
                .hasMessageStartingWith("Invalid input: 'command' contains a NUL character at character 5.");
    }

    @Test
    void refusesALoneSurrogate() {
        assertThatThrownBy(() -> CommandChecks.requireOneLine("target", "fpc\ud800"))
                .hasMessageStartingWith("Invalid input: 'target' contains invalid Unicode (a lone surrogate U+D800) "
                        + "at character 4.");
        assertThatThrownBy(() -> CommandChecks.requireOneLine("command", "\udc00show"))
                .hasMessageStartingWith("Invalid input: 'command' contains invalid Unicode (a lone surrogate U+DC00)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\u0085", "\u2028", "\u2029", "\u000b", "\u000c"})
    void refusesEveryLineSeparator(String separator) {
        assertThatThrownBy(() -> CommandChecks.requireOneLine("command", "show version" + separator + "show chassis"))
                .hasMessageContaining("contains a line break");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[2J", "\u0007", "\u007f", "\u0090"})
    void refusesOtherControlCharacters(String control) {
        assertThatThrownBy(() -> CommandChecks.requireOneLine("command", "show " + control))
                .hasMessageContaining("contains a control character (U+");
    }
}

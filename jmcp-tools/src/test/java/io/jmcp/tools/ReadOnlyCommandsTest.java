package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadOnlyCommandsTest {

    @ParameterizedTest
    @ValueSource(strings = {"show version", "sh int terse", "SHOW ROUTE SUMMARY", "  show   bgp summary ",
            "show configuration | display set", "show log messages | match error | last 20", "ping 10.0.0.1 count 3",
            "traceroute 10.0.0.1", "file show /var/log/messages", "file list /var/tmp", "show interfaces | no-more"})
    void allowsCommandsThatOnlyDisplayState(String command) {
        assertThatCode(() -> ReadOnlyCommands.check(command)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"clear bgp neighbor all", "request system reboot", "restart routing", "configure",
            "start shell", "file delete /var/tmp/x", "show configuration | save /var/tmp/c", "show version | sa x",
            "show log | request message all", "s version", "show version |", ""})
    void refusesCommandsThatMayChangeState(String command) {
        assertThatThrownBy(() -> ReadOnlyCommands.check(command))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("is refused: this server or caller is read-only");
    }
}

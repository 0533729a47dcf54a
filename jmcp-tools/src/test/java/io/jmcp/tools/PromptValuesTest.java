package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ge-0/0/0", "ae0", "ge-0/0/0.100", "xe-1/0/0:2", "irb.10", "lo0"})
    void acceptsInterfaceNames(String name) {
        assertThat(PromptValues.interfaceName("interface_name", name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ge-0/0/0 | save /tmp/x", "ge-0/0/0 extensive", "-ge", "ge-0/0/0;reboot", "\"ge\""})
    void refusesWhatIsNotOneInterfaceName(String name) {
        assertThatThrownBy(() -> PromptValues.interfaceName("interface_name", name))
                .isInstanceOf(ToolException.class)
                .hasMessage("argument 'interface_name' must be one interface name such as ge-0/0/0, got '" + name + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "2001:db8::1", "::1", "fe80::1:2"})
    void acceptsIpv4AndIpv6Addresses(String address) {
        assertThat(PromptValues.address("neighbor_address", address)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"peer-1", "192.0.2.1 | save x", "10", "abc"})
    void refusesWhatIsNotAnAddress(String address) {
        assertThatThrownBy(() -> PromptValues.address("neighbor_address", address))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("argument 'neighbor_address' must be an IPv4 or IPv6 address");
    }
}

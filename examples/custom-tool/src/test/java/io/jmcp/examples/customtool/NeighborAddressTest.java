package io.jmcp.examples.customtool;

import io.jmcp.core.spi.ToolException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeighborAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "10.255.0.253", "0.0.0.0", "255.255.255.255"})
    void acceptsIpv4Addresses(String address) {
        assertThat(NeighborAddress.parse("neighbor_address", address)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1", "::1", "fe80::1", "2001:DB8:0:0:0:0:0:1", "::ffff:192.0.2.1"})
    void acceptsIpv6Addresses(String address) {
        assertThat(NeighborAddress.parse("neighbor_address", address)).isEqualTo(address);
    }

    @Test
    void dropsSurroundingWhitespace() {
        assertThat(NeighborAddress.parse("neighbor_address", " 192.0.2.1\n")).isEqualTo("192.0.2.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "192.0.2", "192.0.2.1.5", "010.0.0.1", "192.0.2.-1", "1::2::3",
            "2001:db8::g", "12345::1", "1:2:3:4:5:6:7:8:9", "::ffff:192.0.2.256", "[2001:db8::1]", "fe80::1%ge-0/0/0.0"})
    void rejectsMalformedAddresses(String address) {
        assertThatThrownBy(() -> NeighborAddress.parse("neighbor_address", address))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("'neighbor_address' must be an IPv4 or IPv6 address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1 | save /var/tmp/out", "192.0.2.1\nrequest system reboot",
            "192.0.2.1 instance master", "peer1.example.net", "abc"})
    void rejectsAnythingButTheAddressSoNothingElseReachesTheCli(String value) {
        assertThatThrownBy(() -> NeighborAddress.parse("neighbor_address", value))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("neighbor_address");
    }

    @Test
    void namesTheArgumentAndTheValueInTheError() {
        assertThatThrownBy(() -> NeighborAddress.parse("neighbor_address", "core-1"))
                .hasMessage("argument 'neighbor_address' must be an IPv4 or IPv6 address such as 192.0.2.1 "
                        + "or 2001:db8::1, got \"core-1\"");
    }

    @Test
    void shortensALongValueInTheError() {
        String longValue = "x".repeat(500);

        assertThatThrownBy(() -> NeighborAddress.parse("neighbor_address", longValue))
                .hasMessageEndingWith("got \"" + "x".repeat(60) + "...\"");
    }
}

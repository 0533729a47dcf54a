package io.jmcp.examples.customtool;

import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowBgpNeighborsTest {
    private final ToolDefinition definition = new ShowBgpNeighbors().definition();

    @Test
    void keepsTheSeedReadmesToolName() {
        assertThat(definition.name()).isEqualTo("show_bgp_neighbors");
    }

    @Test
    void isAnnotatedReadOnlySoReadOnlyServersKeepIt() {
        assertThat(definition.annotations().readOnly()).isTrue();
        assertThat(definition.annotations().destructive()).isFalse();
    }

    @Test
    void requiresOnlyTheRouterName() {
        JsonNode schema = JsonMapper.shared().readTree(definition.inputSchema());

        assertThat(schema.get("required").values()).extracting(JsonNode::asString).containsExactly("router_name");
        assertThat(schema.get("properties").propertyNames())
                .containsExactlyInAnyOrder("router_name", "neighbor_address", "timeout");
    }

    @Test
    void showsTheSummaryWithoutANeighbor() {
        assertThat(ShowBgpNeighbors.command(ToolArguments.of(Map.of("router_name", "r1"))))
                .isEqualTo("show bgp summary");
    }

    @Test
    void showsOneNeighborWhenAnAddressIsGiven() {
        assertThat(ShowBgpNeighbors.command(ToolArguments.of(Map.of("router_name", "r1",
                "neighbor_address", "2001:db8::7")))).isEqualTo("show bgp neighbor 2001:db8::7");
    }

    @Test
    void refusesANeighborAddressThatWouldExtendTheCommand() {
        ToolArguments args = ToolArguments.of(Map.of("router_name", "r1", "neighbor_address", "192.0.2.1 | save x"));

        assertThatThrownBy(() -> ShowBgpNeighbors.command(args))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("'neighbor_address' must be an IPv4 or IPv6 address");
    }

    @Test
    void refusesABlankNeighborAddress() {
        ToolArguments args = ToolArguments.of(Map.of("router_name", "r1", "neighbor_address", " "));

        assertThatThrownBy(() -> ShowBgpNeighbors.command(args))
                .isInstanceOf(ToolException.class)
                .hasMessage("argument 'neighbor_address' must not be blank");
    }
}

package io.jmcp.tools;

import io.jmcp.core.app.ToolDiscovery;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.netconf.reply.Facts;
import io.jmcp.netconf.reply.Personality;
import io.jmcp.netconf.reply.RoutingEngine;
import io.jmcp.simulator.SimulatorFleet;
import io.jmcp.testfixtures.tools.SimulatedToolContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structured content of {@code gather_device_facts} and {@code get_router_list}, now written
 * from records, is exactly what the tools returned before (PyEZ's facts dictionary, the inventory's
 * public view), compared as JSON: on the simulator, and for fact shapes the simulator does not
 * produce (no routing engine, two nodes each with a master, a domain), each also valid against the
 * tool's output schema.
 */
class TypedOutputContentTest {
    private static final String R1 = "vsim-01";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static SimulatorFleet fleet;

    @BeforeAll
    static void start() {
        fleet = SimulatorFleet.start(2);
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void factsContentIsWhatTheToolReturnedBefore() {
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults())) {
            Map<String, Object> before = GatherDeviceFacts.facts(context, R1, TIMEOUT);
            Map<String, Object> after = tool("gather_device_facts").call(context, Map.of("router_name", R1))
                    .structuredContent();

            assertThat(asJson(GatherDeviceFacts.typed(before))).isEqualTo(asJson(before));
            assertThat(withoutUptimes(asJson(after))).isEqualTo(withoutUptimes(asJson(before)));
            assertThat(before).containsKeys("hostname", "2RE", "master", "RE0", "re_info", "re_master", "up_time");
        }
    }

    @Test
    void routerListContentIsWhatTheToolReturnedBefore() {
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults())) {
            Map<String, Object> before = context.devices().publicView();
            Map<String, Object> after = tool("get_router_list").call(context, Map.of()).structuredContent();

            assertThat(asJson(after)).isEqualTo(asJson(before));
            assertThat(after).containsOnlyKeys("vsim-01", "vsim-02");
        }
    }

    static Stream<Facts> factShapes() {
        RoutingEngine node0Master = new RoutingEngine("node0", 0, "RE-S-1800x4", "OK", "master",
                Duration.ofHours(2), "2 hours", "Router rebooted after a normal shutdown.");
        RoutingEngine node0Backup = new RoutingEngine("node0", 1, "RE-S-1800x4", "OK", "backup",
                Duration.ofHours(2), "2 hours", null);
        RoutingEngine node1Master = new RoutingEngine("node1", 0, "RE-S-1800x4", "OK", "master",
                Duration.ofHours(3), "3 hours", "power cycle");
        return Stream.of(
                new Facts(null, null, null, null, null, null, List.of(), null, null, null),
                new Facts("r1", "MX960", "21.4R3", "JN123", Personality.MX, false,
                        List.of(node0Master, node0Backup, node1Master), "RE0", Duration.ofHours(3), "example.net"),
                new Facts("r2", "MX480", "22.2R1", "JN456", Personality.MX, true,
                        List.of(node0Backup), null, Duration.ofMinutes(5), null));
    }

    @ParameterizedTest
    @MethodSource("factShapes")
    void everyFactShapeIsKeptAndConformsToTheSchema(Facts facts) throws IOException {
        Map<String, Object> before = facts.toPyEzMap();
        Map<String, Object> after = GatherDeviceFacts.typed(before);

        assertThat(asJson(after)).isEqualTo(asJson(before));
        String schema = tool("gather_device_facts").definition().outputSchemaJson().orElseThrow();
        JsonSchemaValidator.ValidationResponse validation = McpJsonDefaults.getSchemaValidator()
                .validate(McpJsonDefaults.getMapper().readValue(schema, new TypeRef<Map<String, Object>>() {
                }), McpJsonDefaults.getMapper().readValue(asJson(after).toString(), new TypeRef<Map<String, Object>>() {
                }));
        assertThat(validation.valid()).as(validation.errorMessage()).isTrue();
    }

    private static ToolHandler tool(String name) {
        return ToolDiscovery.discover(TypedOutputContentTest.class.getClassLoader()).stream()
                .filter(tool -> tool.definition().name().equals(name)).findFirst().orElseThrow();
    }

    /** The facts without the uptimes, which move between two calls as the simulated router's clock does. */
    private static JsonNode withoutUptimes(JsonNode facts) {
        ObjectNode kept = ((ObjectNode) facts).deepCopy();
        kept.remove("up_time");
        kept.withObject("/RE0").remove("up_time");
        return kept;
    }

    private static JsonNode asJson(Map<String, Object> content) {
        return JsonMapper.shared().valueToTree(content);
    }
}

package io.jmcp.tools;

import io.jmcp.core.app.ToolDiscovery;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.output.OutputSettings;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import io.jmcp.testfixtures.tools.SimulatedToolContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every tool that declares an outputSchema returns structured content that conforms to it, in
 * success and in failure, as the MCP SDK's own validator (the one it applies to tools/call) judges
 * it. Each case runs the real tool on simulated routers; a failure is made by a fault of the router
 * (a refused login, a failing commit check), not by a mock. A refusal (ToolException) carries no
 * structured content: the server answers it with an isError text.
 */
class OutputSchemaConformanceTest {
    private static final String R1 = "vsim-01";
    private static final String R2 = "vsim-02";
    private static final String R3 = "vsim-03";
    private static final int MIN_BUDGET = OutputSettings.MIN_RESULT_BUDGET;
    private static final String TEMPLATE = "set system location building {{ building }}";
    private static final Consumer<SimulatorFleet> NO_FAULT = fleet -> {
    };
    private static final Consumer<SimulatorFleet> R2_REFUSES_LOGIN = fleet -> device(fleet, R2).faults()
            .refuseAuthentication(true);
    private static final Consumer<SimulatorFleet> R2_FAILS_COMMIT_CHECK = fleet -> device(fleet, R2).faults()
            .failCommitCheck("interface ge-0/0/9 does not exist");

    private static SimulatorFleet fleet;
    private static Map<String, ToolHandler> tools;

    /** How a call ends. */
    enum Ending {
        /** Structured content, no isError (a batch whose every router failed is an error; one router is not). */
        SUCCESS,
        /** Structured content with isError: some router failed, the content says which and how. */
        FAILURE,
        /** A ToolException, which the server turns into an isError text without structured content. */
        REFUSAL
    }

    /** One call of a tool, after {@code fault} is set on the fleet. */
    record Case(String name, String tool, Map<String, Object> arguments, Consumer<SimulatorFleet> fault,
                Ending ending) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("router list", "get_router_list", Map.of(), NO_FAULT, Ending.SUCCESS),
                new Case("facts", "gather_device_facts", Map.of("router_name", R1), NO_FAULT, Ending.SUCCESS),
                new Case("batch", "execute_junos_command_batch",
                        Map.of("router_names", List.of(R1, R2), "command", "show version"), NO_FAULT, Ending.SUCCESS),
                new Case("batch, outputs cut to the result budget", "execute_junos_command_batch",
                        Map.of("router_names", List.of(R1, R2, R3), "command", "show configuration",
                                "max_output_bytes", MIN_BUDGET), NO_FAULT, Ending.SUCCESS),
                new Case("batch, one router refuses the login", "execute_junos_command_batch",
                        Map.of("router_names", List.of(R1, R2), "command", "show version"), R2_REFUSES_LOGIN,
                        Ending.SUCCESS),
                new Case("batch, every router refuses the login", "execute_junos_command_batch",
                        Map.of("router_names", List.of(R2), "command", "show version"), R2_REFUSES_LOGIN,
                        Ending.FAILURE),
                new Case("change on one router", "load_and_commit_config",
                        Map.of("router_name", R1, "config_text", "set system location building 1"), NO_FAULT, Ending.SUCCESS),
                new Case("change on one router, dry run", "load_and_commit_config",
                        Map.of("router_name", R1, "config_text", "set system location building 2", "dry_run", true),
                        NO_FAULT, Ending.SUCCESS),
                new Case("change on one router, commit check fails", "load_and_commit_config",
                        Map.of("router_name", R2, "config_text", "set system location building 3"),
                        R2_FAILS_COMMIT_CHECK, Ending.REFUSAL),
                new Case("change router by router", "load_and_commit_config",
                        Map.of("router_names", List.of(R1, R3), "config_text", "set system location building 4"),
                        NO_FAULT, Ending.SUCCESS),
                new Case("change router by router, one fails", "load_and_commit_config",
                        Map.of("router_names", List.of(R1, R2), "config_text", "set system location building 5"),
                        R2_FAILS_COMMIT_CHECK, Ending.FAILURE),
                new Case("transaction", "load_and_commit_config", Map.of("router_names", List.of(R1, R3),
                        "atomic", true, "config_text", "set system location building 6"), NO_FAULT, Ending.SUCCESS),
                new Case("transaction, one router fails", "load_and_commit_config", Map.of("router_names",
                        List.of(R1, R2, R3), "atomic", true, "config_text", "set system location building 7"),
                        R2_FAILS_COMMIT_CHECK, Ending.FAILURE),
                new Case("rollback", "rollback_config", Map.of("router_name", R1), NO_FAULT, Ending.SUCCESS),
                new Case("rollback on an unknown router", "rollback_config", Map.of("router_name", "vsim-99"),
                        NO_FAULT, Ending.REFUSAL),
                new Case("template rendered only", "render_and_apply_j2_template",
                        Map.of("template_content", TEMPLATE, "vars_content", "building: 8"), NO_FAULT, Ending.SUCCESS),
                new Case("template applied", "render_and_apply_j2_template", Map.of("template_content", TEMPLATE,
                        "vars_content", "building: 9", "apply_config", true, "router_names", List.of(R1, R3)),
                        NO_FAULT, Ending.SUCCESS),
                new Case("template applied, one router fails", "render_and_apply_j2_template",
                        Map.of("template_content", TEMPLATE, "vars_content", "building: 10", "apply_config", true,
                                "router_names", List.of(R1, R2)), R2_FAILS_COMMIT_CHECK, Ending.FAILURE),
                new Case("template applied atomically, one router fails", "render_and_apply_j2_template",
                        Map.of("template_content", TEMPLATE, "vars_content", "building: 11", "apply_config", true,
                                "atomic", true, "router_names", List.of(R1, R2)), R2_FAILS_COMMIT_CHECK, Ending.FAILURE),
                new Case("template applied atomically", "render_and_apply_j2_template",
                        Map.of("template_content", TEMPLATE, "vars_content", "building: 12", "apply_config", true,
                                "atomic", true, "router_names", List.of(R1, R3)), NO_FAULT, Ending.SUCCESS));
    }

    @BeforeAll
    static void start() {
        fleet = SimulatorFleet.start(3);
        tools = ToolDiscovery.discover(OutputSchemaConformanceTest.class.getClassLoader()).stream()
                .collect(Collectors.toMap(tool -> tool.definition().name(), tool -> tool));
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @AfterEach
    void clearFaults() {
        fleet.devices().forEach(device -> device.faults().clear());
    }

    @Test
    void everyToolWithAnOutputSchemaHasCasesInSuccessAndInFailure() {
        Set<String> declaring = tools.values().stream().map(ToolHandler::definition)
                .filter(definition -> definition.outputSchemaJson().isPresent()).map(ToolDefinition::name)
                .collect(Collectors.toSet());
        Set<String> covered = cases().map(Case::tool).collect(Collectors.toSet());
        // The others fail only by refusing (a ToolException: unknown router, a single router's failure).
        Set<String> failingWithContent = cases().filter(call -> call.ending() == Ending.FAILURE).map(Case::tool)
                .collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(declaring);
        assertThat(failingWithContent).containsExactlyInAnyOrder("execute_junos_command_batch",
                "load_and_commit_config", "render_and_apply_j2_template");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void structuredContentConformsToTheOutputSchema(Case call) throws IOException {
        ToolHandler tool = tools.get(call.tool());
        call.fault().accept(fleet);
        ToolResult result;
        try (SimulatedToolContext context = SimulatedToolContext.on(fleet, Guardrails.defaults())) {
            if (call.ending() == Ending.REFUSAL) {
                assertThatThrownBy(() -> tool.call(context, call.arguments())).isInstanceOf(ToolException.class)
                        .hasMessageContaining("Router '" + call.arguments().get("router_name") + "'");
                return;
            }
            result = tool.call(context, call.arguments());
        }

        assertThat(result.isError()).as(String.join("\n", result.texts())).isEqualTo(call.ending() == Ending.FAILURE);
        assertThat(result.structuredContent()).as("structured content").isNotNull();
        JsonSchemaValidator.ValidationResponse validation = McpJsonDefaults.getSchemaValidator()
                .validate(json(tool.definition().outputSchemaJson().orElseThrow()), asJson(result.structuredContent()));
        assertThat(validation.valid()).as(validation.errorMessage()).isTrue();
        if (call.arguments().containsKey("max_output_bytes")) {
            assertThat(result.structuredContent().toString()).as("a router's output was cut").contains("full_output=jmcp://");
        }
    }

    private static SimulatedDevice device(SimulatorFleet fleet, String name) {
        return fleet.devices().stream().filter(device -> device.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Object> json(String text) throws IOException {
        return McpJsonDefaults.getMapper().readValue(text, new TypeRef<Map<String, Object>>() {
        });
    }

    /** The content as a client receives it: through JSON text, as the SDK sends it. */
    private static Map<String, Object> asJson(Map<String, Object> content) throws IOException {
        return json(McpJsonDefaults.getMapper().writeValueAsString(content));
    }
}

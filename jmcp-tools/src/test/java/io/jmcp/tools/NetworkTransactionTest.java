package io.jmcp.tools;

import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.spi.Purpose;
import io.jmcp.testfixtures.tools.SimulatedToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * load_and_commit_config with {@code router_names} and {@code atomic: true} on 50 simulated routers:
 * without a fault every router has the change; with a fault at any phase on one router, no router is
 * changed, which every router's committed configuration proves.
 */
class NetworkTransactionTest {
    private static final int ROUTERS = 50;
    private static final String CHANGE = "set system location building 7";
    private static SimulatorFleet fleet;
    private static List<String> routers;
    private SimulatedToolContext context;
    private Map<String, String> committedBefore;

    @BeforeAll
    static void startFleet() {
        fleet = SimulatorFleet.start(ROUTERS);
        routers = fleet.devices().stream().map(SimulatedDevice::name).toList();
    }

    @AfterAll
    static void stopFleet() {
        fleet.close();
    }

    @BeforeEach
    void snapshot() {
        context = SimulatedToolContext.on(fleet, Guardrails.defaults());
        committedBefore = committed();
    }

    @AfterEach
    void restore() {
        fleet.devices().forEach(device -> device.faults().clear());
        if (!committed().equals(committedBefore)) {
            call(Map.of("router_names", routers, "atomic", true, "config_text", "delete system location"));
        }
        context.close();
    }

    @Test
    void commitsOnEveryRouterWhenNothingFails() throws IOException {
        ToolResult result = change();

        assertThat(result.isError()).as(text(result)).isFalse();
        fleet.devices().forEach(device -> {
            assertThat(device.committedConfiguration().toSet()).as(device.name()).contains(CHANGE);
            assertThat(device.awaitingCommitConfirmation()).as(device.name() + " confirmed").isFalse();
            assertThat(device.rollbackHistory().get(1).comment()).as(device.name())
                    .startsWith(LoadAndCommitConfig.DEFAULT_COMMENT + " [jmcp transaction ");
        });
        assertThat(result.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("atomic", true).containsEntry("committed", true).containsEntry("failed_phase", null);
        assertThat(statuses(result)).hasSize(ROUTERS).allSatisfy((router, status) -> assertThat(status)
                .isEqualTo("committed"));
        assertMatchesOutputSchema(new LoadAndCommitConfig().definition(), result);
    }

    @Test
    void aTemplateIsAppliedAtomicallyWithTheTransactionInItsResult() throws IOException {
        List<String> three = routers.subList(0, 3);

        ToolResult result = new RenderAndApplyJ2Template().call(context, new HashMap<>(Map.of(
                "template_content", "set system location building {{ n }}", "vars_content", "n: 7",
                "router_names", three, "apply_config", true, "atomic", true)));

        assertThat(result.isError()).as(text(result)).isFalse();
        three.forEach(router -> assertThat(fleet.device(router).committedConfiguration().toSet()).contains(CHANGE));
        assertThat(result.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
                .extractingByKey("transaction", InstanceOfAssertFactories.MAP).containsEntry("committed", true);
        assertMatchesOutputSchema(new RenderAndApplyJ2Template().definition(), result);
    }

    @Test
    void reportsEveryRouterInEveryPhase() {
        change();

        List<String> progress = context.progressMessages();
        assertThat(progress).hasSize(4 * ROUTERS);
        for (String phase : List.of("phase 1/4, prepare", "phase 2/4, commit", "phase 3/4, prove",
                "phase 4/4, confirm")) {
            assertThat(progress).filteredOn(message -> message.startsWith(phase + ": ")).hasSize(ROUTERS)
                    .allSatisfy(message -> assertThat(message).contains(" ok ("));
        }
        assertThat(progress.get(4 * ROUTERS - 1)).endsWith("(200/200)");
    }

    @Test
    void aCommitCheckFailingOnOneRouterCommitsNothingAnywhere() {
        fleet.device("vsim-17").faults().failCommitCheck("interface ge-0/0/9 does not exist");
        Map<String, Integer> commitsBefore = commitCounts();

        ToolResult result = change();

        assertThat(result.isError()).isTrue();
        assertThat(committed()).isEqualTo(committedBefore);
        assertThat(commitCounts()).isEqualTo(commitsBefore);
        assertThat(result.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("committed", false).containsEntry("failed_phase", "prepare");
        Map<String, String> statuses = statuses(result);
        assertThat(statuses).containsEntry("vsim-17", "failed");
        assertThat(othersThan("vsim-17", statuses)).allSatisfy((router, status) ->
                assertThat(status).as(router).isEqualTo("not_committed"));
        assertThat(message(result, "vsim-17")).contains("interface ge-0/0/9 does not exist");
        fleet.device("vsim-17").faults().clear();
        assertEveryCandidateUnlocked();
    }

    @Test
    void aConnectionDroppedDuringCommitOnOneRouterRollsEveryRouterBack() throws IOException {
        fleet.device("vsim-23").faults().dropConnectionOnNextCommit();

        ToolResult result = change();

        assertThat(result.isError()).isTrue();
        assertThat(committed()).isEqualTo(committedBefore);
        fleet.devices().forEach(device -> assertThat(device.awaitingCommitConfirmation()).as(device.name()).isFalse());
        assertThat(result.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("committed", false).containsEntry("failed_phase", "commit");
        Map<String, String> statuses = statuses(result);
        assertThat(statuses).containsEntry("vsim-23", "failed");
        assertThat(othersThan("vsim-23", statuses)).allSatisfy((router, status) ->
                assertThat(status).as(router).isEqualTo("rolled_back"));
        assertThat(message(result, "vsim-23")).contains("Its commit was rolled back (rollback 1 committed)");
        assertMatchesOutputSchema(new LoadAndCommitConfig().definition(), result);
        assertEveryCandidateUnlocked();
    }

    @Test
    void aFailedReachabilityProofOnOneRouterRollsEveryRouterBack() {
        // A pooled session outlives what refuses new logins; only the proof opens a new one.
        context.onDevice("vsim-31", Purpose.READ, Duration.ofSeconds(30), device -> device.rpc("<get-software-information/>"));
        fleet.device("vsim-31").faults().refuseAuthentication(true);

        ToolResult result = change();

        assertThat(result.isError()).isTrue();
        assertThat(committed()).isEqualTo(committedBefore);
        fleet.devices().forEach(device -> assertThat(device.awaitingCommitConfirmation()).as(device.name()).isFalse());
        assertThat(result.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("committed", false).containsEntry("failed_phase", "prove");
        assertThat(statuses(result)).containsEntry("vsim-31", "failed");
        assertThat(message(result, "vsim-31")).startsWith("Reachability proof failed: a new NETCONF session to vsim-31")
                .contains("refused the login").endsWith("Its commit was rolled back (rollback 1 committed).");
        fleet.device("vsim-31").faults().clear();
        assertEveryCandidateUnlocked();
    }

    @Test
    void aDryRunChecksEveryRouterAndCommitsNothing() {
        Map<String, Integer> commitsBefore = commitCounts();

        ToolResult result = call(Map.of("router_names", routers, "atomic", true, "config_text", CHANGE, "dry_run", true));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(commitCounts()).isEqualTo(commitsBefore);
        assertThat(statuses(result)).allSatisfy((router, status) -> assertThat(status).isEqualTo("checked"));
    }

    @Test
    void anUnknownRouterStopsTheTransactionBeforeAnyRouterIsContacted() {
        List<String> named = new java.util.ArrayList<>(routers);
        named.add("nowhere-1");

        ToolResult result = call(Map.of("router_names", named, "atomic", true, "config_text", CHANGE));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("'nowhere-1'").contains("nothing was done");
        assertThat(committed()).isEqualTo(committedBefore);
    }

    private ToolResult change() {
        return call(Map.of("router_names", routers, "atomic", true, "config_text", CHANGE));
    }

    private ToolResult call(Map<String, Object> arguments) {
        try {
            return new LoadAndCommitConfig().call(context, new HashMap<>(arguments));
        } catch (io.jmcp.core.spi.ToolException refused) {
            return ToolResult.error(refused.getMessage());
        }
    }

    /** A second transaction without faults commits everywhere: the failed one left no lock or candidate. */
    private void assertEveryCandidateUnlocked() {
        ToolResult again = change();
        assertThat(again.isError()).as(text(again)).isFalse();
        fleet.devices().forEach(device -> assertThat(device.committedConfiguration().toSet()).contains(CHANGE));
    }

    private static Map<String, String> committed() {
        Map<String, String> configurations = new LinkedHashMap<>();
        fleet.devices().forEach(device -> configurations.put(device.name(), device.committedConfiguration().toSet()));
        return configurations;
    }

    private static Map<String, Integer> commitCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        fleet.devices().forEach(device -> counts.put(device.name(), device.rollbackHistory().size()));
        return counts;
    }

    private static void assertMatchesOutputSchema(ToolDefinition tool, ToolResult result) throws IOException {
        Map<String, Object> schema = McpJsonDefaults.getMapper().readValue(tool.outputSchemaJson().orElseThrow(),
                new TypeRef<Map<String, Object>>() {
                });
        Map<String, Object> structured = McpJsonDefaults.getMapper().readValue(McpJsonDefaults.getMapper()
                .writeValueAsString(result.structuredContent()), new TypeRef<Map<String, Object>>() {
                });
        JsonSchemaValidator.ValidationResponse validation = McpJsonDefaults.getSchemaValidator().validate(schema,
                structured);
        assertThat(validation.valid()).as(validation.errorMessage()).isTrue();
    }

    private static Map<String, String> othersThan(String router, Map<String, String> statuses) {
        Map<String, String> others = new LinkedHashMap<>(statuses);
        others.remove(router);
        return others;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> statuses(ToolResult result) {
        Map<String, String> statuses = new LinkedHashMap<>();
        ((List<Map<String, Object>>) result.structuredContent().get("results"))
                .forEach(outcome -> statuses.put((String) outcome.get("router_name"), (String) outcome.get("status")));
        return statuses;
    }

    @SuppressWarnings("unchecked")
    private static String message(ToolResult result, String router) {
        return ((List<Map<String, Object>>) result.structuredContent().get("results")).stream()
                .filter(outcome -> router.equals(outcome.get("router_name"))).findFirst()
                .map(outcome -> (String) outcome.get("message")).orElseThrow();
    }

    private static String text(ToolResult result) {
        return String.join("\n", result.texts());
    }
}

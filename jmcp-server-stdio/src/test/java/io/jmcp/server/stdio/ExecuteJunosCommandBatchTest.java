package io.jmcp.server.stdio;

import io.jmcp.simulator.DeviceSpec;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** execute_junos_command_batch over 50 routers, 5 of them down, end to end over stdio. */
class ExecuteJunosCommandBatchTest {
    private static final int UP = 45;
    private static final int DOWN = 5;
    @TempDir
    static Path directory;
    private static SimulatedNetwork network;
    private static List<String> routers;

    @BeforeAll
    static void start() {
        SimulatedNetwork.Builder builder = SimulatedNetwork.in(directory);
        routers = new ArrayList<>();
        IntStream.rangeClosed(1, UP + DOWN).forEach(i -> {
            String name = String.format("r%02d", i);
            routers.add(name);
            if (i % 10 == 0) {
                builder.down(name);
            } else {
                builder.device(DeviceSpec.builder(name).build());
            }
        });
        network = builder.devices("untouched-1").start();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    private static CallToolResult batch(List<String> routerNames, String command, Object progressToken) {
        return network.server().client().callTool(McpSchema.CallToolRequest.builder("execute_junos_command_batch")
                .arguments(Map.of("router_names", routerNames, "command", command)).progressToken(progressToken)
                .build());
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsFortyFiveSuccessesAndFiveFailuresWhenFiveRoutersAreDown() {
        CallToolResult result = batch(routers, "show version", "batch-1");

        assertThat(result.isError()).isFalse();
        Map<String, Object> report = (Map<String, Object>) result.structuredContent();
        assertThat((Map<String, Object>) report.get("summary")).containsEntry("command", "show version")
                .containsEntry("total_routers", 50).containsEntry("successful", 45).containsEntry("failed", 5);
        List<Map<String, Object>> results = (List<Map<String, Object>>) report.get("results");
        assertThat(results).extracting(entry -> entry.get("router_name")).containsExactlyElementsOf(routers);
        assertThat(results).filteredOn(entry -> "failed".equals(entry.get("status")))
                .extracting(entry -> entry.get("router_name")).containsExactly("r10", "r20", "r30", "r40", "r50");
        assertThat(results.get(9).get("output").toString()).startsWith("Connection error to router 'r10'");
        assertThat(results.get(0).get("output").toString()).contains("Hostname: r01");
        assertThat(results.get(0)).containsKeys("execution_duration", "start_time", "end_time");
    }

    @Test
    void sendsProgressAsEachRouterFinishes() {
        batch(routers, "show system uptime", "batch-progress");

        Eventually.await("a progress notification per router", () -> progress("batch-progress").size() == 50);
        assertThat(progress("batch-progress")).extracting(McpSchema.ProgressNotification::progress)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50).mapToObj(i -> (double) i).toList());
        assertThat(progress("batch-progress")).allSatisfy(notification -> {
            assertThat(notification.total()).isEqualTo(50.0);
            assertThat(notification.message()).matches("r\\d\\d: (success|failed) \\(\\d+/50\\)");
        });
    }

    private static List<McpSchema.ProgressNotification> progress(String token) {
        return network.server().progress().stream().filter(notification -> token.equals(notification.progressToken()))
                .toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsARouterThatDoesNotAnswerInTimeAndTheOthersResults() {
        network.device("r01").faults().latency(Duration.ofSeconds(3));
        try {
            CallToolResult result = network.server().call("execute_junos_command_batch",
                    Map.of("router_names", List.of("r01", "r02"), "command", "show version", "timeout", 1));

            List<Map<String, Object>> results = (List<Map<String, Object>>) ((Map<String, Object>) result
                    .structuredContent()).get("results");
            assertThat(results.get(0)).containsEntry("status", "failed");
            assertThat(results.get(0).get("output").toString()).startsWith("Timed out on router 'r01'");
            assertThat(results.get(1)).containsEntry("status", "success");
        } finally {
            network.device("r01").faults().clear();
        }
    }

    @Test
    void runsNothingWhenARouterIsUnknown() {
        CallToolResult result = batch(List.of("untouched-1", "r99"), "show version", null);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("The following routers are not in the device mapping: 'r99'; nothing was "
                + "done (see get_router_list)");
        assertThat(network.device("untouched-1").loginCount()).isZero();
    }

    @Test
    void runsNothingWhenTheCommandIsBlocked() {
        CallToolResult result = batch(List.of("untouched-1", "r01"), "request system reboot", null);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Blocked command rejected");
        assertThat(network.device("untouched-1").loginCount()).isZero();
    }

    @Test
    void refusesAnEmptyList() {
        CallToolResult result = batch(List.of(), "show version", null);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("router_names");
    }

    @Test
    void refusesARouterNamedTwice() {
        CallToolResult result = batch(List.of("r01", "r02", "r01"), "show version", null);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("router_names lists 'r01' more than once; name each router once");
    }

    @Test
    void marksTheCallFailedWhenNoRouterSucceeded() {
        CallToolResult result = batch(List.of("r10", "r20"), "show version", null);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("\"successful\" : 0").contains("\"failed\" : 2");
    }
}

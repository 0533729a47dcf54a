package io.jmcp.tools;

import io.jmcp.core.output.OutputArguments;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.TimeoutArgument;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.netconf.OutputFormat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code execute_junos_command_batch}: one operational command on many routers in parallel, with
 * the seed project's JSON summary. Everything is validated before any router is contacted: an
 * empty or duplicated list, an unknown router or a blocked command runs nothing.
 */
public final class ExecuteJunosCommandBatch implements ToolHandler {
    private static final String SUCCESS = "success";
    private static final String FAILED = "failed";
    /** Python's {@code datetime.isoformat()} in UTC, as the seed wrote start and end times. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("execute_junos_command_batch")
            .title("Execute a Junos command on many routers")
            .description("Execute the same Junos operational command on multiple routers in parallel. Returns "
                    + "structured JSON output with per-router results, timing, and success/failure status. The "
                    + "routers and the command are all checked first (unknown routers and commands blocked by "
                    + "block.cmd run nothing); progress is reported as each router finishes. Each router's output "
                    + "is cut to its share of the result budget; a cut one says so ('truncated') and where its "
                    + "whole output is ('full_output', or execute_junos_command with 'offset').")
            .inputSchema("""
                    {
                      "type": "object",
                      "properties": {
                        "router_names": {"type": "array", "items": {"type": "string"}, "minItems": 1,
                                         "description": "List of router names to execute the command on"},
                        "command": {"type": "string", "description": "The command to execute on all routers"},
                    """ + OutputArguments.schemaProperties(false)
                    + TimeoutArgument.schemaProperty("Command timeout in seconds per router") + """
                      },
                      "required": ["router_names", "command"]
                    }
                    """)
            .outputSchema("""
                    {
                      "type": "object",
                      "properties": {
                        "summary": {
                          "type": "object",
                          "properties": {
                            "command": {"type": "string"},
                            "total_routers": {"type": "integer"},
                            "successful": {"type": "integer"},
                            "failed": {"type": "integer"},
                            "total_duration": {"type": "number", "description": "seconds"}
                          },
                          "required": ["command", "total_routers", "successful", "failed", "total_duration"]
                        },
                        "results": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "properties": {
                              "router_name": {"type": "string"},
                              "status": {"type": "string", "enum": ["success", "failed"]},
                              "output": {"type": "string"},
                              "truncated": {"type": "boolean", "description": "output holds only its first lines"},
                              "output_lines": {"type": "integer", "description": "lines of the whole output"},
                              "full_output": {"type": "string", "description": "URI of the whole output, when cut"},
                              "continue_with": {"type": "string", "description": "the call that returns the next lines"},
                              "execution_duration": {"type": "number", "description": "seconds"},
                              "start_time": {"type": "string"},
                              "end_time": {"type": "string"}
                            },
                            "required": ["router_name", "status", "output", "execution_duration", "start_time",
                                         "end_time"]
                          }
                        }
                      },
                      "required": ["summary", "results"]
                    }
                    """)
            .annotations(ToolAnnotations.readOnlyTool())
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        long started = System.nanoTime();
        ToolArguments args = ToolArguments.of(arguments);
        List<String> routers = args.requiredStringList("router_names");
        String command = args.requiredString("command");
        Duration timeout = context.rpcTimeout(args);
        RouterNames.requireKnownAndDistinct("router_names", routers, context.devices());
        CommandChecks.require(context, "command", command);
        context.log().info("Executing '" + command + "' on " + routers.size() + " routers in parallel");
        RouterShare share = RouterShare.of(context.outputs(arguments), routers.size(), command);
        List<Map<String, Object>> results = RouterFanOut.run(context, routers,
                new CommandTask(context, command, timeout, share));
        Map<String, Object> report = report(command, results, Duration.ofNanos(System.nanoTime() - started));
        String text = JsonText.pretty(report);
        return new ToolResult(List.of(text), report, countOf(results, SUCCESS) == 0);
    }

    private static Map<String, Object> report(String command, List<Map<String, Object>> results, Duration total) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("command", command);
        summary.put("total_routers", results.size());
        summary.put("successful", countOf(results, SUCCESS));
        summary.put("failed", countOf(results, FAILED));
        summary.put("total_duration", seconds(total));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("summary", summary);
        report.put("results", results);
        return report;
    }

    private static long countOf(List<Map<String, Object>> results, String status) {
        return results.stream().filter(result -> status.equals(result.get("status"))).count();
    }

    /** Seconds rounded to milliseconds, as the seed reported durations. */
    private static double seconds(Duration duration) {
        return Math.round(duration.toNanos() / 1_000_000.0) / 1000.0;
    }

    private static String timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(TIMESTAMP);
    }

    /** Runs the command on one router; a failure becomes that router's result. */
    private record CommandTask(ToolContext context, String command, Duration timeout, RouterShare share)
            implements RouterFanOut.RouterTask<Map<String, Object>> {

        @Override
        public Map<String, Object> run(String router) {
            Instant start = Instant.now();
            long started = System.nanoTime();
            String status = SUCCESS;
            String output;
            try {
                output = context.onDevice(router, Purpose.READ, timeout, device -> device.command(command, OutputFormat.TEXT));
            } catch (RuntimeException failure) {
                status = FAILED;
                output = RouterFailures.describe(router, failure);
            }
            Map<String, Object> result = result(router, status, "", start, Duration.ofNanos(System.nanoTime() - started));
            result.putAll(share.cut(router, output));
            return result;
        }

        @Override
        public Map<String, Object> notStarted(String router) {
            Instant now = Instant.now();
            return result(router, FAILED, "not run: the call was cancelled", now, Duration.ZERO);
        }

        @Override
        public String describe(Map<String, Object> result) {
            return result.get("router_name") + ": " + result.get("status");
        }

        private static Map<String, Object> result(String router, String status, String output, Instant start,
                Duration duration) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("router_name", router);
            result.put("status", status);
            result.put("output", output);
            result.put("execution_duration", seconds(duration));
            result.put("start_time", timestamp(start));
            result.put("end_time", timestamp(start.plus(duration)));
            return result;
        }
    }
}

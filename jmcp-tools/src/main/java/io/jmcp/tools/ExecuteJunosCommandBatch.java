package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.output.OutputArguments;
import io.jmcp.core.spi.Bounds;
import io.jmcp.core.spi.Nullable;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.StructuredOutput;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code execute_junos_command_batch}: one operational command on many routers in parallel, with
 * the seed project's JSON summary. Everything is validated before any router is contacted: an
 * empty or duplicated list, an unknown router or a blocked command runs nothing.
 */
public final class ExecuteJunosCommandBatch implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(@JsonProperty(required = true) @Bounds(minItems = 1)
            @JsonPropertyDescription("List of router names to execute the command on") List<String> routerNames,
            @JsonProperty(required = true) @JsonPropertyDescription("The command to execute on all routers") String command) {
    }

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
            .inputSchema(Arguments.class, OutputArguments.schemaProperties(false)
                    + TimeoutArgument.schemaProperty("Command timeout in seconds per router"))
            .outputSchema(Report.class)
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
        List<RouterRun> results = RouterFanOut.run(context, routers, new CommandTask(context, command, timeout, share));
        long successful = results.stream().filter(result -> result.status() == RunStatus.SUCCESS).count();
        Summary summary = new Summary(command, results.size(), successful, results.size() - successful,
                seconds(Duration.ofNanos(System.nanoTime() - started)));
        Report report = new Report(summary, results);
        Map<String, Object> content = StructuredOutput.contentOf(report);
        return new ToolResult(List.of(JsonText.pretty(content)), content, successful == 0);
    }

    /** The structured content, in the seed project's shape. */
    record Report(Summary summary, List<RouterRun> results) {
    }

    record Summary(String command, int totalRouters, long successful, long failed,
                   @JsonPropertyDescription("seconds") double totalDuration) {
    }

    enum RunStatus { SUCCESS, FAILED }

    /** One router's run; the output fields say whether and where it was cut ({@link RouterShare}). */
    record RouterRun(String routerName, RunStatus status, String output,
                     @JsonPropertyDescription("output holds only its first lines") boolean truncated,
                     @Nullable @JsonPropertyDescription("lines of the whole output, when cut") Integer outputLines,
                     @Nullable @JsonPropertyDescription("URI of the whole output, when cut and kept") String fullOutput,
                     @Nullable @JsonPropertyDescription("the call that returns the next lines, when cut")
                     String continueWith,
                     @JsonPropertyDescription("seconds") double executionDuration, String startTime, String endTime) {
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
            implements RouterFanOut.RouterTask<RouterRun> {

        @Override
        public RouterRun run(String router) {
            Instant start = Instant.now();
            long started = System.nanoTime();
            RunStatus status = RunStatus.SUCCESS;
            String output;
            try {
                output = context.onDevice(router, Purpose.READ, timeout, device -> device.command(command, OutputFormat.TEXT));
            } catch (RuntimeException failure) {
                status = RunStatus.FAILED;
                output = RouterFailures.describe(router, failure);
            }
            return result(router, status, share.cut(router, output), start, Duration.ofNanos(System.nanoTime() - started));
        }

        @Override
        public RouterRun notStarted(String router) {
            return result(router, RunStatus.FAILED, RouterShare.Shown.whole("not run: the call was cancelled"),
                    Instant.now(), Duration.ZERO);
        }

        @Override
        public String describe(RouterRun result) {
            return result.routerName() + ": " + result.status().name().toLowerCase(Locale.ROOT);
        }

        private static RouterRun result(String router, RunStatus status, RouterShare.Shown output, Instant start,
                Duration duration) {
            return new RouterRun(router, status, output.text(), output.truncated(), output.lines(), output.wholeUri(),
                    output.continueWith(), seconds(duration), timestamp(start), timestamp(start.plus(duration)));
        }
    }
}

package io.jmcp.server.stdio;

import io.jmcp.netconf.ConfigDatabase;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.OutputFormat;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outputs larger than a model's context, through the stdio server as a client sees them: the first
 * result within the 100 KB budget, the next page with {@code offset}, the rest from the kept
 * output's resource, together the device's output byte for byte, in a server whose heap is capped.
 */
class LargeOutputsTest {
    private static final int BUDGET = 100 * 1024;
    private static final String NOTE = "[jmcp] ";
    private static final Pattern NEXT_OFFSET = Pattern.compile("offset=(\\d+)\\)");
    private static final Pattern NEXT_RESOURCE = Pattern.compile("Next page: resources/read (\\S+)\\.");
    /**
     * A bounded heap for the server: the NETCONF client needs several copies of a 97 MB reply while it
     * decodes it (768 MB ran out), the kept output one more.
     */
    private static final String CAPPED_HEAP = "-Xmx1536m";

    @TempDir
    Path directory;

    @Test
    void pagesAMillionRouteTableByteForByte() {
        try (SimulatedNetwork network = SimulatedNetwork.in(directory)
                .device(DeviceSpec.builder("big").routes(1_000_000).build())
                .environment("JAVA_TOOL_OPTIONS", CAPPED_HEAP).requestTimeout(Duration.ofMinutes(5)).start()) {
            Map<String, Object> arguments = arguments("router_name", "big", "command", "show route");

            String whole = pageThrough(network.server(), "execute_junos_command", arguments);

            assertSameBytes(whole, onDevice(network.device("big"),
                    junos -> junos.command("show route", OutputFormat.TEXT)));
            assertThat(whole.lines().count()).isGreaterThan(2_000_000);
            assertThat(network.server().stderr()).noneMatch(line -> line.contains("OutOfMemoryError"));
        }
    }

    @Test
    void pagesAConfigurationOf200000LinesByteForByte() {
        try (SimulatedNetwork network = SimulatedNetwork.in(directory)
                .device(DeviceSpec.builder("pe").interfaceUnits(33_400).build())
                .environment("JAVA_TOOL_OPTIONS", CAPPED_HEAP).start()) {
            String expected = onDevice(network.device("pe"),
                    junos -> junos.getConfiguration(ConfigFormat.TEXT, ConfigDatabase.COMMITTED, null));
            Map<String, Object> arguments = arguments("router_name", "pe", "format", "text");

            String whole = pageThrough(network.server(), "get_junos_config", arguments);

            assertThat(expected.lines().count()).isGreaterThan(200_000);
            assertSameBytes(whole, expected);
        }
    }

    @Test
    void cutsEachRoutersShareOfA200RouterBatchAndKeepsEveryWholeOutput() throws IOException {
        SimulatedNetwork.Builder builder = SimulatedNetwork.in(directory).environment("JAVA_TOOL_OPTIONS", CAPPED_HEAP);
        List<String> routers = IntStream.rangeClosed(1, 200).mapToObj(i -> String.format("r%03d", i)).toList();
        routers.forEach(name -> builder.device(DeviceSpec.builder(name).routes(1_500).build()));
        try (SimulatedNetwork network = builder.start()) {
            CallToolResult result = network.call("execute_junos_command_batch",
                    arguments("router_names", routers, "command", "show route"));

            assertThat(bytes(text(result))).isLessThanOrEqualTo(BUDGET);
            assertThat(bytes(McpJsonDefaults.getMapper().writeValueAsString(result.structuredContent())))
                    .isLessThanOrEqualTo(BUDGET);
            @SuppressWarnings("unchecked")
            Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
            assertThat(asMap(structured.get("summary"))).containsEntry("total_routers", 200)
                    .containsEntry("successful", 200).containsEntry("failed", 0);
            List<?> results = (List<?>) structured.get("results");
            assertThat(results).hasSize(200).allSatisfy(each -> assertThat(asMap(each))
                    .containsEntry("truncated", true).containsKeys("full_output", "output_lines", "continue_with"));
            for (int index = 0; index < 200; index += 40) {
                Map<String, Object> routerResult = asMap(results.get(index));
                String router = (String) routerResult.get("router_name");
                String expected = onDevice(network.device(router), junos -> junos.command("show route", OutputFormat.TEXT));
                String whole = routerResult.get("output") + readFrom(network.server(),
                        routerResult.get("full_output") + "/offset/" + shownLines(routerResult));
                assertSameBytes(whole, expected);
                assertThat(routerResult.get("output_lines")).isEqualTo((int) expected.lines().count());
            }
        }
    }

    @Test
    void cutsTheDiffOfALargeDryRunChangeInItsStructuredContentAndKeepsItWhole() throws IOException {
        int units = 4_000;
        String change = IntStream.rangeClosed(1, units).mapToObj(unit -> "set interfaces ge-0/0/1 unit " + unit
                + " description \"unit " + unit + " of a large change\"\n").collect(Collectors.joining());
        try (SimulatedNetwork network = SimulatedNetwork.in(directory).device(DeviceSpec.builder("pe").build()).start()) {
            CallToolResult result = network.call("load_and_commit_config",
                    arguments("router_name", "pe", "config_text", change, "dry_run", true));

            assertThat(result.isError()).as(text(result)).isFalse();
            assertThat(bytes(McpJsonDefaults.getMapper().writeValueAsString(result.structuredContent())))
                    .isLessThanOrEqualTo(BUDGET);
            Map<String, Object> structured = asMap(result.structuredContent());
            McpSchema.Tool tool = network.server().client().listTools().tools().stream()
                    .filter(each -> each.name().equals("load_and_commit_config")).findFirst().orElseThrow();
            assertThat(McpJsonDefaults.getSchemaValidator().validate(tool.outputSchema(), structured).valid()).isTrue();
            assertThat(structured).containsEntry("router_name", "pe").containsEntry("status", "checked")
                    .containsEntry("dry_run", true).containsEntry("truncated", true)
                    .containsEntry("message", "Dry run on pe: the commit check passed; nothing was committed and the "
                            + "change was discarded.");
            Map<String, Object> mark = asMap(asMap(structured.get("truncated_fields")).get("diff"));
            String shown = (String) structured.get("diff");
            String whole = shown + readFrom(network.server(), mark.get("full_output") + "/offset/" + mark.get("shown_lines"));
            assertThat(whole.lines().count()).isEqualTo(((Integer) mark.get("lines")).longValue());
            assertThat(whole.lines().filter(line -> line.contains(" of a large change\";"))).hasSize(units);
            assertThat(whole).contains("description \"unit 4000 of a large change\";");
        }
    }

    @Test
    void anotherSessionCannotReadAKeptOutput() {
        try (SimulatedNetwork network = SimulatedNetwork.in(directory)
                .device(DeviceSpec.builder("big").routes(5_000).build()).start();
             McpServerProcess other = McpServerProcess.start(StdioServerMain.class, "-f",
                     network.devicesFile().toString())) {
            CallToolResult result = network.call("execute_junos_command",
                    arguments("router_name", "big", "command", "show route"));
            String uri = link(result).uri();

            assertThat(read(network.server(), uri)).startsWith("inet.0: ");
            assertThatThrownBy(() -> read(other, uri)).isInstanceOf(McpError.class)
                    .hasMessageContaining("is not kept: outputs are kept 15 minutes for the session that "
                            + "produced them only");
        }
    }

    /** The whole output of a tool call: its first page, the next with offset, the rest from the resource. */
    private static String pageThrough(McpServerProcess server, String tool, Map<String, Object> arguments) {
        CallToolResult first = server.call(tool, arguments);
        assertThat(first.isError()).isFalse();
        String firstText = text(first);
        assertThat(bytes(firstText)).isLessThanOrEqualTo(BUDGET);
        assertThat(firstText).contains(NOTE + "Output cut to fit the 100 KB result budget: lines 1-");
        McpSchema.ResourceLink link = link(first);
        assertThat(link.uri()).matches("jmcp://outputs/[0-9a-f]{32}");

        Map<String, Object> next = new LinkedHashMap<>(arguments);
        next.put("offset", Integer.parseInt(group(NEXT_OFFSET, firstText)));
        CallToolResult second = server.call(tool, next);
        String secondText = text(second);
        assertThat(bytes(secondText)).isLessThanOrEqualTo(BUDGET);
        assertThat(secondText).doesNotContain("ran again");
        return shown(firstText) + shown(secondText) + readFrom(server, link.uri() + "/offset/"
                + group(NEXT_OFFSET, secondText));
    }

    /** The kept output from the page at {@code uri} to its end, page by page. */
    private static String readFrom(McpServerProcess server, String uri) {
        StringBuilder whole = new StringBuilder();
        String page = uri;
        for (int pages = 0; pages < 5_000 && page != null; pages++) {
            String text = read(server, page);
            assertThat(bytes(text)).isLessThanOrEqualTo(BUDGET);
            whole.append(shown(text));
            page = text.contains(NOTE) ? group(NEXT_RESOURCE, text) : null;
        }
        assertThat(page).as("pages left unread").isNull();
        return whole.toString();
    }

    private static String read(McpServerProcess server, String uri) {
        List<McpSchema.ResourceContents> contents = server.client().readResource(new ReadResourceRequest(uri)).contents();
        return ((TextResourceContents) contents.get(0)).text();
    }

    private static <T> T onDevice(SimulatedDevice device, Function<JunosDevice, T> work) {
        try (JunosDevice junos = JunosDevice.connect(DeviceOptions.builder(SimulatedDevice.HOST).port(device.port())
                .username(DeviceSpec.DEFAULT_USER).password(DeviceSpec.DEFAULT_PASSWORD)
                .hostKeyPolicy(HostKeyPolicy.OFF).build())) {
            return work.apply(junos);
        }
    }

    private static void assertSameBytes(String actual, String expected) {
        int firstDifference = IntStream.range(0, Math.min(actual.length(), expected.length()))
                .filter(i -> actual.charAt(i) != expected.charAt(i)).findFirst().orElse(-1);
        assertThat(firstDifference).as("first differing character").isEqualTo(-1);
        assertThat(actual.length()).isEqualTo(expected.length());
    }

    private static String shown(String text) {
        int note = text.indexOf(NOTE);
        return note < 0 ? text : text.substring(0, note);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    private static int shownLines(Map<String, Object> routerResult) {
        String output = (String) routerResult.get("output");
        return (int) output.chars().filter(c -> c == '\n').count();
    }

    private static String text(CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    private static McpSchema.ResourceLink link(CallToolResult result) {
        return result.content().stream().filter(McpSchema.ResourceLink.class::isInstance)
                .map(McpSchema.ResourceLink.class::cast).findFirst().orElseThrow();
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("'%s' in %s", pattern, text.substring(text.indexOf(NOTE))).isTrue();
        return matcher.group(1);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Map<String, Object> arguments(Object... namesAndValues) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return arguments;
    }
}

package io.jmcp.core.output;

import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.Scope;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Results within the budget: cut at a line, explained, continued with offset, kept for their caller only. */
class ResultBudgetTest {
    private static final int BUDGET = 4096;
    private static final ToolDefinition COMMAND_TOOL = ToolDefinition.builder("execute_junos_command")
            .description("runs a command")
            .inputSchema("{\"type\": \"object\", \"properties\": {\"router_name\": {\"type\": \"string\"}, "
                    + "\"command\": {\"type\": \"string\"}, " + OutputArguments.schemaProperties(true)
                    + "\"timeout\": {\"type\": \"integer\"}}}")
            .build();
    private static final ToolDefinition PLAIN_TOOL = ToolDefinition.builder("gather_device_facts")
            .description("facts").inputSchema("{\"type\": \"object\", \"properties\": {}}").build();
    /** 1000 numbered lines of 12 bytes: 12,000 bytes. */
    private static final String OUTPUT = IntStream.range(0, 1000).mapToObj(i -> String.format("line %06d%n", i))
            .collect(Collectors.joining()).replace("\r", "");
    private static final Caller ALICE = new Caller("alice", Set.of(Scope.READ));
    private static final Caller BOB = new Caller("bob", Set.of(Scope.READ));

    private final ResultBudget budget = new ResultBudget(new OutputStore(OutputSettings.defaults()
            .withResultBudget(BUDGET)));
    private final AtomicInteger runs = new AtomicInteger();

    private ToolResult call(ToolDefinition tool, Caller caller, Map<String, Object> arguments) {
        return budget.fit(tool, caller, arguments, given -> {
            runs.incrementAndGet();
            return ToolResult.text(OUTPUT);
        });
    }

    private static Map<String, Object> command(Object... more) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("router_name", "r1");
        arguments.put("command", "show route");
        for (int i = 0; i < more.length; i += 2) {
            arguments.put((String) more[i], more[i + 1]);
        }
        return arguments;
    }

    private static String shown(ToolResult result) {
        String text = result.texts().get(0);
        int note = text.indexOf(CutNote.MARK);
        return note < 0 ? text : text.substring(0, note);
    }

    @Test
    void leavesAResultWithinTheBudgetAsItIs() {
        ToolResult small = ToolResult.text("short\n");

        assertThat(budget.fit(COMMAND_TOOL, ALICE, command(), given -> small)).isSameAs(small);
    }

    @Test
    void cutsALargerResultAtALineAndSaysWhatIsLeftOutAndHowToGetIt() {
        ToolResult result = call(COMMAND_TOOL, ALICE, command());
        String text = result.texts().get(0);
        String uri = result.links().get(0).uri();

        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(BUDGET);
        assertThat(shown(result)).isEqualTo(OUTPUT.substring(0, 256 * 12));
        assertThat(text.substring(256 * 12)).isEqualTo("[jmcp] Output cut to fit the 4 KB result budget: lines "
                + "1-256 of 1000 shown (3072 of 12000 bytes); 744 more lines are left out. Next page: "
                + "execute_junos_command(router_name=\"r1\", command=\"show route\", offset=256). Whole output: "
                + "resources/read " + uri + " (pages from line N: " + uri + "/offset/N), kept 15 minutes. To narrow "
                + "the output: append '| match PATTERN', '| except PATTERN' or '| count' to the command, or ask for "
                + "less (e.g. 'show route 10.0.0.0/8').\n");
        assertThat(result.links().get(0).size()).isEqualTo(12_000);
        assertThat(result.isError()).isFalse();
    }

    @Test
    void continuesFromTheKeptOutputWithoutRunningTheToolAgain() {
        call(COMMAND_TOOL, ALICE, command());
        ToolResult next = call(COMMAND_TOOL, ALICE, command("offset", 256));
        ToolResult last = call(COMMAND_TOOL, ALICE, command("offset", 990));

        assertThat(runs).hasValue(1);
        assertThat(shown(next)).isEqualTo(OUTPUT.substring(256 * 12, 512 * 12));
        assertThat(next.texts().get(0)).contains("lines 257-512 of 1000 shown", "offset=512");
        assertThat(last.texts().get(0)).isEqualTo(OUTPUT.substring(990 * 12));
    }

    @Test
    void runsTheToolAgainWhenTheOutputIsNoLongerKeptAndSaysSo() {
        ToolResult page = call(COMMAND_TOOL, ALICE, command("offset", 990));

        assertThat(runs).hasValue(1);
        assertThat(page.texts().get(0)).isEqualTo(OUTPUT.substring(990 * 12) + "[jmcp] The earlier output was no "
                + "longer kept, so the command ran again for this page; the device's output may have changed since "
                + "the first page.\n");
    }

    @Test
    void letsACallLowerTheBudgetButNeverRaiseIt() {
        ToolResult lower = call(COMMAND_TOOL, ALICE, command("max_output_bytes", 2048));
        ToolResult higher = call(COMMAND_TOOL, ALICE, command("max_output_bytes", 1_000_000));

        assertThat(shown(lower)).hasSize(85 * 12);
        assertThat(lower.texts().get(0)).contains("the 2 KB result budget");
        assertThat(shown(higher)).hasSize(256 * 12);
    }

    @Test
    void refusesAnOffsetPastTheEndOfTheOutput() {
        call(COMMAND_TOOL, ALICE, command());

        ToolResult result = call(COMMAND_TOOL, ALICE, command("offset", 1000));

        assertThat(result.isError()).isTrue();
        assertThat(result.texts()).containsExactly("argument 'offset' is past the end of the output: offset 1000 is "
                + "past the end: the output has 1000 lines (offsets 0 to 999)");
    }

    @Test
    void refusesABadOffsetOrBudget() {
        assertThatThrownBy(() -> call(COMMAND_TOOL, ALICE, command("offset", -1))).isInstanceOf(ToolException.class)
                .hasMessage("argument 'offset' must be between 0 and 2147483647, got -1");
        assertThatThrownBy(() -> call(COMMAND_TOOL, ALICE, command("max_output_bytes", 100)))
                .isInstanceOf(ToolException.class)
                .hasMessage("argument 'max_output_bytes' must be between 2048 and 2147483647, got 100");
    }

    @Test
    void pointsAToolWithoutOffsetToTheKeptOutput() {
        ToolResult result = call(PLAIN_TOOL, ALICE, Map.of());
        String uri = result.links().get(0).uri();

        assertThat(result.texts().get(0)).contains("Next page: resources/read " + uri + "/offset/256.")
                .doesNotContain("To narrow");
    }

    @Test
    void servesTheKeptOutputPageByPageToItsCallerOnly() {
        String uri = call(COMMAND_TOOL, ALICE, command()).links().get(0).uri();
        String id = uri.substring("jmcp://outputs/".length());
        HeldOutputResource pages = (HeldOutputResource) HeldOutputResource.of(budget).get(1);

        String page = pages.read(new CallerOnly(ALICE), Map.of("id", id, "offset", "256")).text();
        assertThat(page.substring(0, page.indexOf(CutNote.MARK))).isEqualTo(OUTPUT.substring(256 * 12, 512 * 12));
        assertThat(page).contains("Next page: resources/read " + uri + "/offset/512.");
        assertThat(pages.read(new CallerOnly(ALICE), Map.of("id", id, "offset", "990")).text())
                .isEqualTo(OUTPUT.substring(990 * 12));
        assertThatThrownBy(() -> pages.read(new CallerOnly(BOB), Map.of("id", id, "offset", "0")))
                .isInstanceOf(ToolException.class).hasMessage("Output '" + id + "' is not kept: outputs are kept 15 "
                        + "minutes for the session that produced them only; call the tool again");
        assertThatThrownBy(() -> pages.read(new CallerOnly(ALICE), Map.of("id", id, "offset", "x")))
                .isInstanceOf(ToolException.class).hasMessage("the offset in the URI must be a line count from 0, got 'x'");
    }

    @Test
    void cutsALargeResourceReadAndKeepsItsWhole() {
        ResourceContent content = budget.fitRead(ALICE, "junos://devices/r1/config", new ResourceContent(OUTPUT,
                "text/plain"));

        assertThat(content.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(BUDGET);
        assertThat(content.text()).startsWith(OUTPUT.substring(0, 256 * 12) + "[jmcp] Output cut")
                .contains("Next page: resources/read jmcp://outputs/");
        assertThat(content.mimeType()).isEqualTo("text/plain");
    }
}

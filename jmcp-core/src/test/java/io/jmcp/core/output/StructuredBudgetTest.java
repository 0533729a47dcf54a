package io.jmcp.core.output;

import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.Scope;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolResult;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Structured content within the result budget for any tool: long values cut at a line and kept
 * whole for their caller, summary fields complete, the result still valid against the tool's output
 * schema.
 */
class StructuredBudgetTest {
    private static final int BUDGET = 8192;
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final JsonSchemaValidator VALIDATOR = McpJsonDefaults.getSchemaValidator();
    /** The outcome of one router's change, as load_and_commit_config declares it (ChangeOutcome.SCHEMA). */
    private static final String CHANGE_SCHEMA = """
            {
              "type": "object",
              "properties": {
                "router_name": {"type": "string"},
                "status": {"type": "string", "enum": ["committed", "no_changes", "checked", "failed"]},
                "message": {"type": "string"},
                "diff": {"type": "string", "description": "the change in 'show | compare' form"},
                "warnings": {"type": "array", "items": {"type": "string"}},
                "commit_comment": {"type": "string"},
                "confirmed_minutes": {"type": ["integer", "null"]},
                "dry_run": {"type": "boolean"}
              },
              "required": ["router_name", "status", "message", "diff", "warnings"]
            }""";
    private static final ToolDefinition CHANGE_TOOL = ToolDefinition.builder("load_and_commit_config")
            .description("changes a router").inputSchema("{\"type\": \"object\", \"properties\": {\"router_name\": "
                    + "{\"type\": \"string\"}, " + OutputArguments.schemaProperties(false)
                    + "\"config_text\": {\"type\": \"string\"}}}")
            .outputSchema(CHANGE_SCHEMA).build();
    /** A custom tool whose schema forbids any field it does not declare. */
    private static final ToolDefinition STRICT_TOOL = ToolDefinition.builder("custom_report")
            .description("a closed report").inputSchema("{\"type\": \"object\", \"properties\": {}}")
            .outputSchema("""
                    {"type": "object", "additionalProperties": false,
                     "properties": {"title": {"type": "string"}, "body": {"type": "string"},
                                    "notes": {"type": "array", "items": {"type": "string"}}},
                     "required": ["title", "body", "notes"]}""").build();
    /** Routers of a network-wide change whose summaries leave room for their diffs in the budget. */
    private static final int ROUTERS = 8;
    private static final Caller ALICE = new Caller("alice", Set.of(Scope.READ));
    private static final Caller BOB = new Caller("bob", Set.of(Scope.READ));

    private final ResultBudget budget = new ResultBudget(new OutputStore(OutputSettings.defaults()
            .withResultBudget(BUDGET)));

    /** {@code count} lines of a show | compare diff, 40 bytes each. */
    private static String diff(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("+    description \"unit %012d\";%n", i))
                .collect(Collectors.joining()).replace("\r", "");
    }

    private static Map<String, Object> outcome(String diff) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("router_name", "r1");
        outcome.put("status", "checked");
        outcome.put("message", "Dry run on r1: the commit check passed; nothing was committed and the change was "
                + "discarded.");
        outcome.put("diff", diff);
        outcome.put("warnings", List.of("warning: statement has no effect"));
        outcome.put("commit_comment", "by jmcp");
        outcome.put("confirmed_minutes", null);
        outcome.put("dry_run", true);
        return outcome;
    }

    private ToolResult call(ToolDefinition tool, Caller caller, Map<String, Object> arguments,
            Map<String, Object> structured) {
        return budget.fit(tool, caller, arguments, given -> ToolResult.structured(structured, "short text"));
    }

    private static Map<String, Object> arguments(Object... pairs) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            arguments.put((String) pairs[i], pairs[i + 1]);
        }
        return arguments;
    }

    private static int jsonBytes(Object structured) {
        return JSON.writeValueAsString(structured).getBytes(StandardCharsets.UTF_8).length;
    }

    private static void assertValid(ToolDefinition tool, Map<String, Object> structured) {
        Map<String, Object> schema = JSON.readValue(tool.outputSchemaJson().orElseThrow(), new TypeReference<>() {
        });
        JsonSchemaValidator.ValidationResponse validation = VALIDATOR.validate(schema, structured);
        assertThat(validation.valid()).as(validation.errorMessage()).isTrue();
    }

    /** The whole of a kept value: its shown lines, then the resource from the next line to its end. */
    private String whole(Caller caller, String shown, Map<String, Object> mark) {
        HeldOutputResource pages = (HeldOutputResource) HeldOutputResource.of(budget).get(1);
        String id = ((String) mark.get("full_output")).substring("jmcp://outputs/".length());
        StringBuilder whole = new StringBuilder(shown);
        int offset = (int) mark.get("shown_lines");
        for (int reads = 0; reads < 1000 && offset < (int) mark.get("lines"); reads++) {
            String page = pages.read(new CallerOnly(caller), Map.of("id", id, "offset", String.valueOf(offset))).text();
            int note = page.indexOf(CutNote.MARK);
            String lines = note < 0 ? page : page.substring(0, note);
            whole.append(lines);
            offset += (int) lines.lines().count();
        }
        return whole.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    @Test
    void leavesStructuredContentWithinTheBudgetAsItIs() {
        ToolResult small = ToolResult.structured(outcome(diff(10)), "short");

        assertThat(budget.fit(CHANGE_TOOL, ALICE, arguments("router_name", "r1"), given -> small)).isSameAs(small);
    }

    @Test
    void cutsALargeDiffAtALineMarksItAndKeepsItWholeForItsCaller() {
        String diff = diff(5_000);
        Map<String, Object> arguments = arguments("router_name", "r1", "config_text", "set a b");

        Map<String, Object> structured = call(CHANGE_TOOL, ALICE, arguments, outcome(diff)).structuredContent();

        assertThat(jsonBytes(structured)).isLessThanOrEqualTo(BUDGET);
        assertValid(CHANGE_TOOL, structured);
        String shown = (String) structured.get("diff");
        assertThat(diff).startsWith(shown);
        assertThat(shown).endsWith("\n").isNotEmpty();
        assertThat(structured).containsEntry(StructuredBudget.TRUNCATED, true);
        Map<String, Object> mark = asMap(asMap(structured.get(StructuredBudget.TRUNCATED_FIELDS)).get("diff"));
        assertThat(mark).containsEntry("lines", 5_000).containsEntry("shown_lines", (int) shown.lines().count());
        assertThat((String) mark.get("full_output")).matches("jmcp://outputs/[0-9a-f]{32}");
        Map<String, Object> summary = new LinkedHashMap<>(outcome(diff));
        summary.remove("diff");
        assertThat(structured).containsAllEntriesOf(summary);
        assertThat(whole(ALICE, shown, mark)).isEqualTo(diff);
        assertThatThrownBy(() -> whole(BOB, shown, mark)).isInstanceOf(ToolException.class)
                .hasMessageContaining("is not kept");
    }

    @Test
    void sharesTheBudgetAmongTheLongValuesOfManyRoutersAndKeepsEveryOneWhole() {
        Map<String, Object> rendered = new LinkedHashMap<>();
        rendered.put("rendered_config", diff(2_000));
        rendered.put("config_format", "text");
        rendered.put("applied", true);
        List<Map<String, Object>> results = new ArrayList<>();
        for (int router = 0; router < ROUTERS; router++) {
            Map<String, Object> outcome = outcome(diff(100 + router * 50));
            outcome.put("router_name", "r" + router);
            results.add(outcome);
        }
        rendered.put("results", results);

        Map<String, Object> structured = call(CHANGE_TOOL, ALICE, arguments("router_name", "all"), rendered)
                .structuredContent();

        assertThat(jsonBytes(structured)).isLessThanOrEqualTo(BUDGET);
        assertThat(structured).containsEntry("truncated", true).containsEntry("applied", true);
        List<?> cut = (List<?>) structured.get("results");
        assertThat(cut).hasSize(ROUTERS);
        for (int router = 0; router < ROUTERS; router++) {
            Map<String, Object> outcome = asMap(cut.get(router));
            assertThat(outcome).containsEntry("router_name", "r" + router).containsEntry("truncated", true);
            Map<String, Object> mark = asMap(asMap(outcome.get(StructuredBudget.TRUNCATED_FIELDS)).get("diff"));
            assertThat(whole(ALICE, (String) outcome.get("diff"), mark)).isEqualTo(diff(100 + router * 50));
        }
    }

    @Test
    void saysWhereTheWholeValueIsInsideTheValueWhenTheSchemaForbidsOtherFields() {
        String body = diff(3_000);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("title", "a short title");
        report.put("body", body);
        report.put("notes", List.of(diff(1_000), "short note"));

        Map<String, Object> structured = call(STRICT_TOOL, ALICE, Map.of(), report).structuredContent();

        assertThat(jsonBytes(structured)).isLessThanOrEqualTo(BUDGET);
        assertValid(STRICT_TOOL, structured);
        assertThat(structured).containsOnlyKeys("title", "body", "notes").containsEntry("title", "a short title");
        String cutBody = (String) structured.get("body");
        String shown = cutBody.substring(0, cutBody.indexOf(CutNote.MARK));
        assertThat(body).startsWith(shown);
        assertThat(cutBody.substring(shown.length())).matches("\\[jmcp] Value cut to fit the result budget: \\d+ of "
                + "3000 lines shown\\. Whole value: resources/read jmcp://outputs/[0-9a-f]{32}\\.\n");
        List<?> notes = (List<?>) structured.get("notes");
        assertThat((String) notes.get(0)).contains("of 1000 lines shown. Whole value: resources/read jmcp://outputs/");
        assertThat(notes.get(1)).isEqualTo("short note");
    }

    @Test
    void neverCutsShortValuesEvenWhenTheyAloneExceedTheBudget() {
        Map<String, Object> routers = new LinkedHashMap<>();
        IntStream.range(0, 400).forEach(i -> routers.put("router-" + i, Map.of("host", "10.0.0." + i % 250,
                "port", 830, "username", "netops")));
        ToolDefinition list = ToolDefinition.builder("get_router_list").description("routers")
                .inputSchema("{\"type\": \"object\", \"properties\": {}}")
                .outputSchema("{\"type\": \"object\", \"additionalProperties\": {\"type\": \"object\"}}").build();

        ToolResult result = call(list, ALICE, Map.of(), routers);

        assertThat(result.structuredContent()).isEqualTo(routers);
    }

    @Test
    void cutsTheValuesOfAFailedResultToo() {
        Map<String, Object> failed = outcome(diff(5_000));
        failed.put("status", "failed");

        ToolResult result = budget.fit(CHANGE_TOOL, ALICE, Map.of(), given -> new ToolResult(List.of("it failed"),
                failed, true));

        assertThat(result.isError()).isTrue();
        assertThat(jsonBytes(result.structuredContent())).isLessThanOrEqualTo(BUDGET);
        assertThat(result.texts()).containsExactly("it failed");
    }
}

package io.jmcp.tools;

import io.jmcp.core.app.ToolDiscovery;
import io.jmcp.core.spi.ToolHandler;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The output schemas now derived from records say what the hand-written ones said before them:
 * {@code tool-output-schemas.json} holds the two that were still typed by hand
 * ({@code gather_device_facts}, {@code get_router_list}), and each tool's schema today must equal it,
 * compared as {@link InputSchemaSamenessTest} compares input schemas. A deliberate difference is
 * listed in {@link #DELIBERATE} with its reason, and the test checks it is still there.
 */
class OutputSchemaSamenessTest {
    /** Tool name, then the JSON pointer of a deliberately changed schema node, then why. */
    private static final Map<String, Map<String, String>> DELIBERATE = Map.of("gather_device_facts", Map.of(
            "/properties/master", "the anyOf of a string, a list of strings and null (from @OneOrMany(String.class)):"
                    + " the values the type list [string, array, null] with string items accepted",
            "/properties/RE0", "declares the keys PyEZ's layout always writes (mastership_state, status, model,"
                    + " last_reboot_reason, up_time), each a string or null, where any object was accepted",
            "/properties/RE1", "as RE0",
            "/properties/re_info", "declares node -> slot -> routing engine details, where any object was accepted",
            "/properties/re_master", "declares node -> master slot (a string), where any object was accepted",
            "/required", "every key the content always carries is required (the records' rule; unknown values are"
                    + " null, never absent); domain and fqdn, absent when unknown, stay optional"),
            "get_router_list", Map.of("/additionalProperties/additionalProperties",
                    "says explicitly that an entry's keys are free (any value), as an object without it said"));

    @Test
    void theFormerlyHandWrittenOutputSchemasSayWhatTheySaid() throws IOException {
        JsonNode baseline = baseline();
        Map<String, ToolHandler> tools = ToolDiscovery.discover(getClass().getClassLoader()).stream()
                .collect(Collectors.toMap(tool -> tool.definition().name(), Function.identity(), (first, second) -> first));

        baseline.propertyNames().forEach(tool -> {
            JsonNode before = baseline.get(tool).deepCopy();
            JsonNode schema = JsonMapper.shared().readTree(tools.get(tool).definition().outputSchemaJson().orElseThrow());
            DELIBERATE.getOrDefault(tool, Map.of()).keySet().forEach(pointer -> {
                assertThat(schema.at(pointer)).as("still deliberate: %s%s", tool, pointer).isNotEqualTo(before.at(pointer));
                InputSchemaSamenessTest.remove(before, pointer);
                InputSchemaSamenessTest.remove(schema, pointer);
            });
            InputSchemaSamenessTest.sortLists(before);
            InputSchemaSamenessTest.sortLists(schema);
            assertThat(schema).as(tool).isEqualTo(before);
        });
    }

    private static JsonNode baseline() throws IOException {
        try (InputStream in = OutputSchemaSamenessTest.class.getResourceAsStream("/tool-output-schemas.json")) {
            return JsonMapper.shared().readTree(in);
        }
    }
}

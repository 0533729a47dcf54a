package io.jmcp.tools;

import io.jmcp.core.app.ToolDiscovery;
import io.jmcp.core.spi.ToolHandler;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input schemas derived from argument records say what the hand-written schemas said before
 * them: {@code tool-input-schemas.json} is the {@code tools/list} input schema of every tool as it
 * was written by hand, and each tool's schema today must equal it (property order, and the order of
 * {@code required} and {@code enum} lists, and an empty {@code required}, aside). A deliberate difference is listed in
 * {@link #DELIBERATE} with its reason, and the test checks it is still there.
 */
class InputSchemaSamenessTest {
    /** Tool name, then the JSON pointer of a deliberately changed schema node, then why. */
    private static final Map<String, Map<String, String>> DELIBERATE = Map.of();

    @Test
    void everyToolsInputSchemaSaysWhatItsHandWrittenSchemaSaid() throws IOException {
        JsonNode baseline = baseline();
        Map<String, JsonNode> today = ToolDiscovery.discover(getClass().getClassLoader()).stream()
                .collect(Collectors.toMap(tool -> tool.definition().name(), InputSchemaSamenessTest::schemaOf,
                        (first, second) -> first, TreeMap::new));

        assertThat(today.keySet()).containsExactlyInAnyOrderElementsOf(baseline.propertyNames());
        today.forEach((tool, schema) -> {
            JsonNode before = baseline.get(tool).deepCopy();
            DELIBERATE.getOrDefault(tool, Map.of()).keySet().forEach(pointer -> {
                assertThat(schema.at(pointer)).as("still deliberate: %s%s", tool, pointer).isNotEqualTo(before.at(pointer));
                remove(before, pointer);
                remove(schema, pointer);
            });
            sortLists(before);
            sortLists(schema);
            assertThat(schema).as(tool).isEqualTo(before);
        });
    }

    private static JsonNode schemaOf(ToolHandler tool) {
        return JsonMapper.shared().readTree(tool.definition().inputSchema());
    }

    private static JsonNode baseline() throws IOException {
        try (InputStream in = InputSchemaSamenessTest.class.getResourceAsStream("/tool-input-schemas.json")) {
            return JsonMapper.shared().readTree(in);
        }
    }

    static void remove(JsonNode schema, String pointer) {
        int cut = pointer.lastIndexOf('/');
        if (schema.at(pointer.substring(0, cut)) instanceof ObjectNode parent) {
            parent.remove(pointer.substring(cut + 1));
        }
    }

    static void sortLists(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (String unordered : new String[] {"required", "enum"}) {
            if (object.get(unordered) instanceof ArrayNode list) {
                object.set(unordered, sorted(list));
            }
        }
        if (object.get("required") instanceof ArrayNode required && required.isEmpty()) {
            object.remove("required"); // an empty list requires nothing, as no list does
        }
        object.values().forEach(InputSchemaSamenessTest::sortLists);
    }

    private static ArrayNode sorted(ArrayNode list) {
        ArrayNode sorted = JsonMapper.shared().createArrayNode();
        StreamSupport.stream(list.spliterator(), false).map(JsonNode::toString).sorted()
                .map(JsonMapper.shared()::readTree).forEach(sorted::add);
        return sorted;
    }
}

package io.jmcp.core.output;

import io.jmcp.core.spi.CallOutputs;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keeps a result's structured content within the result budget, whatever the tool. Content whose
 * JSON fits is left as it is. Larger content has its long string values (diffs, outputs, rendered
 * configurations) cut at a line boundary to an even share of what the short values leave; each cut
 * value is kept whole for the caller as a {@code jmcp://outputs/{id}} resource. Short values (the
 * summary fields) are never cut.
 * <p>
 * A cut value is marked where the tool's output schema allows it: its object gets
 * {@code "truncated": true} (as a batch marks a cut router) and {@code "truncated_fields"}, which
 * names each cut field with its whole line count, the lines shown and its {@code full_output} URI.
 * Where the schema does not allow extra fields (or the value is an array item), the cut value
 * itself ends with a {@link CutNote#MARK} line saying the same, so the result still validates.
 */
final class StructuredBudget {
    static final String TRUNCATED = "truncated";
    static final String TRUNCATED_FIELDS = "truncated_fields";
    /** Strings shorter than this are never cut: names, statuses, messages, timestamps. */
    static final int LONG_STRING = 512;
    /** Bytes the marks of one cut value take at most. */
    private static final int MARK_RESERVE = 320;
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private StructuredBudget() {
    }

    /**
     * {@code structured} within {@code budget} bytes of JSON, its cut values kept in {@code outputs}
     * under {@code source} and their JSON pointer.
     */
    static Map<String, Object> fit(Map<String, Object> structured, String outputSchema, int budget,
            HeldCallOutputs outputs, String source) {
        JsonNode tree = JSON.valueToTree(structured);
        long size = jsonLength(tree);
        if (size <= budget) {
            return structured;
        }
        List<LongString> longs = new ArrayList<>();
        collect(tree, schemaOf(outputSchema), "", longs);
        if (longs.isEmpty()) {
            return structured;
        }
        int share = share(budget - size + longs.stream().mapToLong(LongString::jsonBytes).sum()
                - (long) longs.size() * MARK_RESERVE, longs);
        for (LongString value : longs) {
            if (value.jsonBytes() > share) {
                value.cut(outputs, share, source);
            }
        }
        return JSON.convertValue(tree, JSON_OBJECT);
    }

    /** The largest JSON length each long string may keep so that all of them fit in {@code room}. */
    private static int share(long room, List<LongString> longs) {
        List<LongString> bySize = new ArrayList<>(longs);
        bySize.sort(Comparator.comparingLong(LongString::jsonBytes));
        long left = Math.max(0, room);
        for (int i = 0; i < bySize.size(); i++) {
            long each = left / (bySize.size() - i);
            if (bySize.get(i).jsonBytes() > each) {
                return (int) Math.min(Integer.MAX_VALUE, each);
            }
            left -= bySize.get(i).jsonBytes();
        }
        return Integer.MAX_VALUE;
    }

    private static void collect(JsonNode node, JsonNode schema, String pointer, List<LongString> longs) {
        if (node instanceof ObjectNode object) {
            Markable markable = Markable.of(object, schema);
            for (String field : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(field);
                String path = pointer + "/" + field.replace("~", "~0").replace("/", "~1");
                if (value.isString()) {
                    addIfLong(longs, value.asString(), path, markable, field);
                } else {
                    collect(value, propertySchema(schema, field), path, longs);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                String path = pointer + "/" + i;
                if (item.isString()) {
                    addIfLong(longs, item.asString(), path, new Markable(array, i), null);
                } else {
                    collect(item, schema.path("items"), path, longs);
                }
            }
        }
    }

    private static void addIfLong(List<LongString> longs, String value, String pointer, Markable place,
            String field) {
        if (OutputText.utf8Length(value) >= LONG_STRING) {
            longs.add(new LongString(place, field, pointer, value, jsonLength(StringNode.valueOf(value))));
        }
    }

    private static JsonNode propertySchema(JsonNode objectSchema, String field) {
        JsonNode declared = objectSchema.path("properties").path(field);
        return declared.isMissingNode() ? objectSchema.path("additionalProperties") : declared;
    }

    private static JsonNode schemaOf(String outputSchema) {
        return outputSchema == null ? JSON.createObjectNode() : JSON.readTree(outputSchema);
    }

    private static long jsonLength(JsonNode node) {
        return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Where a long string lives: a field of an object (marked beside it when allowed) or an array item. */
    private record Markable(JsonNode container, int index, boolean fieldsAllowed) {

        Markable(ArrayNode array, int index) {
            this(array, index, false);
        }

        static Markable of(ObjectNode object, JsonNode schema) {
            return new Markable(object, -1, marksAllowed(object, schema));
        }

        /** Whether the schema and the data leave room for the two mark fields. */
        private static boolean marksAllowed(ObjectNode object, JsonNode schema) {
            JsonNode extra = schema.path("additionalProperties");
            if (!(extra.isMissingNode() || extra.isBoolean() && extra.asBoolean())
                    || schema.has("patternProperties") || schema.has("unevaluatedProperties")
                    || schema.path("properties").has(TRUNCATED_FIELDS) || object.has(TRUNCATED_FIELDS)) {
                return false;
            }
            JsonNode declared = schema.path("properties").path(TRUNCATED);
            boolean booleanDeclared = declared.isMissingNode() || declared.path("type").asString("").equals("boolean")
                    || declared.path("type").isArray() && declared.path("type").toString().contains("\"boolean\"");
            return booleanDeclared && (!object.has(TRUNCATED) || object.get(TRUNCATED).isBoolean());
        }
    }

    /** A string long enough to be cut. */
    private record LongString(Markable place, String field, String pointer, String value, long jsonBytes) {

        void cut(HeldCallOutputs outputs, int share, String source) {
            int maxBytes = (int) ((long) share * OutputText.utf8Length(value) / jsonBytes);
            CallOutputs.Cut cut = outputs.cut(value, maxBytes, source + "#" + pointer);
            if (place.fieldsAllowed()) {
                ObjectNode object = (ObjectNode) place.container();
                object.put(field, cut.shown());
                object.put(TRUNCATED, true);
                ObjectNode mark = (object.has(TRUNCATED_FIELDS) ? (ObjectNode) object.get(TRUNCATED_FIELDS)
                        : object.putObject(TRUNCATED_FIELDS)).putObject(field);
                mark.put("lines", cut.lines());
                mark.put("shown_lines", cut.shownLines());
                if (cut.wholeUri() != null) {
                    mark.put("full_output", cut.wholeUri());
                }
            } else {
                String note = cut.shown() + CutNote.MARK + "Value cut to fit the result budget: " + cut.shownLines()
                        + " of " + cut.lines() + " lines shown. " + (cut.wholeUri() == null
                                ? "It is too large to keep; ask for less."
                                : "Whole value: resources/read " + cut.wholeUri() + ".") + "\n";
                if (place.container() instanceof ArrayNode array) {
                    array.set(place.index(), StringNode.valueOf(note));
                } else {
                    ((ObjectNode) place.container()).put(field, note);
                }
            }
        }
    }
}

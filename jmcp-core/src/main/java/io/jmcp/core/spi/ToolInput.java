package io.jmcp.core.spi;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A tool's input schema derived from a record of its arguments, one component per argument, with
 * Jackson's own annotations: {@code @JsonPropertyDescription} gives the description the LLM reads,
 * {@code @JsonProperty(required = true)} makes the argument required and
 * {@code @JsonProperty(defaultValue = ...)} states its default; {@link Bounds} gives an integer's
 * range or a list's least size, {@link Choices}
 * the values of a string. Names, types and enums are as in {@link StructuredOutput}: snake_case, and every constant
 * of an enum in lower case.
 *
 * <p>The arguments the server shares among tools (timeout, output paging) keep their one home in
 * their own classes and are appended as the schema properties those classes write.
 */
public final class ToolInput {

    private ToolInput() {
    }

    /**
     * The input schema (as text) of {@code arguments}' records.
     *
     * @param sharedProperties schema properties of shared arguments, each {@code "name": {...}}, such as
     *                         {@link TimeoutArgument#schemaProperty}
     */
    public static String schemaOf(Class<? extends Record> arguments, String... sharedProperties) {
        ObjectNode schema = (ObjectNode) JsonMapper.shared().readTree(StructuredOutput.schemaOf(arguments));
        ObjectNode properties = schema.withObjectProperty("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent component : arguments.getRecordComponents()) {
            String name = StructuredOutput.jsonName(component);
            ObjectNode property = (ObjectNode) properties.get(name);
            JsonProperty declared = component.getAccessor().getAnnotation(JsonProperty.class);
            if (declared != null && declared.required()) {
                required.add(name);
            }
            if (declared != null && !declared.defaultValue().isEmpty()) {
                property.set("default", defaultOf(property, declared.defaultValue()));
            }
            Choices choices = component.getAccessor().getAnnotation(Choices.class);
            if (choices != null) {
                ArrayNode constants = property.putArray("enum");
                Arrays.stream(choices.value()).forEach(constants::add);
            }
            Bounds bounds = component.getAccessor().getAnnotation(Bounds.class);
            if (bounds != null && bounds.minimum() != Long.MIN_VALUE) {
                property.put("minimum", bounds.minimum());
            }
            if (bounds != null && bounds.maximum() != Long.MAX_VALUE) {
                property.put("maximum", bounds.maximum());
            }
            if (bounds != null && bounds.minItems() > 0) {
                property.put("minItems", bounds.minItems());
            }
        }
        if (required.isEmpty()) {
            schema.remove("required");
        }
        for (String shared : sharedProperties) {
            properties.setAll((ObjectNode) JsonMapper.shared().readTree("{" + shared.strip().replaceAll(",$", "") + "}"));
        }
        return schema.toString();
    }

    /** The default as the JSON type of its argument: {@code 1} for an integer, {@code "set"} for a string. */
    private static JsonNode defaultOf(ObjectNode property, String text) {
        return property.path("type").asString().equals("string") ? StringNode.valueOf(text) : JsonMapper.shared().readTree(text);
    }
}

package io.jmcp.core.spi;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.module.jsonSchema.factories.SchemaFactoryWrapper;
import tools.jackson.module.jsonSchema.factories.VisitorContext;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * A tool's structured output as a record: its JSON Schema (a tool's {@code outputSchema}) and its
 * content (the result's {@code structuredContent}) both come from the record type, so they cannot
 * drift apart. Component names are written in snake_case ({@code routerName} as {@code router_name})
 * unless {@code @JsonProperty} names them;
 * enum constants in lower case, the schema listing every one of {@code values()}; descriptions come
 * from {@code @JsonPropertyDescription}.
 *
 * <p>Jackson's schema module generates the schema; this class only adapts its draft-03 habits to the
 * JSON Schema MCP clients validate with: no {@code id} URNs, every component {@code required}, and
 * {@link Nullable} components accepting null.
 */
public final class StructuredOutput {
    private static final JsonMapper CONTENT = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE).build();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private StructuredOutput() {
    }

    /** The JSON Schema (as text) of the content of {@code type}'s records. */
    public static String schemaOf(Class<? extends Record> type) {
        SchemaFactoryWrapper generator = new SchemaFactoryWrapper();
        generator.setVisitorContext(new InlineEveryType());
        CONTENT.acceptJsonFormatVisitor(type, generator);
        ObjectNode schema = JsonMapper.shared().valueToTree(generator.finalSchema());
        adapt(schema, type);
        return schema.toString();
    }

    /**
     * The JSON Schema (as text) of content that is a record of any one of {@code alternatives}, for a
     * tool whose output takes one of several shapes.
     */
    @SafeVarargs
    public static String anyOf(Class<? extends Record>... alternatives) {
        ObjectNode schema = JsonMapper.shared().createObjectNode().put("type", "object");
        ArrayNode shapes = schema.putArray("anyOf");
        for (Class<? extends Record> alternative : alternatives) {
            shapes.add(JsonMapper.shared().readTree(schemaOf(alternative)));
        }
        return schema.toString();
    }

    /** The structured content of {@code output}: a JSON object conforming to {@link #schemaOf} of its type. */
    public static Map<String, Object> contentOf(Record output) {
        return CONTENT.convertValue(output, JSON_OBJECT);
    }

    private static void adapt(JsonNode node, Type type) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        schema.remove("id");
        schema.remove("required");
        if (type instanceof Class<?> record && record.isRecord() && schema.get("properties") instanceof ObjectNode properties) {
            ArrayNode required = schema.putArray("required");
            for (RecordComponent component : record.getRecordComponents()) {
                String name = jsonName(component);
                adapt(properties.get(name), component.getGenericType());
                if (component.isAnnotationPresent(Nullable.class)) {
                    allowNull((ObjectNode) properties.get(name));
                }
                required.add(name);
            }
        } else if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            adapt(schema.get("items"), arguments[0]);
            adapt(schema.get("additionalProperties"), arguments[arguments.length - 1]);
        }
    }

    /** As Jackson writes the component: its {@code @JsonProperty} name, else its name in snake_case. */
    static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : PropertyNamingStrategies.SNAKE_CASE.nameForField(null, null, component.getName());
    }

    private static void allowNull(ObjectNode schema) {
        JsonNode type = schema.get("type");
        schema.putArray("type").add(type).add("null");
        if (schema.get("enum") instanceof ArrayNode constants) {
            constants.addNull();
        }
    }

    /**
     * Writes a type met twice in full both times: the module's {@code $ref} would point at the
     * {@code id} URNs this class removes. Structured outputs are trees, never cycles.
     */
    private static final class InlineEveryType extends VisitorContext {
        @Override
        public String getSeenSchemaUri(JavaType aSeenSchema) {
            return null;
        }
    }

}

package io.jmcp.core.spi;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.module.jsonSchema.factories.SchemaFactoryWrapper;
import tools.jackson.module.jsonSchema.factories.VisitorContext;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * JSON Schema MCP clients validate with: no {@code id} URNs, no {@code "type": "any"} (a
 * {@code JsonNode} component accepts any value), every component {@code required} (but
 * one annotated {@code @JsonInclude(NON_NULL)}, whose key the content omits when null),
 * {@link Nullable} components accepting null, a {@link OneOrMany} component as the {@code anyOf} of
 * its two shapes, and a {@code Map} component annotated {@code @JsonAnyGetter} (a free map: its
 * entries are the object's own keys) as the object's {@code additionalProperties}.
 */
public final class StructuredOutput {
    private static final JsonMapper CONTENT = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS) // reads back the lower case it writes
            .build();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };
    /**
     * Where a module's build writes the schemas of its records (one file per record, named by its
     * binary name: {@code StructuredOutputIndex}), so that a server's start reads the built-in tools'
     * schemas instead of generating them: generation introspects every record with Jackson, a tenth
     * of a second of a cold start. A plugin's records without such files are generated as before.
     */
    public static final String INDEX_FOLDER = "META-INF/jmcp/structured-output/";

    private StructuredOutput() {
    }

    /**
     * The JSON Schema (as text) of the content of {@code type}'s records: as written at build time
     * beside the record's class when there ({@link #INDEX_FOLDER}), else generated now.
     */
    public static String schemaOf(Class<? extends Record> type) {
        String built = schemaWrittenAtBuild(type);
        return built != null ? built : schemaOf(type, CONTENT.constructType(type)).toString();
    }

    private static String schemaWrittenAtBuild(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader == null) {
            return null;
        }
        try (InputStream written = loader.getResourceAsStream(INDEX_FOLDER + type.getName() + ".json")) {
            return written == null ? null : new String(written.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static ObjectNode schemaOf(Type type, JavaType javaType) {
        SchemaFactoryWrapper generator = new SchemaFactoryWrapper();
        generator.setVisitorContext(new InlineEveryType());
        CONTENT.acceptJsonFormatVisitor(javaType, generator);
        ObjectNode schema = JsonMapper.shared().valueToTree(generator.finalSchema());
        adapt(schema, type);
        return schema;
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

    /**
     * The {@code type} record whose structured content {@code content} is (the inverse of
     * {@link #contentOf}): for content laid out elsewhere, such as PyEZ's facts, that a tool declares
     * as a record. Content the record does not declare fails.
     */
    public static <T extends Record> T fromContent(Map<String, ?> content, Class<T> type) {
        return CONTENT.convertValue(content, type);
    }

    private static void adapt(JsonNode node, Type type) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        schema.remove("id");
        schema.remove("required");
        if ("any".equals(schema.path("type").asString(null))) {
            schema.remove("type"); // draft-03's "any" is no type constraint at all in later drafts
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            adaptRecord(schema, record);
        } else if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            adapt(schema.get("items"), arguments[0]);
            adapt(schema.get("additionalProperties"), arguments[arguments.length - 1]);
        }
    }

    private static void adaptRecord(ObjectNode schema, Class<?> record) {
        ObjectNode properties = schema.get("properties") instanceof ObjectNode declared ? declared : null;
        ArrayNode required = JsonMapper.shared().createArrayNode();
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonAnyGetter.class)) {
                schema.set("additionalProperties", freeMapValues(component));
                continue;
            }
            String name = jsonName(component);
            OneOrMany oneOrMany = component.getAccessor().getAnnotation(OneOrMany.class);
            if (oneOrMany != null) {
                properties.set(name, oneOrManyOf(oneOrMany.value()));
            }
            adapt(properties.get(name), component.getGenericType());
            if (component.isAnnotationPresent(Nullable.class)) {
                allowNull((ObjectNode) properties.get(name));
            }
            if (!omittedWhenNull(component)) {
                required.add(name);
            }
        }
        if (properties != null) {
            schema.set("required", required);
        }
    }

    /** The schema of each value of a free map, the Jackson module knowing nothing of {@code @JsonAnyGetter}. */
    private static ObjectNode freeMapValues(RecordComponent component) {
        Type[] arguments = ((ParameterizedType) component.getGenericType()).getActualTypeArguments();
        return schemaOf(arguments[1], CONTENT.constructType(arguments[1]));
    }

    private static ObjectNode oneOrManyOf(Class<?> element) {
        ObjectNode schema = JsonMapper.shared().createObjectNode();
        schema.putArray("anyOf")
                .add(schemaOf(element, CONTENT.constructType(element)))
                .add(schemaOf(element, CONTENT.getTypeFactory().constructCollectionType(List.class, element)));
        return schema;
    }

    private static boolean omittedWhenNull(RecordComponent component) {
        JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
        return include != null && include.value() == JsonInclude.Include.NON_NULL;
    }

    /** As Jackson writes the component: its {@code @JsonProperty} name, else its name in snake_case. */
    static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : PropertyNamingStrategies.SNAKE_CASE.nameForField(null, null, component.getName());
    }

    private static void allowNull(ObjectNode schema) {
        if (schema.get("anyOf") instanceof ArrayNode shapes) {
            shapes.addObject().put("type", "null");
            return;
        }
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

package io.jmcp.core.spi;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

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
 *
 * <p>{@link #read} reads a call's arguments into the same record, so what the schema declares and
 * what the tool accepts cannot drift apart.
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

    /**
     * A call's {@code arguments} read into {@code type}, a record {@link #schemaOf} describes: each
     * component checked as its annotations declare it (required, its default, {@link Bounds}, an
     * enum's constants), in component order, with {@link ToolArguments}' messages. Components may be
     * strings, enums, {@code Integer}s, booleans and (required, non-empty) lists of strings.
     *
     * @throws ToolException            when an argument is missing or wrong: the first, in component order
     * @throws IllegalArgumentException when {@code type} has a component of another kind, or a bound
     *                                  or choice list this reader does not check
     */
    public static <R extends Record> R read(Class<R> type, Map<String, Object> arguments) {
        ToolArguments args = ToolArguments.of(arguments);
        RecordShape shape = RECORD_SHAPES.get(type);
        Object[] values = new Object[shape.components().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = valueOf(shape.components()[i], args);
        }
        try {
            return type.cast(shape.canonical().newInstance(values));
        } catch (InvocationTargetException refused) {
            if (refused.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("cannot make " + type.getName(), refused.getCause());
        } catch (ReflectiveOperationException failure) {
            throw new IllegalStateException("cannot make " + type.getName(), failure);
        }
    }

    /** A record's components and canonical constructor, looked up once per record type, not on every call. */
    private record RecordShape(RecordComponent[] components, Constructor<?> canonical) {
    }

    private static final ClassValue<RecordShape> RECORD_SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                canonical.setAccessible(true);
                return new RecordShape(components, canonical);
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("a record without its canonical constructor: " + type.getName(), impossible);
            }
        }
    };

    private static Object valueOf(RecordComponent component, ToolArguments args) {
        String name = StructuredOutput.jsonName(component);
        JsonProperty declared = component.getAccessor().getAnnotation(JsonProperty.class);
        boolean required = declared != null && declared.required();
        String defaultText = declared == null || declared.defaultValue().isEmpty() ? null : declared.defaultValue();
        Bounds bounds = component.getAccessor().getAnnotation(Bounds.class);
        Class<?> type = component.getType();
        if (component.getAccessor().isAnnotationPresent(Choices.class)) {
            throw new IllegalArgumentException("argument '" + name + "': read a string with choices with ToolArguments");
        }
        Object value;
        if (type == String.class) {
            value = args.optionalString(name).orElse(defaultText);
        } else if (type.isEnum()) {
            value = choice(args, name, type, defaultText);
        } else if (type == Integer.class) {
            OptionalInt number = args.optionalInt(name, bounds == null ? Integer.MIN_VALUE : clamp(bounds.minimum()),
                    bounds == null ? Integer.MAX_VALUE : clamp(bounds.maximum()));
            value = number.isPresent() ? Integer.valueOf(number.getAsInt())
                    : defaultText == null ? null : Integer.valueOf(defaultText);
        } else if (type == boolean.class || type == Boolean.class) {
            value = args.optionalBoolean(name, Boolean.parseBoolean(defaultText));
        } else if (type == List.class && required && (bounds == null || bounds.minItems() <= 1)) {
            value = args.requiredStringList(name);
        } else {
            throw new IllegalArgumentException("argument '" + name + "': ToolInput cannot read a " + type.getName());
        }
        if (value == null && required) {
            throw new ToolException("argument '" + name + "' is required");
        }
        return value;
    }

    /** {@link ToolArguments#optionalChoice} for an enum known only at run time. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object choice(ToolArguments args, String name, Class type, String defaultText) {
        Enum fallback = defaultText == null ? null : Enum.valueOf(type, defaultText.toUpperCase(Locale.ROOT));
        return args.optionalChoice(name, type, fallback);
    }

    private static int clamp(long bound) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, bound));
    }

    /** The default as the JSON type of its argument: {@code 1} for an integer, {@code "set"} for a string. */
    private static JsonNode defaultOf(ObjectNode property, String text) {
        return property.path("type").asString().equals("string") ? StringNode.valueOf(text) : JsonMapper.shared().readTree(text);
    }
}

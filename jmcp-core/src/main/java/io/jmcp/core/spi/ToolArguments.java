package io.jmcp.core.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Typed, validated access to a tool call's arguments. Every failure is a {@link ToolException}
 * whose message names the argument, what was expected and what was given.
 */
public final class ToolArguments {
    private static final int SHOWN_VALUE_LIMIT = 60;

    private final Map<String, Object> values;

    private ToolArguments(Map<String, Object> values) {
        this.values = values;
    }

    public static ToolArguments of(Map<String, Object> arguments) {
        return new ToolArguments(arguments == null ? Map.of() : arguments);
    }

    /** A string that must be present and not blank. */
    public String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> new ToolException("argument '" + name + "' is required"));
    }

    /** A string that may be absent (or null); when present it must not be blank. */
    public Optional<String> optionalString(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw invalid(name, "must be a string", value);
        }
        if (text.isBlank()) {
            throw new ToolException("argument '" + name + "' must not be blank");
        }
        return Optional.of(text);
    }

    /** An integer in {@code [min, max]} that may be absent. Integral JSON numbers such as 30.0 are accepted. */
    public OptionalInt optionalInt(String name, int min, int max) {
        Object value = values.get(name);
        if (value == null) {
            return OptionalInt.empty();
        }
        long number = integral(name, value);
        if (number < min || number > max) {
            throw invalid(name, "must be between " + min + " and " + max, value);
        }
        return OptionalInt.of((int) number);
    }

    /** A boolean that may be absent. */
    public boolean optionalBoolean(String name, boolean defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof Boolean flag)) {
            throw invalid(name, "must be true or false", value);
        }
        return flag;
    }

    /**
     * One of an enum's constants, given as its lower-case name (e.g. {@code "json"} for
     * {@code JSON}), case-insensitively; the default when absent.
     */
    public <E extends Enum<E>> E optionalChoice(String name, Class<E> type, E defaultValue) {
        Optional<String> text = optionalString(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        String wanted = text.get().trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> invalid(name, "must be one of " + choices(type), text.get()));
    }

    /** A non-empty list of non-blank strings. */
    public List<String> requiredStringList(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new ToolException("argument '" + name + "' is required");
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(name, "must be a list of strings", value);
        }
        if (list.isEmpty()) {
            throw new ToolException("argument '" + name + "' must not be empty");
        }
        List<String> strings = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String text) || text.isBlank()) {
                throw invalid(name + "[" + i + "]", "must be a non-blank string", list.get(i));
            }
            strings.add(text);
        }
        return List.copyOf(strings);
    }

    private static long integral(String name, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException notIntegral) {
                throw invalid(name, "must be an integer", value);
            }
        }
        throw invalid(name, "must be an integer", value);
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static ToolException invalid(String name, String expectation, Object given) {
        return new ToolException("argument '" + name + "' " + expectation + ", got " + describe(given));
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            String shown = text.length() > SHOWN_VALUE_LIMIT ? text.substring(0, SHOWN_VALUE_LIMIT) + "..." : text;
            return "\"" + shown + "\"";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "an object";
        }
        return String.valueOf(value);
    }
}

package io.jmcp.core.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The routers a tool call names in its arguments ({@code router_name}, {@code router_names}), so that
 * the audit record names them even when the call was refused before it reached one (denied scope,
 * invalid arguments, a guardrail). Only these two arguments are read: the others may hold secrets.
 * A name is kept as the caller gave it, cut to {@value #MAX_NAME_CHARS} characters.
 */
public final class NamedRouters {
    static final int MAX_NAME_CHARS = 200;
    private static final List<String> ARGUMENTS = List.of("router_name", "router_names");

    private NamedRouters() {
    }

    /** The router names of {@code arguments} (null for none), in argument order; not-text values are skipped. */
    public static List<String> in(Map<String, Object> arguments) {
        if (arguments == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String argument : ARGUMENTS) {
            Object value = arguments.get(argument);
            if (value instanceof String name) {
                names.add(Truncation.cut(name, MAX_NAME_CHARS));
            } else if (value instanceof Collection<?> values) {
                values.stream().filter(String.class::isInstance)
                        .forEach(name -> names.add(Truncation.cut((String) name, MAX_NAME_CHARS)));
            }
        }
        return names;
    }
}

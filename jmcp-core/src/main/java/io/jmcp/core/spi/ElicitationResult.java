package io.jmcp.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The user's answer to an {@link Elicitation} request.
 *
 * @param action what the user did
 * @param values the submitted form values when accepted, else empty
 */
public record ElicitationResult(Action action, Map<String, Object> values) {

    public enum Action {
        /** The user submitted the form. */
        ACCEPT,
        /** The user explicitly refused. */
        DECLINE,
        /** The user dismissed the request without choosing. */
        CANCEL
    }

    public ElicitationResult {
        Objects.requireNonNull(action, "action");
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean accepted() {
        return action == Action.ACCEPT;
    }
}

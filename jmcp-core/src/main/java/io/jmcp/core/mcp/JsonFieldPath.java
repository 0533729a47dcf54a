package io.jmcp.core.mcp;

import tools.jackson.core.JacksonException;

import java.util.Optional;
import java.util.stream.Collectors;

/** Where in a JSON value Jackson found the wrong shape, for messages that name the field, not the Java type. */
final class JsonFieldPath {
    private JsonFieldPath() {
    }

    /** The dotted path of the field a conversion failed at, if a Jackson failure in the chain says. */
    static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return Optional.of(jackson.getPath().stream()
                        .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                                : String.valueOf(reference.getIndex()))
                        .collect(Collectors.joining(".")));
            }
        }
        return Optional.empty();
    }
}

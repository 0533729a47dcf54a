package io.jmcp.core.spi;

import java.util.Objects;

/**
 * One message of a rendered prompt.
 *
 * @param role who says it
 * @param text what is said
 */
public record PromptMessage(Role role, String text) {

    public enum Role {
        USER, ASSISTANT
    }

    public PromptMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    public static PromptMessage user(String text) {
        return new PromptMessage(Role.USER, text);
    }

    public static PromptMessage assistant(String text) {
        return new PromptMessage(Role.ASSISTANT, text);
    }
}

package io.jmcp.core.spi;

/**
 * An argument the user fills in when picking a prompt.
 *
 * @param name        the argument's name, e.g. {@code router_name}
 * @param description what to give, with an example
 * @param required    whether the prompt cannot be rendered without it
 */
public record PromptArgument(String name, String description, boolean required) {

    public PromptArgument {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("prompt argument name must not be blank");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("prompt argument '" + name + "': description must not be blank");
        }
    }
}

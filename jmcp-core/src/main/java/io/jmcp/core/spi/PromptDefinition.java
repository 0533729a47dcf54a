package io.jmcp.core.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A prompt as clients see it in {@code prompts/list}.
 *
 * @param name                  unique prompt name, e.g. {@code safe_config_change}
 * @param title                 short human-readable name, or null
 * @param description           what the prompt does, shown to the user picking it
 * @param arguments             what the user fills in, in order
 * @param changesConfiguration  the prompt leads the model to change devices; read-only mode leaves it
 *                              out and only callers allowed to configure may use it
 */
public record PromptDefinition(String name, String title, String description, List<PromptArgument> arguments,
        boolean changesConfiguration) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    public PromptDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("prompt name must be 1-128 letters, digits, '_', '-' or '.', got '"
                    + name + "'");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("prompt '" + name + "': description must not be blank");
        }
        arguments = List.copyOf(arguments);
        Set<String> seen = new HashSet<>();
        for (PromptArgument argument : arguments) {
            if (!seen.add(argument.name())) {
                throw new IllegalArgumentException("prompt '" + name + "': argument '" + argument.name()
                        + "' is declared twice");
            }
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Optional<PromptArgument> argument(String argumentName) {
        return arguments.stream().filter(argument -> argument.name().equals(argumentName)).findFirst();
    }

    /**
     * Builder of {@link PromptDefinition}. A prompt is taken to change configuration unless declared
     * otherwise, so one that forgets to say so is hidden in read-only mode rather than offered.
     */
    public static final class Builder {
        private final String name;
        private final List<PromptArgument> arguments = new ArrayList<>();
        private String title;
        private String description;
        private boolean changesConfiguration = true;

        private Builder(String name) {
            this.name = name;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder requiredArgument(String argumentName, String argumentDescription) {
            arguments.add(new PromptArgument(argumentName, argumentDescription, true));
            return this;
        }

        public Builder optionalArgument(String argumentName, String argumentDescription) {
            arguments.add(new PromptArgument(argumentName, argumentDescription, false));
            return this;
        }

        /** Whether the prompt leads to configuration changes (the default) or only reads. */
        public Builder changesConfiguration(boolean changesConfiguration) {
            this.changesConfiguration = changesConfiguration;
            return this;
        }

        public PromptDefinition build() {
            return new PromptDefinition(name, title, description, arguments, changesConfiguration);
        }
    }
}

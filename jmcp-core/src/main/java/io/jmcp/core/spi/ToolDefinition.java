package io.jmcp.core.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tool as clients see it in {@code tools/list}.
 *
 * @param name         unique tool name, e.g. {@code execute_junos_command}
 * @param title        short human-readable name, or null
 * @param description  what the tool does, written for an LLM choosing tools
 * @param inputSchema  JSON Schema (a JSON object as text) of the arguments
 * @param outputSchema JSON Schema of the structured result, or null when the tool returns text only
 * @param annotations  behaviour hints; {@link ToolAnnotations#readOnly()} decides read-only mode
 */
public record ToolDefinition(String name, String title, String description, String inputSchema,
        String outputSchema, ToolAnnotations annotations) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    public ToolDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tool name must be 1-128 letters, digits, '_', '-' or '.', got '" + name + "'");
        }
        requireText(description, name, "description");
        requireText(inputSchema, name, "inputSchema");
        Objects.requireNonNull(annotations, () -> "tool '" + name + "': annotations must not be null");
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Optional<String> outputSchemaJson() {
        return Optional.ofNullable(outputSchema);
    }

    private static void requireText(String value, String tool, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("tool '" + tool + "': " + field + " must not be blank");
        }
    }

    /**
     * Builder of {@link ToolDefinition}. Annotations default to a destructive, mutating tool, so a
     * tool that forgets to declare itself read-only is hidden in read-only mode rather than exposed.
     */
    public static final class Builder {
        private final String name;
        private String title;
        private String description;
        private String inputSchema;
        private String outputSchema;
        private ToolAnnotations annotations = ToolAnnotations.mutatingTool(true, false);

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

        public Builder inputSchema(String inputSchemaJson) {
            this.inputSchema = inputSchemaJson;
            return this;
        }

        /**
         * The schema of the arguments {@code arguments}' records declare, with the shared arguments'
         * properties appended ({@link ToolInput}).
         */
        public Builder inputSchema(Class<? extends Record> arguments, String... sharedProperties) {
            return inputSchema(ToolInput.schemaOf(arguments, sharedProperties));
        }

        public Builder outputSchema(String outputSchemaJson) {
            this.outputSchema = outputSchemaJson;
            return this;
        }

        /** The schema of the structured content of {@code output}'s records ({@link StructuredOutput}). */
        public Builder outputSchema(Class<? extends Record> output) {
            return outputSchema(StructuredOutput.schemaOf(output));
        }

        public Builder annotations(ToolAnnotations annotations) {
            this.annotations = annotations;
            return this;
        }

        public ToolDefinition build() {
            return new ToolDefinition(name, title, description, inputSchema, outputSchema, annotations);
        }
    }
}

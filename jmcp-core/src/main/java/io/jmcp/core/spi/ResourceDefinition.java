package io.jmcp.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource as clients see it: a fixed URI such as {@code junos://devices}, or an RFC 6570 level-1
 * URI template such as {@code junos://devices/{name}/config} naming a family of resources.
 *
 * <p>A template may declare which of its variables holds a device name ({@link Builder#deviceVariable}).
 * Reads naming a device that is not in the inventory then fail with resource-not-found before the
 * handler runs, and, when it is the template's only variable, {@code resources/list} shows one
 * resource per device of the inventory, kept in step as devices are added and removed.
 *
 * @param uri            the URI, or the URI template
 * @param name           short programmatic name, e.g. {@code config}
 * @param title          human-readable name, or null
 * @param description    what the resource holds, written for an LLM choosing what to read
 * @param mimeType       the media type of the content
 * @param deviceVariable the template variable holding a device name, or null
 */
public record ResourceDefinition(String uri, String name, String title, String description, String mimeType,
        String deviceVariable) {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.+");
    private static final Pattern EXPRESSION = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z0-9_]+");

    public ResourceDefinition {
        if (uri == null || !SCHEME.matcher(uri).matches()) {
            throw new IllegalArgumentException("resource URI must start with a scheme such as 'junos:', got '" + uri + "'");
        }
        List<String> variables = variablesOf(uri);
        requireText(name, uri, "name");
        requireText(description, uri, "description");
        requireText(mimeType, uri, "mimeType");
        if (deviceVariable != null && !variables.contains(deviceVariable)) {
            throw new IllegalArgumentException("resource '" + uri + "': deviceVariable '" + deviceVariable
                    + "' is not a variable of the URI template");
        }
    }

    public static Builder builder(String uri) {
        return new Builder(uri);
    }

    /** Whether {@link #uri()} is a template (has variables) rather than one resource's URI. */
    public boolean isTemplate() {
        return !variables().isEmpty();
    }

    /** The template's variables, in order of appearance; empty for a fixed URI. */
    public List<String> variables() {
        return variablesOf(uri);
    }

    public Optional<String> deviceVariableIfAny() {
        return Optional.ofNullable(deviceVariable);
    }

    /** Whether {@code resources/list} shows one resource of this template per device. */
    public boolean listedPerDevice() {
        return deviceVariable != null && variables().size() == 1;
    }

    /** The variables of a level-1 template: only {@code {name}} expressions, no operators or modifiers. */
    private static List<String> variablesOf(String uri) {
        List<String> variables = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(uri);
        while (expression.find()) {
            String variable = expression.group(1);
            if (!VARIABLE_NAME.matcher(variable).matches()) {
                throw new IllegalArgumentException("resource '" + uri + "': '{" + variable + "}' is not a level-1 "
                        + "template expression; use {name} with letters, digits and '_' only");
            }
            if (variables.contains(variable)) {
                throw new IllegalArgumentException("resource '" + uri + "': variable '" + variable + "' appears twice");
            }
            variables.add(variable);
        }
        String rest = EXPRESSION.matcher(uri).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            throw new IllegalArgumentException("resource '" + uri + "': unbalanced '{' or '}' in the URI template");
        }
        return variables;
    }

    private static void requireText(String value, String uri, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("resource '" + uri + "': " + field + " must not be blank");
        }
    }

    /** Builder of {@link ResourceDefinition}. */
    public static final class Builder {
        private final String uri;
        private String name;
        private String title;
        private String description;
        private String mimeType;
        private String deviceVariable;

        private Builder(String uri) {
            this.uri = uri;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder mimeType(String mimeType) {
            this.mimeType = mimeType;
            return this;
        }

        /** The template variable that holds a device name (see {@link ResourceDefinition}). */
        public Builder deviceVariable(String variable) {
            this.deviceVariable = variable;
            return this;
        }

        public ResourceDefinition build() {
            return new ResourceDefinition(uri, name, title, description, mimeType, deviceVariable);
        }
    }
}

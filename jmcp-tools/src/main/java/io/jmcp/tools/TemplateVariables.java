package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The variables of a template, read from YAML with SnakeYAML's safe constructor: only maps,
 * lists, strings, numbers, booleans, dates and null, never an arbitrary Java type. Duplicate keys
 * are refused rather than silently overwritten.
 */
final class TemplateVariables {

    private TemplateVariables() {
    }

    /**
     * @throws ToolException naming the line and column of a YAML error, or saying that the document
     *                       is not a mapping of variable names to values
     */
    static Map<String, Object> parse(String yamlText) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object document;
        try {
            document = new Yaml(new SafeConstructor(options)).load(yamlText);
        } catch (MarkedYAMLException invalid) {
            throw new ToolException("vars_content is not valid YAML: " + invalid.getProblem() + " at line "
                    + (invalid.getProblemMark().getLine() + 1) + ", column " + (invalid.getProblemMark().getColumn() + 1));
        } catch (YAMLException invalid) {
            throw new ToolException("vars_content is not valid YAML: " + invalid.getMessage());
        } catch (RuntimeException mistyped) {
            // SnakeYAML lets a value that does not fit its explicit tag (!!int x) escape as a Java exception.
            throw new ToolException("vars_content is not valid YAML: a value does not fit its tag (e.g. !!int on "
                    + "something that is not a number)");
        }
        if (!(document instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new ToolException("vars_content must be a YAML mapping of variable names to values (e.g. "
                    + "'hostname: r1'), got " + describe(document));
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        map.forEach((name, value) -> {
            if (!(name instanceof String text)) {
                throw new ToolException("vars_content: variable names must be strings, got " + name);
            }
            requireTemplateValue(text, value, Collections.newSetFromMap(new IdentityHashMap<>()));
            variables.put(text, value);
        });
        return variables;
    }

    /** Binary values (!!binary) would render as Java's text for a byte array: refused. Aliases may make cycles. */
    private static void requireTemplateValue(String path, Object value, Set<Object> seen) {
        if (value instanceof byte[]) {
            throw new ToolException("vars_content: '" + path + "' is a binary value (!!binary), which a template "
                    + "cannot print; give it as text");
        }
        if (!(value instanceof Map || value instanceof Collection) || !seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, nested) -> requireTemplateValue(path + "." + key, nested, seen));
        } else {
            ((Collection<?>) value).forEach(nested -> requireTemplateValue(path + "[]", nested, seen));
        }
    }

    private static String describe(Object document) {
        if (document == null) {
            return "an empty document";
        }
        if (document instanceof Map) {
            return "an empty mapping";
        }
        return "a " + (document instanceof java.util.List ? "list" : "single value");
    }
}

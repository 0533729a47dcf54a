package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a configuration tree against Juniper's schema ({@link JunosSchema}) as Junos does when
 * it loads configuration: a statement the platform family's schema does not have is a
 * {@code syntax error}, a value failing the YANG's Junos pattern gets the pattern-message.
 *
 * <p>The check is deliberately one-sided: it refuses only what it can prove wrong. It follows the
 * tree while the model's statements line up with the schema's, and stops (accepts) below any
 * statement whose shape it cannot match exactly: a level where the schema has keyword-less
 * values ({@code nokeyword}) besides the list keys, a list entry with fewer identifiers than the
 * schema's keys ({@code route-filter 10/8 longer}), a container that holds values (one-liners).
 */
final class SchemaValidator {

    private final PlatformFamily family;
    private final List<SchemaViolation> violations = new ArrayList<>();
    private final Map<SchemaStatement, Boolean> strictLevels = new HashMap<>();

    private SchemaValidator(PlatformFamily family) {
        this.family = family;
    }

    /** @param family the device's family, or null to accept what any family has */
    static List<SchemaViolation> validate(Node root, PlatformFamily family) {
        SchemaValidator validator = new SchemaValidator(family);
        validator.level(root, JunosSchema.standard().root(), "");
        return List.copyOf(validator.violations);
    }

    private void level(Node parent, SchemaStatement schema, String path) {
        for (Node child : parent.children()) {
            statement(child, schema, path);
        }
    }

    private void statement(Node node, SchemaStatement parent, String path) {
        if (node.keyword == null) {
            implicitEntry(node, parent, path);
            return;
        }
        SchemaStatement schema = child(parent, node.element());
        if (schema == null && !node.element().equals(node.keyword)) {
            schema = child(parent, node.keyword);
        }
        if (schema == null) {
            if (isStrict(parent)) {
                violations.add(new SchemaViolation(editPath(path), node.keyword, SchemaViolation.SYNTAX_ERROR));
            }
            return;
        }
        String here = path + " " + node.keyword;
        switch (schema.kind()) {
            case LEAF, LEAF_LIST -> values(node, schema, path);
            case LIST -> list(node, schema, here);
            case CONTAINER, PRESENCE_CONTAINER -> container(node, schema, here);
        }
    }

    /** {@code interfaces { ge-0/0/0 {...} }}: an entry of the list the text does not name. */
    private void implicitEntry(Node node, SchemaStatement parent, String path) {
        SchemaStatement list = child(parent, node.element());
        if (list != null && list.kind() == StatementKind.LIST) {
            entry(node, list, path);
        }
    }

    private void entry(Node node, SchemaStatement list, String path) {
        if (matchesKeys(node, list)) {
            level(node, list, path + " " + identifiers(node));
        }
    }

    private void list(Node node, SchemaStatement list, String here) {
        if (node.keys != null) {
            entry(node, list, here);
            return;
        }
        if (node.values() == null) {
            for (Node entry : node.children()) {
                if (entry.keyword == null) {
                    entry(entry, list, here);
                }
            }
        }
    }

    /** A container, or ({@code family inet}) a chain of containers the model reads as one entry. */
    private void container(Node node, SchemaStatement container, String here) {
        if (node.values() != null) {
            return;
        }
        SchemaStatement nested = container;
        String path = here;
        if (node.keys != null) {
            for (String key : node.keys) {
                nested = child(nested, key);
                if (nested == null || nested.kind() == StatementKind.LIST
                        || nested.kind() == StatementKind.LEAF || nested.kind() == StatementKind.LEAF_LIST) {
                    return;
                }
                path = path + " " + key;
            }
        }
        level(node, nested, path);
    }

    /** The identifiers as Junos writes them in a path: {@code from-zone trust to-zone untrust}. */
    private static String identifiers(Node node) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < node.keys.length; i++) {
            String word = node.spec.keyWords == null || i >= node.spec.keyWords.length ? null : node.spec.keyWords[i];
            if (i > 0) {
                text.append(' ');
            }
            if (word != null) {
                text.append(word).append(' ');
            }
            text.append(node.keys[i]);
        }
        return text.toString();
    }

    private static boolean matchesKeys(Node node, SchemaStatement list) {
        return node.keys != null && node.keys.length == list.keys().size();
    }

    private void values(Node node, SchemaStatement leaf, String path) {
        ValueType type = leaf.valueType();
        String[] values = node.values();
        if (type == null || values == null || !isCheckable(type)) {
            return;
        }
        for (String value : values) {
            if (isVariable(value)) {
                continue;
            }
            for (String pattern : type.posixPatterns()) {
                if (!PosixPatterns.accepts(pattern, value)) {
                    String message = type.patternMessage() != null ? type.patternMessage()
                            : "value '" + value + "' does not match the pattern " + pattern;
                    violations.add(new SchemaViolation(editPath(path), node.keyword, message));
                    return;
                }
            }
        }
    }

    /** Plain strings with Junos patterns; unions may accept a value another way, so they pass. */
    private static boolean isCheckable(ValueType type) {
        return type.members().isEmpty() && !type.posixPatterns().isEmpty();
    }

    /** Group wildcards ({@code <*>}) and commit-script variables are not literal values. */
    private static boolean isVariable(String value) {
        return value.startsWith("<") || value.startsWith("$");
    }

    private SchemaStatement child(SchemaStatement parent, String name) {
        SchemaStatement child = parent.child(name);
        if (child == null || family == null) {
            return child;
        }
        return child.existsOn(family) ? child : null;
    }

    /** A level where every word must be a statement keyword (no keyword-less values besides keys). */
    private boolean isStrict(SchemaStatement level) {
        return strictLevels.computeIfAbsent(level, statement -> {
            if (statement.kind() == StatementKind.LEAF || statement.kind() == StatementKind.LEAF_LIST) {
                return false;
            }
            List<String> keys = statement.keys();
            return statement.children().stream()
                    .noneMatch(child -> child.hasCliFeature("nokeyword") && !keys.contains(child.name()));
        });
    }

    private static String editPath(String path) {
        return path.isEmpty() ? "[edit]" : "[edit" + path + "]";
    }
}

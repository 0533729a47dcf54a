package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes statements as {@code show configuration} prints them: four spaces per level, {@code ;}
 * after leaves, {@code [ ]} around several values, {@code inactive:} and {@code protect:}
 * prefixes, annotations as {@code /* ... *}{@code /} lines, one-line statements where Junos
 * prints them on one line ({@code route 0.0.0.0/0 next-hop 10.0.0.1;}).
 */
final class TextRenderer {

    static final String INDENT = "    ";

    private TextRenderer() {
    }

    /** The whole tree under {@code root}, children at column 0, each line ending in a newline. */
    static String render(Node root) {
        StringBuilder text = new StringBuilder();
        for (Node child : root.children()) {
            for (String line : lines(child)) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    /** The lines of one statement and its children, the statement at column 0. */
    static List<String> lines(Node node) {
        List<String> lines = new ArrayList<>();
        append(node, "", lines);
        return lines;
    }

    /** The statement's first line without annotation: what diffs print for context ({@code unit 0 { ... }}). */
    static String summary(Node node) {
        return prefixes(node) + bareSummary(node);
    }

    /** {@link #summary} without {@code inactive:} / {@code protect:}. */
    static String bareSummary(Node node) {
        if (node.spec.isValueHolder() || !hasChildren(node)) {
            return statementBody(node);
        }
        return head(node) + " { ... }";
    }

    private static void append(Node node, String indent, List<String> lines) {
        append(node, indent, "", lines);
    }

    /** @param chain the keywords of chained containers above, printed before this head ({@code family }) */
    private static void append(Node node, String indent, String chain, List<String> lines) {
        if (chains(node)) {
            for (Node child : node.children()) {
                append(child, indent, chain + head(node) + " ", lines);
            }
            return;
        }
        if (node.annotation() != null) {
            lines.add(indent + "/* " + node.annotation() + " */");
        }
        if (valueInBlock(node)) {
            lines.add(indent + prefixes(node) + chain + Heads.text(node) + " {");
            lines.add(indent + INDENT + Quoting.word(node.value()) + ";");
            for (Node child : node.children()) {
                append(child, indent + INDENT, lines);
            }
            lines.add(indent + "}");
            return;
        }
        if (!node.spec.isValueHolder() && hasChildren(node) && !inlines(node)) {
            lines.add(indent + prefixes(node) + chain + head(node) + " {");
            for (Node child : node.children()) {
                append(child, indent + INDENT, lines);
            }
            lines.add(indent + "}");
            return;
        }
        lines.add(indent + prefixes(node) + chain + statementBody(node));
    }

    /** {@code default-policy { deny-all; }}: an enumerated keyword-less value is a statement of the block. */
    private static boolean valueInBlock(Node node) {
        return node.spec.valueInBlock() && node.values() != null;
    }

    /** {@code family inet { ... }}: a chained container prints its keyword before each child's. */
    private static boolean chains(Node node) {
        return node.spec.chained && hasChildren(node) && node.flags() == 0 && node.annotation() == null
                && node.values() == null;
    }

    private static String statementBody(Node node) {
        StringBuilder line = new StringBuilder(head(node));
        if (node.spec.isValueHolder()) {
            appendValues(node, line);
        }
        for (Node child : node.children()) {
            line.append(' ').append(inlineText(child));
        }
        return line.append(';').toString();
    }

    /** Keyword, identifiers and positional value: {@code unit 0}, {@code file messages}. */
    private static String head(Node node) {
        String head = Heads.text(node);
        if (!node.spec.isValueHolder() && node.values() != null) {
            head += " " + Quoting.word(node.value());
        }
        return head;
    }

    private static void appendValues(Node node, StringBuilder line) {
        String[] values = node.values();
        if (values == null) {
            return;
        }
        if (values.length == 1) {
            line.append(' ').append(Quoting.word(values[0]));
            return;
        }
        line.append(" [");
        for (String value : values) {
            line.append(' ').append(Quoting.word(value));
        }
        line.append(" ]");
    }

    private static String inlineText(Node child) {
        StringBuilder text = new StringBuilder(head(child));
        if (child.spec.isValueHolder()) {
            appendValues(child, text);
        }
        for (Node grandchild : child.children()) {
            text.append(' ').append(inlineText(grandchild));
        }
        return text.toString();
    }

    private static String prefixes(Node node) {
        String prefixes = node.has(Node.PROTECT) ? "protect: " : "";
        return node.has(Node.INACTIVE) ? prefixes + "inactive: " : prefixes;
    }

    private static boolean hasChildren(Node node) {
        return node.childCount() > 0;
    }

    /**
     * Whether the children go on the statement's line. Besides the schema saying so, each child
     * must read back as the same statement there: a value or flag the schema knows, anything else
     * only last on the line (where a path may still descend), and statements the schema does not
     * know only where their shape can be told (last on the line, or a flag before a keyword).
     */
    static boolean inlines(Node node) {
        int count = node.childCount();
        boolean allowed = switch (node.spec.inline) {
            case NEVER -> false;
            case SINGLE_CHILD -> count == 1;
            case ALL_SIMPLE -> count >= 1;
        };
        if (!allowed) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            Node next = i + 1 < count ? node.child(i + 1) : null;
            if (!inlineSafe(node, node.child(i), next)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inlineSafe(Node parent, Node child, Node next) {
        if (child.annotation() != null || (child.flags() & Node.STORED) != 0) {
            return false;
        }
        if (hasChildren(child)) {
            // a one-liner of its own ({@code next-hop self}) ends the line: words after it would be its own
            return next == null && child.spec.known && !child.spec.isEntry() && inlines(child);
        }
        if (child.spec.known) {
            return child.spec.endsStatement() || next == null;
        }
        boolean bareFlag = child.kind() == Spec.Kind.CONTAINER && child.values() == null;
        if (next == null) {
            return bareFlag || child.spec.unknownValue
                    || (child.kind() == Spec.Kind.LEAF_LIST && child.values().length > 1);
        }
        return bareFlag && next.keyword != null && next.spec.known
                && Schema.lookup(parent.spec, next.keyword) != null;
    }
}

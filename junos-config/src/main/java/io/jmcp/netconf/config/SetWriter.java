package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a tree as configuration-mode commands, as {@code show configuration | display set}
 * prints them: one {@code set} line per value or empty statement, then {@code deactivate} /
 * {@code protect} lines for a statement right after its own lines. A loaded payload's operations
 * ({@code delete:}, {@code replace:}, {@code active:}) become {@code delete} / {@code activate}
 * lines, which is what the load does.
 */
final class SetWriter {

    private final List<String> lines = new ArrayList<>();

    private SetWriter() {
    }

    static List<String> lines(Node root) {
        SetWriter writer = new SetWriter();
        for (Node child : root.children()) {
            writer.statement(child, "");
        }
        return writer.lines;
    }

    /** The lines of one statement and everything below it, its path starting at its own keyword. */
    static List<String> linesOf(Node statement) {
        SetWriter writer = new SetWriter();
        writer.statement(statement, "");
        return writer.lines;
    }

    /** @param parentPath the words of the parent's path, quoted and joined once for all its lines */
    private void statement(Node node, String parentPath) {
        String head = Heads.text(node);
        String path = head.isEmpty() ? parentPath : parentPath.isEmpty() ? head : parentPath + ' ' + head;
        if (node.has(Node.DELETE)) {
            deletion(node, path);
            return;
        }
        if (node.has(Node.REPLACE)) {
            command("delete", path, null);
        }
        content(node, path);
        if (node.has(Node.INACTIVE)) {
            command("deactivate", path, null);
        }
        if (node.has(Node.ACTIVATE)) {
            command("activate", path, null);
        }
        if (node.has(Node.PROTECT)) {
            command("protect", path, null);
        }
        if (node.has(Node.UNPROTECT)) {
            command("unprotect", path, null);
        }
    }

    private void deletion(Node node, String path) {
        if (node.kind() == Spec.Kind.LEAF_LIST && node.values() != null) {
            for (String value : node.values()) {
                command("delete", path, value);
            }
            return;
        }
        command("delete", path, null);
    }

    private void content(Node node, String path) {
        if (node.spec.isValueHolder()) {
            if (node.values() != null) {
                for (String value : node.values()) {
                    command("set", path, value);
                }
            }
            return;
        }
        if (node.values() != null) {
            command("set", path, node.value());
        } else if (node.childCount() == 0) {
            command("set", path, null);
        }
        for (Node child : node.children()) {
            statement(child, path);
        }
    }

    private void command(String verb, String path, String value) {
        StringBuilder line = new StringBuilder(verb).append(' ').append(path);
        if (value != null) {
            line.append(' ').append(Quoting.word(value));
        }
        lines.add(line.toString());
    }
}

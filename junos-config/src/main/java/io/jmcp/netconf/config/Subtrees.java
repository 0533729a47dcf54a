package io.jmcp.netconf.config;

import io.jmcp.netconf.config.Lexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of a tree a path names: for subtree filters and {@code show configuration <path>}. */
final class Subtrees {

    /** The statements a path names (one, or every entry of a list) and their ancestors from the root. */
    private record Named(List<Node> ancestors, List<Node> statements) {
    }

    private Subtrees() {
    }

    /** A tree holding the statements at {@code words} under copies of their ancestors; the statements are shared. */
    static Optional<Node> extract(Node root, List<Token> words, Object owner) {
        if (words.isEmpty()) {
            return Optional.of(root);
        }
        return named(root, words).map(named -> {
            Node top = Node.root(owner);
            Node current = top;
            for (Node ancestor : named.ancestors()) {
                Node shell = shell(ancestor, owner);
                current.addChild(shell);
                current = shell;
            }
            named.statements().forEach(current::addChild);
            return top;
        });
    }

    /** What {@code show configuration <words>} prints: the content of the named hierarchy, at column 0. */
    static Optional<String> show(Node root, List<Token> words) {
        if (words.isEmpty()) {
            return Optional.of(TextRenderer.render(root));
        }
        return named(root, words).map(named -> {
            List<Node> statements = named.statements();
            boolean oneHierarchy = statements.size() == 1 && !statements.get(0).spec.isValueHolder()
                    && !UnknownValues.isRepetition(statements.get(0));
            if (oneHierarchy) {
                return TextRenderer.render(statements.get(0));
            }
            StringBuilder text = new StringBuilder();
            statements.forEach(statement -> TextRenderer.lines(statement).forEach(line -> text.append(line).append('\n')));
            return text.toString();
        });
    }

    private static Optional<Named> named(Node root, List<Token> words) {
        PathWalker.Lookup lookup = PathWalker.find(root, words);
        if (lookup instanceof PathWalker.Found found) {
            int[] path = found.path();
            List<Node> ancestors = walk(root, path, path.length - 1);
            Node parent = ancestors.isEmpty() ? root : ancestors.get(ancestors.size() - 1);
            return Optional.of(new Named(ancestors, List.of(parent.child(path[path.length - 1]))));
        }
        if (lookup instanceof PathWalker.AllEntries all) {
            List<Node> ancestors = walk(root, all.parentPath(), all.parentPath().length);
            Node parent = ancestors.isEmpty() ? root : ancestors.get(ancestors.size() - 1);
            List<Node> entries = parent.children().stream()
                    .filter(child -> all.keyword().equals(child.keyword))
                    .toList();
            return Optional.of(new Named(ancestors, entries));
        }
        return Optional.empty();
    }

    private static List<Node> walk(Node root, int[] path, int length) {
        List<Node> nodes = new ArrayList<>(length);
        Node current = root;
        for (int i = 0; i < length; i++) {
            current = current.child(path[i]);
            nodes.add(current);
        }
        return nodes;
    }

    /** The statement itself without its children: keyword, identifiers, positional value, state. */
    private static Node shell(Node node, Object owner) {
        Node shell = new Node(node.spec, node.keyword, node.keys, owner);
        if (!node.spec.isValueHolder()) {
            shell.setValues(node.values());
        }
        shell.setFlag(node.flags() & Node.STORED, true);
        shell.setAnnotation(node.annotation());
        return shell;
    }
}

package io.jmcp.netconf.config;

import io.jmcp.netconf.config.Lexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes a tree the way Junos loads do: merges a parsed payload (honouring {@code replace:} and
 * {@code delete:} and activation marks), or applies configuration-mode commands. Changes only
 * nodes the given owner token owns, cloning shared ones; collects Junos-style warnings.
 */
final class Loader {

    private static final String NOT_FOUND = "statement not found";

    private final Node root;
    private final Object owner;
    private final List<ConfigWarning> warnings = new ArrayList<>();

    /** @param root the tree to change, already editable by {@code owner} */
    Loader(Node root, Object owner) {
        this.root = root;
        this.owner = owner;
    }

    List<ConfigWarning> warnings() {
        return warnings;
    }

    /** Merges every statement of {@code patch} into the tree; {@code replace:} marks count when asked. */
    void merge(Node patch, boolean honourReplace) {
        mergeChildren(root, patch, honourReplace, new ArrayList<>());
    }

    private void mergeChildren(Node target, Node patch, boolean honourReplace, List<Node> ancestors) {
        if (honourReplace) {
            dropReplacedRepetitions(target, patch);
        }
        for (Node statement : patch.children()) {
            mergeStatement(target, statement, honourReplace, ancestors);
        }
    }

    /**
     * {@code replace: a x;} for a statement the schema does not know replaces the statement, as for
     * a leaf or leaf-list: its other repetitions go, unless the payload gives them too.
     */
    private static void dropReplacedRepetitions(Node target, Node patch) {
        for (Node replacing : patch.children()) {
            if (!replacing.has(Node.REPLACE) || !UnknownValues.isRepetition(replacing)) {
                continue;
            }
            for (int i = target.childCount() - 1; i >= 0; i--) {
                Node old = target.child(i);
                if (replacing.keyword.equals(old.keyword) && UnknownValues.isRepetition(old)
                        && patch.indexOfStatement(old) < 0) {
                    target.removeChild(i);
                }
            }
        }
    }

    private void mergeStatement(Node target, Node patch, boolean honourReplace, List<Node> ancestors) {
        if (!patch.spec.known && mergesIntoBlock(target, patch, honourReplace, ancestors)) {
            return;
        }
        int index = target.indexOfStatement(patch);
        if (patch.has(Node.DELETE)) {
            deleteLoaded(target, index, patch, ancestors);
            return;
        }
        if (index < 0 && patch.spec.isValueHolder() && patch.values() == null) {
            warn(patch.line(), ancestors, Heads.text(patch));
            return;
        }
        Node node = editableOrNew(target, index, patch);
        if (honourReplace && patch.has(Node.REPLACE)) {
            node.clearContent();
            node.setFlag(Node.STORED, false);
        }
        mergeContent(node, patch, honourReplace);
        ancestors.add(node);
        mergeChildren(node, patch, honourReplace, ancestors);
        ancestors.remove(ancestors.size() - 1);
    }

    /**
     * A statement the schema does not know meets the other shape of itself, as a second text line
     * would ({@link PathWalker}): a block folds the repetitions it meets; a repetition that meets a
     * block is merged into it as the block's statement. Answers whether the patch was merged here.
     */
    private boolean mergesIntoBlock(Node target, Node patch, boolean honourReplace, List<Node> ancestors) {
        if (patch.kind() == Spec.Kind.CONTAINER) {
            UnknownValues.foldIntoBlock(target, patch.keyword, owner);
            return false;
        }
        int blockIndex = UnknownValues.isRepetition(patch) ? UnknownValues.blockIndex(target, patch.keyword) : -1;
        if (blockIndex < 0) {
            return false;
        }
        Node block = target.editableChild(blockIndex, owner);
        ancestors.add(block);
        mergeStatement(block, UnknownValues.wordOf(patch, owner), honourReplace, ancestors);
        ancestors.remove(ancestors.size() - 1);
        return true;
    }

    private Node editableOrNew(Node target, int index, Node patch) {
        if (index >= 0 && target.child(index).kind() == patch.kind()) {
            return target.editableChild(index, owner);
        }
        Node created = new Node(patch.spec, patch.keyword, patch.keys, owner);
        if (index >= 0) {
            target.setChild(index, created);
        } else {
            target.addChild(created);
        }
        return created;
    }

    private static void mergeContent(Node node, Node patch, boolean honourReplace) {
        if (patch.values() != null) {
            boolean adds = patch.kind() == Spec.Kind.LEAF_LIST && !(honourReplace && patch.has(Node.REPLACE));
            if (adds) {
                node.addValues(patch.values());
            } else {
                node.setValues(patch.values());
            }
        }
        if (patch.has(Node.INACTIVE) || patch.has(Node.ACTIVATE)) {
            node.setFlag(Node.INACTIVE, patch.has(Node.INACTIVE));
        }
        if (patch.has(Node.PROTECT) || patch.has(Node.UNPROTECT)) {
            node.setFlag(Node.PROTECT, patch.has(Node.PROTECT));
        }
        if (patch.annotation() != null) {
            node.setAnnotation(patch.annotation());
        }
        if (patch.has(Node.UNDOCUMENTED)) {
            node.setFlag(Node.UNDOCUMENTED, true);
        }
    }

    private void deleteLoaded(Node target, int index, Node patch, List<Node> ancestors) {
        if (index < 0) {
            warn(patch.line(), ancestors, Heads.text(patch));
            return;
        }
        if (patch.kind() == Spec.Kind.LEAF_LIST && patch.values() != null) {
            removeValues(target, index, patch.values(), patch.line(), ancestors);
            return;
        }
        target.removeChild(index);
    }

    private void removeValues(Node parent, int index, String[] values, int line, List<Node> ancestors) {
        Node list = parent.editableChild(index, owner);
        for (String value : values) {
            if (!list.removeValue(value)) {
                warn(line, ancestors, Secrets.join(List.of(list.keyword, value)));
            }
        }
        if (list.values() == null) {
            parent.removeChild(index);
        }
    }

    /** Applies one configuration-mode command. */
    void apply(SetCommand command) {
        switch (command.verb()) {
            case "set" -> PathWalker.create(root, 0, command.words(), false, false, owner);
            case "delete" -> delete(command);
            case "activate" -> mark(command, Node.INACTIVE, false);
            case "deactivate" -> mark(command, Node.INACTIVE, true);
            case "protect" -> mark(command, Node.PROTECT, true);
            case "unprotect" -> mark(command, Node.PROTECT, false);
            case "insert" -> insert(command);
            default -> throw new ConfigSyntaxException(command.line(), "unknown command", command.verb());
        }
    }

    private void delete(SetCommand command) {
        if (command.words().isEmpty()) {
            while (root.childCount() > 0) {
                root.removeChild(root.childCount() - 1);
            }
            return;
        }
        PathWalker.Lookup lookup = PathWalker.find(root, command.words());
        if (lookup instanceof PathWalker.Found found) {
            deleteFound(found, command.line());
        } else if (lookup instanceof PathWalker.AllEntries all) {
            Node parent = editablePath(all.parentPath(), all.parentPath().length);
            for (int i = parent.childCount() - 1; i >= 0; i--) {
                if (all.keyword().equals(parent.child(i).keyword) && parent.child(i).kind() == Spec.Kind.ENTRY) {
                    parent.removeChild(i);
                }
            }
        } else {
            warnMissing((PathWalker.Missing) lookup, command.line());
        }
    }

    private void deleteFound(PathWalker.Found found, int line) {
        int[] path = found.path();
        Node parent = editablePath(path, path.length - 1);
        int index = path[path.length - 1];
        Node node = parent.child(index);
        String[] values = found.values();
        if (values == null) {
            parent.removeChild(index);
        } else if (node.kind() == Spec.Kind.LEAF_LIST) {
            removeValues(parent, index, values, line, ancestorsOf(path, path.length - 1));
        } else if (values[0].equals(node.value())) {
            deleteValue(parent, index);
        } else {
            List<String> words = new ArrayList<>(Heads.of(node));
            words.add(values[0]);
            warn(line, ancestorsOf(path, path.length - 1), Secrets.join(words));
        }
    }

    /** Deleting a leaf's value deletes the leaf; deleting a positional value keeps its statement. */
    private void deleteValue(Node parent, int index) {
        if (parent.child(index).spec.isValueHolder()) {
            parent.removeChild(index);
        } else {
            parent.editableChild(index, owner).setValues(null);
        }
    }

    private void mark(SetCommand command, int flag, boolean on) {
        PathWalker.Lookup lookup = PathWalker.find(root, command.words());
        if (lookup instanceof PathWalker.Found found) {
            int[] path = found.path();
            if (path.length == 0) {
                throw new ConfigSyntaxException(command.line(), "syntax error, expecting <statement> or <identifier>",
                        command.verb());
            }
            editablePath(path, path.length).setFlag(flag, on);
        } else if (lookup instanceof PathWalker.AllEntries all) {
            Node parent = editablePath(all.parentPath(), all.parentPath().length);
            for (int i = 0; i < parent.childCount(); i++) {
                if (all.keyword().equals(parent.child(i).keyword)) {
                    parent.editableChild(i, owner).setFlag(flag, on);
                }
            }
        } else {
            warnMissing((PathWalker.Missing) lookup, command.line());
        }
    }

    /** {@code insert <statement> before|after <sibling>}: moves an entry of an ordered list. */
    private void insert(SetCommand command) {
        int split = command.insertSplit();
        List<Token> moved = command.words().subList(0, split);
        PathWalker.Lookup lookup = PathWalker.find(root, moved);
        if (!(lookup instanceof PathWalker.Found found) || found.path().length == 0) {
            warnOrFail(lookup, command);
            return;
        }
        int[] path = found.path();
        Node parent = editablePath(path, path.length - 1);
        Node node = parent.child(path[path.length - 1]);
        List<Token> reference = command.words().subList(split + 1, command.words().size());
        PathWalker.Lookup sibling = PathWalker.find(parent, reference);
        if (!(sibling instanceof PathWalker.Found target) || target.path().length != 1
                || !Objects.equals(parent.child(target.path()[0]).keyword, node.keyword)) {
            warn(command.line(), ancestorsOf(path, path.length - 1), Heads.join(texts(reference)));
            return;
        }
        Node referenceNode = parent.child(target.path()[0]);
        parent.removeChild(path[path.length - 1]);
        int at = parent.indexOfStatement(referenceNode);
        boolean after = command.words().get(split).text().equals("after");
        parent.insertChild(after ? at + 1 : at, node);
    }

    private void warnOrFail(PathWalker.Lookup lookup, SetCommand command) {
        if (lookup instanceof PathWalker.Missing missing) {
            warnMissing(missing, command.line());
            return;
        }
        throw new ConfigSyntaxException(command.line(), "syntax error, insert needs one statement to move",
                command.verb());
    }

    private Node editablePath(int[] path, int length) {
        Node current = root;
        for (int i = 0; i < length; i++) {
            current = current.editableChild(path[i], owner);
        }
        return current;
    }

    private List<Node> ancestorsOf(int[] path, int length) {
        List<Node> ancestors = new ArrayList<>(length);
        Node current = root;
        for (int i = 0; i < length; i++) {
            current = current.child(path[i]);
            ancestors.add(current);
        }
        return ancestors;
    }

    private void warnMissing(PathWalker.Missing missing, int line) {
        int[] parentPath = missing.parentPath();
        warn(line, ancestorsOf(parentPath, parentPath.length), missing.statement());
    }

    private void warn(int line, List<Node> ancestors, String statement) {
        warnings.add(new ConfigWarning(line, Heads.editPath(ancestors), statement, NOT_FOUND));
    }

    private static List<String> texts(List<Token> words) {
        return words.stream().map(Token::text).toList();
    }
}

package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement of a configuration tree, in the statement view text and set lines use: a keyword
 * with its identifiers ({@code unit 0}), its values ({@code host-name r1}) and its children.
 *
 * <p>Trees are shared between configurations (a rollback history holds many nearly equal trees),
 * so nodes are copy-on-write: each belongs to an owner token, and a configuration changes only
 * the nodes its own token owns, cloning shared ones on the way down ({@link #editableChild}).
 * Nodes are kept small: arrays for values and identifiers, a list only when there are children.
 */
final class Node {

    /** Stored state: the statement is deactivated. */
    static final int INACTIVE = 1;
    /** Stored state: the statement is protected against changes. */
    static final int PROTECT = 2;
    /** Load operation ({@code active:}): clear {@link #INACTIVE}. */
    static final int ACTIVATE = 4;
    /** Load operation ({@code unprotect:}): clear {@link #PROTECT}. */
    static final int UNPROTECT = 8;
    /** Load operation ({@code replace:}): the statement replaces the existing one. */
    static final int REPLACE = 16;
    /** Load operation ({@code delete:}): the statement is deleted. */
    static final int DELETE = 32;
    /**
     * Read inside Junos's {@code <undocumented>} wrapper (a statement its schema hides): XML and
     * JSON print it there again. Not part of the statement's value: text prints it plainly.
     */
    static final int UNDOCUMENTED = 64;
    static final int STORED = INACTIVE | PROTECT;

    /** Child lists this long are searched through a map (big prefix lists, many interfaces). */
    private static final int INDEXED_FROM = 32;

    final Spec spec;
    /** The text keyword; null for the entries of an implicit list. */
    final String keyword;
    /** The identifiers of an entry; null for other statements. */
    final String[] keys;
    private String[] values;
    private ArrayList<Node> children;
    private byte flags;
    private String annotation;
    private Object owner;
    /** Where a loaded statement came from, for warnings; 0 when unknown. */
    private int line;
    /** Positions of long child lists by statement identity; built when first searched, dropped when stale. */
    private HashMap<Identity, Integer> positions;
    /** The positions map came from the node this one was cloned from: read it, never change it. */
    private boolean positionsShared;

    /** The identity of a statement among its siblings: keyword and identifiers. */
    private record Identity(String keyword, List<String> keys) {
        static Identity of(String keyword, String[] keys) {
            return new Identity(keyword, keys == null ? null : Arrays.asList(keys));
        }
    }

    Node(Spec spec, String keyword, String[] keys, Object owner) {
        this.spec = spec;
        this.keyword = keyword;
        this.keys = keys;
        this.owner = owner;
    }

    static Node root(Object owner) {
        return new Node(Schema.ROOT, null, null, owner);
    }

    Spec.Kind kind() {
        return spec.kind;
    }

    /** The values of a leaf or leaf-list, or the positional value of a container or entry. */
    String[] values() {
        return values;
    }

    String value() {
        return values == null ? null : values[0];
    }

    List<Node> children() {
        return children == null ? Collections.emptyList() : Collections.unmodifiableList(children);
    }

    int childCount() {
        return children == null ? 0 : children.size();
    }

    Node child(int index) {
        return children.get(index);
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    int flags() {
        return flags;
    }

    String annotation() {
        return annotation;
    }

    int line() {
        return line;
    }

    /** The XML element this statement is written as. */
    String element() {
        return spec.elementFor(keyword);
    }

    /** Whether {@code other} is the same statement (same keyword and identifiers), whatever its content. */
    boolean sameStatement(Node other) {
        return Objects.equals(keyword, other.keyword) && Arrays.equals(keys, other.keys);
    }

    int indexOf(String childKeyword, String[] childKeys) {
        if (children == null) {
            return -1;
        }
        if (children.size() >= INDEXED_FROM) {
            Integer position = positions().get(Identity.of(childKeyword, childKeys));
            return position == null ? -1 : position;
        }
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (Objects.equals(child.keyword, childKeyword) && Arrays.equals(child.keys, childKeys)) {
                return i;
            }
        }
        return -1;
    }

    private HashMap<Identity, Integer> positions() {
        if (positions == null) {
            positionsShared = false;
            positions = new HashMap<>(children.size() * 2);
            for (int i = 0; i < children.size(); i++) {
                Node child = children.get(i);
                positions.putIfAbsent(Identity.of(child.keyword, child.keys), i);
            }
        }
        return positions;
    }

    int indexOfStatement(Node statement) {
        return indexOf(statement.keyword, statement.keys);
    }

    /** This node, or a shallow clone owned by {@code token} when another owner holds it. */
    Node editable(Object token) {
        if (owner == token) {
            return this;
        }
        Node clone = new Node(spec, keyword, keys, token);
        clone.values = values;
        clone.children = children == null ? null : new ArrayList<>(children);
        clone.flags = flags;
        clone.annotation = annotation;
        clone.line = line;
        clone.positions = positions;
        clone.positionsShared = positions != null;
        return clone;
    }

    /** The child at {@code index}, made editable by {@code token}; this node must be editable already. */
    Node editableChild(int index, Object token) {
        Node editable = children.get(index).editable(token);
        children.set(index, editable);
        return editable;
    }

    void setValues(String[] newValues) {
        values = newValues;
    }

    void addValues(String[] added) {
        if (values == null) {
            values = added.clone();
            return;
        }
        List<String> merged = new ArrayList<>(Arrays.asList(values));
        for (String value : added) {
            if (!merged.contains(value)) {
                merged.add(value);
            }
        }
        values = merged.toArray(String[]::new);
    }

    /** Removes one value; answers whether it was there. */
    boolean removeValue(String value) {
        if (values == null || !Arrays.asList(values).contains(value)) {
            return false;
        }
        String[] rest = Arrays.stream(values).filter(v -> !v.equals(value)).toArray(String[]::new);
        values = rest.length == 0 ? null : rest;
        return true;
    }

    void setFlag(int flag, boolean on) {
        flags = (byte) (on ? flags | flag : flags & ~flag);
    }

    void setAnnotation(String text) {
        annotation = text;
    }

    void setLine(int sourceLine) {
        line = sourceLine;
    }

    /** Drops values and children, keeping identity and flags ({@code replace:}). */
    void clearContent() {
        values = null;
        children = null;
        positions = null;
    }

    /**
     * Adds a child where Junos prints it ({@link StatementOrder}): after the last sibling of its
     * own list, else after the siblings that print before it.
     */
    void addChild(Node child) {
        if (children == null) {
            children = new ArrayList<>(4);
        }
        insertChild(StatementOrder.insertionPoint(this, children, child), child);
    }

    void insertChild(int index, Node child) {
        if (children == null) {
            children = new ArrayList<>(4);
        }
        children.add(index, child);
        if (positions != null && !positionsShared && index == children.size() - 1) {
            positions.putIfAbsent(Identity.of(child.keyword, child.keys), index);
        } else {
            positions = null;
        }
    }

    void setChild(int index, Node child) {
        Node replaced = children.set(index, child);
        if (!replaced.sameStatement(child)) {
            positions = null;
        }
    }

    /** Puts the same children in another order. */
    void replaceChildren(List<Node> reordered) {
        children = new ArrayList<>(reordered);
        positions = null;
    }

    Node removeChild(int index) {
        positions = null;
        Node removed = children.remove(index);
        if (children.isEmpty()) {
            children = null;
        }
        return removed;
    }

    /**
     * Value equality of the stored statement: kind, identity, values, state, annotation and children.
     * A statement the schema does not know (or knows in another shape: a value where 23.4R1 has a
     * list) is compared by its words, the lines {@code display set} prints for it: its shape (leaf,
     * flag, block, entry) is the model's guess from how it was written, which a set line cannot
     * carry ({@code a { b; }} and {@code a b;} both print {@code set a b}), and a router that knows
     * the statement reads both the same way.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Node that)) {
            return false;
        }
        if (!spec.known || !that.spec.known) {
            return SetWriter.linesOf(this).equals(SetWriter.linesOf(that));
        }
        return spec.kind == that.spec.kind
                && sameStatement(that)
                && Arrays.equals(values, that.values)
                && (flags & STORED) == (that.flags & STORED)
                && Objects.equals(annotation, that.annotation)
                && sameChildren(that);
    }

    /**
     * Equal nodes print the same set lines, whatever shape a statement of another release was
     * given; in an order that may differ where the order is the one written (see {@link #sameChildren}),
     * so the lines are hashed in any order.
     */
    @Override
    public int hashCode() {
        return SetWriter.linesOf(this).stream().mapToInt(String::hashCode).sum();
    }

    /**
     * Children pairwise; by their set lines where either side holds a statement the schema does not
     * know. Where the children keep the order written (the top level, a group: see
     * {@link StatementOrder}), that order says nothing Junos would print: there each statement's
     * entries are compared in their order, but the statements in any order, as {@link ConfigDiff} does.
     */
    private boolean sameChildren(Node that) {
        if (!StatementOrder.keepsWrittenOrder(spec)) {
            return sameNodes(children(), that.children());
        }
        Map<String, List<Node>> mine = byKeyword(children());
        Map<String, List<Node>> theirs = byKeyword(that.children());
        return mine.keySet().equals(theirs.keySet())
                && mine.entrySet().stream().allMatch(entry -> sameNodes(entry.getValue(), theirs.get(entry.getKey())));
    }

    private static boolean sameNodes(List<Node> mine, List<Node> theirs) {
        if (allKnown(mine) && allKnown(theirs)) {
            return mine.equals(theirs);
        }
        return lines(mine).equals(lines(theirs));
    }

    private static Map<String, List<Node>> byKeyword(List<Node> nodes) {
        Map<String, List<Node>> groups = new HashMap<>();
        nodes.forEach(node -> groups.computeIfAbsent(node.keyword, keyword -> new ArrayList<>()).add(node));
        return groups;
    }

    private static boolean allKnown(List<Node> nodes) {
        return nodes.stream().allMatch(node -> node.spec.known);
    }

    private static List<String> lines(List<Node> nodes) {
        List<String> lines = new ArrayList<>();
        for (Node node : nodes) {
            lines.addAll(SetWriter.linesOf(node));
        }
        return lines;
    }

    @Override
    public String toString() {
        return spec.kind + " " + (keyword == null ? "" : keyword)
                + (keys == null ? "" : " " + String.join(" ", keys))
                + (values == null ? "" : " " + String.join(" ", values));
    }
}

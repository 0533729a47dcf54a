package io.jmcp.netconf.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the model knows about one kind of Junos statement: how it reads in text and set lines
 * (keyword, identifiers, inline children) and how it maps to Junos XML (element, key elements).
 * Specs come from {@link JunosHierarchy}; statements the table does not know get a fallback spec
 * from {@link Schema}, inferred from their syntax, so that unknown configuration still round-trips.
 */
final class Spec {

    enum Kind {
        /** A hierarchy level or a presence flag ({@code system { ... }}, {@code disable;}). */
        CONTAINER,
        /** A statement with one value ({@code host-name r1;}); setting it again replaces the value. */
        LEAF,
        /** A statement with several values ({@code members [ a b ];}); set adds a value. */
        LEAF_LIST,
        /** One entry of a named list ({@code unit 0 { ... }}), identified by its keys. */
        ENTRY
    }

    /** When {@code show configuration} prints a statement's children on its own line. */
    enum Inline {
        NEVER,
        /** {@code then accept;}, {@code route 0/0 next-hop 10.0.0.1;}: exactly one simple child. */
        SINGLE_CHILD,
        /** {@code file messages size 1m files 3;}: every child is simple. */
        ALL_SIMPLE
    }

    /** The text keyword; null for the entries of an implicit list ({@code ge-0/0/0 { ... }}). */
    final String keyword;
    final Kind kind;
    /** The XML element; null for statements the table does not know (their keyword is the element). */
    final String element;
    /** For entries: the XML elements holding the identifiers, in text order. */
    final String[] keyElements;
    /** For entries: the literal word printed before each identifier after the first (null for the first). */
    final String[] keyWords;
    /** The XML element of a value printed right after the keyword ({@code file messages}), or null. */
    final String positional;
    final Inline inline;
    /** Entries keep the order the user gives them; diffs show their neighbours as context. */
    final boolean ordered;
    /** The statement has no XML element of its own; its entries carry the keyword as element. */
    final boolean flat;
    /** XML nests entries by identifier: {@code family inet} is {@code <family><inet>}. */
    final boolean choice;
    /** A presence flag ({@code exact}, {@code prefer}): a container that never has children. */
    final boolean flag;
    /** False for fallback specs of statements the table does not know. */
    final boolean known;

    private final Map<String, Spec> byKeyword = new LinkedHashMap<>();
    private final Map<String, Spec> byElement = new HashMap<>();
    private Spec implicit;
    private Spec like;

    Spec(String keyword, Kind kind, Shape shape, boolean known) {
        this.keyword = keyword;
        this.kind = kind;
        this.element = shape.element;
        this.keyElements = shape.keyElements;
        this.keyWords = shape.keyWords;
        this.positional = shape.positional;
        this.inline = shape.inline;
        this.ordered = shape.ordered;
        this.flat = shape.flat;
        this.choice = shape.choice;
        this.flag = shape.flag;
        this.known = known;
    }

    /** The XML element a statement with this spec and the given keyword is written as. */
    String elementFor(String statementKeyword) {
        return element != null ? element : statementKeyword;
    }

    int keyCount() {
        return keyElements == null ? 0 : keyElements.length;
    }

    boolean isEntry() {
        return kind == Kind.ENTRY;
    }

    boolean isValueHolder() {
        return kind == Kind.LEAF || kind == Kind.LEAF_LIST;
    }

    /** Whether a path goes on at the same level after this statement (values and flags end it). */
    boolean endsStatement() {
        return isValueHolder() || flag;
    }

    /** The spec of the child statement with this keyword, or null when unknown here. */
    Spec child(String childKeyword) {
        Spec own = byKeyword.get(childKeyword);
        if (own == null && like != null) {
            return like.child(childKeyword);
        }
        return own;
    }

    /** The spec reached through this XML element (flat lists answer with their container). */
    Spec childByElement(String childElement) {
        Spec own = byElement.get(childElement);
        if (own == null && like != null) {
            return like.childByElement(childElement);
        }
        return own;
    }

    /** The spec of the entries whose keyword text omits ({@code interfaces { ge-0/0/0 {} }}), or null. */
    Spec implicit() {
        if (implicit == null && like != null) {
            return like.implicit();
        }
        return implicit;
    }

    void addChild(Spec child) {
        byKeyword.put(child.keyword, child);
        String reachedBy = child.flat ? child.implicit.element : child.element;
        byElement.put(reachedBy, child);
    }

    void setImplicit(Spec entries) {
        this.implicit = entries;
        if (!flat) {
            byElement.put(entries.element, entries);
        }
    }

    void setLike(Spec model) {
        this.like = model;
    }

    @Override
    public String toString() {
        return (keyword == null ? "<" + element + ">" : keyword) + " " + kind;
    }

    /** The XML and layout attributes of a spec, as the hierarchy table states them. */
    static final class Shape {
        String element;
        String[] keyElements;
        String[] keyWords;
        String positional;
        Inline inline = Inline.NEVER;
        boolean ordered;
        boolean flat;
        boolean choice;
        boolean flag;
    }
}

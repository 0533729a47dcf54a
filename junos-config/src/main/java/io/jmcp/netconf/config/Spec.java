package io.jmcp.netconf.config;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the model knows about one kind of Junos statement: how it reads in text and set lines
 * (keyword, identifiers, positional value, children on one line) and how it maps to Junos XML
 * (element, key elements). Specs of known statements come from Juniper's schema
 * ({@link Schema}, over {@link JunosSchema}) and find their children there; statements the schema
 * does not know get a fallback spec, so that configuration of a newer release still round-trips.
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
        /** {@code then accept;}: one child, or only values and flags ({@code archive size 1m files 3;}). */
        SINGLE_CHILD,
        /** {@code local-as 64611 private;}: every child is simple. */
        ALL_SIMPLE
    }

    /** The YANG key naming a match type ({@code exact}, {@code upto}); Junos XML writes it as an element. */
    static final String CHOICE_IDENT = "choice-ident";
    /** The YANG key holding the optional value of a match type ({@code route-filter 10/8 upto /24}). */
    static final String CHOICE_VALUE = "choice-value";

    /** The text keyword; null for the entries of an implicit list ({@code ge-0/0/0 { ... }}). */
    final String keyword;
    final Kind kind;
    /** The XML element; null for unknown statements (their keyword is the element). */
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
    /** Junos prints the keyword before each child's instead of a block ({@code family inet { ... }}). */
    final boolean chained;
    /** A presence flag ({@code exact}, {@code disable}): a statement that never has children. */
    final boolean flag;
    /** False for fallback specs of statements the schema does not know. */
    final boolean known;
    /**
     * A statement the schema does not know written with one value ({@code a b;}): an entry named by
     * its value, so that each repetition ({@code a b; a c;}) is a statement of its own, with its own
     * state and annotation. XML writes it as a value ({@code <a>b</a>}) while it has no children.
     */
    final boolean unknownValue;
    /** The schema statement whose children are this statement's children; null when unknown. */
    final SchemaStatement statement;

    private final ConcurrentHashMap<String, Spec> byKeyword = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Spec> byElement = new ConcurrentHashMap<>();
    // facts read from the schema on first use (racing threads compute the same value)
    private List<String> matchTypes;
    private List<String> positionalKeywords;
    private Boolean addressKeyed;
    private volatile Spec implicit;
    /** The statement's position among its parent level's children, for the level last asked about. */
    private volatile Position position;
    private volatile boolean implicitResolved;

    Spec(String keyword, Kind kind, Shape shape, SchemaStatement statement) {
        this.keyword = keyword;
        this.kind = kind;
        this.element = shape.element;
        this.keyElements = shape.keyElements;
        this.keyWords = shape.keyWords;
        this.positional = shape.positional;
        this.inline = shape.inline;
        this.ordered = shape.ordered;
        this.flat = shape.flat;
        this.flag = shape.flag;
        this.chained = shape.chained;
        this.known = shape.known;
        this.unknownValue = shape.unknownValue;
        this.statement = statement;
    }

    /** The XML element a statement with this spec and the given keyword is written as. */
    String elementFor(String statementKeyword) {
        return element != null ? element : statementKeyword;
    }

    int keyCount() {
        return keyElements == null ? 0 : keyElements.length;
    }

    /** Whether the keys end with a match type whose value may be absent ({@code exact}, {@code add}). */
    boolean hasOptionalKey() {
        return keyElements != null && Arrays.asList(keyElements).contains(CHOICE_VALUE);
    }

    /**
     * The key elements of an entry with these identifiers, as Junos XML writes them: a match type
     * is an element named after it, holding the match value when there is one
     * ({@code <address>10/8</address><upto>/24</upto>}, {@code <add/><community-name>A</community-name>}).
     */
    Element[] keyElementsOf(String[] keys) {
        boolean withValue = keys.length == keyCount();
        Element[] elements = new Element[keys.length];
        int k = 0;
        for (int i = 0; i < keyCount(); i++) {
            if (keyElements[i].equals(CHOICE_VALUE)) {
                continue;
            }
            if (keyElements[i].equals(CHOICE_IDENT)) {
                String value = withValue ? keys[k + 1] : null;
                elements[k] = Element.leaf(keys[k], value);
                k += withValue ? 2 : 1;
            } else {
                elements[k] = Element.leaf(keyElements[i], keys[k]);
                k++;
            }
        }
        return Arrays.stream(elements).filter(java.util.Objects::nonNull).toArray(Element[]::new);
    }

    /** The match types an entry's {@code choice-ident} key takes ({@code exact}, {@code longer}...). */
    List<String> matchTypes() {
        if (matchTypes == null) {
            matchTypes = enumerationOf(CHOICE_IDENT);
        }
        return matchTypes;
    }

    private boolean addressKeyed() {
        if (addressKeyed == null) {
            SchemaStatement key = statement == null || keyElements == null ? null : statement.child(keyElements[0]);
            ValueType type = key == null ? null : key.valueType();
            addressKeyed = type != null && type.typedef() != null && type.typedef().startsWith("ip");
        }
        return addressKeyed;
    }

    /**
     * Whether a word can name an entry of this keyword-less list: a word that could be a keyword
     * is no address ({@code dynamic-db} in a prefix list is a statement of a newer release).
     */
    boolean accepts(String word) {
        return !addressKeyed() || !Schema.isElementName(word);
    }

    boolean isEntry() {
        return kind == Kind.ENTRY;
    }

    boolean isValueHolder() {
        return kind == Kind.LEAF || kind == Kind.LEAF_LIST;
    }

    /**
     * The values of an enumerated keyword-less value, which Junos XML writes as an empty element
     * ({@code <default-policy><permit-all/></default-policy>}); empty for other positional values.
     */
    List<String> positionalKeywords() {
        if (positionalKeywords == null) {
            positionalKeywords = positional == null ? List.of() : enumerationOf(positional);
        }
        return positionalKeywords;
    }

    /** The enumerated values of the child leaf {@code name}, or none. */
    private List<String> enumerationOf(String name) {
        SchemaStatement leaf = statement == null ? null : statement.child(name);
        return leaf == null || leaf.valueType() == null ? List.of() : leaf.valueType().enumeration();
    }

    /** A keyword-less value that prints as a statement of the block rather than on the head line. */
    boolean valueInBlock() {
        return positional != null && inline == Inline.NEVER && !isEntry();
    }

    /** Whether a path goes on at the same level after this statement (values and flags end it). */
    boolean endsStatement() {
        return isValueHolder() || flag;
    }

    /** The spec of the child statement with this keyword, or null when unknown here. */
    Spec child(String childKeyword) {
        if (statement == null) {
            return null;
        }
        Spec found = byKeyword.get(childKeyword);
        if (found == null) {
            // misses are not remembered: they are mostly the configuration's own identifiers
            // (interface names, prefixes), which would pile up here for the life of the process
            found = Schema.childByKeyword(this, childKeyword);
            if (found != null) {
                byKeyword.put(childKeyword, found);
            }
        }
        return found;
    }

    /** The spec reached through this XML element (flat lists answer with their container). */
    Spec childByElement(String childElement) {
        if (statement == null) {
            return null;
        }
        Spec found = byElement.get(childElement);
        if (found == null) {
            found = Schema.childByElement(this, childElement);
            byElement.put(childElement, found == null ? Schema.ABSENT : found);
        }
        return found == Schema.ABSENT ? null : found;
    }

    /** The spec of the entries whose keyword text omits ({@code interfaces { ge-0/0/0 {} }}), or null. */
    Spec implicit() {
        if (!implicitResolved) {
            implicit = statement == null ? null : Schema.implicitEntries(this);
            implicitResolved = true;
        }
        return implicit;
    }

    /**
     * Where this statement sits among the children of {@code level} in schema order, or -1. A
     * statement reached through a shared grouping sits under several levels; most specs are only
     * ever asked about one, so one answer is remembered.
     */
    int positionIn(SchemaStatement level) {
        Position known = position;
        if (known == null || !known.level.equals(level)) {
            known = new Position(level, level.childPosition(statement.name()));
            position = known;
        }
        return known.index;
    }

    private record Position(SchemaStatement level, int index) {
    }

    @Override
    public String toString() {
        return (keyword == null ? "<" + element + ">" : keyword) + " " + kind;
    }

    /** The XML and layout attributes of a spec. */
    static final class Shape {
        String element;
        String[] keyElements;
        String[] keyWords;
        String positional;
        Inline inline = Inline.NEVER;
        boolean ordered;
        boolean flat;
        boolean flag;
        boolean chained;
        boolean known = true;
        boolean unknownValue;
    }
}

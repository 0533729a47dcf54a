package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps between the statement view of the tree and Junos's XML view: {@code interfaces { ge-0/0/0
 * { unit 0 { family inet { ... } } } }} is {@code <interfaces><interface><name>ge-0/0/0</name>
 * <unit><name>0</name><family><inet>...}. Juniper's schema ({@link Schema}) says where the views differ.
 */
final class ElementMapper {

    /** Junos wraps undocumented statements in this element; the statements are ordinary ones. */
    static final String UNDOCUMENTED = "undocumented";

    private ElementMapper() {
    }

    /** The {@code <configuration>} element of a tree. */
    static Element toElement(Node root) {
        Element configuration = new Element("configuration", 0);
        appendChildren(root, configuration);
        return configuration;
    }

    /** A tree of statements (with load operations as flags) read from a {@code <configuration>} element. */
    static Node toNode(Element configuration, Object owner) {
        Node root = Node.root(owner);
        new Reader(owner).children(configuration, root, Set.of());
        return root;
    }

    private static void appendChildren(Node node, Element parent) {
        for (Node child : node.children()) {
            if (child.spec.flat) {
                appendFlatList(child, parent);
            } else {
                appendStatement(child, parent);
            }
        }
    }

    /** A list without element of its own: its entries, or one empty element standing for the empty list. */
    private static void appendFlatList(Node list, Element parent) {
        if (list.childCount() == 0) {
            parent.add(new Element(list.spec.implicit().element, 0));
            return;
        }
        appendChildren(list, parent);
    }

    private static void appendStatement(Node node, Element parent) {
        if (node.spec.isValueHolder()) {
            appendValues(node, parent);
            return;
        }
        if (UnknownValues.isRepetition(node)) {
            appendRepetition(node, parent);
            return;
        }
        Element element = wrapperOf(node, parent).add(new Element(node.element(), 0));
        element.flags = node.flags() & Node.STORED;
        element.annotation = node.annotation();
        if (node.kind() == Spec.Kind.ENTRY) {
            element.shape = Element.Shape.ENTRY;
            for (Element key : node.spec.keyElementsOf(node.keys)) {
                element.add(key);
            }
        }
        if (node.values() != null) {
            boolean keyword = node.spec.positionalKeywords().contains(node.value());
            element.add(keyword ? Element.leaf(node.value(), null) : Element.leaf(node.spec.positional, node.value()));
        }
        appendChildren(node, element);
    }

    private static void appendValues(Node node, Element parent) {
        String[] values = node.values() == null ? new String[] {null} : node.values();
        for (int i = 0; i < values.length; i++) {
            Element element = wrapperOf(node, parent).add(Element.leaf(node.element(), values[i]));
            if (node.kind() == Spec.Kind.LEAF_LIST) {
                element.shape = Element.Shape.LEAF_LIST_VALUE;
            }
            element.flags = node.flags() & Node.STORED;
            element.annotation = i == 0 ? node.annotation() : null;
        }
    }

    /** {@code <ethernet>link-down</ethernet>}: one value of a statement the schema does not know. */
    private static void appendRepetition(Node node, Element parent) {
        Element element = wrapperOf(node, parent).add(Element.leaf(node.keyword, node.keys[0]));
        element.flags = node.flags() & Node.STORED;
        element.annotation = node.annotation();
    }

    /** Where a statement's element goes: its parent, or an {@code <undocumented>} wrapper there as Junos writes it. */
    private static Element wrapperOf(Node node, Element parent) {
        return node.has(Node.UNDOCUMENTED) ? parent.add(new Element(UNDOCUMENTED, 0)) : parent;
    }

    /** Reads elements into statements, the schema telling leaves, lists and containers apart. */
    private static final class Reader {
        private final Object owner;
        /** The elements read from inside an {@code <undocumented>} wrapper. */
        private final Set<Element> undocumented = new HashSet<>();

        Reader(Object owner) {
            this.owner = owner;
        }

        /** Reads the child elements of {@code parentElement} except those already read as identifiers. */
        void children(Element parentElement, Node parent, Set<Element> done) {
            for (Element element : parentElement.children) {
                if (done.contains(element)) {
                    continue;
                }
                if (element.name.equals(UNDOCUMENTED)) {
                    undocumented.addAll(element.children);
                    children(element, parent, Set.of());
                } else {
                    statement(element, parent);
                }
            }
        }

        private void statement(Element element, Node parent) {
            Spec spec = Schema.lookupElement(parent.spec, element.name);
            if (spec == null || contradicts(spec, element)) {
                requireElementName(element.name, element.line);
                spec = unknownSpec(element, parent);
            }
            if (spec.unknownValue) {
                repetition(element, parent);
            } else if (spec.flat) {
                flatListEntry(element, parent, spec);
            } else if (spec.isValueHolder()) {
                value(element, parent, spec);
            } else {
                statementWithChildren(element, parent, spec);
            }
        }

        /**
         * A value where the schema has a list ({@code <auth-user-agent>Opera1</auth-user-agent>} of
         * an older release): kept as written rather than refused for a missing key.
         */
        private static boolean contradicts(Spec spec, Element element) {
            return spec.isEntry() && element.text != null && element.children.isEmpty();
        }

        /**
         * An entry of a list without element of its own; an empty element stands for the whole list,
         * and one holding only text for the entry of that name, as Ansible writes a list of bare
         * names ({@code <destination-prefix-list>DEST</destination-prefix-list>}).
         */
        private void flatListEntry(Element element, Node parent, Spec spec) {
            Node list = findOrCreate(parent, spec, spec.keyword, null, element.line);
            if (element.child(spec.implicit().keyElements[0]) == null && element.children.isEmpty()) {
                if (element.text == null || spec.implicit().keyCount() != 1) {
                    mark(list, element);
                    return;
                }
                mark(findOrCreate(list, spec.implicit(), null, new String[] {element.text}, element.line), element);
                return;
            }
            statementWithChildren(element, list, spec.implicit());
        }

        /**
         * {@code <a>b</a>} of a statement the schema does not know: a repetition beside the others
         * of {@code a}, or a statement of the block {@code a} when one was read, as text reads it.
         */
        private void repetition(Element element, Node parent) {
            int blockIndex = UnknownValues.blockIndex(parent, element.name);
            if (blockIndex >= 0) {
                Node block = parent.child(blockIndex);
                Node word = UnknownValues.wordBelow(element.text, element.name, owner, element.line);
                int index = block.indexOfStatement(word);
                mark(index >= 0 ? block.child(index) : word, element);
                if (index < 0) {
                    block.addChild(word);
                }
                return;
            }
            Node node = findOrCreate(parent, Schema.unknown(Spec.Kind.LEAF), element.name,
                    new String[] {element.text}, element.line);
            mark(node, element);
        }

        private void statementWithChildren(Element element, Node parent, Spec spec) {
            if (!spec.known && spec.kind == Spec.Kind.CONTAINER) {
                UnknownValues.foldIntoBlock(parent, element.name, owner);
            }
            Set<Element> done = new HashSet<>();
            String[] keys = spec.isEntry() ? keys(element, spec, done) : null;
            Node node = findOrCreate(parent, spec, keywordOf(spec, element), keys, element.line);
            mark(node, element);
            Element positional = spec.positional == null ? null : element.child(spec.positional);
            if (positional != null) {
                node.setValues(new String[] {positional.text == null ? "" : positional.text});
                done.add(positional);
            } else {
                readKeywordValue(element, spec, node, done);
            }
            children(element, node, done);
        }

        /** {@code <permit-all/>}: an enumerated keyword-less value written as an element. */
        private static void readKeywordValue(Element element, Spec spec, Node node, Set<Element> done) {
            List<String> keywords = spec.positionalKeywords();
            for (Element child : element.children) {
                if (keywords.contains(child.name) && child.text == null && child.children.isEmpty()) {
                    node.setValues(new String[] {child.name});
                    done.add(child);
                    return;
                }
            }
        }

        private static String[] keys(Element element, Spec spec, Set<Element> done) {
            List<String> keys = new ArrayList<>(spec.keyCount());
            for (int i = 0; i < spec.keyCount(); i++) {
                String keyElement = spec.keyElements[i];
                if (keyElement.equals(Spec.CHOICE_VALUE)) {
                    continue;
                }
                if (keyElement.equals(Spec.CHOICE_IDENT)) {
                    matchType(element, spec, done, keys);
                    continue;
                }
                List<Element> found = element.children.stream().filter(child -> child.name.equals(keyElement)).toList();
                if (found.size() != 1 || found.get(0).text == null) {
                    String problem = found.size() > 1 ? "more than one <" : "missing <";
                    throw new ConfigSyntaxException(element.line,
                            problem + keyElement + "> in <" + element.name + ">", element.name);
                }
                keys.add(found.get(0).text);
                done.add(found.get(0));
            }
            return keys.toArray(String[]::new);
        }

        /** {@code <exact/>}, {@code <upto>/24</upto>}: the match type element, and its value when it has one. */
        private static void matchType(Element element, Spec spec, Set<Element> done, List<String> keys) {
            List<String> types = spec.matchTypes();
            for (Element child : element.children) {
                if (types.contains(child.name) && !done.contains(child)) {
                    keys.add(child.name);
                    if (child.text != null && !child.text.isEmpty()) {
                        keys.add(child.text);
                    }
                    done.add(child);
                    return;
                }
            }
            throw new ConfigSyntaxException(element.line, "missing match type (one of " + String.join(", ", types)
                    + ") in <" + element.name + ">", element.name);
        }

        /** JSON member names can be anything; statements must be writable as XML elements. */
        private static void requireElementName(String name, int line) {
            if (!Schema.isElementName(name)) {
                throw new ConfigSyntaxException(line, "syntax error, invalid statement name", name);
            }
        }

        private void value(Element element, Node parent, Spec spec) {
            String keyword = keywordOf(spec, element);
            Node node = findOrCreate(parent, spec, keyword, null, element.line);
            mark(node, element);
            String text = element.text;
            if (text == null && element.flags != 0) {
                return;
            }
            String[] value = {text == null ? "" : text};
            if (spec.kind == Spec.Kind.LEAF) {
                node.setValues(value);
            } else {
                node.addValues(value);
            }
        }

        private Node findOrCreate(Node parent, Spec spec, String keyword, String[] keys, int line) {
            int index = parent.indexOf(keyword, keys);
            if (index >= 0 && parent.child(index).kind() == spec.kind) {
                return parent.child(index);
            }
            Node node = new Node(spec, keyword, keys, owner);
            node.setLine(line);
            if (index >= 0) {
                parent.setChild(index, node);
            } else {
                parent.addChild(node);
            }
            return node;
        }

        private void mark(Node node, Element element) {
            node.setFlag(element.flags, true);
            if (undocumented.contains(element)) {
                node.setFlag(Node.UNDOCUMENTED, true);
            }
            if (element.annotation != null) {
                node.setAnnotation(element.annotation);
            }
        }

        /** Known statements carry their keyword; entries of implicit lists have none; unknown ones use the element. */
        private static String keywordOf(Spec spec, Element element) {
            if (spec.keyword != null) {
                return spec.keyword;
            }
            return spec.element == null ? element.name : null;
        }

        /**
         * The shape of an element the schema does not know: an element holding {@code <name>} first is
         * a list entry, other elements with children are containers, a value a repetition
         * ({@link Spec#unknownValue}).
         * An entry named after its container whose name could not be a keyword is an entry of an
         * implicit list, as text would have read it ({@code things { thing/1 { ... } }}).
         */
        private static Spec unknownSpec(Element element, Node parent) {
            if (!element.children.isEmpty()) {
                Element first = element.children.get(0);
                boolean named = first.name.equals("name") && first.children.isEmpty() && first.text != null;
                boolean implicit = named && parent.spec.implicit() == null
                        && element.name.equals(Schema.implicitElementOf(parent.keyword))
                        && !Schema.isElementName(first.text);
                if (implicit) {
                    return Schema.unknownImplicit(parent.keyword);
                }
                return Schema.unknown(named ? Spec.Kind.ENTRY : Spec.Kind.CONTAINER);
            }
            if (element.text == null) {
                return Schema.unknown(Spec.Kind.CONTAINER);
            }
            return Schema.unknown(Spec.Kind.LEAF);
        }
    }
}

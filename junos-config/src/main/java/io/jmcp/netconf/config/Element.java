package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A configuration statement in Junos's XML view (element names, identifiers as child elements),
 * the common ground of the XML and JSON formats. Loading operations and state travel as
 * {@link Node} flags rather than attribute strings.
 */
final class Element {

    /** What a written element stands for, which JSON writes differently (object, string, array); readers leave it. */
    enum Shape { CONTAINER, LEAF, LEAF_LIST_VALUE, ENTRY }

    final String name;
    final int line;
    Shape shape = Shape.CONTAINER;
    String text;
    int flags;
    String annotation;
    final List<Element> children = new ArrayList<>();

    Element(String name, int line) {
        this.name = name;
        this.line = line;
    }

    static Element leaf(String name, String text) {
        Element leaf = new Element(name, 0);
        leaf.shape = Shape.LEAF;
        leaf.text = text;
        return leaf;
    }

    Element add(Element child) {
        children.add(child);
        return child;
    }

    /** The first child element with this name, or null. */
    Element child(String childName) {
        for (Element child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /**
     * The first {@code <configuration>} below, in document order, looking through envelopes
     * ({@code rpc-reply}, {@code load-configuration}) but not into configuration statements,
     * where {@code system archival configuration} would be found instead.
     */
    Element findConfiguration() {
        for (Element child : children) {
            if (child.name.equals("configuration")) {
                return child;
            }
            if (Schema.lookupElement(Schema.ROOT, child.name) == null) {
                Element found = child.findConfiguration();
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

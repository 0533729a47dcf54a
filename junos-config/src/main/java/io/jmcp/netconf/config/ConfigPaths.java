package io.jmcp.netconf.config;

import java.util.List;
import java.util.Objects;

/** Statement paths ({@code "protocols bgp"}, {@code "interfaces ge-0/0/0"}) on the request side. */
public final class ConfigPaths {

    private ConfigPaths() {
    }

    /**
     * The subtree filter Junos expects inside {@code <configuration>} for a path:
     * {@code interfaces ge-0/0/0} is {@code <interfaces><interface><name>ge-0/0/0</name></interface></interfaces>},
     * {@code security policies from-zone a to-zone b} names both zones, a list keyword without
     * identifier ({@code protocols bgp group}) asks for every entry. Empty for an empty path.
     *
     * @throws ConfigSyntaxException when the path is malformed (e.g. {@code from-zone a} without {@code to-zone})
     */
    public static String toXmlFilter(String path) {
        List<PathWalker.Step> steps = PathWalker.steps(PathWalker.tokenize(Objects.requireNonNull(path, "path"), 0));
        if (steps.isEmpty()) {
            return "";
        }
        Element configuration = new Element("configuration", 0);
        Element current = configuration;
        for (int i = 0; i < steps.size(); i++) {
            current = append(current, steps.get(i), i == steps.size() - 1);
        }
        return XmlFormat.writeCompact(configuration.children.get(0));
    }

    private static Element append(Element parent, PathWalker.Step step, boolean last) {
        Spec spec = step.spec();
        if (spec.flat) {
            return last ? parent.add(new Element(spec.implicit().element, 0)) : parent;
        }
        Element element = parent.add(new Element(spec.elementFor(step.keyword()), 0));
        // a value of a statement the schema does not know (a newer release) is no key: the router
        // may hold the statement as a leaf, so the filter selects the whole statement, as for a leaf
        if (step.keys() != null && !spec.unknownValue) {
            for (Element key : spec.keyElementsOf(step.keys())) {
                element.add(key);
            }
        }
        return element;
    }
}

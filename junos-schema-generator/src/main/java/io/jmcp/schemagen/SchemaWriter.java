package io.jmcp.schemagen;

import io.jmcp.netconf.config.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the merged schema as the resource the client loads: a header, then tab-separated records
 * in three tables, each row's number being its position in its table:
 * <pre>
 * T  base  [typedef=N] [range=R] [length=L] [pattern=P]* [posix=P]* [message=M] [enum=E]* [member=T]* [fraction=D]
 * C  choice/case branch (nested branches joined by '>')
 * N  kind name [families=mask] [keys=a b] [ordered] [type=T] [cli=f,g] [unordered] [order<F>=i,j,...]* [children=n[~c],...]
 * root N
 * </pre>
 * Nodes are written children first, so every reference points backwards, and identical subtrees
 * are written once: the graph stays as shared as the YANG's groupings. Kinds: c container,
 * p presence container, l list, f leaf, m leaf-list. Families: bit 0 junos, 1 junos-es,
 * 2 junos-ex; absent means all. Children are listed in YANG order (the order Junos prints them),
 * except under {@code unordered} nodes, whose children come from several modules' augments;
 * {@code order<F>} gives family F's order where its YANG orders them differently (indexes into
 * the children list, for the children that family has).
 * Values escape backslash, tab and newline.
 */
final class SchemaWriter {

    private final StringBuilder types = new StringBuilder();
    private final StringBuilder choices = new StringBuilder();
    private final StringBuilder nodes = new StringBuilder();
    private final Map<ValueType, Integer> typeIds = new HashMap<>();
    private final Map<String, Integer> choiceIds = new HashMap<>();
    private final Map<String, Integer> nodeIdsByContent = new HashMap<>();
    private final Map<MergedNode, Integer> nodeIds = new IdentityHashMap<>();
    private final int allFamilies;

    SchemaWriter(int familyCount) {
        this.allFamilies = (1 << familyCount) - 1;
    }

    String write(MergedNode root, List<String> header) {
        int rootId = node(root);
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("# ").append(line).append('\n'));
        out.append(types).append(choices).append(nodes).append("root\t").append(rootId).append('\n');
        return out.toString();
    }

    private int node(MergedNode node) {
        Integer known = nodeIds.get(node);
        if (known != null) {
            return known;
        }
        List<String> childRefs = new ArrayList<>(node.children().size());
        node.children().values().forEach(edge -> childRefs.add(edgeRef(edge)));
        StringBuilder line = new StringBuilder("N\t").append(node.kind().code).append('\t').append(node.name());
        if (node.families() != allFamilies) {
            line.append("\tfamilies=").append(node.families());
        }
        if (!node.keys().isEmpty()) {
            line.append("\tkeys=").append(String.join(" ", node.keys()));
        }
        if (node.orderedByUser()) {
            line.append("\tordered");
        }
        if (node.type() != null) {
            line.append("\ttype=").append(type(node.type()));
        }
        if (!node.cliFeatures().isEmpty()) {
            line.append("\tcli=").append(String.join(",", node.cliFeatures()));
        }
        if (node.childrenFromAugments()) {
            line.append("\tunordered");
        }
        node.familyOrders().forEach((family, order) -> line.append("\torder").append(family).append('=')
                .append(String.join(",", order.stream().map(name -> Integer.toString(indexOf(node, name))).toList())));
        if (!childRefs.isEmpty()) {
            line.append("\tchildren=").append(String.join(",", childRefs));
        }
        String content = line.toString();
        Integer id = nodeIdsByContent.get(content);
        if (id == null) {
            id = nodeIdsByContent.size();
            nodeIdsByContent.put(content, id);
            nodes.append(content).append('\n');
        }
        nodeIds.put(node, id);
        return id;
    }

    private static int indexOf(MergedNode node, String childName) {
        return new ArrayList<>(node.children().keySet()).indexOf(childName);
    }

    private String edgeRef(MergedNode.Edge edge) {
        int child = node(edge.node());
        return edge.choice() == null ? Integer.toString(child) : child + "~" + choice(edge.choice());
    }

    private int choice(String branch) {
        return choiceIds.computeIfAbsent(branch, key -> {
            choices.append("C\t").append(escape(key)).append('\n');
            return choiceIds.size();
        });
    }

    private int type(ValueType type) {
        Integer known = typeIds.get(type);
        if (known != null) {
            return known;
        }
        List<Integer> members = type.members().stream().map(this::type).toList();
        StringBuilder line = new StringBuilder("T\t").append(type.base());
        attribute(line, "typedef", type.typedef());
        attribute(line, "range", type.range());
        attribute(line, "length", type.length());
        type.patterns().forEach(pattern -> attribute(line, "pattern", pattern));
        type.posixPatterns().forEach(pattern -> attribute(line, "posix", pattern));
        attribute(line, "message", type.patternMessage());
        type.enumeration().forEach(value -> attribute(line, "enum", value));
        members.forEach(member -> attribute(line, "member", member.toString()));
        attribute(line, "fraction", type.fractionDigits());
        int id = typeIds.size();
        typeIds.put(type, id);
        types.append(line).append('\n');
        return id;
    }

    private static void attribute(StringBuilder line, String name, String value) {
        if (value != null) {
            line.append('\t').append(name).append('=').append(escape(value));
        }
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}

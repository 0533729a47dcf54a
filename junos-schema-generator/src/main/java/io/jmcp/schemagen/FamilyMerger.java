package io.jmcp.schemagen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the schemas of the platform families into one graph whose nodes say which families have
 * them. Statements are matched by path (name under the same parent). A node read from a module
 * without Juniper's extensions (junos system, logical-systems) takes its CLI hints and value
 * checks from the same path in a family that has them, and, under {@code logical-systems} and
 * {@code tenants} (which repeat the top level), from the same path at the top level.
 *
 * <p>Merging is memoised on the identities of the nodes merged, so shared groupings stay shared.
 */
final class FamilyMerger {

    /** Lists whose entries repeat the configuration's top level. */
    private static final Set<String> TOP_LEVEL_REPEATS = Set.of("logical-systems", "tenants");

    private final Map<List<Object>, MergedNode> merged = new HashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> orderConflicts = new ArrayList<>();
    private SchemaNode[] roots;

    /** Merges the family roots (index = family bit). */
    MergedNode merge(SchemaNode[] familyRoots) {
        this.roots = familyRoots;
        return merge(familyRoots, new SchemaNode[0]);
    }

    /** Statements that are a different kind in different families (the first family's kind wins). */
    List<String> conflicts() {
        return conflicts;
    }

    /** Statements whose families list the same children in different orders (the first family's order wins). */
    List<String> orderConflicts() {
        return orderConflicts;
    }

    private MergedNode merge(SchemaNode[] inputs, SchemaNode[] donors) {
        List<Object> key = List.of(new IdentityKey(inputs), new IdentityKey(donors));
        MergedNode done = merged.get(key);
        if (done == null) {
            done = build(inputs, donors);
            merged.put(key, done);
        }
        return done;
    }

    private MergedNode build(SchemaNode[] inputs, SchemaNode[] donors) {
        SchemaNode first = null;
        int families = 0;
        for (int family = 0; family < inputs.length; family++) {
            if (inputs[family] != null) {
                families |= 1 << family;
                first = first == null ? inputs[family] : first;
            }
        }
        SchemaNode hintSource = hintSource(inputs, donors, first);
        Map<String, MergedNode.Edge> children = MergedNode.newChildren();
        List<String> order = ChildOrder.merge(familyOrders(inputs));
        Map<Integer, List<String>> ownOrders = new TreeMap<>();
        for (int family = 0; family < inputs.length; family++) {
            List<String> own = inputs[family] == null ? null : List.copyOf(inputs[family].children.keySet());
            if (own != null && !ChildOrder.respectsAll(order, List.of(own)) && !first.childrenFromAugments) {
                ownOrders.put(family, own);
            }
        }
        if (!ownOrders.isEmpty()) {
            orderConflicts.add(first.name);
        }
        for (String childName : order) {
            children.put(childName, mergeChild(inputs, donors, childName, first));
        }
        return new MergedNode(first.name, first.kind, first.keys, first.orderedByUser,
                hintSource.kind == first.kind ? hintSource.type : first.type,
                List.copyOf(hintSource.cliFeatures),
                families, first.childrenFromAugments, children, ownOrders);
    }

    private MergedNode.Edge mergeChild(SchemaNode[] inputs, SchemaNode[] donors, String childName, SchemaNode first) {
        SchemaNode[] childInputs = new SchemaNode[inputs.length];
        String choice = null;
        NodeKind kind = null;
        for (int family = 0; family < inputs.length; family++) {
            SchemaNode.Edge edge = inputs[family] == null ? null : inputs[family].children.get(childName);
            if (edge == null) {
                continue;
            }
            if (kind == null) {
                kind = edge.node().kind;
                choice = edge.choice();
            } else if (kind != edge.node().kind) {
                conflicts.add(first.name + " " + childName + ": " + kind + " vs " + edge.node().kind);
                continue;
            }
            childInputs[family] = edge.node();
        }
        SchemaNode[] childDonors = TOP_LEVEL_REPEATS.contains(childName) && kind == NodeKind.LIST
                ? roots
                : childrenNamed(donors, childName);
        return new MergedNode.Edge(merge(childInputs, childDonors), choice);
    }

    private static SchemaNode[] childrenNamed(SchemaNode[] donors, String childName) {
        return Arrays.stream(donors)
                .map(donor -> donor == null ? null : donor.children.get(childName))
                .filter(edge -> edge != null)
                .map(SchemaNode.Edge::node)
                .toArray(SchemaNode[]::new);
    }

    /** The node whose hints and value type the merged node carries. */
    private static SchemaNode hintSource(SchemaNode[] inputs, SchemaNode[] donors, SchemaNode first) {
        for (SchemaNode input : inputs) {
            if (input != null && input.fromExtendedModule) {
                return input;
            }
        }
        for (SchemaNode donor : donors) {
            if (donor != null && donor.fromExtendedModule && donor.kind == first.kind) {
                return donor;
            }
        }
        return first;
    }

    private static List<List<String>> familyOrders(SchemaNode[] inputs) {
        List<List<String>> orders = new ArrayList<>();
        for (SchemaNode input : inputs) {
            if (input != null) {
                orders.add(List.copyOf(input.children.keySet()));
            }
        }
        return orders;
    }

    /** Array equality by element identity, for memo keys. */
    private record IdentityKey(SchemaNode[] nodes) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof IdentityKey that) || that.nodes.length != nodes.length) {
                return false;
            }
            for (int i = 0; i < nodes.length; i++) {
                if (nodes[i] != that.nodes[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (SchemaNode node : nodes) {
                hash = 31 * hash + System.identityHashCode(node);
            }
            return hash;
        }
    }
}

package io.jmcp.schemagen;

import io.jmcp.netconf.config.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schema statement over all families: what it is, its hints, and which families have it (a bit
 * each). {@code childrenFromAugments}: its children come from several modules' {@code augment}s,
 * among which the YANG defines no order (the configuration root, a group). {@code familyOrders}:
 * the child order of each family (by bit) whose YANG orders the children differently from
 * {@code children}; empty when every family agrees.
 */
record MergedNode(
        String name,
        NodeKind kind,
        List<String> keys,
        boolean orderedByUser,
        ValueType type,
        List<String> cliFeatures,
        int families,
        boolean childrenFromAugments,
        Map<String, Edge> children,
        Map<Integer, List<String>> familyOrders) {

    /** A child and the choice branch it sits in (null outside a choice). */
    record Edge(MergedNode node, String choice) {
    }

    static Map<String, Edge> newChildren() {
        return new LinkedHashMap<>();
    }
}

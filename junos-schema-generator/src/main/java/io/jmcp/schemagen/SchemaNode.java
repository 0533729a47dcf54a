package io.jmcp.schemagen;

import io.jmcp.netconf.config.ValueType;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One schema statement of one platform family, as the YANG defines it. Nodes reached through a
 * grouping are built once and shared by every {@code uses}, so a family's schema is a graph.
 */
final class SchemaNode {

    /** A child statement and the choice branch ({@code choice/case}, nested with {@code >}) it sits in, or null. */
    record Edge(SchemaNode node, String choice) {
    }

    final String name;
    final NodeKind kind;
    final List<String> keys;
    final boolean orderedByUser;
    final ValueType type;
    final Set<String> cliFeatures = new LinkedHashSet<>();
    /** Whether the node comes from a module with Junos's extensions (else its hints are borrowed). */
    final boolean fromExtendedModule;
    final Map<String, Edge> children = new LinkedHashMap<>();
    /** Children were added by other modules' augments: the YANG gives no order among modules. */
    boolean childrenFromAugments;

    SchemaNode(String name, NodeKind kind, List<String> keys, boolean orderedByUser, ValueType type,
            boolean fromExtendedModule) {
        this.name = name;
        this.kind = kind;
        this.keys = keys;
        this.orderedByUser = orderedByUser;
        this.type = type;
        this.fromExtendedModule = fromExtendedModule;
    }
}

package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One statement of the Junos configuration schema: a view on a node of {@link JunosSchema}. The
 * same node serves every path that reaches it through a shared YANG grouping.
 */
public final class SchemaStatement {

    private final JunosSchema schema;
    private final int id;

    SchemaStatement(JunosSchema schema, int id) {
        this.schema = schema;
        this.id = id;
    }

    public String name() {
        return schema.name(id);
    }

    public StatementKind kind() {
        return schema.kind(id);
    }

    /** The key leaves of a list, in order ({@code name}; {@code from-zone-name to-zone-name}). */
    public List<String> keys() {
        return schema.keys(id);
    }

    public boolean orderedByUser() {
        return schema.orderedByUser(id);
    }

    /** The value type of a leaf or leaf-list, or null for containers and lists. */
    public ValueType valueType() {
        return schema.valueType(id);
    }

    /** The {@code junos:cli-feature} hints ({@code oneliner}, {@code nokeyword}...). */
    public Set<String> cliFeatures() {
        return schema.cliFeatures(id);
    }

    public boolean hasCliFeature(String feature) {
        return schema.cliFeatures(id).contains(feature);
    }

    /** Whether the statement exists on this platform family. */
    public boolean existsOn(PlatformFamily family) {
        return schema.existsOn(id, family);
    }

    /** The child statement with this name, or null when the schema has none. */
    public SchemaStatement child(String childName) {
        int child = schema.childId(id, childName);
        return child < 0 ? null : new SchemaStatement(schema, child);
    }

    /** The child with this name when it exists on the family, else null. */
    public SchemaStatement child(String childName, PlatformFamily family) {
        SchemaStatement child = child(childName);
        return child != null && child.existsOn(family) ? child : null;
    }

    /** The children in schema order (the order Junos prints them in). */
    public List<SchemaStatement> children() {
        int[] ids = schema.childIds(id);
        List<SchemaStatement> children = new ArrayList<>(ids.length);
        for (int child : ids) {
            children.add(new SchemaStatement(schema, child));
        }
        return children;
    }

    /** Where the named child sits in schema order, or -1 when the schema has no such child. */
    int childPosition(String childName) {
        return schema.childPosition(id, childName);
    }

    /** Where the named child sits in the family's own order when it differs from {@link #childPosition}, else -1. */
    int familyPosition(String childName, PlatformFamily family) {
        return schema.familyPosition(id, childName, family);
    }

    boolean hasFamilyOrders() {
        return schema.hasFamilyOrders(id);
    }

    /** Whether Junos prints the children in schema order (false where the YANG defines none). */
    boolean childrenOrdered() {
        return schema.childrenOrdered(id);
    }

    /**
     * The YANG choice branch the named child sits in ({@code transmit_rate_choice/case_2}, nested
     * branches joined by {@code >}), or null outside a choice. Children of different cases of one
     * choice exclude each other.
     */
    public String choiceOf(String childName) {
        return schema.choiceOf(id, childName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaStatement that && that.schema == schema && that.id == id;
    }

    @Override
    public int hashCode() {
        return id;
    }

    @Override
    public String toString() {
        return name() + " (" + kind() + ")";
    }
}

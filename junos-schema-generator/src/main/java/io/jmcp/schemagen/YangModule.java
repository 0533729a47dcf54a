package io.jmcp.schemagen;

import java.util.HashMap;
import java.util.Map;

/** A parsed module: its groupings and typedefs by name, and its imports by prefix. */
final class YangModule {

    final String name;
    final String prefix;
    final YangStatement statement;
    final Map<String, YangStatement> groupings = new HashMap<>();
    final Map<String, YangStatement> typedefs = new HashMap<>();
    final Map<String, String> importsByPrefix = new HashMap<>();
    /** Whether the file is Juniper's with-extensions variant (carries {@code junos:} statements). */
    final boolean extended;

    YangModule(YangStatement statement) {
        this.statement = statement;
        this.name = statement.argument();
        this.prefix = statement.childArgument("prefix");
        for (YangStatement child : statement.children()) {
            switch (child.keyword()) {
                case "grouping" -> groupings.put(child.argument(), child);
                case "typedef" -> typedefs.put(child.argument(), child);
                case "import" -> importsByPrefix.put(child.childArgument("prefix"), child.argument());
                default -> {
                }
            }
        }
        this.extended = hasJunosExtension(statement);
    }

    private static boolean hasJunosExtension(YangStatement statement) {
        if (statement.keyword().startsWith("junos:")) {
            return true;
        }
        for (YangStatement child : statement.children()) {
            if (hasJunosExtension(child)) {
                return true;
            }
        }
        return false;
    }
}

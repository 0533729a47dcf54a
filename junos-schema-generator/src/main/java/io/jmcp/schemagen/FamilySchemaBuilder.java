package io.jmcp.schemagen;

import io.jmcp.netconf.config.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the configuration schema of one platform family from its modules: the root module's
 * {@code configuration} container, then every module's {@code augment} of it, with {@code uses}
 * resolved against the module's groupings and {@code choice}/{@code case} flattened into their
 * parent (the CLI has no level for them) while each child remembers its branch.
 *
 * <p>Each grouping is expanded once and its nodes shared by every use: the result is a graph.
 * Statements that would change a shared node in place ({@code refine}, {@code augment} inside
 * {@code uses}, {@code deviation}) are refused with their location; Juniper's 23.4R1 modules
 * have none.
 */
final class FamilySchemaBuilder {

    private final Map<String, YangModule> modules;
    private final Map<YangStatement, SchemaNode> builtNodes = new IdentityHashMap<>();
    private final Map<YangStatement, Map<String, SchemaNode.Edge>> expandedGroupings = new IdentityHashMap<>();
    private final Map<YangStatement, ValueType> resolvedTypes = new IdentityHashMap<>();

    FamilySchemaBuilder(Map<String, YangModule> modules) {
        this.modules = modules;
    }

    /** The family's {@code configuration} node with every module's augments applied. */
    SchemaNode build() {
        YangModule rootModule = modules.values().stream()
                .filter(module -> module.statement.child("container") != null
                        && "configuration".equals(module.statement.child("container").argument()))
                .findFirst()
                .orElseThrow(() -> new YangSyntaxException("no module defines container configuration"));
        SchemaNode root = node(rootModule.statement.child("container"), rootModule);
        modules.values().stream()
                .sorted((a, b) -> a.name.compareTo(b.name))
                .forEach(module -> applyAugments(module, root));
        return root;
    }

    private void applyAugments(YangModule module, SchemaNode root) {
        for (YangStatement statement : module.statement.children()) {
            if (statement.keyword().equals("augment")) {
                SchemaNode target = resolveAugmentTarget(statement, root, module);
                target.childrenFromAugments = true;
                addBody(target.children, statement.children(), module, null);
            } else if (statement.keyword().equals("deviation")) {
                throw unsupported(statement, module);
            }
        }
    }

    /** {@code /jc:configuration/jc:groups}: node names with their module prefixes. */
    private SchemaNode resolveAugmentTarget(YangStatement augment, SchemaNode root, YangModule module) {
        List<String> steps = new ArrayList<>(Arrays.asList(augment.argument().split("/")));
        steps.removeIf(String::isEmpty);
        if (steps.isEmpty() || !localName(steps.get(0)).equals("configuration")) {
            throw new YangSyntaxException(module.name + ":" + augment.line()
                    + ": augment target outside /configuration: " + augment.argument());
        }
        SchemaNode target = root;
        for (String step : steps.subList(1, steps.size())) {
            SchemaNode.Edge edge = target.children.get(localName(step));
            if (edge == null) {
                throw new YangSyntaxException(module.name + ":" + augment.line()
                        + ": augment target not found: " + augment.argument());
            }
            target = edge.node();
        }
        return target;
    }

    private SchemaNode node(YangStatement statement, YangModule module) {
        SchemaNode built = builtNodes.get(statement);
        if (built != null) {
            return built;
        }
        NodeKind kind = kindOf(statement);
        List<String> keys = kind == NodeKind.LIST
                ? List.of(statement.childArgument("key").trim().split("\\s+"))
                : List.of();
        boolean ordered = "user".equals(statement.childArgument("ordered-by"));
        YangStatement typeStatement = statement.child("type");
        ValueType type = typeStatement == null ? null : type(typeStatement, module);
        SchemaNode node = new SchemaNode(statement.argument(), kind, keys, ordered, type, module.extended);
        for (YangStatement child : statement.children()) {
            if (child.keyword().equals("junos:cli-feature")) {
                node.cliFeatures.add(child.argument());
            }
        }
        builtNodes.put(statement, node);
        addBody(node.children, statement.children(), module, null);
        return node;
    }

    private static NodeKind kindOf(YangStatement statement) {
        return switch (statement.keyword()) {
            case "container" -> statement.child("presence") != null ? NodeKind.PRESENCE_CONTAINER : NodeKind.CONTAINER;
            case "list" -> NodeKind.LIST;
            case "leaf" -> NodeKind.LEAF;
            case "leaf-list" -> NodeKind.LEAF_LIST;
            default -> throw new IllegalArgumentException(statement.keyword());
        };
    }

    /** Adds the data statements of a body (container, list, uses, choice...) as children. */
    private void addBody(Map<String, SchemaNode.Edge> children, List<YangStatement> body, YangModule module,
            String choice) {
        for (YangStatement statement : body) {
            switch (statement.keyword()) {
                case "container", "list", "leaf", "leaf-list" ->
                        children.put(statement.argument(), new SchemaNode.Edge(node(statement, module), choice));
                case "uses" -> {
                    if (statement.child("refine") != null || statement.child("augment") != null) {
                        throw unsupported(statement, module);
                    }
                    grouping(statement, module).forEach((name, edge) ->
                            children.put(name, new SchemaNode.Edge(edge.node(), nest(choice, edge.choice()))));
                }
                case "choice" -> addChoice(children, statement, module, choice);
                case "refine", "deviation", "anydata", "anyxml" -> throw unsupported(statement, module);
                default -> {
                }
            }
        }
    }

    private void addChoice(Map<String, SchemaNode.Edge> children, YangStatement choiceStatement, YangModule module,
            String outer) {
        for (YangStatement branch : choiceStatement.children()) {
            String tag = nest(outer, choiceStatement.argument() + "/" + branch.argument());
            if (branch.keyword().equals("case")) {
                addBody(children, branch.children(), module, tag);
            } else {
                addBody(children, List.of(branch), module, tag);
            }
        }
    }

    private static String nest(String outer, String inner) {
        if (outer == null) {
            return inner;
        }
        return inner == null ? outer : outer + ">" + inner;
    }

    private Map<String, SchemaNode.Edge> grouping(YangStatement uses, YangModule module) {
        YangModule owner = module;
        String name = uses.argument();
        int colon = name.indexOf(':');
        if (colon >= 0) {
            owner = importedModule(name.substring(0, colon), module, uses);
            name = name.substring(colon + 1);
        }
        YangStatement grouping = owner.groupings.get(name);
        if (grouping == null) {
            throw new YangSyntaxException(module.name + ":" + uses.line() + ": no grouping " + uses.argument());
        }
        Map<String, SchemaNode.Edge> members = expandedGroupings.get(grouping);
        if (members == null) {
            members = new LinkedHashMap<>();
            addBody(members, grouping.children(), owner, null);
            expandedGroupings.put(grouping, members);
        }
        return members;
    }

    private ValueType type(YangStatement statement, YangModule module) {
        ValueType resolved = resolvedTypes.get(statement);
        if (resolved == null) {
            resolved = resolveType(statement, module);
            resolvedTypes.put(statement, resolved);
        }
        return resolved;
    }

    private ValueType resolveType(YangStatement statement, YangModule module) {
        String name = statement.argument();
        String typedefName = null;
        String base = name;
        ValueType inherited = null;
        YangModule owner = module;
        String local = name;
        int colon = name.indexOf(':');
        if (colon >= 0) {
            owner = importedModule(name.substring(0, colon), module, statement);
            local = name.substring(colon + 1);
        }
        YangStatement typedef = owner.typedefs.get(local);
        if (typedef != null) {
            inherited = type(typedef.child("type"), owner);
            typedefName = local;
            base = inherited.base();
        }
        List<String> patterns = new ArrayList<>();
        List<String> posixPatterns = new ArrayList<>();
        List<String> enums = new ArrayList<>();
        List<ValueType> members = new ArrayList<>();
        String range = null;
        String length = null;
        String message = null;
        String fraction = null;
        for (YangStatement restriction : statement.children()) {
            switch (restriction.keyword()) {
                case "pattern" -> patterns.add(restriction.argument());
                case "junos:posix-pattern" -> posixPatterns.add(restriction.argument());
                case "junos:pattern-message" -> message = restriction.argument();
                case "enum" -> enums.add(restriction.argument());
                case "type" -> members.add(type(restriction, module));
                case "range" -> range = restriction.argument();
                case "length" -> length = restriction.argument();
                case "fraction-digits" -> fraction = restriction.argument();
                default -> {
                }
            }
        }
        if (inherited != null) {
            patterns.addAll(0, inherited.patterns());
            posixPatterns.addAll(0, inherited.posixPatterns());
            range = range != null ? range : inherited.range();
            length = length != null ? length : inherited.length();
            message = message != null ? message : inherited.patternMessage();
        }
        return new ValueType(base, typedefName, range, length, List.copyOf(patterns), List.copyOf(posixPatterns),
                message, List.copyOf(enums), List.copyOf(members), fraction);
    }

    private YangModule importedModule(String prefix, YangModule module, YangStatement at) {
        if (prefix.equals(module.prefix)) {
            return module;
        }
        String imported = module.importsByPrefix.get(prefix);
        YangModule owner = imported == null ? null : modules.get(imported);
        if (owner == null) {
            throw new YangSyntaxException(module.name + ":" + at.line() + ": unknown prefix " + prefix);
        }
        return owner;
    }

    private static String localName(String step) {
        int colon = step.indexOf(':');
        return colon < 0 ? step : step.substring(colon + 1);
    }

    private static YangSyntaxException unsupported(YangStatement statement, YangModule module) {
        return new YangSyntaxException(module.name + ":" + statement.line() + ": '" + statement.keyword()
                + "' is not supported by the generator (it would change a shared grouping)");
    }
}

package io.jmcp.schemagen;

import io.jmcp.netconf.command.ArgumentKind;
import io.jmcp.netconf.command.CommandArgument;
import io.jmcp.netconf.command.CommandSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the operational commands of one rpc module: each {@code rpc} with a {@code junos:command}
 * and the leaves of its {@code input}, through {@code uses} of the module's groupings,
 * {@code choice}/{@code case} (flattened: a leaf of a case is never mandatory for the command) and
 * {@code container} (an argument with arguments of its own).
 *
 * <p>Juniper's YANG writes a choice of flags ({@code show interfaces extensive}, which Junos sends as
 * {@code <extensive/>}) as a positional enumeration leaf without a description ({@code level});
 * an enumerated value ({@code show route advertising-protocol-name bgp}, sent as the element's text)
 * has a description. That is the only sign the YANG gives of the difference.
 */
final class RpcCommandReader {

    private static final String COMMAND = "junos:command";
    private static final String TYPE_PREFIX = "jt:";

    private final YangModule module;
    private final String family;

    RpcCommandReader(YangModule module, String family) {
        this.module = module;
        this.family = family;
    }

    /** The module's commands, in file order. */
    List<CommandSpec> commands() {
        List<CommandSpec> commands = new ArrayList<>();
        for (YangStatement rpc : module.statement.children()) {
            String command = rpc.keyword().equals("rpc") ? rpc.childArgument(COMMAND) : null;
            if (command != null) {
                YangStatement input = rpc.child("input");
                commands.add(new CommandSpec(command, rpc.argument(), List.of(family),
                        input == null ? List.of() : arguments(input.children(), false)));
            }
        }
        return commands;
    }

    private List<CommandArgument> arguments(List<YangStatement> statements, boolean inChoice) {
        List<CommandArgument> arguments = new ArrayList<>();
        for (YangStatement statement : statements) {
            switch (statement.keyword()) {
                case "leaf" -> arguments.add(leaf(statement, false, inChoice));
                case "leaf-list" -> arguments.add(leaf(statement, true, inChoice));
                case "container" -> arguments.add(new CommandArgument(statement.argument(), ArgumentKind.GROUP,
                        false, false, false, "", List.of(), arguments(statement.children(), false)));
                case "choice" -> statement.children().forEach(branch -> arguments.addAll(
                        arguments(branch.keyword().equals("case") ? branch.children() : List.of(branch), true)));
                case "uses" -> arguments.addAll(arguments(grouping(statement).children(), inChoice));
                case "list", "anydata", "anyxml", "augment" -> throw new YangSyntaxException(where(statement)
                        + ": '" + statement.keyword() + "' in an rpc input is not read by the generator");
                default -> {
                    // description, status, default, must...: nothing the command line needs
                }
            }
        }
        return arguments;
    }

    private CommandArgument leaf(YangStatement leaf, boolean repeatable, boolean inChoice) {
        YangStatement type = leaf.child("type");
        if (type == null) {
            throw new YangSyntaxException(where(leaf) + ": leaf '" + leaf.argument() + "' has no type");
        }
        boolean positional = leaf.children().stream().anyMatch(child -> child.keyword().equals("junos:cli-feature")
                && "nokeyword".equals(child.argument()));
        boolean mandatory = !inChoice && "true".equals(leaf.childArgument("mandatory"));
        return switch (type.argument()) {
            case "empty" -> new CommandArgument(leaf.argument(), ArgumentKind.FLAG, positional, mandatory, repeatable,
                    "", List.of(), List.of());
            case "enumeration" -> new CommandArgument(leaf.argument(), positional && leaf.child("description") == null
                    ? ArgumentKind.CHOICE : ArgumentKind.ENUM, positional, mandatory, repeatable, "", enumValues(type),
                    List.of());
            default -> new CommandArgument(leaf.argument(), ArgumentKind.VALUE, positional, mandatory, repeatable,
                    typeName(type), List.of(), List.of());
        };
    }

    private List<String> enumValues(YangStatement type) {
        List<String> values = new ArrayList<>();
        for (YangStatement value : type.children()) {
            if (value.keyword().equals("enum")) {
                if (value.argument().isEmpty() || value.argument().chars().anyMatch(Character::isWhitespace)) {
                    throw new YangSyntaxException(where(value) + ": enum '" + value.argument()
                            + "' is not one command-line word");
                }
                values.add(value.argument());
            }
        }
        return values;
    }

    /** {@code string}, {@code ipaddr} (Juniper's common types without their prefix), {@code uint32|string} for a union. */
    private static String typeName(YangStatement type) {
        if (type.argument().equals("union")) {
            List<String> members = new ArrayList<>();
            type.children().stream().filter(member -> member.keyword().equals("type"))
                    .forEach(member -> members.add(typeName(member)));
            return String.join("|", members);
        }
        String name = type.argument();
        return name.startsWith(TYPE_PREFIX) ? name.substring(TYPE_PREFIX.length()) : name;
    }

    private YangStatement grouping(YangStatement uses) {
        String name = uses.argument();
        int colon = name.indexOf(':');
        if (colon >= 0 && name.substring(0, colon).equals(module.prefix)) {
            name = name.substring(colon + 1);
        }
        YangStatement grouping = module.groupings.get(name);
        if (grouping == null) {
            throw new YangSyntaxException(where(uses) + ": grouping '" + uses.argument() + "' is not in the module");
        }
        return grouping;
    }

    private String where(YangStatement statement) {
        return module.name + ":" + statement.line();
    }
}

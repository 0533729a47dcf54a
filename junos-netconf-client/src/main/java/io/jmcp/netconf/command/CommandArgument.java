package io.jmcp.netconf.command;

import java.util.List;

/**
 * One input leaf of an operational RPC, as Juniper's YANG declares it.
 *
 * @param name       the leaf's name: its keyword on the command line and its element in the RPC
 * @param kind       what it takes
 * @param positional whether it is written without its keyword ({@code junos:cli-feature "nokeyword"})
 * @param mandatory  whether the command needs it (a leaf inside a choice never is: only its case needs it)
 * @param repeatable whether it may be given more than once (a leaf-list)
 * @param type       the YANG type of a value ({@code string}, {@code uint32}, {@code ipaddr},
 *                   {@code uint32|string} for a union); empty for other kinds
 * @param values     the words of an {@link ArgumentKind#ENUM} or {@link ArgumentKind#CHOICE}, in the YANG's order
 * @param children   the arguments of a {@link ArgumentKind#GROUP}
 */
public record CommandArgument(String name, ArgumentKind kind, boolean positional, boolean mandatory,
                              boolean repeatable, String type, List<String> values, List<CommandArgument> children) {

    public CommandArgument {
        values = List.copyOf(values);
        children = List.copyOf(children);
    }
}

package io.jmcp.netconf.command;

import java.util.List;

/**
 * One operational command of Junos and the RPC it stands for ({@code junos:command} in Juniper's YANG).
 *
 * @param command   the command's words, space separated ({@code show interfaces})
 * @param rpc       the RPC element ({@code get-interface-information})
 * @param families  the platform families whose YANG has it ({@code junos}, {@code junos-es}, {@code junos-ex})
 * @param arguments its input leaves, in the YANG's order (the order of the RPC's children)
 */
public record CommandSpec(String command, String rpc, List<String> families, List<CommandArgument> arguments) {

    public CommandSpec {
        families = List.copyOf(families);
        arguments = List.copyOf(arguments);
    }
}

package io.jmcp.tools;

import io.jmcp.core.spi.PromptDefinition;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.PromptMessage;

import java.util.List;
import java.util.Map;

/**
 * {@code troubleshoot_interface}: the read-only checks an engineer runs on an interface that is
 * down, flapping or dropping traffic, each with what to look for, ending in a diagnosis.
 */
public final class TroubleshootInterface implements PromptHandler {
    private static final PromptDefinition DEFINITION = PromptDefinition.builder("troubleshoot_interface")
            .title("Troubleshoot an interface")
            .description("Find out why an interface is down, flapping or dropping traffic, with read-only "
                    + "commands only: status, errors, optics, configuration, neighbors and logs.")
            .requiredArgument("router_name", "The router (see get_router_list)")
            .requiredArgument("interface_name", "The interface, e.g. ge-0/0/0 or ae0 (a unit such as ge-0/0/0.0 "
                    + "works too)")
            .changesConfiguration(false)
            .build();

    @Override
    public PromptDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<PromptMessage> render(Map<String, String> arguments) {
        String router = arguments.get("router_name");
        String name = PromptValues.interfaceName("interface_name", arguments.get("interface_name"));
        String physical = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return List.of(PromptMessage.user("""
                Troubleshoot interface %s on Junos router "%s". Use read-only commands only and change nothing.

                1. Status:
                   %s
                   Admin down means it is disabled in the configuration; admin up with link down points to \
                the cable, optics or the far end.
                2. Details and counters:
                   %s
                   Look at "Last flapped", input and output errors, CRC/framing errors, drops, carrier \
                transitions, speed, duplex and MTU, and the logical units with their addresses.
                3. Optics, for a fiber port:
                   %s
                   Compare receive and transmit power with the warning and alarm thresholds.
                4. Configuration:
                   %s
                   Is it disabled? Right family, address, VLAN, MTU, speed? Is it a member of an ae bundle?
                5. Neighbor on the link:
                   %s
                   For an aggregated interface (ae) or a member of one, the LACP state of each member:
                   %s
                6. Recent events:
                   %s
                7. Summarize: the interface's state, the most likely cause with the evidence for it, and the \
                next step. If the fix is a configuration change, say so and use the safe_config_change prompt \
                for it rather than changing anything here.
                """.formatted(name, router,
                ToolCall.command(router, "show interfaces " + name + " terse"),
                ToolCall.command(router, "show interfaces " + name + " extensive"),
                ToolCall.command(router, "show interfaces diagnostics optics " + physical),
                ToolCall.of("get_junos_config").with("router_name", router).with("section", "interfaces " + physical)
                        .with("format", "text"),
                ToolCall.command(router, "show lldp neighbors interface " + physical),
                ToolCall.command(router, "show lacp interfaces " + physical),
                ToolCall.command(router, "show log messages | match " + physical + " | last 50"))));
    }
}

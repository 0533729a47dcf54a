package io.jmcp.tools;

import io.jmcp.core.spi.PromptDefinition;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.PromptMessage;

import java.util.List;
import java.util.Map;

/**
 * {@code troubleshoot_bgp_peer}: the read-only checks an engineer runs on a BGP session that is
 * down, flapping or not exchanging the expected routes, each with what to look for.
 */
public final class TroubleshootBgpPeer implements PromptHandler {
    private static final PromptDefinition DEFINITION = PromptDefinition.builder("troubleshoot_bgp_peer")
            .title("Troubleshoot a BGP peer")
            .description("Find out why a BGP session is down, flapping or missing routes, with read-only commands "
                    + "only: session state, last error, configuration, reachability, routes exchanged and logs.")
            .requiredArgument("router_name", "The router (see get_router_list)")
            .requiredArgument("neighbor_address", "The peer's IP address, e.g. 192.0.2.1 or 2001:db8::1")
            .changesConfiguration(false)
            .build();

    @Override
    public PromptDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<PromptMessage> render(Map<String, String> arguments) {
        String router = arguments.get("router_name");
        String peer = PromptValues.address("neighbor_address", arguments.get("neighbor_address"));
        return List.of(PromptMessage.user("""
                Troubleshoot the BGP session with neighbor %s on Junos router "%s". Use read-only commands only \
                and change nothing.

                1. Overview:
                   %s
                   Find the peer's state: a prefix count (received/accepted/damped) means Established; Active, \
                Connect, Idle, OpenSent or OpenConfirm mean it is down. Note its flap count and how long it has \
                been in that state.
                2. Session details:
                   %s
                   Look at the state, "Last error" (e.g. Hold Timer Expired, Cease, Open Message Error), the last \
                state change, local and peer AS, local address, hold time, the address families negotiated, the \
                import and export policies, and the prefix counts.
                3. Configuration:
                   %s
                   Check the group holding this neighbor: peer-as, local-address, multihop, authentication \
                (say whether it is set; never print keys), import and export policies, prefix limits. The local \
                AS and router ID are under routing-options.
                4. Reachability:
                   %s
                   then
                   %s
                   adding "source <local-address>" when the session runs between loopbacks.
                5. Routes exchanged, once Established:
                   %s
                   %s
                   Missing or hidden prefixes point to import or export policy, or a prefix limit.
                6. Recent events:
                   %s
                7. Summarize: the session's state, the most likely cause with the evidence for it, and the next \
                step. If the fix is a configuration change, say so and use the safe_config_change prompt for it \
                rather than changing anything here.
                """.formatted(peer, router,
                ToolCall.command(router, "show bgp summary"),
                ToolCall.command(router, "show bgp neighbor " + peer),
                ToolCall.of("get_junos_config").with("router_name", router).with("section", "protocols bgp")
                        .with("format", "text"),
                ToolCall.command(router, "show route " + peer),
                ToolCall.command(router, "ping " + peer + " count 5 rapid"),
                ToolCall.command(router, "show route receive-protocol bgp " + peer),
                ToolCall.command(router, "show route advertising-protocol bgp " + peer),
                ToolCall.command(router, "show log messages | match " + peer + " | last 50"))));
    }
}

package io.jmcp.netconf.reply;

import java.util.Objects;

/**
 * One bound element of a reply, with the routing engine it came from.
 *
 * @param routingEngineName the {@code <re-name>} of the enclosing
 *     {@code <multi-routing-engine-item>} (e.g. {@code re1}, {@code node0}, {@code member1},
 *     {@code lcc0-re0}), or null when the reply is not split by routing engine
 * @param content the bound element
 */
public record RoutingEngineItem<T>(String routingEngineName, T content) {
    public RoutingEngineItem {
        Objects.requireNonNull(content, "content");
    }
}

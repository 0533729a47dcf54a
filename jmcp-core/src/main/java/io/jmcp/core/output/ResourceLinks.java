package io.jmcp.core.output;

import io.jmcp.core.spi.ResourceLink;
import io.modelcontextprotocol.spec.McpSchema;

/** {@link ResourceLink}s as MCP {@code resource_link} content items. */
public final class ResourceLinks {

    private ResourceLinks() {
    }

    public static McpSchema.ResourceLink toMcp(ResourceLink link) {
        return McpSchema.ResourceLink.builder().uri(link.uri()).name(link.name()).description(link.description())
                .mimeType(link.mimeType()).size(link.size()).build();
    }
}

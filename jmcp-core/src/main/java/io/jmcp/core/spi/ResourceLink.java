package io.jmcp.core.spi;

import java.util.Objects;

/**
 * A resource a tool result points to (an MCP {@code resource_link} content item), e.g. the whole
 * output of a result cut to fit the result budget.
 *
 * @param uri         where to read it
 * @param name        its name
 * @param description what it holds
 * @param mimeType    its media type
 * @param size        its size in bytes
 */
public record ResourceLink(String uri, String name, String description, String mimeType, long size) {

    public ResourceLink {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
    }
}

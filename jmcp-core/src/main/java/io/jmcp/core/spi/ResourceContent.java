package io.jmcp.core.spi;

import java.util.Objects;

/**
 * What a resource read returns.
 *
 * @param text     the resource's content
 * @param mimeType its media type, e.g. {@code application/json} or {@code text/plain}
 */
public record ResourceContent(String text, String mimeType) {

    public ResourceContent {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mimeType, "mimeType");
    }
}

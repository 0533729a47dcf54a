package io.jmcp.core.mcp;

import io.jmcp.core.spi.ResourceDefinition;
import io.modelcontextprotocol.util.DefaultMcpUriTemplateManagerFactory;
import io.modelcontextprotocol.util.McpUriTemplateManager;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables of a resource URI template: expanded into URIs for {@code resources/list}, read back
 * from the URIs clients ask for. Values are percent-encoded as RFC 6570 simple expansion does, so a
 * device named {@code core/1} is {@code junos://devices/core%2F1/config} and still one path segment.
 */
final class UriVariables {
    private final ResourceDefinition definition;
    private final McpUriTemplateManager template;

    UriVariables(ResourceDefinition definition) {
        this.definition = definition;
        this.template = new DefaultMcpUriTemplateManagerFactory().create(definition.uri());
    }

    /** The URI of the template's resource whose only variable has {@code value}. */
    String expand(String value) {
        String variable = definition.variables().get(0);
        // Device names hold no whitespace, so the form encoder's one deviation ('+' for a space) never shows.
        return definition.uri().replace("{" + variable + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /**
     * The decoded variable values of {@code uri}, which the SDK has matched against the template.
     *
     * @throws IllegalArgumentException naming the variable whose value is not validly percent-encoded
     */
    Map<String, String> extract(String uri) {
        Map<String, String> decoded = new LinkedHashMap<>();
        template.extractVariableValues(uri).forEach((name, raw) -> decoded.put(name, decode(name, raw)));
        return decoded;
    }

    private static String decode(String name, String raw) {
        try {
            // A literal '+' is itself in a URI path, not a space as in a form.
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("the value '" + raw + "' of '" + name + "' is not validly "
                    + "percent-encoded (" + malformed.getMessage() + ")", malformed);
        }
    }
}

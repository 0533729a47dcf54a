package io.jmcp.core.mcp;

import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.ResourceDefinition;
import io.jmcp.core.spi.ResourceHandler;
import io.jmcp.core.spi.ToolContext;

import java.util.Map;
import java.util.function.BiFunction;

/** A resource whose read a test writes as a lambda. */
final class ScriptedResource implements ResourceHandler {
    private final ResourceDefinition definition;
    private final BiFunction<ToolContext, Map<String, String>, ResourceContent> read;

    private ScriptedResource(ResourceDefinition definition, BiFunction<ToolContext, Map<String, String>, ResourceContent> read) {
        this.definition = definition;
        this.read = read;
    }

    /** A fixed resource at {@code uri}. */
    static ScriptedResource at(String uri, BiFunction<ToolContext, Map<String, String>, ResourceContent> read) {
        return new ScriptedResource(ResourceDefinition.builder(uri).name("scripted").description("a test resource")
                .mimeType("text/plain").build(), read);
    }

    /** A template whose variable {@code name} holds a device name, listed per device. */
    static ScriptedResource perDevice(String template, BiFunction<ToolContext, Map<String, String>, ResourceContent> read) {
        return new ScriptedResource(ResourceDefinition.builder(template).name("scripted").title("Scripted")
                .description("a test resource of each device").mimeType("text/plain").deviceVariable("name").build(), read);
    }

    @Override
    public ResourceDefinition definition() {
        return definition;
    }

    @Override
    public ResourceContent read(ToolContext context, Map<String, String> variables) {
        return read.apply(context, variables);
    }
}

package io.jmcp.core.mcp;

import io.jmcp.core.spi.PromptHandler;
import io.modelcontextprotocol.server.McpServerFeatures.AsyncPromptSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prompts of jmcp as MCP SDK specifications. In read-only mode every prompt that leads to
 * configuration changes is left out, as mutating tools are.
 */
final class McpPrompts {
    private static final Logger log = LoggerFactory.getLogger(McpPrompts.class);

    private final Map<String, PromptAdapter> prompts = new LinkedHashMap<>();

    /**
     * @throws IllegalArgumentException when two handlers share a name
     */
    McpPrompts(List<PromptHandler> handlers, InvokePipeline pipeline, boolean readOnly) {
        Set<String> names = new HashSet<>();
        for (PromptHandler handler : handlers) {
            PromptAdapter prompt = new PromptAdapter(handler, pipeline);
            String name = prompt.definition().name();
            if (!names.add(name)) {
                throw new IllegalArgumentException("two prompts are named '" + name + "'; the second is "
                        + handler.getClass().getName());
            }
            if (readOnly && prompt.definition().changesConfiguration()) {
                log.info("Read-only mode: prompt {} is not offered", name);
                continue;
            }
            prompts.put(name, prompt);
        }
    }

    boolean isEmpty() {
        return prompts.isEmpty();
    }

    List<String> names() {
        return List.copyOf(prompts.keySet());
    }

    List<AsyncPromptSpecification> specifications() {
        return prompts.values().stream()
                .map(prompt -> new AsyncPromptSpecification(prompt.prompt(), prompt::get))
                .toList();
    }

    /** The prompts for a server without sessions (stateless HTTP). */
    List<McpStatelessServerFeatures.AsyncPromptSpecification> sessionlessSpecifications() {
        return prompts.values().stream()
                .map(prompt -> new McpStatelessServerFeatures.AsyncPromptSpecification(prompt.prompt(), prompt::get))
                .toList();
    }
}

package io.jmcp.core.spi;

import java.util.List;
import java.util.Map;

/**
 * One MCP prompt: a reusable conversation opener that a user picks in the client (e.g. a slash
 * command) and fills in. Implementations are found with {@link java.util.ServiceLoader}: list the
 * class in {@code META-INF/services/io.jmcp.core.spi.PromptHandler} of a jar on the server's classpath.
 *
 * <p>Rendering runs on the thread that received the request, so it must not block: a prompt tells
 * the model which tools to call, it does not call them itself.
 */
public interface PromptHandler {

    /** What clients see in {@code prompts/list}. Called once, at server start. */
    PromptDefinition definition();

    /**
     * Renders the prompt. The server has already checked the arguments against the definition:
     * every required argument is present and not blank, and no undeclared argument is given.
     *
     * @param arguments the given arguments by name; optional ones that were not given are absent
     * @throws ToolException when an argument's value is unusable; the message is shown to the user
     */
    List<PromptMessage> render(Map<String, String> arguments);
}

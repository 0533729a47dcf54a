package io.jmcp.core.mcp;

import io.jmcp.core.spi.PromptDefinition;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.PromptMessage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A prompt whose rendering a test writes as a lambda. */
final class ScriptedPrompt implements PromptHandler {
    private final PromptDefinition definition;
    private final Function<Map<String, String>, List<PromptMessage>> render;

    ScriptedPrompt(PromptDefinition definition, Function<Map<String, String>, List<PromptMessage>> render) {
        this.definition = definition;
        this.render = render;
    }

    /** A read-only prompt taking a required {@code router_name} and an optional {@code detail}. */
    static ScriptedPrompt reading(String name, Function<Map<String, String>, List<PromptMessage>> render) {
        return new ScriptedPrompt(PromptDefinition.builder(name).description("a test prompt")
                .requiredArgument("router_name", "the router").optionalArgument("detail", "how much to say")
                .changesConfiguration(false).build(), render);
    }

    /** A prompt that leads to configuration changes, taking no argument. */
    static ScriptedPrompt changing(String name) {
        return new ScriptedPrompt(PromptDefinition.builder(name).description("a test prompt that changes things")
                .build(), arguments -> List.of(PromptMessage.user("change it")));
    }

    @Override
    public PromptDefinition definition() {
        return definition;
    }

    @Override
    public List<PromptMessage> render(Map<String, String> arguments) {
        return render.apply(arguments);
    }
}

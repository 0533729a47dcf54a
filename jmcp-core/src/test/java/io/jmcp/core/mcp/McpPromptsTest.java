package io.jmcp.core.mcp;

import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.PromptMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class McpPromptsTest {
    private static final InvokePipeline LOCAL = AdapterServices.promptPipeline(Caller.local());
    private static final ScriptedPrompt LOOK = ScriptedPrompt.reading("look", arguments -> List.of(PromptMessage.user("")));
    private static final ScriptedPrompt CHANGE = ScriptedPrompt.changing("change");

    @Test
    void offersEveryPromptInOrder() {
        assertThat(new McpPrompts(List.of(CHANGE, LOOK), LOCAL, false).names()).containsExactly("change", "look");
    }

    @Test
    void leavesOutPromptsThatChangeConfigurationInReadOnlyMode() {
        assertThat(new McpPrompts(List.of(CHANGE, LOOK), LOCAL, true).names()).containsExactly("look");
    }

    @Test
    void refusesTwoPromptsOfTheSameName() {
        assertThatThrownBy(() -> new McpPrompts(List.of(LOOK, ScriptedPrompt.reading("look", arguments -> List.of())),
                LOCAL, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("two prompts are named 'look'");
    }
}

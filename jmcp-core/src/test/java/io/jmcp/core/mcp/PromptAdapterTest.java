package io.jmcp.core.mcp;

import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.PromptMessage;
import io.jmcp.core.spi.Scope;
import io.jmcp.core.spi.ToolException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One prompt rendered through the adapter: its arguments checked, its messages mapped, its refusals explained. */
class PromptAdapterTest {
    private static final Caller READER = new Caller("reader", Set.of(Scope.READ));
    private static final ScriptedPrompt ECHO = ScriptedPrompt.reading("echo",
            arguments -> List.of(PromptMessage.user("check " + arguments), PromptMessage.assistant("on it")));

    private static GetPromptResult render(ScriptedPrompt prompt, Caller caller, Map<String, Object> arguments) {
        return new PromptAdapter(prompt, AdapterServices.promptPipeline(caller))
                .get(McpTransportContext.EMPTY, new McpSchema.GetPromptRequest(prompt.definition().name(), arguments))
                .block();
    }

    private static McpError refusal(ScriptedPrompt prompt, Caller caller, Map<String, Object> arguments) {
        return catchThrowableOfType(McpError.class, () -> render(prompt, caller, arguments));
    }

    private static String text(McpSchema.PromptMessage message) {
        return ((McpSchema.TextContent) message.content()).text();
    }

    @Test
    void rendersTheMessagesWithTheirRoles() {
        GetPromptResult result = render(ECHO, Caller.local(), Map.of("router_name", "r1"));

        assertThat(result.description()).isEqualTo("a test prompt");
        assertThat(result.messages()).extracting(McpSchema.PromptMessage::role)
                .containsExactly(McpSchema.Role.USER, McpSchema.Role.ASSISTANT);
        assertThat(text(result.messages().get(1))).isEqualTo("on it");
    }

    @Test
    void givesTheHandlerTheArgumentsStrippedAndLeavesOutOptionalOnesNotGiven() {
        GetPromptResult result = render(ECHO, Caller.local(), Map.of("router_name", "  r1 "));

        assertThat(text(result.messages().get(0))).isEqualTo("check {router_name=r1}");
    }

    @Test
    void treatsABlankOptionalArgumentAsNotGiven() {
        GetPromptResult result = render(ECHO, Caller.local(), Map.of("router_name", "r1", "detail", " "));

        assertThat(text(result.messages().get(0))).isEqualTo("check {router_name=r1}");
    }

    @Test
    void refusesAMissingRequiredArgumentNamingItAndWhatToGive() {
        McpError refusal = refusal(ECHO, Caller.local(), Map.of());

        assertThat(refusal.getJsonRpcError().code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(refusal.getMessage()).isEqualTo("Prompt 'echo' needs argument 'router_name': the router");
    }

    @Test
    void refusesARequiredArgumentThatIsBlank() {
        assertThat(refusal(ECHO, Caller.local(), Map.of("router_name", "")).getMessage())
                .isEqualTo("Prompt 'echo' needs argument 'router_name': the router");
    }

    @Test
    void refusesNoArgumentsAtAllAsMissingOnes() {
        assertThat(refusal(ECHO, Caller.local(), null).getMessage())
                .isEqualTo("Prompt 'echo' needs argument 'router_name': the router");
    }

    @Test
    void refusesAnArgumentThePromptDoesNotDeclare() {
        assertThat(refusal(ECHO, Caller.local(), Map.of("router_name", "r1", "routr", "r2")).getMessage())
                .isEqualTo("Prompt 'echo' has no argument 'routr'; its arguments are: router_name (required), detail");
    }

    @Test
    void refusesAnArgumentThatIsNotAString() {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("router_name", 7);

        assertThat(refusal(ECHO, Caller.local(), arguments).getMessage())
                .isEqualTo("Prompt 'echo': argument 'router_name' must be a string");
    }

    @Test
    void showsTheHandlersOwnReasonForRefusingAValue() {
        ScriptedPrompt picky = ScriptedPrompt.reading("picky", arguments -> {
            throw new ToolException("argument 'router_name' must be a lab router");
        });

        McpError refusal = refusal(picky, Caller.local(), Map.of("router_name", "r1"));

        assertThat(refusal.getJsonRpcError().code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(refusal.getMessage()).isEqualTo("Prompt 'picky': argument 'router_name' must be a lab router");
    }

    @Test
    void hidesTheDetailsOfAHandlersBug() {
        ScriptedPrompt buggy = ScriptedPrompt.reading("buggy", arguments -> {
            throw new IllegalStateException("token abc123 leaked");
        });

        McpError refusal = refusal(buggy, Caller.local(), Map.of("router_name", "r1"));

        assertThat(refusal.getJsonRpcError().code()).isEqualTo(ErrorCodes.INTERNAL_ERROR);
        assertThat(refusal.getMessage()).isEqualTo("Internal error in prompt 'buggy'; the server log has the details");
    }

    @Test
    void refusesAPromptThatChangesConfigurationToAReadScopedCaller() {
        McpError refusal = refusal(ScriptedPrompt.changing("change_it"), READER, Map.of());

        assertThat(refusal.getMessage()).isEqualTo("Caller 'reader' may not use prompt 'change_it': it leads to "
                + "configuration changes and needs the config scope");
    }

    @Test
    void letsAReadScopedCallerUseAReadingPrompt() {
        assertThat(render(ECHO, READER, Map.of("router_name", "r1")).messages()).hasSize(2);
    }

    @Test
    void listsTheArgumentsWithTheirDescriptionsAndWhetherRequired() {
        McpSchema.Prompt prompt = new PromptAdapter(ECHO, AdapterServices.promptPipeline(Caller.local())).prompt();

        assertThat(prompt.arguments()).extracting(McpSchema.PromptArgument::name, McpSchema.PromptArgument::description,
                McpSchema.PromptArgument::required).containsExactly(
                org.assertj.core.groups.Tuple.tuple("router_name", "the router", true),
                org.assertj.core.groups.Tuple.tuple("detail", "how much to say", false));
    }
}

package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Server-wide behaviour of the core MCP adapter: read-only mode, clients without elicitation, load. */
class McpAdapterModesTest {

    @Test
    void readOnlyModeOffersOnlyReadOnlyTools() {
        try (McpServerProcess server = McpServerProcess.start(ScriptedToolServerMain.class, "--read-only")) {
            List<String> names = server.client().listTools().tools().stream().map(McpSchema.Tool::name).toList();

            assertThat(names).contains("where_am_i", "count_to").doesNotContain("change", "ask");
        }
    }

    @Test
    void tellsTheToolWhenTheClientCannotAnswerForms() {
        try (McpServerProcess server = McpServerProcess.start(ScriptedToolServerMain.class)) {
            CallToolResult result = server.call("ask", Map.of());

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("this MCP client does not support elicitation (interactive forms)");
        }
    }

    @Test
    void refusesCallsBeyondTheWorkersAndTheirQueueAtOnce() {
        try (McpServerProcess server = McpServerProcess.start(ScriptedToolServerMain.class,
                "--workers", "1", "--queue", "1")) {
            ExecutorService clients = Executors.newFixedThreadPool(3);
            List<CompletableFuture<CallToolResult>> calls = IntStream.range(0, 3)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> server.call("sleep", Map.of("millis", 3000)),
                            clients))
                    .toList();

            List<CallToolResult> results = calls.stream().map(CompletableFuture::join).toList();
            clients.shutdown();

            assertThat(results).filteredOn(CallToolResult::isError).singleElement()
                    .satisfies(busy -> assertThat(text(busy)).startsWith("jmcp is busy: all 1 tool workers"));
        }
    }
}

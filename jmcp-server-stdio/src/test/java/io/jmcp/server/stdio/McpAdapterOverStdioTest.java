package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The core MCP adapter, seen by the SDK's client over a real stdio transport. */
class McpAdapterOverStdioTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    static Path directory;
    private static Path auditLog;
    private static McpServerProcess server;

    @BeforeAll
    static void startServer() {
        auditLog = directory.resolve("audit.jsonl");
        server = McpServerProcess.mainClass(ScriptedToolServerMain.class, "--audit-log", auditLog.toString())
                .elicitation(request -> new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT,
                        Map.of("name", "r7")))
                .start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static McpSchema.Tool listed(String name) {
        return server.client().listTools().tools().stream().filter(tool -> tool.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void listsEveryToolWithTitleDescriptionAndSchema() {
        McpSchema.Tool tool = listed("count_to");

        assertThat(tool.title()).isEqualTo("The count_to tool");
        assertThat(tool.description()).isEqualTo("Test tool count_to");
        assertThat(tool.inputSchema()).containsEntry("required", List.of("count"));
    }

    @Test
    void mapsAnnotationsToHints() {
        McpSchema.ToolAnnotations change = listed("change").annotations();

        assertThat(change.readOnlyHint()).isFalse();
        assertThat(change.destructiveHint()).isTrue();
        assertThat(listed("where_am_i").annotations().readOnlyHint()).isTrue();
    }

    @Test
    void runsHandlersOnWorkerThreads() {
        assertThat(text(server.call("where_am_i", Map.of()))).startsWith("jmcp-tool-");
    }

    @Test
    void turnsAToolExceptionIntoAnErrorResultWithItsMessage() {
        CallToolResult result = server.call("refuse", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("the device said no");
    }

    @Test
    void hidesTheDetailsOfAnUnexpectedFailureFromTheClient() {
        CallToolResult result = server.call("crash", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo(
                "Internal error in tool 'crash'; the server log has the details")
                .doesNotContain("/opt/secret/path");
    }

    @Test
    void answersACallThatRanOutOfMemoryAndServesOn() {
        CallToolResult result = server.call("exhaust", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("The server ran out of memory in tool 'exhaust': narrow what it returns"
                + " (| match, | count, a configuration section, max_output_bytes) or give the server a larger heap (-Xmx)");
        assertThat(text(server.call("where_am_i", Map.of()))).startsWith("jmcp-tool-");
    }

    @Test
    void logsTheStackTraceOfAnUnexpectedFailure() {
        server.call("crash", Map.of());

        Eventually.await("the stack trace on stderr", () -> server.stderr().stream()
                .anyMatch(line -> line.contains("at io.jmcp.server.stdio.ScriptedToolServerMain")));
        assertThat(String.join("\n", server.stderr())).contains("internal detail at /opt/secret/path");
    }

    @Test
    void refusesArgumentsThatBreakTheSchemaNamingTheArgument() {
        CallToolResult result = server.call("count_to", Map.of("count", 0));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Invalid arguments for tool 'count_to': ").contains("count");
    }

    @Test
    void refusesAMissingRequiredArgument() {
        CallToolResult result = server.call("count_to", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("count");
    }

    @Test
    void deliversStructuredContentWithItsText() {
        CallToolResult result = server.call("facts", Map.of());

        assertThat(result.isError()).isFalse();
        assertThat(result.structuredContent()).isEqualTo(Map.of("hostname", "r1"));
        assertThat(text(result)).isEqualTo("{\"hostname\": \"r1\"}");
    }

    @Test
    void sendsProgressWhenTheClientAsksForIt() {
        CallToolResult result = server.client().callTool(McpSchema.CallToolRequest.builder("count_to")
                .arguments(Map.of("count", 3)).progressToken("p-1").build());

        assertThat(text(result)).isEqualTo("counted to 3");
        Eventually.await("three progress notifications", () -> server.progress().stream()
                .filter(progress -> "p-1".equals(progress.progressToken())).count() == 3);
        assertThat(server.progress()).filteredOn(progress -> "p-1".equals(progress.progressToken()))
                .extracting(McpSchema.ProgressNotification::progress).containsExactlyInAnyOrder(1.0, 2.0, 3.0);
    }

    @Test
    void sendsLogMessagesToTheClient() {
        server.call("chatty", Map.of());

        Eventually.await("a log message", () -> !server.logMessages().isEmpty());
        assertThat(server.logMessages()).anySatisfy(message -> {
            assertThat(message.level()).isEqualTo(McpSchema.LoggingLevel.WARNING);
            assertThat(message.data()).isEqualTo("careful now");
        });
    }

    @Test
    void asksTheUserThroughElicitation() {
        assertThat(text(server.call("ask", Map.of()))).isEqualTo("ACCEPT {name=r7}");
    }

    @Test
    void auditsEveryCallWithCallerToolAndOutcome() throws IOException {
        server.call("refuse", Map.of());

        Eventually.await("the audit record", () -> auditLines().stream().anyMatch(line -> line.contains("\"refuse\"")));
        JsonNode record = JSON.readTree(auditLines().stream().filter(line -> line.contains("\"refuse\"")).findFirst()
                .orElseThrow());
        assertThat(record.get("caller").asString()).isEqualTo("local");
        assertThat(record.get("outcome").asString()).isEqualTo("error");
        assertThat(record.get("message").asString()).isEqualTo("the device said no");
    }

    @Test
    void auditsArgumentsRefusedByTheSchema() {
        server.call("count_to", Map.of("count", -5));

        Eventually.await("the audit record", () -> auditLines().stream()
                .anyMatch(line -> line.contains("\"count_to\"") && line.contains("Invalid arguments")));
    }

    private static List<String> auditLines() {
        try {
            return Files.exists(auditLog) ? Files.readAllLines(auditLog) : List.of();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Test
    void keepsServingAfterFailures() {
        server.call("crash", Map.of());
        server.call("refuse", Map.of());

        assertThat(text(server.call("where_am_i", Map.of()))).startsWith("jmcp-tool-");
    }
}

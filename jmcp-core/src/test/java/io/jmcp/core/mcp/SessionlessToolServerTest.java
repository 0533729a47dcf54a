package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditLog;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.Scope;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool server without MCP sessions (stateless HTTP): the same invocation path as with sessions
 * (scopes, audit, read-only mode, the worker pool) with a client channel that carries nothing but
 * the result.
 */
@Timeout(60)
class SessionlessToolServerTest {
    private static final Caller READER = new Caller("reader", Set.of(Scope.READ));
    private static final Caller CONFIGURER = new Caller("configurer", EnumSet.allOf(Scope.class));

    @TempDir
    Path directory;
    private AuditLog auditLog;
    private ToolWorkers workers;
    private McpToolServer toolServer;
    private SessionlessTransport server;
    private final CountDownLatch holdStarted = new CountDownLatch(1);
    private final CountDownLatch releaseHold = new CountDownLatch(1);

    private List<ToolHandler> tools() {
        return List.of(
                TestTools.readOnly("who_am_i", (context, arguments) -> ToolResult.text(context.caller().id())),
                TestTools.mutating("change", (context, arguments) -> ToolResult.text("changed")),
                TestTools.readOnly("ask", (context, arguments) -> ToolResult.text(
                        context.elicitation().request("Which router?", "{\"type\": \"object\"}").action().name())),
                TestTools.readOnly("can_ask", (context, arguments) -> ToolResult.text(
                        context.elicitation().isSupported() + ": " + context.elicitation().unsupportedReason())),
                TestTools.readOnly("chatty", (context, arguments) -> {
                    context.progress(1, 2, "half way");
                    context.log().warning("careful now");
                    context.progress(2, 2, "done");
                    return ToolResult.text("said it");
                }),
                TestTools.readOnly("hold", (context, arguments) -> {
                    holdStarted.countDown();
                    awaitRelease();
                    return ToolResult.text("held");
                }));
    }

    private void awaitRelease() {
        try {
            releaseHold.await(SessionlessTransport.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void start(boolean readOnly, int threads, int queue) throws IOException {
        auditLog = AuditLog.open(directory.resolve("audit.log"));
        workers = new ToolWorkers(threads, queue);
        toolServer = new McpToolServer(tools(), new ToolEnvironment(null, null, null, auditLog, Duration.ofSeconds(360),
                4, false, null), workers, SessionlessTransport.CALLERS, readOnly);
        server = SessionlessTransport.serving(toolServer);
    }

    private void start() throws IOException {
        start(false, 4, 16);
    }

    @AfterEach
    void stop() throws IOException {
        releaseHold.countDown();
        if (toolServer != null) {
            toolServer.close();
            workers.close();
            auditLog.close();
        }
    }

    private static String text(CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @Test
    void initializesWithToolsAndWithoutLogging() throws IOException {
        start();

        McpSchema.InitializeResult result = server.initialize(READER);

        assertThat(result.serverInfo().name()).isEqualTo(McpToolServer.SERVER_NAME);
        assertThat(result.capabilities().tools()).isNotNull();
        assertThat(result.capabilities().logging()).isNull();
    }

    @Test
    void listsEveryToolToAConfigCaller() throws IOException {
        start();

        assertThat(server.toolNames(CONFIGURER)).contains("who_am_i", "change");
    }

    @Test
    void listsOnlyReadOnlyToolsToAReadCaller() throws IOException {
        start();

        assertThat(server.toolNames(READER)).contains("who_am_i").doesNotContain("change");
    }

    @Test
    void runsAToolAsTheCallerOfTheRequest() throws IOException {
        start();

        assertThat(text(server.call(READER, "who_am_i", Map.of()))).isEqualTo("reader");
        assertThat(text(server.call(CONFIGURER, "who_am_i", Map.of()))).isEqualTo("configurer");
    }

    @Test
    void refusesAMutatingToolToAReadCaller() throws IOException {
        start();

        CallToolResult result = server.call(READER, "change", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("'reader' may not call 'change'", "needs the config scope");
    }

    @Test
    void auditsEachCallWithItsCaller() throws IOException {
        start();

        server.call(CONFIGURER, "change", Map.of());
        server.call(READER, "change", Map.of());

        assertThat(Files.readAllLines(directory.resolve("audit.log"))).satisfiesExactly(
                changed -> assertThat(changed).contains("\"caller\":\"configurer\"", "\"tool\":\"change\"",
                        "\"outcome\":\"ok\""),
                denied -> assertThat(denied).contains("\"caller\":\"reader\"", "\"tool\":\"change\"",
                        "\"outcome\":\"denied\""));
    }

    @Test
    void leavesMutatingToolsOutInReadOnlyMode() throws IOException {
        start(true, 4, 16);

        assertThat(server.toolNames(CONFIGURER)).contains("who_am_i").doesNotContain("change");
    }

    @Test
    void saysThatAskingTheUserNeedsASessionAndThatArgumentsWork() throws IOException {
        start();

        CallToolResult result = server.call(READER, "ask", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("elicitation (interactive forms) needs a stateful MCP session and this "
                + "server runs stateless (start it without --stateless or JMCP_STATELESS to be asked); pass the "
                + "arguments directly instead");
    }

    @Test
    void tellsToolsThatTheUserCannotBeAskedAndWhy() throws IOException {
        start();

        assertThat(text(server.call(READER, "can_ask", Map.of())))
                .isEqualTo("false: " + SessionlessElicitation.REASON);
    }

    @Test
    void dropsProgressAndLogMessagesAndReturnsTheResult() throws IOException {
        start();

        CallToolResult result = server.call(READER, "chatty", Map.of());

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).isEqualTo("said it");
    }

    @Test
    void refusesCallsBeyondTheWorkersAndTheirQueueAtOnce() throws Exception {
        start(false, 1, 1);
        CompletableFuture<CallToolResult> running = server.callLater(READER, "hold", Map.of());
        assertThat(holdStarted.await(SessionlessTransport.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        CompletableFuture<CallToolResult> queued = server.callLater(READER, "who_am_i", Map.of());

        CallToolResult refused = server.call(READER, "who_am_i", Map.of());

        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).startsWith("jmcp is busy: all 1 tool workers");
        releaseHold.countDown();
        assertThat(text(running.join())).isEqualTo("held");
        assertThat(text(queued.join())).isEqualTo("reader");
    }
}

package io.jmcp.server.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Even at trace level, no token, request body, device payload or answer to a form reaches the server's log. */
class LogSecrecyTest {
    private static final String BODY_MARKER = "request-body-marker-4711";
    private static final String DEVICE_MARKER = "netconf-payload-marker-1234";
    private static final String ANSWER_MARKER = "form-answer-marker-0815";
    private static final String WRONG_TOKEN = "jmcp_wrong-token-marker-2342";

    @TempDir
    Path directory;
    private HttpServerFixture server;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stop() {
        root.detachAppender(log);
        server.close();
    }

    @Test
    void keepsTokensBodiesAndAnswersOutOfTheLog() {
        server = HttpServerFixture.start(directory, "--log-level", "trace");
        server.send(server.post(WRONG_TOKEN, HttpServerFixture.INITIALIZE));
        try (McpSyncClient client = server.client(server.configToken(), spec -> spec
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(form -> new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("colour", ANSWER_MARKER))))) {
            client.callTool(new CallToolRequest(ChangeProbeTool.NAME, Map.of("config_text", BODY_MARKER)));
            // Goes to the device over NETCONF: SSH libraries dump such payloads at trace level.
            client.callTool(new CallToolRequest("execute_junos_command", Map.of("router_name", "vsim-01",
                    "command", "show configuration | match " + DEVICE_MARKER)));
            client.callTool(new CallToolRequest(ElicitationProbeTool.NAME, Map.of()));
        }

        String logged = logText();
        assertThat(logged).isNotEmpty();
        assertThat(logged).doesNotContain(server.configToken(), WRONG_TOKEN, BODY_MARKER, DEVICE_MARKER,
                ANSWER_MARKER);
    }

    @Test
    void keepsTokensAndBodiesOutOfTheLogWithoutSessions() {
        server = HttpServerFixture.startStateless(directory, "--log-level", "trace");
        server.send(server.post(WRONG_TOKEN, HttpServerFixture.TOOLS_LIST));
        server.send(server.post(server.configToken(), "{\"jsonrpc\": \"2.0\", \"id\": 9, " + BODY_MARKER));
        try (McpSyncClient client = server.client(server.configToken())) {
            client.callTool(new CallToolRequest(ChangeProbeTool.NAME, Map.of("config_text", BODY_MARKER)));
            client.callTool(new CallToolRequest("execute_junos_command", Map.of("router_name", "vsim-01",
                    "command", "show configuration | match " + DEVICE_MARKER)));
        }

        String logged = logText();
        assertThat(logged).isNotEmpty();
        assertThat(logged).doesNotContain(server.configToken(), WRONG_TOKEN, BODY_MARKER, DEVICE_MARKER);
    }

    /** What the server logged; the test's own SDK client logs its messages, which are not the server's. */
    private String logText() {
        List<ILoggingEvent> events;
        // Server threads may still be logging: AppenderBase appends while holding the appender's lock.
        synchronized (log) {
            events = List.copyOf(log.list);
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : events) {
            if (event.getLoggerName().startsWith("io.modelcontextprotocol.client.")
                    || event.getLoggerName().equals("io.modelcontextprotocol.spec.McpClientSession")) {
                continue;
            }
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                lines.add(thrown.getMessage());
            }
        }
        return String.join("\n", lines);
    }
}

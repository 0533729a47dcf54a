package io.jmcp.server.stdio;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stdio transport at the end of input and while nothing else comes: requests written before
 * stdin closes are all answered, a form the client can no longer answer fails at once, the server
 * then exits 0 within 5 s, and progress and replies are flushed as written.
 */
class StdioEndOfInputTest {
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(5);
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"elicitation\":{}},\"clientInfo\":"
            + "{\"name\":\"raw\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    private static String call(String id, String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    @Test
    void answersEveryCallWrittenBeforeStdinClosedThenExitsWithinFiveSeconds() {
        try (RawServerProcess server = RawServerProcess.startMain(ScriptedToolServerMain.class)) {
            server.send(INITIALIZE);
            server.send(INITIALIZED);
            IntStream.rangeClosed(1, 5).forEach(n -> server.send(call("c" + n, "sleep", "{\"millis\":300}")));
            server.closeStdin();

            Eventually.await("the five replies", () -> replies(server).size() == 6);
            long lastReply = System.nanoTime();
            assertThat(server.awaitExit()).isZero();

            assertThat(Duration.ofNanos(System.nanoTime() - lastReply)).isLessThan(EXIT_LIMIT);
            assertThat(replies(server)).extracting(reply -> reply.get("id"))
                    .containsExactlyInAnyOrder("init", "c1", "c2", "c3", "c4", "c5");
            assertThat(replies(server)).filteredOn(reply -> !"init".equals(reply.get("id")))
                    .allSatisfy(reply -> assertThat(text(reply)).isEqualTo("slept"));
        }
    }

    @Test
    void failsAFormTheClientCanNoLongerAnswerAtOnce() {
        try (RawServerProcess server = RawServerProcess.startMain(ScriptedToolServerMain.class)) {
            server.send(INITIALIZE);
            server.send(INITIALIZED);
            server.send(call("ask", "ask", "{}"));
            Eventually.await("the form request", () -> messages(server).stream()
                    .anyMatch(message -> "elicitation/create".equals(message.get("method"))));
            server.closeStdin();

            Eventually.await("the reply to ask", () -> replies(server).size() == 2);
            long lastReply = System.nanoTime();
            assertThat(server.awaitExit()).isZero();

            assertThat(Duration.ofNanos(System.nanoTime() - lastReply)).isLessThan(EXIT_LIMIT);
            Map<String, Object> reply = replies(server).get(1);
            assertThat(reply).containsEntry("id", "ask");
            assertThat(text(reply)).isEqualTo("asking the user failed: the client closed its input before answering");
        }
    }

    @Test
    void sendsEveryProgressEventThenTheReplyWithNoFurtherClientTraffic() {
        try (RawServerProcess server = RawServerProcess.startMain(ScriptedToolServerMain.class)) {
            server.send(INITIALIZE);
            server.send(INITIALIZED);
            server.send("{\"jsonrpc\":\"2.0\",\"id\":\"count\",\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"count_to\",\"arguments\":{\"count\":5},\"_meta\":{\"progressToken\":\"p-1\"}}}");

            Eventually.await("the reply to count_to", () -> replies(server).size() == 2);

            List<Map<String, Object>> afterInitialize = messages(server).subList(1, messages(server).size());
            assertThat(afterInitialize).hasSize(6);
            assertThat(afterInitialize.subList(0, 5)).allSatisfy(event -> {
                assertThat(event).containsEntry("method", "notifications/progress");
                assertThat(params(event)).containsEntry("progressToken", "p-1");
            }).extracting(event -> ((Number) params(event).get("progress")).intValue()).containsExactly(1, 2, 3, 4, 5);
            assertThat(afterInitialize.get(5)).containsEntry("id", "count");
            server.closeStdin();
            assertThat(server.awaitExit()).isZero();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> params(Map<String, Object> notification) {
        return (Map<String, Object>) notification.get("params");
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> reply) {
        Map<String, Object> result = (Map<String, Object>) reply.get("result");
        return ((List<Map<String, Object>>) result.get("content")).get(0).get("text").toString();
    }

    private static List<Map<String, Object>> replies(RawServerProcess server) {
        return messages(server).stream().filter(message -> message.containsKey("id") && !message.containsKey("method"))
                .toList();
    }

    private static List<Map<String, Object>> messages(RawServerProcess server) {
        return server.stdout().stream().map(line -> {
            try {
                return McpJsonDefaults.getMapper().readValue(line, JSON_OBJECT);
            } catch (IOException notJson) {
                throw new UncheckedIOException(notJson);
            }
        }).toList();
    }
}

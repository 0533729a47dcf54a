package io.jmcp.server.stdio;

import io.jmcp.server.stdio.HostileCase.Error;
import io.jmcp.server.stdio.HostileCase.Result;
import io.jmcp.server.stdio.HostileCase.Silence;
import io.jmcp.server.stdio.HostileCase.ToolError;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of {@link HostileInputs} sent to one stdio server process ({@code --demo 1}), each
 * followed by a ping: the case gets exactly its reply (code and id), no reply carries Java internals,
 * and the ping is answered, so the server still serves. The closing note counts cases, hangs, leaks
 * and missing replies; all but cases must be 0.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputOverStdioTest {
    private static final McpJsonMapper JSON = McpJsonDefaults.getMapper();
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };
    /** Java class names, stack frames and exception text: none may reach a client. */
    private static final Pattern JAVA_INTERNALS = Pattern.compile("(?i)exception|\\.java:\\d|\\bat [a-z_$]+\\.[a-z_$]"
            + "|caused by|\\b(java|javax|jdk|sun|reactor|tools\\.jackson|com\\.fasterxml|io\\.modelcontextprotocol"
            + "|io\\.jmcp)\\.[a-z]|StreamReadConstraints|stackTrace");

    private RawServerProcess server;
    private int probes;
    private final List<String> hangs = new ArrayList<>();
    private final List<String> leaks = new ArrayList<>();
    private final List<String> missingReplies = new ArrayList<>();

    @BeforeAll
    void startServer() {
        server = RawServerProcess.start("--demo", "1");
        server.send("{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"hostile\",\"version\":\"1\"}}}");
        awaitReply(0, "init");
        server.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    @AfterAll
    void stopServer() {
        try {
            server.closeStdin();
            assertThat(server.awaitExit()).isZero();
        } finally {
            server.close();
            System.out.printf("Hostile stdio inputs: %d cases, %d hangs, %d leaks, %d missing replies%n",
                    HostileInputs.all().size(), hangs.size(), leaks.size(), missingReplies.size());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileInputGetsItsExactReplyAndTheServerServesOn() {
        List<HostileCase> cases = HostileInputs.all();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(120);
        return Stream.concat(cases.stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> check(hostile))),
                Stream.of(DynamicTest.dynamicTest("closing note: no hangs, leaks or missing replies", () -> {
                    assertThat(hangs).as("hangs").isEmpty();
                    assertThat(leaks).as("replies with Java internals").isEmpty();
                    assertThat(missingReplies).as("missing replies").isEmpty();
                })));
    }

    private void check(HostileCase hostile) {
        int mark = server.stdout().size();
        server.sendBytes(hostile.line());
        String probe = "probe-" + ++probes;
        server.send("{\"jsonrpc\":\"2.0\",\"id\":\"" + probe + "\",\"method\":\"ping\"}");
        Map<String, Object> pong = awaitReplyOrRecord(hostile, mark, probe);
        assertThat(pong).as("the ping after the case: the server still serves").containsKey("result");
        HostileCase.Expect expect = hostile.expect();
        if (expect instanceof Silence) {
            assertThat(responsesSince(mark)).as("replies").extracting(reply -> reply.get("id")).containsOnly(probe);
        } else {
            Object id = expectedId(expect);
            Map<String, Object> reply = id == null ? onlyReply(hostile, mark, null)
                    : awaitReplyOrRecord(hostile, mark, id);
            assertThat(responsesSince(mark).stream().filter(line -> sameId(line.get("id"), id)))
                    .as("replies with id " + id).hasSize(1);
            assertReply(expect, reply);
        }
        List<String> output = List.copyOf(server.stdout());
        List<String> leaked = output.subList(mark, output.size()).stream()
                .filter(line -> JAVA_INTERNALS.matcher(line).find()).toList();
        if (!leaked.isEmpty()) {
            leaks.add(hostile.name());
        }
        assertThat(leaked).as("replies carrying Java internals").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void assertReply(HostileCase.Expect expect, Map<String, Object> reply) {
        if (expect instanceof Error error) {
            assertThat(reply).as("reply").containsKey("error").doesNotContainKey("result");
            Map<String, Object> body = (Map<String, Object>) reply.get("error");
            assertThat(((Number) body.get("code")).intValue()).as("error code of " + reply).isEqualTo(error.code());
            assertThat((String) body.get("message")).contains(error.messagePart());
        } else if (expect instanceof ToolError toolError) {
            Map<String, Object> result = (Map<String, Object>) reply.get("result");
            assertThat(result).as("tool result of " + reply).isNotNull().containsEntry("isError", true);
            assertThat(text(result)).contains(toolError.textPart());
        } else {
            assertThat(reply).as("reply").containsKey("result").doesNotContainKey("error");
            Map<String, Object> result = (Map<String, Object>) reply.get("result");
            assertThat(result.get("isError")).as("isError of " + reply).isNotEqualTo(true);
        }
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("content")).get(0).get("text").toString();
    }

    private static Object expectedId(HostileCase.Expect expect) {
        if (expect instanceof Error error) {
            return error.id();
        }
        if (expect instanceof ToolError toolError) {
            return toolError.id();
        }
        return ((Result) expect).id();
    }

    private Map<String, Object> onlyReply(HostileCase hostile, int mark, Object id) {
        Optional<Map<String, Object>> reply = responsesSince(mark).stream()
                .filter(line -> line.containsKey("id") && sameId(line.get("id"), id)).findFirst();
        if (reply.isEmpty()) {
            missingReplies.add(hostile.name());
        }
        assertThat(reply).as("the reply with id null, before the ping's").isPresent();
        return reply.get();
    }

    private Map<String, Object> awaitReplyOrRecord(HostileCase hostile, int mark, Object id) {
        try {
            return awaitReply(mark, id);
        } catch (AssertionError hung) {
            hangs.add(hostile.name());
            missingReplies.add(hostile.name());
            throw hung;
        }
    }

    private Map<String, Object> awaitReply(int mark, Object id) {
        Eventually.await("the reply with id " + id, () -> responsesSince(mark).stream()
                .anyMatch(line -> sameId(line.get("id"), id)));
        return responsesSince(mark).stream().filter(line -> sameId(line.get("id"), id)).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> responsesSince(int mark) {
        List<String> lines = List.copyOf(server.stdout());
        return lines.subList(mark, lines.size()).stream().map(HostileInputOverStdioTest::parse)
                .filter(message -> message.containsKey("result") || message.containsKey("error")).toList();
    }

    private static boolean sameId(Object actual, Object expected) {
        try {
            return JSON.writeValueAsString(actual).equals(JSON.writeValueAsString(expected));
        } catch (IOException unexpected) {
            throw new UncheckedIOException(unexpected);
        }
    }

    private static Map<String, Object> parse(String line) {
        try {
            return JSON.readValue(line, JSON_OBJECT);
        } catch (IOException notJson) {
            throw new AssertionError("stdout carried a line that is not JSON: " + line, notJson);
        }
    }
}

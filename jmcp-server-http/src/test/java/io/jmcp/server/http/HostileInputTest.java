package io.jmcp.server.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over streamable HTTP, with sessions and without: syntax, encodings, shapes,
 * params, sizes, nesting, headers, sessions, HTTP methods and tool arguments. Every case asserts
 * the exact HTTP status and JSON-RPC code (or success), that an error body is a bare JSON-RPC
 * error with no Java internals, that every request gets a complete response (a hang fails the
 * case) and that the server still serves a normal request afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(900)
class HostileInputTest {
    static final int LIMIT = 65_536;
    private static final int RESPONSE_TIMEOUT_MILLIS = 20_000;
    private static final Pattern JAVA_INTERNALS = Pattern.compile(
            "java\\.|jakarta\\.|io\\.modelcontextprotocol|tools\\.jackson|com\\.fasterxml|io\\.undertow|reactor\\."
                    + "|Exception|stackTrace|\\.java:\\d|\\$[A-Z]|Cannot invoke|<html", Pattern.CASE_INSENSITIVE);
    private static final String LIST = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}";
    static final String INITIALIZE = HttpServerFixture.INITIALIZE;

    enum Mode { STATEFUL, STATELESS }

    /**
     * What a case must get; {@code code} null means a JSON-RPC result (or no body for 202). With
     * {@code toolError}, the result is a tool's refusal (isError true). {@code says}, when not null,
     * is a part of the error's message or of the refusal's text: what the client is told.
     */
    record Expect(int status, Integer code, boolean toolError, String says) {
        Expect(int status, Integer code) {
            this(status, code, false, null);
        }

        /** A tool call answered with isError true and a text containing {@code part}. */
        static Expect toolError(String part) {
            return new Expect(200, null, true, part);
        }

        /** This answer, its message containing {@code part}. */
        Expect saying(String part) {
            return new Expect(status, code, toolError, part);
        }

        @Override
        public String toString() {
            return status + (code == null ? "" : " " + code) + (toolError ? " isError" : "")
                    + (says == null ? "" : " '" + says + "'");
        }
    }

    static final Expect OK = new Expect(200, null);
    static final Expect ACCEPTED = new Expect(202, null);
    static final Expect PARSE = new Expect(400, -32700);
    static final Expect INVALID = new Expect(400, -32600);
    static final Expect PARAMS = new Expect(200, -32602);
    static final Expect NOTIFICATION_PARAMS = new Expect(400, -32602);
    static final Expect NO_METHOD = new Expect(200, -32601);
    static final Expect NO_SESSION = new Expect(404, -32001);
    static final Expect TOO_LARGE = new Expect(413, -32600);
    static final Expect MEDIA_TYPE = new Expect(415, -32600);
    static final Expect NOT_ACCEPTABLE = new Expect(406, -32600);
    static final Expect NOT_ALLOWED = new Expect(405, -32600);
    static final Expect NOT_HERE = new Expect(404, -32600);
    /** The answer to HEAD, which has no body by definition. */
    static final Expect NOT_ALLOWED_NO_BODY = new Expect(405, null);

    /** Which server of a mode a case is sent to. */
    enum Target { STANDARD, READ_ONLY }

    /** A hostile request and what each mode must answer (null: the case does not apply to the mode). */
    record Case(String name, Target target, BiFunction<HostileInputTest, Mode, RawExchange.Request> request,
            Expect stateful, Expect stateless) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Path directory;
    private HttpServerFixture withSessions;
    private HttpServerFixture withoutSessions;
    private HttpServerFixture readOnlyWithSessions;
    private HttpServerFixture readOnlyWithoutSessions;
    private String session;
    private String readOnlySession;
    private String otherSession;
    private String readerSession;

    @BeforeAll
    void start() throws IOException {
        directory = Files.createTempDirectory("hostile-input");
        String limit = String.valueOf(LIMIT);
        withSessions = HttpServerFixture.start(Files.createDirectory(directory.resolve("stateful")),
                "--max-request-bytes", limit);
        withoutSessions = HttpServerFixture.startStateless(Files.createDirectory(directory.resolve("stateless")),
                "--max-request-bytes", limit);
        readOnlyWithSessions = HttpServerFixture.start(Files.createDirectory(directory.resolve("read-only")),
                "--read-only");
        readOnlyWithoutSessions = HttpServerFixture.startStateless(
                Files.createDirectory(directory.resolve("read-only-stateless")), "--read-only");
        session = openSession(withSessions, withSessions.configToken());
        otherSession = openSession(withSessions, withSessions.otherConfigToken());
        readerSession = openSession(withSessions, withSessions.readToken());
        readOnlySession = openSession(readOnlyWithSessions, readOnlyWithSessions.configToken());
    }

    @AfterAll
    void stop() throws IOException {
        withSessions.close();
        withoutSessions.close();
        readOnlyWithSessions.close();
        readOnlyWithoutSessions.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String openSession(HttpServerFixture server, String token) {
        RawExchange.Response initialized = RawExchange.request("POST", "/mcp").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .body(INITIALIZE).send(server.endpoint(), RESPONSE_TIMEOUT_MILLIS);
        assertThat(initialized.status()).isEqualTo(200);
        String id = initialized.header("mcp-session-id");
        RawExchange.Response ready = mcp(Mode.STATEFUL, token, id).body(
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").send(server.endpoint(),
                RESPONSE_TIMEOUT_MILLIS);
        assertThat(ready.status()).isEqualTo(202);
        return id;
    }

    private HttpServerFixture server(Mode mode) {
        return mode == Mode.STATEFUL ? withSessions : withoutSessions;
    }

    private HttpServerFixture server(Mode mode, Target target) {
        if (target == Target.STANDARD) {
            return server(mode);
        }
        return mode == Mode.STATEFUL ? readOnlyWithSessions : readOnlyWithoutSessions;
    }

    /** A POST as an MCP client sends it, with the config token and (with sessions) its session. */
    RawExchange.Request post(Mode mode) {
        return mcp(mode, server(mode).configToken(), session);
    }

    /** A POST as {@link #post} sends it, with the read token and (with sessions) its session. */
    RawExchange.Request postAsReader(Mode mode) {
        return mcp(mode, server(mode).readToken(), readerSession);
    }

    /** A POST to the server of the mode started with --read-only, with its config token and session. */
    RawExchange.Request postToReadOnly(Mode mode) {
        return mcp(mode, server(mode, Target.READ_ONLY).configToken(), readOnlySession);
    }

    private static RawExchange.Request mcp(Mode mode, String token, String sessionId) {
        RawExchange.Request request = RawExchange.request("POST", "/mcp").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream");
        return mode == Mode.STATEFUL ? request.header("Mcp-Session-Id", sessionId) : request;
    }

    /** A request without body or headers but the config token (and session). */
    RawExchange.Request bare(Mode mode, String method, String path) {
        RawExchange.Request request = RawExchange.request(method, path)
                .header("Authorization", "Bearer " + server(mode).configToken());
        return mode == Mode.STATEFUL ? request.header("Mcp-Session-Id", session) : request;
    }

    /** A POST to the server's session with exactly these headers besides the token (and the session). */
    RawExchange.Request postWith(Mode mode, String body, String... headers) {
        RawExchange.Request request = bare(mode, "POST", "/mcp");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.body(body);
    }

    Stream<Arguments> cases() {
        List<Arguments> arguments = new ArrayList<>();
        for (Case hostile : HostileCases.all()) {
            if (hostile.stateful() != null) {
                arguments.add(Arguments.of(Mode.STATEFUL, hostile));
            }
            if (hostile.stateless() != null) {
                arguments.add(Arguments.of(Mode.STATELESS, hostile));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void answersExactlyAndKeepsServing(Mode mode, Case hostile) {
        Expect expected = mode == Mode.STATEFUL ? hostile.stateful() : hostile.stateless();

        HttpServerFixture server = server(mode, hostile.target());
        RawExchange.Response response = hostile.request().apply(this, mode).send(server.endpoint(),
                RESPONSE_TIMEOUT_MILLIS);

        assertThat(response.status()).as("%s %s: HTTP status; body: %s", mode, hostile, response.body())
                .isEqualTo(expected.status());
        assertAnswer(response, expected, mode + " " + hostile);
        assertStillServes(mode, hostile.target());
    }

    @SuppressWarnings("unchecked")
    private static void assertAnswer(RawExchange.Response response, Expect expected, String name) {
        if (expected.status() == 202 || expected == NOT_ALLOWED_NO_BODY) {
            assertThat(response.body()).isEmpty();
            return;
        }
        Map<String, Object> message = response.message();
        assertThat(message).as("%s: a JSON-RPC message in: %s", name, response.body()).isNotNull();
        assertThat(message).containsEntry("jsonrpc", "2.0");
        if (expected.code() == null) {
            assertThat(message).as(name).containsKey("result").doesNotContainKey("error");
            assertToolOutcome((Map<String, Object>) message.get("result"), expected, name);
            return;
        }
        assertThat(message.keySet()).as("%s: %s", name, response.body()).containsExactlyInAnyOrder("jsonrpc", "id",
                "error");
        Map<String, Object> error = (Map<String, Object>) message.get("error");
        assertThat(error.get("code")).as("%s: JSON-RPC code; body: %s", name, response.body()).isEqualTo(expected.code());
        assertThat(error.get("message")).isInstanceOf(String.class);
        assertThat(error.keySet()).isSubsetOf("code", "message", "data");
        assertThat(response.body()).as("%s: no Java internals", name).doesNotContainPattern(JAVA_INTERNALS);
        if (expected.says() != null) {
            assertThat((String) error.get("message")).as("%s: what the client is told", name)
                    .contains(expected.says());
        }
    }

    /** A tool's refusal is a result with isError true whose text says why, in the client's terms. */
    @SuppressWarnings("unchecked")
    private static void assertToolOutcome(Map<String, Object> result, Expect expected, String name) {
        if (!expected.toolError()) {
            return;
        }
        assertThat(result).as("%s: %s", name, result).containsEntry("isError", true);
        List<Map<String, Object>> content = (List<Map<String, Object>>) result.get("content");
        String text = (String) content.get(0).get("text");
        assertThat(text).as("%s: what the client is told", name).contains(expected.says())
                .doesNotContainPattern(JAVA_INTERNALS);
    }

    private void assertStillServes(Mode mode, Target target) {
        HttpServerFixture server = server(mode, target);
        RawExchange.Request request = target == Target.STANDARD ? post(mode) : postToReadOnly(mode);
        RawExchange.Response listed = request.body(LIST).send(server.endpoint(), RESPONSE_TIMEOUT_MILLIS);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.message()).containsKey("result");
        assertThat(listed.body()).as("SSE events carry no repeated ids").doesNotStartWith("id:").doesNotContain("\nid:");
    }

    String session() {
        return session;
    }

    String otherSession() {
        return otherSession;
    }

    String readerSession() {
        return readerSession;
    }

    String token(Mode mode) {
        return server(mode).configToken();
    }

    String otherToken(Mode mode) {
        return server(mode).otherConfigToken();
    }

    String readToken(Mode mode) {
        return server(mode).readToken();
    }

    static String pingOfSize(int bytes) {
        String head = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"_meta\":{\"pad\":\"";
        String tail = "\"}}}";
        return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package io.jmcp.server.http;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session belongs to the token that created it (issue 13): any other token, of the same scope or
 * not, gets 404 for it whatever it tries (a call, the event stream, DELETE), the session goes on
 * serving its owner, and the audit log names the owner for every call in it.
 */
class SessionOwnershipTest {
    private static final String CALL = """
            {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"get_router_list","arguments":{}}}""";
    private static final TypeRef<Map<String, Object>> JSON_OBJECT = new TypeRef<>() {
    };

    @TempDir
    Path directory;
    private HttpServerFixture server;
    private Path auditLog;

    @BeforeEach
    void start() {
        auditLog = directory.resolve("audit.jsonl");
        server = HttpServerFixture.start(directory, "--audit-log", auditLog.toString());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> call(String token, String sessionId) {
        return server.send(server.post(token, CALL).header("Mcp-Session-Id", sessionId));
    }

    @Test
    void anotherTokenOfTheSameScopeGets404ForEveryUseOfTheSession() throws IOException {
        String session = server.openSession(server.configToken());
        String intruder = server.otherConfigToken();

        HttpResponse<String> called = call(intruder, session);
        HttpResponse<String> streamed = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Authorization", "Bearer " + intruder).header("Mcp-Session-Id", session)
                .header("Accept", "text/event-stream").GET());
        HttpResponse<String> deleted = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Authorization", "Bearer " + intruder).header("Mcp-Session-Id", session).DELETE());

        for (HttpResponse<String> refused : List.of(called, streamed, deleted)) {
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(errorCode(refused.body())).isEqualTo(JsonRpcRefusal.SESSION_NOT_FOUND);
        }
        assertThat(called.body()).isEqualTo(call(intruder, "no-such-session").body());
        assertThat(call(server.configToken(), session).statusCode()).isEqualTo(200);
    }

    @Test
    void theAuditLogNamesTheOwnerAndNeverTheIntruder() throws IOException {
        String session = server.openSession(server.configToken());

        assertThat(call(server.otherConfigToken(), session).statusCode()).isEqualTo(404);
        assertThat(call(server.configToken(), session).body()).contains("vsim-01");

        List<String> audited = Files.readAllLines(auditLog);
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0)).contains("\"caller\":\"" + HttpServerFixture.CONFIGURER + "\"",
                "\"tool\":\"get_router_list\"");
    }

    @Test
    void theOwnerStillClosesItsSession() {
        String session = server.openSession(server.configToken());

        HttpResponse<String> deleted = server.send(server.mcpRequest(McpHttpServer.ENDPOINT)
                .header("Authorization", "Bearer " + server.configToken()).header("Mcp-Session-Id", session)
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(call(server.configToken(), session).statusCode()).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static Object errorCode(String body) throws IOException {
        Map<String, Object> message = McpJsonDefaults.getMapper().readValue(body, JSON_OBJECT);
        return ((Map<String, Object>) message.get("error")).get("code");
    }
}

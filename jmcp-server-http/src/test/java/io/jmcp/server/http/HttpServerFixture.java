package io.jmcp.server.http;

import io.jmcp.core.auth.Scope;
import io.jmcp.core.auth.TokenFile;
import io.jmcp.core.auth.TokenStore;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/** An HTTP server on 127.0.0.1 and an ephemeral port, serving {@link ProbeToolServers}, with a token file of its own. */
final class HttpServerFixture implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
            "capabilities":{},"clientInfo":{"name":"raw-http-test","version":"1"}}}""";
    static final String TOOLS_LIST = """
            {"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}""";

    static final String READER = "reader";
    static final String CONFIGURER = "configurer";

    private final TokenFile tokenFile;
    private final String readToken;
    private final String configToken;
    private final ProbeToolServers tools;
    private final McpHttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private HttpServerFixture(TokenFile tokenFile, String readToken, String configToken, ProbeToolServers tools,
            McpHttpServer server) {
        this.tokenFile = tokenFile;
        this.readToken = readToken;
        this.configToken = configToken;
        this.tools = tools;
        this.server = server;
    }

    static HttpServerFixture start(Path directory) {
        return start(directory, settings -> {
        });
    }

    static HttpServerFixture start(Path directory, Consumer<HttpServerSettings.Builder> customizer) {
        TokenFile tokenFile = new TokenFile(directory.resolve(".tokens"));
        String readToken = tokenFile.generate(READER, null, Scope.READ).token();
        String configToken = tokenFile.generate(CONFIGURER, null, Scope.CONFIG).token();
        HttpServerSettings.Builder builder = HttpServerSettings.builder().host("127.0.0.1").port(0);
        customizer.accept(builder);
        HttpServerSettings settings = builder.build();
        ProbeToolServers tools = new ProbeToolServers();
        ScopedTransports<?> transports;
        if (settings.stateless()) {
            var stateless = ScopedTransports.stateless(settings, ProbeToolServers.JSON);
            stateless.all().forEach(tools::serveStateless);
            transports = stateless;
        } else {
            var stateful = ScopedTransports.stateful(settings, ProbeToolServers.JSON);
            stateful.all().forEach(tools::serve);
            transports = stateful;
        }
        McpHttpServer server = McpHttpServer.start(settings,
                new BearerTokenAuthenticator(TokenStore.open(tokenFile.path())), transports, ProbeToolServers.JSON);
        return new HttpServerFixture(tokenFile, readToken, configToken, tools, server);
    }

    /** The token of {@value #READER}, read scope, valid from the start. */
    String readToken() {
        return readToken;
    }

    /** The token of {@value #CONFIGURER}, config scope, valid from the start. */
    String configToken() {
        return configToken;
    }

    /** A new token, which the running server accepts within a second. */
    String issueToken(String id, Scope scope) {
        return tokenFile.generate(id, null, scope).token();
    }

    void revoke(String id) {
        tokenFile.revoke(id);
    }

    URI endpoint() {
        return server.endpoint();
    }

    McpHttpServer server() {
        return server;
    }

    /** A request to {@code path} on this server, with the headers an MCP client sends. */
    HttpRequest.Builder mcpRequest(String path) {
        return HttpRequest.newBuilder(endpoint().resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream");
    }

    HttpRequest.Builder post(String token, String body) {
        return mcpRequest(McpHttpServer.ENDPOINT)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** An initialized SDK client, sending {@code token}. */
    McpSyncClient client(String token) {
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(
                                endpoint().resolve("/").toString())
                        .endpoint(McpHttpServer.ENDPOINT)
                        .httpRequestCustomizer((request, method, uri, body, context) ->
                                request.header("Authorization", "Bearer " + token))
                        .build())
                .requestTimeout(TIMEOUT)
                .build();
        client.initialize();
        return client;
    }

    @Override
    public void close() {
        server.stopAccepting();
        tools.close();
        server.close();
    }
}

package io.jmcp.server.http;

import io.jmcp.core.auth.TokenFile;
import io.jmcp.core.spi.Scope;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The jmcp HTTP server as {@code java -jar jmcp-server-http.jar --demo 1 -p 0} starts it, in this
 * JVM, with a token file of its own holding a read token and a config token.
 */
final class HttpServerFixture implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
            "capabilities":{},"clientInfo":{"name":"raw-http-test","version":"1"}}}""";
    static final String TOOLS_LIST = """
            {"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}""";
    static final String READER = "reader";
    static final String CONFIGURER = "configurer";
    static final String OTHER_CONFIGURER = "other-configurer";

    private final TokenFile tokenFile;
    private final String readToken;
    private final String configToken;
    private final String otherConfigToken;
    private final JmcpHttpServer server;
    private final ByteArrayOutputStream errors;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private HttpServerFixture(TokenFile tokenFile, String[] tokens, JmcpHttpServer server,
            ByteArrayOutputStream errors) {
        this.tokenFile = tokenFile;
        this.readToken = tokens[0];
        this.configToken = tokens[1];
        this.otherConfigToken = tokens[2];
        this.server = server;
        this.errors = errors;
    }

    static HttpServerFixture start(Path directory, String... options) {
        return start(directory, Map.of(), options);
    }

    /** A server started with {@code --demo 1 -p 0 --tokens FILE} and {@code options}, seeing {@code environment}. */
    static HttpServerFixture start(Path directory, Map<String, String> environment, String... options) {
        List<String> arguments = new ArrayList<>(List.of("--demo", "1"));
        arguments.addAll(List.of(options));
        return launch(directory, environment, arguments);
    }

    /** A server without MCP sessions: {@code --stateless --demo 2 -p 0 --tokens FILE} and {@code options}. */
    static HttpServerFixture startStateless(Path directory, String... options) {
        List<String> arguments = new ArrayList<>(List.of("--stateless", "--demo", "2"));
        arguments.addAll(List.of(options));
        return launch(directory, Map.of(), arguments);
    }

    /** A server started with {@code -f devicesFile -p 0 --tokens FILE} and {@code options}. */
    static HttpServerFixture startWithDevicesFile(Path directory, Path devicesFile, String... options) {
        List<String> arguments = new ArrayList<>(List.of("-f", devicesFile.toString()));
        arguments.addAll(List.of(options));
        return launch(directory, Map.of(), arguments);
    }

    private static HttpServerFixture launch(Path directory, Map<String, String> environment, List<String> options) {
        TokenFile tokenFile = new TokenFile(directory.resolve(".tokens"));
        String readToken = tokenFile.generate(READER, null, Scope.READ).token();
        String configToken = tokenFile.generate(CONFIGURER, null, Scope.CONFIG).token();
        String otherConfigToken = tokenFile.generate(OTHER_CONFIGURER, null, Scope.CONFIG).token();
        List<String> arguments = new ArrayList<>(List.of("-p", "0", "--tokens", tokenFile.path().toString()));
        arguments.addAll(options);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try {
            JmcpHttpServer server = HttpServerMain.launch(environment,
                    new PrintStream(errors, true, StandardCharsets.UTF_8), arguments.toArray(String[]::new));
            return new HttpServerFixture(tokenFile, new String[] {readToken, configToken, otherConfigToken}, server,
                    errors);
        } catch (LaunchException failure) {
            throw new IllegalStateException("the server did not start: " + failure.getMessage(), failure);
        }
    }

    /** The token of {@value #READER}, read scope, valid from the start. */
    String readToken() {
        return readToken;
    }

    /** The token of {@value #CONFIGURER}, config scope, valid from the start. */
    String configToken() {
        return configToken;
    }

    /** The token of {@value #OTHER_CONFIGURER}: config scope too, another holder. */
    String otherConfigToken() {
        return otherConfigToken;
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

    JmcpHttpServer server() {
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

    /** The id of a new MCP session opened with {@code token}. */
    String openSession(String token) {
        HttpResponse<String> initialized = send(post(token, INITIALIZE));
        if (initialized.statusCode() != 200) {
            throw new IllegalStateException("initialize got " + initialized.statusCode() + ": " + initialized.body());
        }
        return initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
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

    /** An initialized SDK client sending {@code token}. */
    McpSyncClient client(String token) {
        return client(token, spec -> spec);
    }

    /** An initialized SDK client sending {@code token}, with handlers added by {@code customizer}. */
    McpSyncClient client(String token, UnaryOperator<McpClient.SyncSpec> customizer) {
        HttpClientStreamableHttpTransport.Builder transport = HttpClientStreamableHttpTransport
                .builder(endpoint().resolve("/").toString())
                .endpoint(McpHttpServer.ENDPOINT)
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + token));
        if ("https".equals(endpoint().getScheme())) {
            throw new IllegalStateException("use a client that trusts the server's certificate");
        }
        McpSyncClient client = customizer.apply(McpClient.sync(transport.build()).requestTimeout(TIMEOUT)).build();
        client.initialize();
        return client;
    }

    /** The text of a tool result's first content block. */
    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    /** What the server printed to its error stream (startup failures; logs go to Logback). */
    String errorOutput() {
        return errors.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}

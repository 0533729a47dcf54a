package io.jmcp.server.http;

import io.jmcp.core.app.StartupTrace;
import io.jmcp.core.mcp.ToolsReadiness;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.HttpHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Between authentication and the MCP SDK's transport: everything the SDK gets wrong at the edges
 * of streamable HTTP is answered here with a JSON-RPC error of the right status and code (see
 * {@link JsonRpcRefusal}), and what passes is served by the SDK unchanged, through
 * {@link McpResponseSeam}. Checked, in order: Content-Type and Accept, the body's size (exact,
 * chunked or not), that it is one well-formed JSON-RPC message, the {@code MCP-Protocol-Version}
 * header, the session (present, known, and the caller's own), and the params, by the tool server's
 * {@link io.jmcp.core.mcp.McpRequestCheck} (the one home of those rules, shared with stdio).
 *
 * <p>The server listens before its tools are built: a POST that needs them ({@link ToolsReadiness},
 * every one without sessions) waits here, after every check of the caller and the message and
 * before the params check, until they are served; it is refused with the reason when they could
 * not be built.
 */
final class McpEndpointGuard extends HttpFilter {
    private static final Logger log = LoggerFactory.getLogger(McpEndpointGuard.class);
    private static final String JSON = "application/json";
    private static final String EVENT_STREAM = "text/event-stream";

    private final McpMessageCheck messages;
    private final ToolsReadiness readiness;
    private final McpJsonMapper jsonMapper;
    private final int maxRequestBytes;
    private final List<String> protocolVersions;
    /** Null on a server without sessions. */
    private final SessionOwners sessions;
    private final CompletableFuture<Void> firstAnswer = new CompletableFuture<>();

    McpEndpointGuard(McpJsonMapper jsonMapper, ToolsReadiness readiness, int maxRequestBytes,
            List<String> protocolVersions, SessionOwners sessions) {
        this.messages = new McpMessageCheck(jsonMapper);
        this.readiness = readiness;
        this.jsonMapper = jsonMapper;
        this.maxRequestBytes = maxRequestBytes;
        this.protocolVersions = List.copyOf(protocolVersions);
        this.sessions = sessions;
    }

    /** Completes once a request has been served (past every check); refused ones do not count. */
    CompletionStage<Void> firstAnswer() {
        return firstAnswer;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpPrincipal principal = HttpPrincipal.of(request)
                .orElseThrow(() -> new IllegalStateException("the authentication filter did not run"));
        if ("POST".equals(request.getMethod())) {
            post(request, response, chain, principal);
        } else {
            streamOrDelete(request, response, chain, principal);
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            HttpPrincipal principal) throws IOException, ServletException {
        JsonRpcRefusal refusal = postHeadersRefusal(request);
        if (refusal != null) {
            refuse(response, refusal);
            return;
        }
        Optional<byte[]> body = BoundedBody.read(request.getInputStream(), request.getContentLengthLong(),
                maxRequestBytes);
        if (body.isEmpty()) {
            response.setHeader("Connection", "close");
            refuse(response, JsonRpcRefusal.tooLarge(maxRequestBytes));
            return;
        }
        McpMessageCheck.Outcome outcome = messages.check(body.get());
        if (outcome.refusal() != null) {
            refuse(response, outcome.refusal());
            return;
        }
        McpMessageCheck.Message message = outcome.message();
        refusal = protocolVersionRefusal(request);
        if (refusal == null && sessions == null && message.method() == null) {
            refusal = JsonRpcRefusal.invalidRequest("this server runs without sessions and asks the client nothing, "
                    + "so there is nothing to answer");
        }
        if (refusal == null && !message.isInitialize()) {
            refusal = sessionRefusal(request, principal);
        }
        if (refusal == null) {
            refusal = notStartedRefusal(message);
        }
        if (refusal == null) {
            refusal = paramsRefusal(message);
        }
        if (refusal != null) {
            refuse(response, refusal);
            return;
        }
        serve(new BufferedBodyRequest(request, body.get()), response, chain, principal, message.method() == null);
    }

    private void streamOrDelete(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            HttpPrincipal principal) throws IOException, ServletException {
        JsonRpcRefusal refusal = protocolVersionRefusal(request);
        if (refusal == null && "GET".equals(request.getMethod())) {
            refusal = streamRefusal(request);
        }
        if (refusal == null) {
            refusal = sessionRefusal(request, principal);
        }
        if (refusal != null) {
            refuse(response, refusal);
            return;
        }
        boolean served = serve(request, response, chain, principal, false);
        if (served && sessions != null && "DELETE".equals(request.getMethod())) {
            sessions.forget(request.getHeader(HttpHeaders.MCP_SESSION_ID));
        }
    }

    /**
     * Hands the request to the SDK; false when the SDK refused it (and the refusal was sent).
     *
     * @param clientResponse whether the body is the client's answer to a request of the server
     */
    private boolean serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            HttpPrincipal principal, boolean clientResponse) throws IOException, ServletException {
        McpResponseSeam seam = new McpResponseSeam(response, sessionId -> {
            if (sessions != null) {
                sessions.created(sessionId, principal);
                log.debug("MCP session created for token {}", principal.id());
            }
        });
        StartupTrace.markFirst("first request at the transport");
        chain.doFilter(request, seam);
        StartupTrace.markFirst("first request answered");
        firstAnswer.complete(null);
        JsonRpcRefusal refusal = seam.refusal();
        if (refusal == null) {
            return true;
        }
        String sessionId = request.getHeader(HttpHeaders.MCP_SESSION_ID);
        if (refusal.status() == HttpServletResponse.SC_NOT_FOUND && sessions != null && sessionId != null) {
            sessions.forget(sessionId);
        }
        if (clientResponse && refusal.status() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            // The SDK fails on an answer to no request of its own as on a fault of its own.
            refusal = JsonRpcRefusal.invalidRequest("no request of this server awaits an answer with this id");
        }
        refuse(response, refusal);
        return false;
    }

    /** Waits for the tools when the message needs them; why it cannot be served if they never came, or null. */
    private JsonRpcRefusal notStartedRefusal(McpMessageCheck.Message message) {
        if (sessions != null && !ToolsReadiness.waitsForTools(message.method())) {
            return null;
        }
        return readiness.await().map(why -> {
            log.debug("Refused {}: jmcp could not start", message.method());
            return JsonRpcRefusal.notStarted(message.id(), why);
        }).orElse(null);
    }

    /**
     * Why the request's params cannot be served (-32602), or null. Checked after the session, so
     * that a request for a session that is not there learns that first.
     */
    private JsonRpcRefusal paramsRefusal(McpMessageCheck.Message message) {
        if (message.method() == null) {
            return null;
        }
        return readiness.requestCheck().problem(message.method(), message.params())
                .map(problem -> JsonRpcRefusal.invalidParams(message.id(), problem)).orElse(null);
    }

    private static JsonRpcRefusal postHeadersRefusal(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || !mediaType(contentType).equals(JSON) || !isUtf8(contentType)) {
            return JsonRpcRefusal.invalidRequest(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be application/json (UTF-8)");
        }
        String accept = request.getHeader("Accept");
        if (!accepts(accept, JSON) || !accepts(accept, EVENT_STREAM)) {
            return JsonRpcRefusal.invalidRequest(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "the Accept header must list both application/json and text/event-stream");
        }
        return null;
    }

    private static JsonRpcRefusal streamRefusal(HttpServletRequest request) {
        if (!accepts(request.getHeader("Accept"), EVENT_STREAM)) {
            return JsonRpcRefusal.invalidRequest(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "a GET opens an event stream: the Accept header must list text/event-stream");
        }
        if (request.getHeader(HttpHeaders.LAST_EVENT_ID) != null) {
            return JsonRpcRefusal.invalidRequest("this server does not resume streams (its events carry no ids); "
                    + "open a new stream without Last-Event-ID");
        }
        return null;
    }

    private JsonRpcRefusal protocolVersionRefusal(HttpServletRequest request) {
        String version = request.getHeader(HttpHeaders.PROTOCOL_VERSION);
        if (version == null || protocolVersions.contains(version)) {
            return null;
        }
        return JsonRpcRefusal.invalidRequest("unsupported MCP-Protocol-Version; this server supports "
                + String.join(", ", protocolVersions));
    }

    private JsonRpcRefusal sessionRefusal(HttpServletRequest request, HttpPrincipal principal) {
        if (sessions == null) {
            return null;
        }
        String sessionId = request.getHeader(HttpHeaders.MCP_SESSION_ID);
        if (sessionId == null || sessionId.isBlank()) {
            return JsonRpcRefusal.invalidRequest("the Mcp-Session-Id header is missing; send initialize first and "
                    + "then the session id it returns with every request");
        }
        if (!sessions.isOwnedBy(sessionId, principal)) {
            if (sessions.exists(sessionId)) {
                log.warn("Refused {} from token {}: the session it named belongs to another token (answered as "
                        + "unknown)", request.getMethod(), principal.id());
            }
            return JsonRpcRefusal.sessionNotFound();
        }
        return null;
    }

    private void refuse(HttpServletResponse response, JsonRpcRefusal refusal) throws IOException {
        refusal.writeTo(response, jsonMapper);
    }

    private static String mediaType(String header) {
        int parameters = header.indexOf(';');
        return (parameters < 0 ? header : header.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isUtf8(String contentType) {
        String lower = contentType.toLowerCase(Locale.ROOT).replace(" ", "");
        int charset = lower.indexOf("charset=");
        return charset < 0 || lower.startsWith("utf-8", charset + "charset=".length())
                || lower.startsWith("\"utf-8\"", charset + "charset=".length());
    }

    /**
     * Whether an Accept header lists the media type itself: the spec has clients list both types,
     * and the SDK's transport accepts nothing less.
     */
    private static boolean accepts(String accept, String mediaType) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
            if (mediaType(range).equals(mediaType)) {
                return true;
            }
        }
        return false;
    }
}

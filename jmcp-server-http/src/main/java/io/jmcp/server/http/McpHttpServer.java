package io.jmcp.server.http;

import io.jmcp.core.app.StartupTrace;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.attribute.ExchangeAttributes;
import io.undertow.predicate.Predicates;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.SetAttributeHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.ServletStackTraces;
import io.undertow.servlet.util.ImmediateInstanceFactory;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * The HTTP side of jmcp on Undertow: {@code /mcp} (and {@code /mcp/}) behind CORS and bearer-token
 * authentication, routed to the MCP transport of the caller's scope, and {@code GET /healthz}.
 * The MCP servers on the transports belong to the caller, who closes them.
 */
final class McpHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(McpHttpServer.class);
    static final String ENDPOINT = "/mcp";
    static final String HEALTH = "/healthz";
    private static final String MCP_SERVLET = "mcp";
    private static final String AUTH_FILTER = "bearer-auth";
    private static final String CORS_FILTER = "cors";
    private static final String METHOD_FILTER = "http-methods";
    private static final String GUARD_FILTER = "mcp-guard";
    /** How long requests still running at shutdown may take to finish. */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(5);
    /** A client must send its request headers this fast (against slow-header attacks). */
    private static final int REQUEST_PARSE_TIMEOUT_MILLIS = 30_000;
    /** A kept-alive connection without a request is closed after this long. */
    private static final int IDLE_CONNECTION_TIMEOUT_MILLIS = 300_000;
    /**
     * Requests handled at once. The SDK's servlet transport holds a worker for each request until
     * it is answered, so a running tool call or a form waiting for the user holds one; the answer
     * to a form arrives as another request and needs a free worker.
     */
    private static final int WORKER_THREADS = 200;

    private final Undertow undertow;
    private final DeploymentManager deployment;
    private final GracefulShutdownHandler gate;
    private final URI endpoint;
    private final McpEndpointGuard guard;
    private boolean closed;

    private McpHttpServer(Undertow undertow, DeploymentManager deployment, GracefulShutdownHandler gate, URI endpoint,
            McpEndpointGuard guard) {
        this.undertow = undertow;
        this.deployment = deployment;
        this.gate = gate;
        this.endpoint = endpoint;
        this.guard = guard;
    }

    /**
     * Listens on the settings' address and serves the transports, which hold what needs the tools
     * until they are served.
     *
     * @param origins the Origin and Host checks the transports apply, for CORS
     * @throws IllegalStateException when the address cannot be bound (for instance, the port is taken)
     */
    static McpHttpServer start(HttpServerSettings settings, RequestAuthenticator authenticator,
            ServerHttpHeaderValidator origins, ScopedTransports transports, McpJsonMapper jsonMapper) {
        JsonResponses responses = new JsonResponses(jsonMapper);
        SessionOwners sessions = transports.stateless() ? null
                : new SessionOwners(settings.sessionIdleTimeout(), Clock.systemUTC());
        Filters filters = new Filters(new HttpMethodFilter(HttpMethodFilter.mcpMethods(transports.stateless()), jsonMapper),
                new CorsFilter(origins, jsonMapper), new BearerAuthFilter(authenticator, responses),
                new McpEndpointGuard(jsonMapper, transports.readiness(), settings.maxRequestBytes(),
                        transports.protocolVersions(), sessions));
        DeploymentManager deployment = Servlets.newContainer().addDeployment(deployment(filters,
                new McpEndpointServlet(transports), new HealthServlet(responses), new NotFoundServlet(jsonMapper)));
        deployment.deploy();
        GracefulShutdownHandler gate = Handlers.gracefulShutdown(withTrailingSlashAlias(startServlets(deployment)));
        StartupTrace.mark("servlets deployed");
        Undertow undertow = listener(settings).setHandler(gate).build();
        try {
            undertow.start();
        } catch (RuntimeException bindFailure) {
            undertow.stop();
            stopServlets(deployment);
            throw new IllegalStateException("cannot listen on " + settings.bind().urlHost() + ":" + settings.port()
                    + ": " + rootMessage(bindFailure), bindFailure);
        }
        InetSocketAddress bound = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        URI endpoint = URI.create((settings.tlsContext().isPresent() ? "https" : "http") + "://"
                + settings.bind().urlHost() + ":" + bound.getPort() + ENDPOINT);
        return new McpHttpServer(undertow, deployment, gate, endpoint, filters.guard());
    }

    private static HttpHandler startServlets(DeploymentManager deployment) {
        try {
            return deployment.start();
        } catch (ServletException failure) {
            throw new IllegalStateException("the HTTP endpoint could not start: " + failure.getMessage(), failure);
        }
    }

    /**
     * Clients configured as the seed's README says use /mcp/; the SDK's transport wants /mcp. Built
     * from Undertow's predicate and attribute classes, not its rewrite-rule text, whose parser loads
     * every handler and attribute builder of Undertow at start.
     */
    private static HttpHandler withTrailingSlashAlias(HttpHandler servlets) {
        return Handlers.predicate(Predicates.path(ENDPOINT + "/"),
                new SetAttributeHandler(servlets, ExchangeAttributes.relativePath(), ExchangeAttributes.constant(ENDPOINT)),
                servlets);
    }

    /** The filters in the order they run: methods on every path, then on /mcp CORS, authentication, the guard. */
    private record Filters(HttpMethodFilter methods, CorsFilter cors, BearerAuthFilter auth, McpEndpointGuard guard) {
    }

    /** Preflights carry no credentials, so CORS comes before authentication. */
    private static DeploymentInfo deployment(Filters filters, McpEndpointServlet mcp, HealthServlet health,
            NotFoundServlet notFound) {
        return Servlets.deployment()
                .setDeploymentName("jmcp")
                .setContextPath("/")
                .setClassLoader(McpHttpServer.class.getClassLoader())
                .setServletStackTraces(ServletStackTraces.NONE)
                .addServlet(Servlets.servlet(MCP_SERVLET, McpEndpointServlet.class, new ImmediateInstanceFactory<>(mcp))
                        .addMapping(ENDPOINT)
                        .setAsyncSupported(true))
                .addServlet(Servlets.servlet("health", HealthServlet.class, new ImmediateInstanceFactory<>(health))
                        .addMapping(HEALTH))
                .addServlet(Servlets.servlet("not-found", NotFoundServlet.class, new ImmediateInstanceFactory<>(notFound))
                        .addMapping("/"))
                .addFilter(Servlets.filter(METHOD_FILTER, HttpMethodFilter.class,
                        new ImmediateInstanceFactory<>(filters.methods())).setAsyncSupported(true))
                .addFilter(Servlets.filter(CORS_FILTER, CorsFilter.class, new ImmediateInstanceFactory<>(filters.cors()))
                        .setAsyncSupported(true))
                .addFilter(Servlets.filter(AUTH_FILTER, BearerAuthFilter.class, new ImmediateInstanceFactory<>(filters.auth()))
                        .setAsyncSupported(true))
                .addFilter(Servlets.filter(GUARD_FILTER, McpEndpointGuard.class,
                        new ImmediateInstanceFactory<>(filters.guard())).setAsyncSupported(true))
                .addFilterUrlMapping(METHOD_FILTER, "/*", DispatcherType.REQUEST)
                .addFilterServletNameMapping(CORS_FILTER, MCP_SERVLET, DispatcherType.REQUEST)
                .addFilterServletNameMapping(AUTH_FILTER, MCP_SERVLET, DispatcherType.REQUEST)
                .addFilterServletNameMapping(GUARD_FILTER, MCP_SERVLET, DispatcherType.REQUEST);
    }

    private static Undertow.Builder listener(HttpServerSettings settings) {
        Undertow.Builder builder = Undertow.builder()
                .setWorkerThreads(WORKER_THREADS)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, REQUEST_PARSE_TIMEOUT_MILLIS)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, IDLE_CONNECTION_TIMEOUT_MILLIS)
                // The endpoint's guard enforces --max-request-bytes exactly and reads an oversized
                // body on to refuse it cleanly; Undertow's own 2 MiB default cut the connection.
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE,
                        settings.maxRequestBytes() + BoundedBody.DISCARD_ALLOWANCE);
        String host = settings.bind().host();
        settings.tlsContext().ifPresentOrElse(
                tls -> builder.addHttpsListener(settings.port(), host, tls),
                () -> builder.addHttpListener(settings.port(), host));
        return builder;
    }

    /** Where clients connect, with the bound port: {@code http://127.0.0.1:30030/mcp}. */
    URI endpoint() {
        return endpoint;
    }

    /** Completes once the endpoint has served its first request. */
    CompletionStage<Void> firstAnswer() {
        return guard.firstAnswer();
    }

    /** From now on every new request gets 503; requests under way go on. */
    void stopAccepting() {
        gate.shutdown();
    }

    /** Stops accepting, lets running requests finish for a few seconds, then stops listening. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        gate.shutdown();
        try {
            if (!gate.awaitShutdown(DRAIN_GRACE.toMillis())) {
                log.info("Requests still running after {} s are cut off", DRAIN_GRACE.toSeconds());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        stopServlets(deployment);
    }

    private static void stopServlets(DeploymentManager deployment) {
        try {
            deployment.stop();
        } catch (ServletException failure) {
            log.debug("Stopping the servlet deployment failed: {}", failure.getMessage());
        }
        deployment.undeploy();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

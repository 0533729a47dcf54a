package io.jmcp.server.stdio;

import io.jmcp.core.app.StartupTrace;
import io.jmcp.core.mcp.McpRequestCheck;
import io.jmcp.core.mcp.ToolsReadiness;
import io.jmcp.server.stdio.JsonRpcLineParser.Blank;
import io.jmcp.server.stdio.JsonRpcLineParser.Inbound;
import io.jmcp.server.stdio.JsonRpcLineParser.Malformed;
import io.jmcp.server.stdio.JsonRpcLineParser.Message;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * jmcp's stdio transport, in place of the SDK's (2.2.0), which stops reading for good at the first
 * line that is not JSON-RPC (without answering it), drops the replies still being computed when stdin
 * closes, and queues outbound messages in a sink that refuses concurrent senders ("Failed to enqueue
 * message"). The SDK's {@link McpServerSession} still does all of MCP; this class only frames lines,
 * answers what is not a message, and keeps every reply.
 *
 * <ul>
 *   <li>Each line is parsed by {@link JsonRpcLineParser}; a malformed one gets its JSON-RPC error and
 *       reading goes on. Request params are checked by {@link McpRequestCheck} before the SDK sees them.</li>
 *   <li>Every message is written and flushed by the thread that sends it ({@link ProtocolWriter}).</li>
 *   <li>At end of input, requests the server made of the client (forms) fail at once, every request
 *       already read is answered, and then {@link #awaitEndOfInput()} returns.</li>
 *   <li>Made with {@link #beforeTools}, it answers {@code initialize} and {@code ping} at once and holds
 *       every other message, in order, until {@link #serveTools} (or {@link #refuseAll} when the server
 *       could not be built): an MCP client waits for the {@code initialize} answer at every start, and
 *       building the tools is most of a cold start.</li>
 * </ul>
 */
public final class StdioTransportProvider implements McpServerTransportProvider {
    private static final Logger log = LoggerFactory.getLogger(StdioTransportProvider.class);
    /** The longest message read (the SDK's limit too); a longer line is skipped and answered with an error. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    /** How long the requests read before stdin closed may take to be answered; then the server stops anyway. */
    private static final Duration ANSWERING_AT_END = Duration.ofMinutes(2);

    private final McpJsonMapper jsonMapper;
    private final ProtocolLineReader reader;
    private final JsonRpcLineParser parser;
    private final ProtocolWriter writer;
    private final ToolsReadiness readiness;
    private final MessagesInFlight inFlight = new MessagesInFlight();
    private final Set<Object> unansweredServerRequests = ConcurrentHashMap.newKeySet();
    private final CountDownLatch answeredAtEnd = new CountDownLatch(1);
    private final CompletableFuture<Void> firstAnswer = new CompletableFuture<>();
    private volatile boolean initialized;
    private boolean inputEnded;
    private McpServerSession session;

    public StdioTransportProvider(McpJsonMapper jsonMapper, McpRequestCheck requestCheck, InputStream in,
            OutputStream out) {
        this(jsonMapper, in, out, ToolsReadiness.served(requestCheck));
    }

    private StdioTransportProvider(McpJsonMapper jsonMapper, InputStream in, OutputStream out,
            ToolsReadiness readiness) {
        this.jsonMapper = jsonMapper;
        this.reader = new ProtocolLineReader(in, MAX_MESSAGE_BYTES);
        this.parser = new JsonRpcLineParser(jsonMapper);
        this.writer = new ProtocolWriter(jsonMapper, out);
        this.readiness = readiness;
    }

    /**
     * A transport that answers {@code initialize} before the tools exist and holds every other message
     * until {@link #serveTools} or {@link #refuseAll}.
     */
    public static StdioTransportProvider beforeTools(McpJsonMapper jsonMapper, InputStream in, OutputStream out) {
        return new StdioTransportProvider(jsonMapper, in, out, new ToolsReadiness());
    }

    /** The tools are served: held messages go on, checked from now on with {@code check}. */
    public void serveTools(McpRequestCheck check) {
        readiness.serve(check);
    }

    /** The server could not be built: every held and later request is answered with an error saying why. */
    public void refuseAll(String reason) {
        readiness.refuse(reason);
    }

    @Override
    public void setSessionFactory(McpServerSession.Factory sessionFactory) {
        this.session = sessionFactory.create(new SessionTransport());
        Thread readerThread = new Thread(this::readUntilEnd, "jmcp-stdio-reader");
        readerThread.setDaemon(true);
        readerThread.start();
    }

    /** Completes once the first message is written (the answer to initialize), or stdin ended without one. */
    public CompletionStage<Void> firstAnswer() {
        return firstAnswer;
    }

    /** Returns once stdin has ended and every request read from it has been answered (or the bound passed). */
    public void awaitEndOfInput() throws InterruptedException {
        answeredAtEnd.await();
    }

    /** Nothing is news to a client before the tools are served: it could not list anything yet. */
    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        return session == null || !readiness.isServed() ? Mono.empty() : session.sendNotification(method, params);
    }

    @Override
    public Mono<Void> notifyClient(String sessionId, String method, Object params) {
        return session != null && session.getId().equals(sessionId) ? session.sendNotification(method, params)
                : Mono.empty();
    }

    @Override
    public Mono<Void> closeGracefully() {
        return session == null ? Mono.empty() : session.closeGracefully();
    }

    private void readUntilEnd() {
        try {
            Optional<ProtocolLineReader.Line> line;
            while ((line = reader.next()).isPresent()) {
                StartupTrace.markFirst("first message read");
                acceptGuarded(line.get());
            }
            log.debug("stdin ended");
        } catch (IOException failure) {
            log.warn("Reading stdin failed: {}", failure.getMessage());
        } finally {
            endOfInput();
        }
    }

    /** One message that cannot be handled (a bug) must not end the session. */
    private void acceptGuarded(ProtocolLineReader.Line line) {
        try {
            accept(line);
        } catch (RuntimeException bug) {
            log.warn("A message could not be handled: {}", bug.getMessage());
        }
    }

    private void accept(ProtocolLineReader.Line line) {
        if (line.tooLong()) {
            reply(null, new JSONRPCError(ErrorCodes.INVALID_REQUEST, "Invalid Request: a message longer than "
                    + MAX_MESSAGE_BYTES / (1024 * 1024) + " MiB was skipped", null));
            return;
        }
        Inbound inbound = parser.parse(line.bytes());
        if (inbound instanceof Malformed malformed) {
            log.debug("Malformed message: {}", malformed.problem());
            if (malformed.error() != null) {
                reply(malformed.id(), malformed.error());
            }
        } else if (inbound instanceof Message message) {
            dispatch(message.message());
        } else if (!(inbound instanceof Blank)) {
            throw new IllegalStateException("unexpected line " + inbound);
        }
    }

    private void dispatch(JSONRPCMessage message) {
        if (message instanceof JSONRPCRequest request) {
            Optional<JSONRPCResponse> refusal = refusal(request);
            if (refusal.isPresent()) {
                send(refusal.get());
                return;
            }
        } else if (message instanceof JSONRPCNotification notification) {
            if (McpSchema.METHOD_NOTIFICATION_INITIALIZED.equals(notification.method())) {
                initialized = true;
            } else if (unservable(notification).isPresent()) {
                return;
            }
        } else if (message instanceof JSONRPCResponse response) {
            unansweredServerRequests.remove(response.id());
        }
        inFlight.started();
        session.handle(message).doFinally(signal -> inFlight.finished())
                .subscribe(null, failure -> log.debug("Handling a message failed: {}", failure.getMessage()));
    }

    /**
     * Holds the message (and the reading after it) until the tools are served; else why it must not
     * reach the SDK: the server could not be built, was not built in time or is stopping. That reason
     * then answers every later message at once, since the reading is held meanwhile.
     */
    private Optional<String> unservable(JSONRPCMessage message) {
        Optional<String> why = readiness.await();
        why.ifPresent(reason -> {
            readiness.refuse(reason);
            log.debug("Not handled, since jmcp could not start: {}", message.getClass().getSimpleName());
        });
        return why;
    }

    /**
     * The answer to a request the SDK must not see: a request made before the session is initialized,
     * which the SDK would hold forever (it waits for notifications/initialized even to answer ping,
     * which the spec allows before initialization: answered here), one that came when the tools could
     * not be built, or malformed params. Any request but initialize and ping waits for the tools here.
     */
    private Optional<JSONRPCResponse> refusal(JSONRPCRequest request) {
        boolean initialize = McpSchema.METHOD_INITIALIZE.equals(request.method());
        if (!initialized && !initialize) {
            return Optional.of(McpSchema.METHOD_PING.equals(request.method())
                    ? JSONRPCResponse.result(request.id(), Map.of())
                    : JSONRPCResponse.error(request.id(), new JSONRPCError(ErrorCodes.INVALID_REQUEST,
                            "Invalid Request: the session is not initialized; send initialize, then "
                                    + "notifications/initialized, before " + request.method(), null)));
        }
        if (!initialize && !McpSchema.METHOD_PING.equals(request.method())) {
            Optional<String> why = unservable(request);
            if (why.isPresent()) {
                return Optional.of(JSONRPCResponse.error(request.id(), new JSONRPCError(ErrorCodes.INTERNAL_ERROR,
                        "jmcp could not start: " + why.get(), null)));
            }
        }
        return readiness.requestCheck().problem(request.method(), request.params())
                .map(problem -> JSONRPCResponse.error(request.id(), problem));
    }

    private void reply(Object id, JSONRPCError error) {
        try {
            writer.writeError(id, error);
            firstAnswer.complete(null);
        } catch (RuntimeException unwritten) {
            log.debug("Could not answer a malformed message: {}", unwritten.getMessage());
        }
    }

    private void send(JSONRPCResponse response) {
        try {
            writer.write(response);
            firstAnswer.complete(null);
        } catch (RuntimeException unwritten) {
            log.debug("Could not answer a refused request: {}", unwritten.getMessage());
        }
    }

    /** The client can no longer answer: fail what it was asked, then let what it asked finish. */
    private void endOfInput() {
        firstAnswer.complete(null);
        Set<Object> unanswered;
        synchronized (unansweredServerRequests) {
            inputEnded = true;
            unanswered = Set.copyOf(unansweredServerRequests);
        }
        for (Object id : unanswered) {
            dispatch(JSONRPCResponse.error(id, new JSONRPCError(ErrorCodes.INTERNAL_ERROR,
                    "the client closed its input before answering", null)));
        }
        try {
            if (!inFlight.awaitNone(ANSWERING_AT_END)) {
                log.warn("stdin closed; {} requests were still unanswered after {} s", inFlight.count(),
                        ANSWERING_AT_END.toSeconds());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            answeredAtEnd.countDown();
        }
    }

    private void expectAnswer(JSONRPCRequest request) {
        synchronized (unansweredServerRequests) {
            if (inputEnded) {
                throw new IllegalStateException("the client closed its input: it cannot answer " + request.method());
            }
            unansweredServerRequests.add(request.id());
        }
    }

    /** The one session's side of the transport, as the SDK's {@link McpServerSession} uses it. */
    private final class SessionTransport implements McpServerTransport {
        @Override
        public Mono<Void> sendMessage(JSONRPCMessage message) {
            return Mono.fromRunnable(() -> {
                if (message instanceof JSONRPCRequest request) {
                    expectAnswer(request);
                }
                writer.write(message);
                firstAnswer.complete(null);
            });
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
            return jsonMapper.convertValue(data, typeRef);
        }

        @Override
        public Mono<Void> closeGracefully() {
            // Every message is written when sent: nothing is left to flush.
            return Mono.empty();
        }
    }
}

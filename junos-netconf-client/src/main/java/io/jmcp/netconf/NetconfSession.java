package io.jmcp.netconf;

import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.TransportException;
import io.jmcp.netconf.framing.Framing;
import io.jmcp.netconf.framing.FramingException;
import io.jmcp.netconf.framing.MessageDecoder;
import io.jmcp.netconf.framing.MessageEncoder;
import io.jmcp.netconf.framing.NetconfMessage;
import io.jmcp.netconf.internal.Durations;
import io.jmcp.netconf.internal.Hello;
import io.jmcp.netconf.internal.ReplyReader;
import io.jmcp.netconf.internal.RpcRequest;
import io.jmcp.netconf.internal.XmlElement;
import io.jmcp.netconf.ssh.NetconfTransport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A NETCONF session (RFC 6241) over any {@link NetconfTransport}: hello exchange, framing
 * negotiation (chunked when both sides speak base:1.1), message-id correlation and per-RPC
 * timeouts. Thread-safe: one RPC is in flight at a time and callers queue in arrival order, the
 * wait in the queue counting against their timeout.
 *
 * <p>A reply that arrives after its RPC timed out is recognised by its message-id and dropped; a
 * reply that cannot be matched means the session has lost track, and it is closed. When the
 * transport closes, every waiting caller fails at once with {@link TransportException}.
 */
public final class NetconfSession implements AutoCloseable {
    /** How long {@link #close()} waits its turn and the answer to {@code <close-session/>}. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(NetconfSession.class);
    private static final String NO_HELLO_HINT =
            " (is NETCONF over SSH enabled on the device, and may this user use it?)";

    private final NetconfTransport transport;
    private final String peer;
    private final Duration defaultTimeout;
    private final CompletableFuture<Hello> hello = new CompletableFuture<>();
    private final AtomicLong lastMessageId = new AtomicLong();
    /** Held by the caller whose RPC is in flight; fair, so callers are served in arrival order. */
    private final ReentrantLock turn = new ReentrantLock(true);

    private final ReplyCorrelator replies;
    private final AtomicBoolean closeRequested = new AtomicBoolean();

    /** Used by the transport's reading thread only, under {@code reading}. */
    private final Object reading = new Object();
    private MessageDecoder decoder = Framing.END_OF_MESSAGE.newDecoder();
    private volatile MessageEncoder encoder = Framing.END_OF_MESSAGE.newEncoder();
    private volatile Framing framing = Framing.END_OF_MESSAGE;

    private NetconfSession(NetconfTransport transport, Duration defaultTimeout) {
        this.transport = transport;
        this.peer = transport.peer();
        this.defaultTimeout = requirePositive(defaultTimeout);
        this.replies = new ReplyCorrelator(peer);
    }

    /**
     * Starts the transport and exchanges hellos.
     *
     * @param helloTimeout   how long to wait for the peer's hello
     * @param defaultTimeout the timeout of RPCs that name none
     * @throws NetconfTimeoutException when no hello arrives in time
     * @throws TransportException      when the transport fails or closes first
     * @throws NetconfException        when the peer's hello is malformed or shares no base version
     */
    public static NetconfSession open(NetconfTransport transport, Duration helloTimeout, Duration defaultTimeout) {
        NetconfSession session = new NetconfSession(transport, defaultTimeout);
        try {
            session.exchangeHellos(requirePositive(helloTimeout));
            return session;
        } catch (RuntimeException e) {
            session.fail(new TransportException("the session to " + session.peer + " was abandoned during the hello"));
            throw e;
        }
    }

    /** The session-id the peer assigned. */
    public long sessionId() {
        return hello.join().sessionId();
    }

    /** The peer's capability URIs. */
    public Set<String> capabilities() {
        return hello.join().capabilities();
    }

    public boolean hasCapability(String uri) {
        return capabilities().contains(uri);
    }

    /** The framing in use after the hello: chunked when both sides advertised base:1.1. */
    public Framing framing() {
        return framing;
    }

    /** The peer, for messages. */
    public String peer() {
        return peer;
    }

    public Duration defaultTimeout() {
        return defaultTimeout;
    }

    /** Whether RPCs can still be sent: not closed, transport not lost. */
    public boolean isOpen() {
        return replies.failure() == null && !closeRequested.get() && transport.isOpen();
    }

    /**
     * Sends an RPC with the default timeout and fails on {@code <rpc-error>} of severity error.
     *
     * @param requestBodyXml the operation element, e.g. {@code <get-software-information/>}
     * @throws RpcErrorException when the reply carries errors (warnings are kept in the reply)
     */
    public RpcReply rpc(String requestBodyXml) {
        return rpc(requestBodyXml, defaultTimeout);
    }

    /** As {@link #rpc(String)} with a timeout covering the wait for the turn and for the reply. */
    public RpcReply rpc(String requestBodyXml, Duration timeout) {
        return exchange(requestBodyXml, timeout).failIfErrors(false);
    }

    /**
     * Sends an RPC and returns its reply whatever it holds, errors included.
     *
     * @throws IllegalArgumentException when {@code requestBodyXml} is not well-formed XML
     * @throws NetconfTimeoutException  when the turn or the reply does not come within {@code timeout}
     * @throws TransportException       when the session is closed or its transport lost
     */
    public RpcReply exchange(String requestBodyXml, Duration timeout) {
        requirePositive(timeout);
        RpcRequest request = RpcRequest.of(requestBodyXml);
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitTurn(timeout);
        try {
            String messageId = Long.toString(lastMessageId.incrementAndGet());
            ReplyCorrelator.Call call = replies.begin(messageId);
            sendRequest(call, request.toBytes(messageId));
            return new RpcReply(messageId, awaitReply(call, deadline, timeout), peer);
        } finally {
            turn.unlock();
        }
    }

    /** {@code <get-config>} of {@code source}, with an optional subtree filter (XML). */
    public RpcReply getConfig(Datastore source, String subtreeFilterXml) {
        XmlElement getConfig = XmlElement.of("get-config").child(datastore("source", source));
        if (subtreeFilterXml != null) {
            getConfig.child(XmlElement.of("filter").attribute("type", "subtree").rawXml(subtreeFilterXml));
        }
        return rpc(getConfig.toXml());
    }

    /** {@code <edit-config>} of {@code target}; {@code configXml} is the content of {@code <config>}. */
    public RpcReply editConfig(Datastore target, String configXml) {
        return rpc(XmlElement.of("edit-config").child(datastore("target", target))
                .child(XmlElement.of("config").rawXml(Objects.requireNonNull(configXml, "configXml"))).toXml());
    }

    public RpcReply lock(Datastore target) {
        return rpc(XmlElement.of("lock").child(datastore("target", target)).toXml());
    }

    public RpcReply unlock(Datastore target) {
        return rpc(XmlElement.of("unlock").child(datastore("target", target)).toXml());
    }

    /** Commits the candidate; also confirms a pending confirmed commit. */
    public RpcReply commit() {
        return rpc("<commit/>");
    }

    /** A confirmed commit (RFC 6241 section 8.4): rolled back unless confirmed within {@code confirmTimeout}. */
    public RpcReply confirmedCommit(Duration confirmTimeout) {
        long seconds = requirePositive(confirmTimeout).toSeconds();
        if (seconds < 1) {
            throw new IllegalArgumentException("confirmTimeout must be at least one second");
        }
        return rpc(XmlElement.of("commit").child("confirmed")
                .child("confirm-timeout", Long.toString(seconds)).toXml());
    }

    /** Cancels a pending confirmed commit (confirmed-commit:1.1). */
    public RpcReply cancelCommit() {
        return rpc("<cancel-commit/>");
    }

    /** Reverts the candidate to the running configuration. */
    public RpcReply discardChanges() {
        return rpc("<discard-changes/>");
    }

    public RpcReply validate(Datastore source) {
        return rpc(XmlElement.of("validate").child(datastore("source", source)).toXml());
    }

    /** Ends another session of the peer, releasing its locks. Use {@link #close()} for this one. */
    public RpcReply killSession(long sessionId) {
        if (sessionId == sessionId()) {
            throw new IllegalArgumentException("session " + sessionId + " is this session; close it instead");
        }
        return rpc(XmlElement.of("kill-session").child("session-id", Long.toString(sessionId)).toXml());
    }

    /**
     * Sends {@code <close-session/>} (waiting at most {@link #CLOSE_TIMEOUT}) and closes the
     * transport. Idempotent; RPCs still waiting fail with {@link TransportException}.
     */
    @Override
    public void close() {
        if (closeRequested.getAndSet(true)) {
            return;
        }
        try {
            if (replies.failure() == null) {
                exchange("<close-session/>", CLOSE_TIMEOUT);
            }
        } catch (NetconfException e) {
            LOG.debug("close-session to {} did not complete: {}", peer, e.getMessage());
        } finally {
            fail(new TransportException("the NETCONF session to " + peer + " is closed"));
        }
    }

    @Override
    public String toString() {
        return "NetconfSession[" + peer + (hello.isDone() && !hello.isCompletedExceptionally()
                ? ", session-id " + sessionId() : "") + ", " + framing + "]";
    }

    private void exchangeHellos(Duration timeout) {
        transport.start(new Inbound());
        try {
            // Always end-of-message: the peer's hello may already have switched the encoder to chunked.
            send(Hello.clientHello(), Framing.END_OF_MESSAGE.newEncoder());
        } catch (TransportException closed) {
            // The peer closed the channel before we could greet it (e.g. a refused netconf subsystem):
            // the same failure as when its close arrives first, not the SSH library's write error.
            throw new TransportException(peer + " closed the NETCONF channel before sending its hello"
                    + NO_HELLO_HINT, closed);
        }
        try {
            Hello peerHello = hello.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            LOG.debug("NETCONF session {} with {} open, {} framing", peerHello.sessionId(), peer, framing);
        } catch (TimeoutException e) {
            throw new NetconfTimeoutException(
                    "no NETCONF hello from " + peer + " within " + Durations.describe(timeout), timeout);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetconfException("interrupted while waiting for the hello from " + peer, e);
        }
    }

    private void awaitTurn(Duration timeout) {
        try {
            if (!turn.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new NetconfTimeoutException("the session to " + peer + " stayed busy with earlier RPCs for "
                        + Durations.describe(timeout) + "; this RPC was not sent", timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetconfException("interrupted while waiting to send an RPC to " + peer, e);
        }
    }

    private void sendRequest(ReplyCorrelator.Call call, byte[] message) {
        try {
            send(message, encoder);
        } catch (RuntimeException e) {
            replies.cancel(call);
            throw e;
        }
    }

    /**
     * Frames and writes one message. An I/O failure loses the session; a message the framing
     * refuses (checked before anything is written) fails only this call.
     */
    private void send(byte[] message, MessageEncoder messageEncoder) {
        try {
            messageEncoder.encode(message, transport.output());
        } catch (IOException e) {
            TransportException lost = new TransportException("cannot send to " + peer + ": " + e.getMessage(), e);
            fail(lost);
            throw lost;
        }
    }

    private NetconfMessage awaitReply(ReplyCorrelator.Call call, long deadline, Duration timeout) {
        try {
            return call.reply.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (!replies.abandon(call)) {
                return outcome(call);
            }
            if (replies.tooManyUnanswered()) {
                fail(new TransportException(peer + " left more than " + ReplyCorrelator.MAX_UNANSWERED_RPCS
                        + " RPCs unanswered; the session is considered lost"));
            }
            throw new NetconfTimeoutException("no reply from " + peer + " to message-id " + call.messageId
                    + " within " + Durations.describe(timeout) + "; a late reply will be discarded", timeout);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            replies.abandon(call);
            throw new NetconfException("interrupted while waiting for the reply to message-id " + call.messageId
                    + " from " + peer, e);
        }
    }

    private static NetconfMessage outcome(ReplyCorrelator.Call call) {
        try {
            return call.reply.join();
        } catch (CompletionException e) {
            throw rethrowable(e.getCause());
        }
    }

    /** Runs on the transport's reading thread. */
    private void messageReceived(NetconfMessage message) {
        if (!hello.isDone()) {
            acceptHello(message);
            return;
        }
        ReplyReader.Root root;
        TransportException lostTrack;
        try {
            root = ReplyReader.root(message.openStream());
        } catch (XMLStreamException e) {
            lostTrack = replies.deliverMalformed(message, e);
            if (lostTrack != null) {
                fail(lostTrack);
            }
            return;
        }
        if (!"rpc-reply".equals(root.localName())) {
            LOG.debug("ignoring <{}> from {}: not an rpc-reply", root.localName(), peer);
            return;
        }
        lostTrack = replies.deliver(message, root.messageId());
        if (lostTrack != null) {
            fail(lostTrack);
        }
    }

    private void acceptHello(NetconfMessage message) {
        try {
            Hello peerHello = Hello.parse(message.openStream(), peer);
            if (peerHello.supportsBase11()) {
                // The peer sends nothing after its hello until it has our first RPC, which waits for
                // this hello: switching decoders between messages is safe.
                decoder = Framing.CHUNKED.newDecoder();
                encoder = Framing.CHUNKED.newEncoder();
                framing = Framing.CHUNKED;
            }
            hello.complete(peerHello);
        } catch (NetconfException e) {
            hello.completeExceptionally(e);
        }
    }

    /** Marks the session unusable, fails whoever waits, and closes the transport. */
    private void fail(TransportException reason) {
        if (replies.fail(reason)) {
            hello.completeExceptionally(reason);
            transport.close();
        }
    }

    private TransportException closedByPeer(Throwable cause) {
        String reason = cause == null ? "" : ": " + cause.getMessage();
        if (closeRequested.get()) {
            return new TransportException("the NETCONF session to " + peer + " is closed");
        }
        if (!hello.isDone()) {
            return new TransportException(peer + " closed the NETCONF channel before sending its hello" + reason
                    + NO_HELLO_HINT, cause);
        }
        return new TransportException(peer + " closed the connection" + reason, cause);
    }

    /** What a waiting caller throws for a failure recorded by another thread: a fresh trace, same type. */
    private static RuntimeException rethrowable(Throwable cause) {
        if (cause instanceof NetconfTimeoutException timeout) {
            return new NetconfTimeoutException(timeout.getMessage(), timeout.timeout());
        }
        if (cause instanceof TransportException transportFailure) {
            return new TransportException(transportFailure.getMessage(), transportFailure);
        }
        if (cause instanceof NetconfException netconfFailure) {
            return new NetconfException(netconfFailure.getMessage(), netconfFailure);
        }
        return new NetconfException(String.valueOf(cause), cause);
    }

    private static XmlElement datastore(String role, Datastore datastore) {
        return XmlElement.of(role).child(Objects.requireNonNull(datastore, role).elementName());
    }

    private static Duration requirePositive(Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        return timeout;
    }

    /** Feeds the decoder from the transport's reading thread. */
    private final class Inbound implements NetconfTransport.Listener {
        @Override
        public void received(ByteBuffer bytes) {
            synchronized (reading) {
                if (replies.failure() != null) {
                    return;
                }
                try {
                    decoder.decode(bytes, NetconfSession.this::messageReceived);
                } catch (FramingException e) {
                    fail(new TransportException("broken NETCONF framing from " + peer + ": " + e.getMessage(), e));
                }
            }
        }

        @Override
        public void closed(Throwable cause) {
            Throwable reason = cause;
            synchronized (reading) {
                try {
                    decoder.endOfInput();
                } catch (FramingException e) {
                    reason = e;
                }
            }
            fail(closedByPeer(reason));
        }
    }
}

package io.jmcp.netconf;

import io.jmcp.netconf.error.TransportException;
import io.jmcp.netconf.framing.NetconfMessage;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches a session's replies to its requests: the one RPC in flight, the message-ids of RPCs
 * that timed out (whose late replies are dropped), and the failure that ended the session. A reply
 * that matches nothing means the session has lost track of its replies. Thread-safe.
 */
final class ReplyCorrelator {
    /** Timed-out RPCs whose replies may still come; beyond this the peer counts as unresponsive. */
    static final int MAX_UNANSWERED_RPCS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(ReplyCorrelator.class);

    private final String peer;
    private Call inFlight;
    private final Set<String> unanswered = new HashSet<>();
    private TransportException failure;

    ReplyCorrelator(String peer) {
        this.peer = peer;
    }

    /** One RPC awaiting its reply. */
    static final class Call {
        final String messageId;
        final CompletableFuture<NetconfMessage> reply = new CompletableFuture<>();

        private Call(String messageId) {
            this.messageId = messageId;
        }
    }

    /**
     * Registers the RPC about to be sent.
     *
     * @throws TransportException when the session has ended
     */
    synchronized Call begin(String messageId) {
        if (failure != null) {
            throw new TransportException(failure.getMessage(), failure);
        }
        inFlight = new Call(messageId);
        return inFlight;
    }

    /** Forgets an RPC that could not be sent. */
    synchronized void cancel(Call call) {
        if (inFlight == call) {
            inFlight = null;
        }
    }

    /**
     * Stops waiting for {@code call}, remembering its message-id to drop its late reply.
     *
     * @return false when its outcome came first
     */
    synchronized boolean abandon(Call call) {
        if (call.reply.isDone()) {
            return false;
        }
        if (inFlight == call) {
            inFlight = null;
            unanswered.add(call.messageId);
        }
        return true;
    }

    /** Whether so many RPCs went unanswered that the peer counts as unresponsive. */
    synchronized boolean tooManyUnanswered() {
        return unanswered.size() > MAX_UNANSWERED_RPCS;
    }

    /**
     * Hands an {@code <rpc-reply>} to the RPC it answers, or drops it as the late reply of one that
     * timed out.
     *
     * @return null, or the failure to end the session with when the reply answers nothing
     */
    TransportException deliver(NetconfMessage message, String messageId) {
        Call call;
        synchronized (this) {
            if (messageId != null && unanswered.remove(messageId)) {
                LOG.debug("discarding the late reply to message-id {} from {}", messageId, peer);
                return null;
            }
            boolean matches = inFlight != null
                    && (messageId == null ? unanswered.isEmpty() : messageId.equals(inFlight.messageId));
            if (!matches) {
                return new TransportException(peer + " sent a reply that matches no request (message-id "
                        + messageId + "); the session lost track of its replies");
            }
            call = inFlight;
            inFlight = null;
        }
        call.reply.complete(message);
        return null;
    }

    /**
     * Fails the RPC in flight with a message whose root element cannot be read, when no other RPC
     * may be waiting for it.
     *
     * @return null, or the failure to end the session with when the message cannot be attributed
     */
    TransportException deliverMalformed(NetconfMessage message, XMLStreamException cause) {
        Call call;
        synchronized (this) {
            call = unanswered.isEmpty() ? inFlight : null;
            inFlight = null;
        }
        if (call == null) {
            return new TransportException(
                    "malformed XML from " + peer + " that matches no request: " + cause.getMessage());
        }
        call.reply.completeExceptionally(new RpcReply(call.messageId, message, peer).malformed(cause));
        return null;
    }

    /**
     * Records why the session ended and fails the RPC in flight with it.
     *
     * @return false when the session had already ended
     */
    boolean fail(TransportException reason) {
        Call lost;
        synchronized (this) {
            if (failure != null) {
                return false;
            }
            failure = reason;
            lost = inFlight;
            inFlight = null;
            unanswered.clear();
        }
        if (lost != null) {
            lost.reply.completeExceptionally(reason);
        }
        return true;
    }

    /** Why the session ended, or null while it lasts. */
    synchronized TransportException failure() {
        return failure;
    }
}

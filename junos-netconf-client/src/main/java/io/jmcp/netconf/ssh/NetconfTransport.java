package io.jmcp.netconf.ssh;

import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * A byte pipe to a NETCONF peer (an SSH channel running the {@code netconf} subsystem, or any
 * stream pair). A {@link NetconfSession} frames and correlates messages on top of it. Inbound
 * bytes are pushed to a {@link Listener} by whatever thread the transport reads on, so a session
 * needs no thread of its own.
 */
public interface NetconfTransport {

    /**
     * Opens the pipe and starts pushing inbound bytes to {@code listener}. Called once.
     *
     * @throws NetconfException when the pipe cannot be opened (e.g. the subsystem is refused)
     */
    void start(Listener listener);

    /** Where framed outbound bytes go; one thread writes at a time, and the transport bounds blocking writes. */
    OutputStream output();

    /** The peer, as {@code user@host:port} or similar, for messages. */
    String peer();

    /** Whether the pipe is still open in both directions as far as the transport knows. */
    boolean isOpen();

    /** Closes the pipe; idempotent. The listener then hears {@link Listener#closed(Throwable)}. */
    void close();

    /** Receives what the transport reads, in order, from one thread at a time. */
    interface Listener {

        /** Bytes arrived; they are only valid during the call. */
        void received(ByteBuffer bytes);

        /**
         * The pipe closed: heard once, last.
         *
         * @param cause why, when the transport knows (a connection reset, a missed keepalive), else null
         */
        void closed(Throwable cause);
    }
}
